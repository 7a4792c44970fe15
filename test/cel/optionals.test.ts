/** Optional values: equality and `optional.ofNonZeroValue`, which cel-js 8 lacks. */
import { describe, expect, it } from 'vitest';
import { run } from './run-expression.js';

describe('optional.ofNonZeroValue', () => {
  it("is empty for each type's zero value", () => {
    for (const zero of ['null', 'false', '0', '0u', '0.0', "''", "b''", '[]', '{}', "duration('0s')"]) {
      expect(run(`optional.ofNonZeroValue(${zero}).hasValue()`), zero).toBe(false);
    }
  });

  it('holds any other value', () => {
    expect(run('optional.ofNonZeroValue(42).or(optional.of(20)).value()')).toBe(42n);
    expect(run("optional.ofNonZeroValue('x').value()")).toBe('x');
    expect(run("optional.ofNonZeroValue([0]).hasValue()")).toBe(true);
    expect(run("optional.ofNonZeroValue({'a': 0}).hasValue()")).toBe(true);
  });

  it('turns an empty field from a manifest into a default', () => {
    expect(run("optional.ofNonZeroValue(object.spec.serviceAccountName).orValue('default')", { spec: { serviceAccountName: '' } })).toBe('default');
    expect(run('optional.ofNonZeroValue(object.labels).hasValue()', { labels: {} })).toBe(false);
  });
});

describe('optional equality', () => {
  it('compares presence and value', () => {
    expect(run('optional.of(1) == optional.of(1)')).toBe(true);
    expect(run('optional.none() == optional.of(1)')).toBe(false);
  });
});
