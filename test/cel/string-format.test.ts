import { describe, expect, it } from 'vitest';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

const env = createKubernetesEnvironment();
const run = (expression: string, context: Record<string, unknown> = {}) => env.evaluate(expression, context);

// cel-go's strings extension `format`, which Kubernetes enables (expected strings from cel-spec string_ext).
describe('string.format()', () => {
  it('fills %s and %d in order and escapes %%', () => {
    expect(run("'%s has %d replicas (%d%%)'.format(['web', 3, 50])")).toBe('web has 3 replicas (50%)');
  });

  it('prints lists and maps as cel-go does, map keys sorted', () => {
    expect(run("'%s'.format([['a', 3.14, null, [9, 8]]])")).toBe('[a, 3.14, null, [9, 8]]');
    expect(run("'%s'.format([{'strKey': 'x', 6: duration('422s'), true: 42}])")).toBe('{6: 422s, strKey: x, true: 42}');
  });

  it('rounds %f on the exact value with ties to even, and pads %e exponents to two digits', () => {
    expect(run("'%.0f %.0f %.3f %f'.format([2.5, 3.5001, -123.4999, 2])")).toBe('2 4 -123.500 2.000000');
    expect(run("'%.6e'.format([1052.032911275])")).toBe('1.052033e+03');
  });

  it('formats integers in binary, octal and hex, and strings as hex bytes', () => {
    expect(run("'%b %o %x %X %x'.format([5, 11, 30, 30, 'Hi'])")).toBe('101 13 1e 1E 4869');
  });

  it('fails with cel-go\'s messages on a bad clause, a missing argument or a wrong type', () => {
    expect(() => run("'%a'.format([1])")).toThrow('unrecognized formatting clause "a"');
    expect(() => run("'%d %d'.format([1])")).toThrow('index 1 out of range');
    expect(() => run("'%d'.format(['x'])")).toThrow('decimal clause can only be used on integers, was given string');
  });
});
