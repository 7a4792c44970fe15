/** Behaviour of the registered Kubernetes library through the environment rule authors use. */
import { describe, expect, it } from 'vitest';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';
import { Quantity } from '../../src/cel/quantity.js';

const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn');
const run = (expr: string, object: unknown = {}) => env.evaluate(expr, { object });

describe('quantity library', () => {
  it('compares quantities by value with ==, also inside lists', () => {
    expect(run('quantity("1") == quantity("1000m")')).toBe(true);
    expect(run('quantity("1Gi") != quantity("1G")')).toBe(true);
    expect(run('quantity("500m") in [quantity("0.5")]')).toBe(true);
  });

  it('exposes the Kubernetes methods', () => {
    expect(run('quantity("50k").add(20).sub(quantity("100k")).asInteger()')).toBe(-49980n);
    expect(run('quantity("50M").isLessThan(quantity("50Mi"))')).toBe(true);
    expect(run('quantity("1.5").asApproximateFloat()')).toBe(1.5);
    expect(run('quantity("-2").sign()')).toBe(-1n);
    expect(run('quantity(object.cpu).isGreaterThan(quantity("100m"))', { cpu: '250m' })).toBe(true);
    expect(run('quantity("1")')).toBeInstanceOf(Quantity);
  });

  it('fails at runtime with the Kubernetes message for bad input', () => {
    expect(() => run('quantity("10Mo")')).toThrow(/quantities must match/);
    expect(() => run('quantity("1.5").asInteger()')).toThrow(/cannot convert value to integer/);
  });
});

describe('lists library', () => {
  it('sums, finds extremes and checks order per element type', () => {
    expect(run('[1, 2, 3].sum()')).toBe(6n);
    expect(run('[1.5, 2.5].sum()')).toBe(4);
    expect(run('[].sum()')).toBe(0n);
    expect(run('["b", "a"].min()')).toBe('a');
    expect(run('[3, 9, 2].max()')).toBe(9n);
    expect(run('[1, 2, 2].isSorted()')).toBe(true);
    expect(run('[2, 1].isSorted()')).toBe(false);
  });

  it('finds elements with CEL equality, including lists and maps', () => {
    expect(run('[[1], [2], [2]].lastIndexOf([2])')).toBe(2n);
    expect(run('[{"a": 1}].indexOf({"a": 1})')).toBe(0n);
    expect(run('object.ports.indexOf(8080)', { ports: [80n, 8080n] })).toBe(1n);
    expect(run('[1, 2].indexOf(5)')).toBe(-1n);
  });

  it('rejects min/max of an empty list at runtime and sum of strings at compile time', () => {
    expect(() => run('object.xs.min()', { xs: [] })).toThrow(/min called on empty list/);
    expect(env.check("['a'].sum()").valid).toBe(false);
  });
});

describe('sets library', () => {
  it('implements contains, equivalent and intersects with duplicates ignored', () => {
    expect(run('sets.contains([1, 2, 3], [3, 1])')).toBe(true);
    expect(run('sets.contains([1], [2])')).toBe(false);
    expect(run('sets.equivalent([1, 1, 2], [2, 1])')).toBe(true);
    expect(run('sets.equivalent([1], [1, 2])')).toBe(false);
    expect(run('sets.intersects(["a", "b"], ["c", "b"])')).toBe(true);
    expect(run('sets.intersects([], [1])')).toBe(false);
  });
});

describe('strings library', () => {
  it('adds the cel-go ext string functions cel-js lacks', () => {
    expect(run("'héllo'.charAt(1)")).toBe('é');
    expect(run("'abc'.charAt(3)")).toBe('');
    expect(() => run("'abc'.charAt(4)")).toThrow(/index out of range: 4/);
    expect(run("'a-b-c'.replace('-', '+')")).toBe('a+b+c');
    expect(run("'a-b-c'.replace('-', '+', 1)")).toBe('a+b-c');
    expect(run("'ab'.replace('', '_')")).toBe('_a_b_');
    expect(run("'résumé'.reverse()")).toBe('émusér');
    expect(run('strings.quote("a\\"b\\n")')).toBe('"a\\"b\\n"');
  });

  it('keeps the cel-js built-ins working', () => {
    expect(run("'a,b'.split(',')")).toEqual(['a', 'b']);
    expect(run("['a', 'b'].join('-')")).toBe('a-b');
    expect(run("'  x '.trim()")).toBe('x');
    expect(run("'Hello'.lowerAscii()")).toBe('hello');
  });
});

describe('regex library', () => {
  it('finds the first match, all matches, and honours limits', () => {
    const object = { s: 'this is a 123 string 456' };
    expect(run("object.s.find('[0-9]+')", object)).toBe('123');
    expect(run("object.s.find('xyz')", object)).toBe('');
    expect(run("object.s.findAll('[0-9]+')", object)).toEqual(['123', '456']);
    expect(run("object.s.findAll('[0-9]+', 1)", object)).toEqual(['123']);
    expect(run("object.s.findAll('[0-9]+', 0)", object)).toEqual([]);
    expect(run("object.s.findAll('[0-9]+', -1)", object)).toEqual(['123', '456']);
  });

  it('rejects RE2-incompatible patterns at runtime when they are not constants', () => {
    expect(() => run('"aa".find(object.p)', { p: '(a)\\1' })).toThrow(/backreferences are not supported/);
  });
});

describe('environment', () => {
  it('can be cloned repeatedly to register rule variables without touching the base', () => {
    const base = createKubernetesEnvironment();
    const a = base.clone().registerVariable('params', 'dyn');
    const b = base.clone().registerVariable('params', 'map');
    expect(a.evaluate('params.x', { params: { x: 1n } })).toBe(1n);
    expect(b.hasVariable('params')).toBe(true);
    expect(base.hasVariable('params')).toBe(false);
  });

  it('enables optional types and mixed-type literals', () => {
    expect(run('object.?missing.orValue("d")')).toBe('d');
    expect(run('[1, "a"].size()')).toBe(2n);
  });

  it('bounds expression size at parse time', () => {
    const small = createKubernetesEnvironment({ limits: { maxAstNodes: 10 } });
    expect(() => small.parse('1 + 2 + 3 + 4 + 5 + 6 + 7 + 8')).toThrow();
  });
});
