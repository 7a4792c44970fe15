import type { Environment } from '@marcbachmann/cel-js';
import { compileExpression, type CompiledProgram } from '../cel/compile.js';
import { createKubernetesEnvironment } from '../cel/environment.js';
import type { PathSegment } from '../model/types.js';
import type { RuleDefinition, ValidationSpec } from '../rules/rule-definition.js';
import { RuleProblem, RuleProblems } from '../rules/parse-rule.js';
import { registerResilintFunctions, type ContextHolder } from './cel-functions.js';
import { registerKarpenterFunctions } from './karpenter-functions.js';

export interface CompiledValidation {
  spec: ValidationSpec;
  expression: CompiledProgram;
  forEach?: CompiledProgram;
  messageExpression?: CompiledProgram;
  fieldPathExpression?: CompiledProgram;
  severityExpression?: CompiledProgram;
  related?: CompiledProgram;
}

export interface CompiledRule {
  rule: RuleDefinition;
  matchConditions: Array<{ name: string; program: CompiledProgram }>;
  /** `constant`: reads none of the rule variables, so its value is the same for every object of a run. */
  variables: Array<{ name: string; program: CompiledProgram; constant: boolean }>;
  validations: CompiledValidation[];
}

/** Variables every rule expression may use (VAP's names, plus `objects`, `item` and `index`). */
const RULE_VARIABLES: Array<[string, string]> = [
  ['object', 'map'],
  ['objects', 'list'],
  ['params', 'map'],
  ['variables', 'map'],
  ['namespaceObject', 'dyn'],
  ['item', 'dyn'],
  ['index', 'int'],
  // Admission-policy compatibility: offline there is no old object, and no authorizer to ask.
  ['oldObject', 'dyn'],
  ['request', 'map'],
  ['authorizer', 'dyn'],
];

const RULE_VARIABLE_NAMES = new Set(RULE_VARIABLES.map(([name]) => name));

/**
 * Whether an expression names any rule variable (a comprehension variable that shadows one
 * counts too: the answer only has to be safe, not exact).
 */
function readsRuleVariables(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(readsRuleVariables);
  if (node === null || typeof node !== 'object') return false;
  const n = node as { op?: unknown; args?: unknown };
  if (n.op === 'id') return typeof n.args === 'string' && RULE_VARIABLE_NAMES.has(n.args);
  return readsRuleVariables(n.args);
}

/** One CEL environment per engine: Kubernetes library + resilint functions + rule variables. */
export function createRuleEnvironment(holder: ContextHolder): Environment {
  const env = createKubernetesEnvironment();
  registerResilintFunctions(env, holder);
  registerKarpenterFunctions(env, holder);
  for (const [name, type] of RULE_VARIABLES) env.registerVariable(name, type);
  return env;
}

/**
 * Compiles every expression of a rule. Failures are collected, each with its field path, and
 * thrown together, so an author fixes every broken expression of a rule in one round.
 */
export function compileRule(env: Environment, rule: RuleDefinition): CompiledRule {
  const problems: RuleProblem[] = [];
  const compile = (source: string, path: PathSegment[], expectedType?: string): CompiledProgram => {
    const result = compileExpression(env, source, { expectedType, sizes: { variables: { objects: 10_000 } } });
    if (!result.ok) {
      const where = result.error.line && result.error.line > 1 ? ` (line ${result.error.line} of the expression)` : '';
      problems.push(new RuleProblem(`CEL: ${result.error.message}${where}`, path, result.error.offset));
      return FAILED;
    }
    return result.program;
  };
  const v = (i: number, key: string): PathSegment[] => ['validations', i, key];
  const compiled = {
    rule,
    matchConditions: rule.matchConditions.map((m) => ({
      name: m.name,
      program: compile(m.expression, ['matchConditions', m.index, 'expression'], 'bool'),
    })),
    variables: rule.variables.map((x) => {
      const program = compile(x.expression, ['variables', x.index, 'expression']);
      return { name: x.name, program, constant: !readsRuleVariables(program.ast) };
    }),
    validations: rule.validations.map((spec) => {
      const c: CompiledValidation = { spec, expression: compile(spec.expression, v(spec.index, 'expression'), 'bool') };
      if (spec.forEach) c.forEach = compile(spec.forEach, v(spec.index, 'forEach'));
      if (spec.messageExpression) c.messageExpression = compile(spec.messageExpression, v(spec.index, 'messageExpression'), 'string');
      if (spec.fieldPathExpression) c.fieldPathExpression = compile(spec.fieldPathExpression, v(spec.index, 'fieldPathExpression'), 'string');
      if (spec.severityExpression) c.severityExpression = compile(spec.severityExpression, v(spec.index, 'severityExpression'), 'string');
      if (spec.related) c.related = compile(spec.related, v(spec.index, 'related'));
      return c;
    }),
  };
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new RuleProblems(problems);
  return compiled;
}

/** Stands in for an expression that did not compile, so the others still get compiled; never run. */
const FAILED = { ast: null } as unknown as CompiledProgram;
