import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/cel/compile.js';
import { DEFAULT_COST_LIMIT, estimateCost } from '../../src/cel/cost.js';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn').registerVariable('objects', 'list<dyn>');

describe('compileExpression', () => {
  it('returns a program that evaluates', () => {
    const result = compileExpression(env, 'object.spec.replicas >= 2', { expectedType: 'bool' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.program.evaluate({ object: { spec: { replicas: 3n } }, objects: [] })).toBe(true);
  });

  it('reports syntax errors in one line with the position inside the expression', () => {
    const result = compileExpression(env, 'object.a &&\n  object.b +* 2');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).not.toContain('\n');
      expect(result.error.line).toBe(2);
      expect(result.error.column).toBeGreaterThan(1);
      expect(result.error.offset).toBeGreaterThan(11);
    }
  });

  it('reports unknown names and wrong result types', () => {
    const unknown = compileExpression(env, 'objekt.spec');
    expect(unknown.ok || unknown.error.message).toMatch(/objekt/);
    const wrongType = compileExpression(env, '"a" + "b"', { expectedType: 'bool' });
    expect(wrongType.ok || wrongType.error.message).toMatch(/must evaluate to bool, but it evaluates to string/);
  });

  it('rejects invalid constant regex patterns at compile time, as Kubernetes does', () => {
    const find = compileExpression(env, "object.s.find(')') == ''");
    expect(find.ok || find.error.message).toBe('error parsing regexp: unexpected ): `)`');
    const m = compileExpression(env, "object.s.matches('(a)\\\\1')");
    expect(m.ok || m.error.message).toMatch(/^invalid matches argument/);
  });

  it('rejects expressions whose estimated cost is above the limit', () => {
    const nested = 'objects.all(a, objects.all(b, objects.all(c, a == b && b == c)))';
    expect(compileExpression(env, nested, { sizes: { variables: { objects: 10 } } }).ok).toBe(true);
    const big = compileExpression(env, nested, { sizes: { variables: { objects: 10_000 } } });
    expect(big.ok || big.error.message).toMatch(/estimated cost \d+ exceeds the limit/);
  });
});

describe('has() on a path through an index, as cel-go accepts it', () => {
  const object = { spec: { containers: [{ name: 'a', resources: {} }, { name: 'b' }] } };
  const run = (expression: string) => {
    const result = compileExpression(env, expression, { expectedType: 'bool' });
    if (!result.ok) throw new Error(result.error.message);
    return result.program.evaluate({ object, objects: [] });
  };

  it('tests the field on the indexed element', () => {
    expect(run('has(object.spec.containers[0].resources)')).toBe(true);
    expect(run('has(object.spec.containers[1].resources)')).toBe(false);
    expect(run('!has(object.spec.containers[1].resources) && has(object.spec.containers)')).toBe(true);
  });

  it('keeps RE2 matches() working in the rewritten expression', () => {
    expect(run('has(object.spec.containers[0].name) && object.spec.containers[0].name.matches("(?i)^A$")')).toBe(true);
  });

  it('fails like cel-go when the indexed element itself is missing', () => {
    expect(() => run('has(object.spec.containers[5].resources)')).toThrow(/index out of bounds/);
  });

  it('still refuses has() on something that is no field selection', () => {
    const result = compileExpression(env, 'has(object.spec.containers[0])');
    expect(result.ok).toBe(false);
  });
});

describe('estimateCost', () => {
  const parse = (s: string) => env.parse(s);

  it('grows with N^depth for nested loops over objects', () => {
    const sizes = { variables: { objects: 100 } };
    const one = estimateCost(parse('objects.all(a, a.x == 1)'), sizes);
    const two = estimateCost(parse('objects.all(a, objects.all(b, a.x == b.x))'), sizes);
    expect(two).toBeGreaterThan(one * 50);
    expect(estimateCost(parse('objects.all(a, objects.all(b, objects.all(c, true)))'), { variables: { objects: 1000 } })).toBeGreaterThan(DEFAULT_COST_LIMIT);
  });

  it('counts literal lists by their real length and plain expressions as small', () => {
    expect(estimateCost(parse('[1, 2, 3].all(x, x > 0)'))).toBeLessThan(30);
    expect(estimateCost(parse('object.a == 1'))).toBeLessThan(10);
  });

  it('lets an iteration variable shadow a root variable of the same name', () => {
    const sizes = { variables: { objects: 1_000_000 }, defaultSize: 2 };
    expect(estimateCost(parse('[1, 2].all(objects, objects > 0)'), sizes)).toBeLessThan(50);
  });
});

describe('matches() with RE2 syntax, as Kubernetes evaluates it', () => {
  const run = (expression: string, object: unknown = {}) => {
    const result = compileExpression(env, expression, { expectedType: 'bool' });
    if (!result.ok) throw new Error(result.error.message);
    return result.program.evaluate({ object, objects: [] });
  };

  it('honours inline flags such as (?i), which JavaScript regexes reject', () => {
    expect(run("object.name.matches('(?i)^web-[a-z]+$')", { name: 'WEB-Frontend' })).toBe(true);
    expect(run("object.name.matches('^web-[a-z]+$')", { name: 'WEB-Frontend' })).toBe(false);
  });

  it('understands RE2 escapes like \\z after a parenthesised receiver', () => {
    expect(run("(object.a + object.b).matches('^xy\\\\z')", { a: 'x', b: 'y' })).toBe(true);
    expect(run("(object.a + object.b).matches('^xy\\\\z')", { a: 'x', b: 'y\n' })).toBe(false);
  });

  it('leaves string literals that mention .matches( alone', () => {
    expect(run("'a.matches(b)' == 'a.matches(b)' && 'a.matches(b)'.matches('matches')")).toBe(true);
  });

  it('still reports a pattern that RE2 rejects at compile time', () => {
    const result = compileExpression(env, "object.name.matches('x(?=y)')", { expectedType: 'bool' });
    expect(result.ok).toBe(false);
  });
});
