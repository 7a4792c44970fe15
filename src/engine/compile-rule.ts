import type { Environment } from '@marcbachmann/cel-js';
import { compileExpression, type CompiledProgram } from '../cel/compile.js';
import { createKubernetesEnvironment } from '../cel/environment.js';
import type { PathSegment } from '../model/types.js';
import type { RuleDefinition, ValidationSpec } from '../rules/rule-definition.js';
import { RuleProblem, RuleProblems } from '../rules/parse-rule.js';
import { registerResilintFunctions, type ContextHolder } from './cel-functions.js';
import { registerKarpenterFunctions } from './karpenter-functions.js';
import { expressionRefs, type ExpressionRefs } from './expression-refs.js';
import { closestId } from '../rules/closest-id.js';

export interface CompiledValidation {
  spec: ValidationSpec;
  expression: CompiledProgram;
  forEach?: CompiledProgram;
  messageExpression?: CompiledProgram;
  fieldPathExpression?: CompiledProgram;
  severityExpression?: CompiledProgram;
  related?: CompiledProgram;
}

export interface CompiledVariable {
  name: string;
  program: CompiledProgram;
  /** Reads none of the rule variables, so its value is the same for every object of a run. */
  constant: boolean;
  /**
   * Calls a function whose answer depends on the object being evaluated when an object is defined
   * twice (the copy nearest to it wins, see model/copies.ts): constant only in runs without copies.
   */
  anchored: boolean;
  /** Reads `item` or `index`, itself or through another variable: evaluated again for each `forEach` element. */
  perItem: boolean;
}

export interface CompiledRule {
  rule: RuleDefinition;
  matchConditions: Array<{ name: string; program: CompiledProgram }>;
  variables: CompiledVariable[];
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
function readsRuleVariables(refs: ExpressionRefs): boolean {
  for (const id of refs.ids) if (RULE_VARIABLE_NAMES.has(id)) return true;
  return false;
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
  const perItem = new Set<string>();
  const v = (i: number, key: string): PathSegment[] => ['validations', i, key];
  const compiled = {
    rule,
    matchConditions: rule.matchConditions.map((m) => ({
      name: m.name,
      program: compile(m.expression, ['matchConditions', m.index, 'expression'], 'bool'),
    })),
    variables: rule.variables.map((x, i): CompiledVariable => {
      const path: PathSegment[] = ['variables', x.index, 'expression'];
      const program = compile(x.expression, path);
      const refs = expressionRefs(program.ast);
      checkVariableReads(refs, rule, i, path, problems);
      const readsPerItem =
        refs.variables === 'all' ? perItem.size > 0 : [...refs.variables].some((name) => perItem.has(name));
      if (refs.ids.has('item') || refs.ids.has('index') || readsPerItem) perItem.add(x.name);
      return {
        name: x.name,
        program,
        constant: !readsRuleVariables(refs),
        anchored: [...refs.functions].some((f) => ANCHORED_FUNCTIONS.has(f)),
        perItem: perItem.has(x.name),
      };
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
  const checkReads = (program: CompiledProgram | undefined, path: PathSegment[]) => {
    if (program && program.ast) checkVariableReads(expressionRefs(program.ast), rule, rule.variables.length, path, problems);
  };
  compiled.matchConditions.forEach((m, i) => checkReads(m.program, ['matchConditions', rule.matchConditions[i]!.index, 'expression']));
  for (const c of compiled.validations) {
    const at = (key: string) => v(c.spec.index, key);
    checkReads(c.expression, at('expression'));
    checkReads(c.forEach, at('forEach'));
    checkReads(c.messageExpression, at('messageExpression'));
    checkReads(c.fieldPathExpression, at('fieldPathExpression'));
    checkReads(c.severityExpression, at('severityExpression'));
    checkReads(c.related, at('related'));
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new RuleProblems(problems);
  return compiled;
}

/** Functions that pick, of two copies of one object, the one nearest to the object being evaluated. */
const ANCHORED_FUNCTIONS = new Set(['priorityClass', 'objectsOfKind', 'objectsInNamespace']);

/**
 * As the apiserver compiles a policy: an expression may read only variables that exist, and a
 * variable only those defined before it (so variables cannot refer to each other in a cycle).
 * `visible` is how many of the rule's variables, from the first, the expression may read.
 */
function checkVariableReads(refs: ExpressionRefs, rule: RuleDefinition, visible: number, path: PathSegment[], problems: RuleProblem[]): void {
  // In Kubernetes `variables` is an object whose fields are the variables: read by name only.
  if (refs.computedRead !== undefined) {
    problems.push(new RuleProblem("CEL: read variables by name (variables.x or variables['x']), not by a computed key", path, refs.computedRead));
    return;
  }
  if (refs.variables === 'all') return;
  const names = rule.variables.map((x) => x.name);
  for (const name of refs.variables) {
    const index = names.indexOf(name);
    if (index !== -1 && index < visible) continue;
    const offset = refs.variableOffsets.get(name);
    if (index !== -1) {
      const reader = names[visible];
      const message =
        index === visible
          ? `CEL: variable "${name}" reads itself`
          : `CEL: variables.${name} is defined after variable "${reader}"; a variable may read only the variables before it, as in Kubernetes`;
      problems.push(new RuleProblem(message, path, offset));
    } else {
      const guess = closestId(name, names);
      problems.push(new RuleProblem(`CEL: no variable named "${name}"${guess ? `; did you mean ${guess}?` : ''}`, path, offset));
    }
  }
}

/** Stands in for an expression that did not compile, so the others still get compiled; never run. */
const FAILED = { ast: null } as unknown as CompiledProgram;
