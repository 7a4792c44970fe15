/**
 * The CEL environment resilint evaluates rules in: cel-js configured like the Kubernetes
 * admission CEL environment, with the Kubernetes library registered. Callers `.clone()` it and
 * add their own variables (`object`, `params`, ...); cloning shares the registry with the
 * parent, so it is cheap.
 */
import { Environment, type Limits } from '@marcbachmann/cel-js';
import { registerEvaluatorAccess } from './closure-compiler.js';
import { registerFormatLibrary } from './format-library.js';
import { registerListsLibrary } from './lists.js';
import { registerNetworkLibrary } from './network-library.js';
import { registerTwoVariableComprehensions } from './comprehensions.js';
import { registerConversions } from './conversions.js';
import { registerOptionalConstructors, registerOptionalEquality } from './optionals.js';
import { registerQuantityLibrary } from './quantity-library.js';
import { registerRegexLibrary } from './regex.js';
import { registerSemverLibrary } from './semver-library.js';
import { registerSetsLibrary } from './sets.js';
import { registerStringFormat } from './string-format.js';
import { registerStringsLibrary } from './strings.js';
import { registerUrlLibrary } from './url-library.js';

/**
 * Parse-time bounds, tighter than cel-js's defaults (100,000 AST nodes, depth 250): rule
 * expressions are hand-written, and these caps stop pathological inputs before type checking.
 * Runtime work is bounded separately by the cost estimate in `compile.ts`.
 */
export const DEFAULT_PARSE_LIMITS: Limits = Object.freeze({
  maxAstNodes: 10_000,
  maxDepth: 64,
  maxListElements: 1_000,
  maxMapEntries: 1_000,
  maxCallArguments: 32,
});

export interface KubernetesEnvironmentOptions {
  limits?: Partial<Limits>;
}

/** Registers every Kubernetes CEL library function this package implements. */
export function registerKubernetesLibrary(env: Environment): Environment {
  registerOptionalEquality(env);
  registerOptionalConstructors(env);
  registerConversions(env);
  registerTwoVariableComprehensions(env);
  registerQuantityLibrary(env);
  registerListsLibrary(env);
  registerSetsLibrary(env);
  registerStringsLibrary(env);
  registerStringFormat(env);
  registerRegexLibrary(env);
  registerNetworkLibrary(env);
  registerUrlLibrary(env);
  registerFormatLibrary(env);
  registerSemverLibrary(env);
  registerEvaluatorAccess(env);
  return env;
}

export function createKubernetesEnvironment(options: KubernetesEnvironmentOptions = {}): Environment {
  const env = new Environment({
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false,
    limits: { ...DEFAULT_PARSE_LIMITS, ...options.limits },
  });
  return registerKubernetesLibrary(env);
}
