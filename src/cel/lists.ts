/**
 * The Kubernetes list library (k8s.io/apiserver `library.Lists`): `isSorted`, `sum`, `min`,
 * `max`, `indexOf`, `lastIndexOf`. Overloads are registered per element type so that, as in
 * Kubernetes, `['a'].sum()` or `[[1]].min()` are compile errors rather than runtime surprises.
 */
import { Environment } from '@marcbachmann/cel-js';
import { celCompare, celEquals, celError } from './runtime-values.js';

const DURATION = 'google.protobuf.Duration';
const TIMESTAMP = 'google.protobuf.Timestamp';
const COMPARABLE = ['int', 'uint', 'double', 'bool', 'string', 'bytes', DURATION, TIMESTAMP];
const SUMMABLE = ['int', 'uint', 'double', DURATION];

type List = readonly unknown[];

function isSorted(list: List): boolean {
  for (let i = 1; i < list.length; i++) if (celCompare(list[i - 1], list[i]) > 0) return false;
  return true;
}

function extreme(name: 'min' | 'max', want: 1 | -1) {
  return (list: List): unknown => {
    if (list.length === 0) throw celError(`${name} called on empty list`);
    let best = list[0];
    for (let i = 1; i < list.length; i++) if (celCompare(list[i], best) === want) best = list[i];
    return best;
  };
}

/**
 * Sums with the operators cel-js registered for the element type, so overflow checks and
 * duration arithmetic behave exactly like `a + b` in an expression would.
 */
function sumWith(env: Environment, zeroExpression: string) {
  const add = env.parse('a + b');
  const zero = env.evaluate(zeroExpression);
  return (list: List): unknown => {
    let total: unknown = zero;
    for (const item of list) total = add({ a: total, b: item });
    return total;
  };
}

export function registerListsLibrary(env: Environment): void {
  for (const type of COMPARABLE) {
    env.registerFunction(`list<${type}>.isSorted(): bool`, isSorted);
    env.registerFunction(`list<${type}>.min(): ${type}`, extreme('min', -1));
    env.registerFunction(`list<${type}>.max(): ${type}`, extreme('max', 1));
  }
  const zeros: Record<string, string> = { int: '0', uint: '0u', double: '0.0', [DURATION]: "duration('0s')" };
  // A throwaway environment evaluates the additions: `a` and `b` are dyn there, so whichever
  // `+` overload matches the runtime values is used.
  const arithmetic = new Environment({ unlistedVariablesAreDyn: true });
  for (const type of SUMMABLE) {
    env.registerFunction(`list<${type}>.sum(): ${type}`, sumWith(arithmetic, zeros[type]!));
  }
  env.registerFunction('list<T>.indexOf(T): int', listIndexOf);
  env.registerFunction('list<T>.lastIndexOf(T): int', listLastIndexOf);
}

export function listIndexOf(list: List, item: unknown): bigint {
  return BigInt(list.findIndex((x) => celEquals(x, item)));
}

export function listLastIndexOf(list: List, item: unknown): bigint {
  return BigInt(list.findLastIndex((x) => celEquals(x, item)));
}
