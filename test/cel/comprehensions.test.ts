/**
 * Two-variable comprehensions (cel-go `ext.TwoVarComprehensions`, enabled by Kubernetes from
 * 1.32 in k8s.io/apiserver pkg/cel/environment/base.go). Expected values follow the cel-spec
 * macros2.textproto vectors.
 */
import { describe, expect, it } from 'vitest';
import { compile, run } from './run-expression.js';

const labels = { app: 'web', tier: 'frontend', 'team.example.com/owner': '' };

describe('all, exists, existsOne with index/key and value', () => {
  it('binds the index and the element of a list', () => {
    expect(run('[1, 2, 3].all(i, v, i > -1 && v > 0)')).toBe(true);
    expect(run('[1, 2, 3].exists(i, v, i == 1 && v == 2)')).toBe(true);
    expect(run('[1, 2, 3].exists(i, v, i > 2 && v > 3)')).toBe(false);
    expect(run('[5, 7, 8].existsOne(i, v, v % 5 == i)')).toBe(true);
    expect(run('[0, 1, 2, 3, 4].existsOne(i, v, v % 2 == i)')).toBe(false);
    expect(run('[7].exists_one(i, v, i == 0 && v == 7)')).toBe(true);
  });

  it('binds the key and the value of a map, e.g. labels', () => {
    expect(run("object.labels.all(k, v, v != '' || k.contains('/'))", { labels })).toBe(true);
    expect(run("object.labels.exists(k, v, k == 'app' && v == 'db')", { labels })).toBe(false);
    expect(run("{'key1': 1, 'key2': 2}.all(k, v, k == 'key2' && v == 2)")).toBe(false);
  });

  it("all is false when some element is false even if another's predicate fails", () => {
    expect(run('[1, 2, 3].all(i, v, 6 / (2 - v) == i)')).toBe(false);
    expect(() => run('[1, 2, 3].all(i, v, v / i != 17)')).toThrow(/division by zero|divide by zero/);
    expect(() => run('[1, 2, 3].exists(i, v, v / i == 17)')).toThrow(/division by zero|divide by zero/);
    expect(() => run('[3, 2, 1, 0].existsOne(i, v, v / i > 1)')).toThrow(/division by zero|divide by zero/);
  });
});

describe('transformList, transformMap, transformMapEntry', () => {
  it('transformList maps (and optionally filters) with the index', () => {
    expect(run('[2, 4, 6].transformList(i, v, v / 2 + i)')).toEqual([1n, 3n, 5n]);
    expect(run('[2, 4, 6].transformList(i, v, i != 1 && v != 4, v / 2 + i)')).toEqual([1n, 5n]);
    expect(compile('[2, 4].transformList(i, v, v * i)')).toMatchObject({ ok: true, program: { type: 'list<int>' } });
  });

  it('transformMap keeps the keys and replaces the values', () => {
    expect(run("{'foo': 'bar', 'baz': 'bux'}.transformMap(k, v, k != 'baz', k + v)")).toEqual({ foo: 'foobar' });
    expect(run("object.labels.transformMap(k, v, size(v))['tier']", { labels })).toBe(8n);
    expect(run('[10, 20].transformMap(i, v, v + i)[1]')).toBe(21n);
  });

  it('transformMapEntry builds a map from one-entry maps and refuses repeated keys', () => {
    expect(run('object.labels.transformMapEntry(k, v, v != "", {v: k})', { labels })).toEqual({ web: 'app', frontend: 'tier' });
    expect(() => run("{'a': 1, 'b': 2}.transformMapEntry(k, v, {'same': v})")).toThrow('insert failed: key same already exists');
  });
});

describe('compile-time checks', () => {
  it('types the variables from the receiver', () => {
    const wrong = compile("[1, 2].all(i, v, v + 'a' == 'b')");
    expect(wrong.ok).toBe(false);
    const notBool = compile('[1, 2].exists(i, v, v)');
    expect(notBool.ok ? '' : notBool.error.message).toMatch(/predicate must return bool/);
  });

  it('refuses a receiver that is not a collection and repeated variable names', () => {
    expect(compile('1.all(i, v, true)').ok).toBe(false);
    const repeated = compile('[1].all(i, i, true)');
    expect(repeated.ok ? '' : repeated.error.message).toMatch(/duplicate variable name: i/);
  });

  it('prices the body once per element, like the one-variable macros', () => {
    const one = compile('object.items.all(x, x > 0)');
    const two = compile('object.items.all(i, x, x > 0)');
    const nested = compile('object.items.all(i, x, object.items.exists(j, y, y == x && i != j))');
    if (!one.ok || !two.ok || !nested.ok) throw new Error('compile failed');
    expect(two.program.estimatedCost).toBe(one.program.estimatedCost);
    expect(nested.program.estimatedCost).toBeGreaterThan(50 * two.program.estimatedCost);
  });
});
