import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { Quantity } from '../../src/cel/quantity.js';
import { ValueTooLargeError, fromCel, toCel } from '../../src/cel/values.js';

describe('toCel', () => {
  it('turns integral numbers into BigInt and keeps non-integral numbers as doubles', () => {
    expect(toCel({ replicas: 3, ratio: 0.5, list: [1, 2.5], name: 'x', on: true })).toEqual({
      replicas: 3n, ratio: 0.5, list: [1n, 2.5], name: 'x', on: true,
    });
  });

  it('leaves out nested null fields (omitempty in the apiserver) but keeps a top-level null such as a Role\'s rules', () => {
    const out = toCel(load('rules: null\nstatus: null\nspec:\n  resources: null\n  selector: ~\n  args: [a, null]\n')) as Record<string, any>;
    expect(Object.keys(out.spec)).toEqual(['args']);
    expect(out.spec.args).toEqual(['a', null]);
    expect(out).toHaveProperty('rules', null);
    expect(out).not.toHaveProperty('status');
  });

  it('converts a YAML alias once, so both places share one converted object', () => {
    const doc = load('a: &x {cpu: 1}\nb: *x\n') as Record<string, unknown>;
    const out = toCel(doc) as Record<string, unknown>;
    expect(out.a).toEqual({ cpu: 1n });
    expect(out.a).toBe(out.b);
  });

  it('rejects an alias bomb by its expanded size without expanding it', () => {
    // Nine levels of nine references each expand to 9^9 (~387 million) leaves.
    let yaml = 'l0: &l0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 9; i++) yaml += `l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]\n`;
    const doc = load(yaml);
    expect(() => toCel(doc)).toThrow(ValueTooLargeError);
    try {
      toCel(doc, { maxNodes: 500 });
    } catch (error) {
      expect(error).toBeInstanceOf(ValueTooLargeError);
      expect((error as ValueTooLargeError).maxNodes).toBe(500);
    }
  });

  it('counts shared subtrees once per reference when checking maxNodes', () => {
    const shared = { a: 1, b: 2 }; // 3 nodes
    const value = [shared, shared, shared]; // 1 + 3 * 3 = 10 expanded nodes
    expect(() => toCel(value, { maxNodes: 10 })).not.toThrow();
    expect(() => toCel(value, { maxNodes: 9 })).toThrow(ValueTooLargeError);
  });

  it('rejects cyclic values', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => toCel(a)).toThrow(/refers to itself/);
  });

  it('keeps a __proto__ key as an ordinary field', () => {
    const out = toCel(JSON.parse('{"__proto__": {"x": 1}}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('fromCel', () => {
  it('returns plain data: safe ints as numbers, quantities as text, maps as objects', () => {
    expect(fromCel({ n: 3n, big: 2n ** 60n, q: Quantity.parse('1Gi'), m: new Map([['k', [1n]]]) })).toEqual({
      n: 3, big: '1152921504606846976', q: '1Gi', m: { k: [1] },
    });
  });
});
