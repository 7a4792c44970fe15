/**
 * The closure compiler must be invisible to rule authors: every expression gives the same value,
 * or fails with the same message, as in cel-js's interpreter. Each case here runs both ways; the
 * cases with a stated value also pin what CEL says the result is, so both cannot be wrong together.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Environment } from '@marcbachmann/cel-js';
import { compileClosures, evaluatorOf } from '../../src/cel/closure-compiler.js';
import { compileExpression } from '../../src/cel/compile.js';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';
import { toCel } from '../../src/cel/values.js';
import { createRuleEnvironment, compileRule } from '../../src/engine/compile-rule.js';
import { loadRules } from '../../src/rules/load-rules.js';
import { builtinPoliciesDir } from '../../src/rules/builtin-dir.js';
import type { K8sCase } from './k8s-case-runner.js';

const env = createKubernetesEnvironment()
  .clone()
  .registerVariable('object', 'dyn')
  .registerVariable('index', 'int')
  .registerVariable('self', 'dyn');

type Outcome = { value: unknown } | { error: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    // The whole message: cel-js appends the expression with a caret under the failing node.
    return { error: String((error as Error).message) };
  }
}

/** Both ways, with a count of how often the closures handed an evaluation back to the interpreter. */
function bothWays(e: Environment, expression: string, activation: Record<string, unknown> = {}) {
  const parsed = e.parse(expression);
  expect(parsed.check().valid, `${expression} type-checks`).toBe(true);
  let handedBack = 0;
  const interpreter = Object.assign((a?: Record<string, unknown>) => (handedBack++, parsed(a)), { ast: parsed.ast, check: parsed.check });
  const closures = compileClosures(interpreter, evaluatorOf(e));
  expect(closures, `${expression} compiles to closures`).toBeDefined();
  const fast = outcome(() => closures!(activation));
  const reference = outcome(() => parsed(activation));
  return { fast, reference, handedBack };
}

const sameAsInterpreter = (fast: Outcome, reference: Outcome) =>
  'error' in reference ? 'error' in fast && fast.error === reference.error : 'value' in fast && isDeepStrictEqual(fast.value, reference.value);

const object = toCel({
  kind: 'Deployment',
  metadata: { name: 'api', labels: { app: 'api' } },
  spec: {
    replicas: 3,
    template: {
      spec: {
        containers: [
          { name: 'app', resources: { requests: { cpu: '250m' }, limits: { cpu: '1' } } },
          { name: 'sidecar' },
        ],
      },
    },
  },
});

describe('closures evaluate like the interpreter', () => {
  it.each([
    // literals, arithmetic, comparison (the fast paths and cel-js's own overloads)
    ['1 + 2 * 3', 7n],
    ['"a" + "b" == "ab"', true],
    ['9223372036854775807 + 1', undefined], // int64 overflow: cel-js's error
    ['-9223372036854775807 - 2', undefined],
    ['dyn(1) == 1u', true],
    ['dyn(1) == 1.0', true],
    ['[1, 2] == [1, 2]', true],
    ['{"a": 1} == {"a": 1}', true],
    ['3 > 2 && 2 >= 2 && 1 < 2 && 2 <= 2', true],
    ['"b" > "a"', true],
    ['1.5 < 2.5', true],
    ['5 % 3 == 2 && 7 / 2 == 3', true],
    ['1 / 0', undefined],
    ['!true', false],
    ['-(3)', -3n],
    ['2 in [1, 2]', true],
    ['"x" in {"x": 1}', true],
    // field access on manifests
    ['object.metadata.name', 'api'],
    ['object.spec.replicas', 3n],
    ['object.spec.nope', undefined],
    ['object.spec.template.spec.containers[1].name', 'sidecar'],
    ['object.spec.template.spec.containers[5]', undefined],
    ['object.metadata.labels["app"]', 'api'],
    // CEL's commutative && and ||: an error is absorbed when the other side decides
    ['object.spec.nope == 1 && false', false],
    ['false && object.spec.nope == 1', false],
    ['object.spec.nope == 1 || true', true],
    ['object.spec.nope == 1 && true', undefined],
    ['object.spec.nope == 1 || false', undefined],
    ['dyn(1) && true', undefined],
    ['true && dyn("x")', undefined],
    // ternary
    ['object.spec.replicas > 1 ? "many" : "one"', 'many'],
    ['dyn(1) ? 1 : 2', undefined],
    // macros: has, comprehensions, optionals, bind
    ['has(object.spec.replicas)', true],
    ['has(object.spec.strategy)', false],
    ['has(object.spec.nope.deeper)', undefined],
    ['has(object.spec.?nope.deeper)', false],
    ['object.spec.template.spec.containers.all(c, has(c.name))', true],
    ['object.spec.template.spec.containers.exists(c, c.name == "sidecar")', true],
    ['object.spec.template.spec.containers.exists_one(c, has(c.resources))', true],
    ['object.spec.template.spec.containers.map(c, c.name)', ['app', 'sidecar']],
    ['object.spec.template.spec.containers.filter(c, has(c.resources)).size()', 1n],
    ['object.spec.template.spec.containers.map(c, has(c.resources), c.name)', ['app']],
    ['[0, 1].exists(x, 1 / x == 1)', true],
    ['[0, 1].all(x, 1 / x == 1)', undefined],
    ['[1, 0].all(x, 1 / x > 5)', false],
    ['[0].exists_one(x, 1 / x == 1)', undefined],
    // when no element decides, the first error is the one reported
    ['[0, dyn("a")].all(x, 1 / x > 0)', undefined],
    ['[dyn("a"), 0].exists(x, 1 / x > 0)', undefined],
    ['[1, 2].map(x, [10, 20].map(x, x * 2))', [[20n, 40n], [20n, 40n]]],
    ['[1, 2].map(x, [10].map(y, x + y))', [[11n], [12n]]],
    ['{"a": 1, "b": 2}.map(k, k)', ['a', 'b']],
    ['dyn(5).all(x, true)', undefined],
    ['[1, 2].map(x, x == 1 ? "one" : dyn(2))', ['one', 2n]],
    ['[1].filter(x, dyn(x))', undefined],
    ['object.spec.?strategy.orValue("none")', 'none'],
    ['object.spec.?replicas.orValue(0)', 3n],
    ['object.spec.?strategy.or(optional.of("x")).value()', 'x'],
    ['object.spec.template.spec.containers[0].?resources.?limits.cpu.orValue("")', '1'],
    ['cel.bind(r, object.spec.replicas, r * r)', 9n],
    ['cel.bind(x, 2, [1].map(x, x + 1))', [2n]],
    // functions: the Kubernetes library and cel-js's own
    ['quantity("1").isGreaterThan(quantity("250m"))', true],
    // a function with one overload, called with values typed only at run time
    ['isQuantity(dyn("1Gi"))', true],
    ['isQuantity(dyn(5))', undefined],
    ['quantity(dyn("x")).isInteger()', undefined],
    ['quantity(object.spec.template.spec.containers[0].resources.limits.cpu).isInteger()', true],
    ['object.spec.template.spec.containers.map(c, c.name).join(",")', 'app,sidecar'],
    ['"%s/%d".format(["a", 2])', 'a/2'],
    ['"abc".matches("^a")', true],
    ['size(object.spec.template.spec.containers)', 2n],
    ['string(object.spec.replicas) + "x"', '3x'],
    ['int("12") + 1', 13n],
    ['type(object) == map', true],
    ['{"k": index}', { k: 4n }],
    ['[index, "x"]', [4n, 'x']],
  ] as Array<[string, unknown]>)('%s', (expression, expected) => {
    const { fast, reference } = bothWays(env, expression, { object, index: 4n, self: null });
    expect(sameAsInterpreter(fast, reference), `closures: ${JSON.stringify(fast, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))}`).toBe(true);
    if (expected === undefined) expect(fast).toHaveProperty('error');
    else expect(fast).toEqual({ value: expected });
  });

  it('hands a variable of the wrong type back to the interpreter, which names the mismatch', () => {
    const { fast, reference, handedBack } = bothWays(env, 'index + 1', { object, index: 'four', self: null });
    expect(handedBack).toBe(1);
    expect(fast).toEqual(reference);
    expect((fast as { error: string }).error).toMatch(/index/);
  });

  it('does not hand back ordinary evaluations', () => {
    const { handedBack } = bothWays(env, 'object.spec.template.spec.containers.all(c, has(c.name)) && object.spec.replicas > 1', {
      object,
      index: 0n,
      self: null,
    });
    expect(handedBack).toBe(0);
  });

  it('leaves an environment without evaluator access to the interpreter', () => {
    const plain = createKubernetesEnvironment().clone();
    expect(evaluatorOf(plain)).toBeDefined(); // inherited from the Kubernetes environment
    const bare = new (Object.getPrototypeOf(plain).constructor as new (o: object) => Environment)({});
    expect(evaluatorOf(bare)).toBeUndefined();
    const compiled = compileExpression(bare, '1 + 1');
    expect(compiled.ok && compiled.program.compiled).toBe(false);
    expect(compiled.ok && compiled.program.evaluate({})).toBe(2n);
  });
});

describe('closures on the Kubernetes library vectors', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/cel/k8s-cel-library-cases.json', import.meta.url), 'utf8')) as {
    cases: K8sCase[];
    selves: Record<string, unknown>;
  };
  const cases = fixture.cases.filter((c) => {
    try {
      return env.parse(c.expression).check().valid;
    } catch {
      return false;
    }
  });

  it('covers most of the vectors', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it.each(cases.map((c) => [`#${c.id} ${c.expression}`, c] as const))('%s', (_, c) => {
    const self = toCel(c.self ?? fixture.selves[c.group ?? ''] ?? {});
    const { fast, reference } = bothWays(env, c.expression, { object: null, index: 0n, self });
    expect(sameAsInterpreter(fast, reference), JSON.stringify({ fast, reference }, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(true);
  });
});

describe('built-in rules', () => {
  it('compile every expression to closures, so none runs in the slower interpreter', () => {
    const { rules } = loadRules([{ dir: builtinPoliciesDir(), builtin: true }], process.cwd());
    const ruleEnv = createRuleEnvironment({ current: undefined });
    const interpreted: string[] = [];
    for (const rule of rules) {
      const compiled = compileRule(ruleEnv, rule);
      const programs = [
        ...compiled.matchConditions.map((m) => m.program),
        ...compiled.variables.map((v) => v.program),
        ...compiled.validations.flatMap((v) =>
          [v.expression, v.forEach, v.messageExpression, v.fieldPathExpression, v.severityExpression, v.related].filter((p) => p !== undefined),
        ),
      ];
      for (const p of programs) if (!p.compiled) interpreted.push(`${rule.id}: ${p.source}`);
    }
    expect(rules.length).toBeGreaterThan(30);
    expect(interpreted).toEqual([]);
  });
});
