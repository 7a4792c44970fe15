import { describe, expect, it } from 'vitest';
import { Quantity, isQuantity } from '../../src/cel/quantity.js';

const q = (s: string) => Quantity.parse(s);

describe('Quantity.parse (apimachinery ParseQuantity semantics)', () => {
  it.each([
    ['1', '1000m'],
    ['1Gi', '1024Mi'],
    ['0.5', '500m'],
    ['1e3', '1k'],
    ['1E3', '1000'],
    ['1.5Ki', '1536'],
    ['200M', '0.2G'],
    ['-1', '-1000m'],
    ['+2', '2'],
    ['1e-3', '1m'],
    ['.5', '0.5'],
  ])('%s equals %s exactly', (a, b) => {
    expect(q(a).equals(q(b))).toBe(true);
    expect(q(a).compareTo(q(b))).toBe(0);
  });

  it('orders binary and decimal suffixes by value: 50M < 50Mi', () => {
    expect(q('50M').compareTo(q('50Mi'))).toBe(-1);
    expect(q('50Mi').compareTo(q('50M'))).toBe(1);
  });

  it('rounds sub-nano values up to one nano, as Kubernetes does, so small requests never become zero', () => {
    expect(q('0.1n').equals(q('1n'))).toBe(true);
    expect(q('-0.1n').equals(q('-1n'))).toBe(true);
  });

  it('caps binary-SI quantities at max int64, like apimachinery', () => {
    expect(q('100000Ei').equals(q('9223372036854775807'))).toBe(true);
  });

  it('keeps large decimal quantities exact (no cap, no float rounding)', () => {
    expect(q('9999999999999999999999999999999999999G').isInteger()).toBe(false);
    expect(q('9007199254740993').asInteger()).toBe(9007199254740993n);
  });

  it.each(['10Mo', '1.2.3', 'abc', '', '1 Gi', '1Gi ', '5MiB'])('rejects %j with the Kubernetes format message', (s) => {
    expect(() => q(s)).toThrow(/quantities must match the regular expression/);
  });

  // "--1" passes the shape check (the second sign is read as an exponent sign), so its "suffix" is "-1".
  it.each(['10Mm', '1ki', '1Ki5', '1e', '--1'])('rejects %j with the suffix message', (s) => {
    expect(() => q(s)).toThrow("unable to parse quantity's suffix");
  });

  it('isQuantity reports validity without throwing', () => {
    expect(isQuantity('20Mi')).toBe(true);
    expect(isQuantity('20Mo')).toBe(false);
    expect(isQuantity('10Mm')).toBe(false);
  });

  it('does arithmetic without mutating operands', () => {
    const a = q('50k');
    expect(a.add(Quantity.fromInteger(20n)).equals(q('50020'))).toBe(true);
    expect(a.sub(q('20')).equals(q('49.98k'))).toBe(true);
    expect(a.equals(q('50k'))).toBe(true);
  });

  it('converts to integers only when whole and within int64', () => {
    expect(q('50k').asInteger()).toBe(50000n);
    expect(q('1500m').asInteger()).toBeUndefined();
    expect(q('1500m').asApproximateFloat()).toBe(1.5);
    expect(q('-3').sign()).toBe(-1);
  });

  it('renders the original text, or an exact decimal for computed values', () => {
    expect(q('1Gi').toString()).toBe('1Gi');
    expect(q('1').sub(q('250m')).toString()).toBe('0.75');
  });
});
