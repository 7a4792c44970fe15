/**
 * Equality, ordering and errors over runtime CEL values as cel-js represents them (bigint for
 * int, number for double, UnsignedInt objects, Duration objects, Date for timestamps, Uint8Array
 * for bytes, arrays and plain objects or Maps for lists and maps). Library functions such as
 * `indexOf`, `min` and `sets.contains` need these outside the evaluator, which keeps its own
 * helpers private.
 */
import { EvaluationError, Optional } from '@marcbachmann/cel-js';
import { Quantity } from './quantity.js';

/** A runtime error whose text is shown to rule authors. */
export function celError(message: string): EvaluationError {
  return new EvaluationError(message);
}

interface DurationLike {
  readonly seconds: bigint;
  readonly nanos: number;
}

function isDuration(value: object): value is DurationLike {
  return typeof (value as DurationLike).seconds === 'bigint' && typeof (value as DurationLike).nanos === 'number';
}

/** cel-js's UnsignedInt exposes its bigint through valueOf(). */
function isUnsigned(value: object): boolean {
  return value.constructor?.name === 'UnsignedInt';
}

function numericValue(value: unknown): bigint | number | undefined {
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && isUnsigned(value)) return value.valueOf() as bigint;
  return undefined;
}

function entriesOf(map: object): [unknown, unknown][] {
  return map instanceof Map ? [...map.entries()] : Object.entries(map);
}

function lookup(map: object, key: unknown): { found: boolean; value?: unknown } {
  if (map instanceof Map) return map.has(key) ? { found: true, value: map.get(key) } : { found: false };
  if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(map, key)) return { found: false };
  return { found: true, value: (map as Record<string, unknown>)[key] };
}

/** CEL equality: numbers compare across int/uint/double, containers compare element-wise. */
export function celEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== undefined || nb !== undefined) {
    // eslint-disable-next-line eqeqeq -- bigint == number is the intended numeric comparison
    return na !== undefined && nb !== undefined && na == nb;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Quantity || b instanceof Quantity) {
    return a instanceof Quantity && b instanceof Quantity && a.equals(b);
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && compareBytes(a, b) === 0;
  }
  if (a instanceof Optional || b instanceof Optional) {
    if (!(a instanceof Optional && b instanceof Optional)) return false;
    if (a.hasValue() !== b.hasValue()) return false;
    return !a.hasValue() || celEquals(a.value(), b.value());
  }
  if (isDuration(a) || isDuration(b)) {
    return isDuration(a) && isDuration(b) && a.seconds === b.seconds && a.nanos === b.nanos;
  }
  // Library value types (IP, CIDR, semver, ...) define their own equality.
  if (hasEquals(a) || hasEquals(b)) return a.constructor === b.constructor && (a as ValueWithEquals).equals(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!(Array.isArray(a) && Array.isArray(b)) || a.length !== b.length) return false;
    return a.every((item, i) => celEquals(item, b[i]));
  }
  if (a.constructor !== b.constructor && !(isPlainMap(a) && isPlainMap(b))) return false;
  const entries = entriesOf(a);
  if (entries.length !== entriesOf(b).length) return false;
  return entries.every(([key, value]) => {
    const other = lookup(b, key);
    return other.found && celEquals(value, other.value);
  });
}

interface ValueWithEquals {
  equals(other: unknown): boolean;
}

function hasEquals(value: object): value is ValueWithEquals {
  return typeof (value as Partial<ValueWithEquals>).equals === 'function';
}

function isPlainMap(value: object): boolean {
  return value instanceof Map || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function sign(n: number | bigint): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * CEL ordering for the comparable types (int, uint, double, bool, string, bytes, duration,
 * timestamp). Strings order by code point, as in Go.
 */
export function celCompare(a: unknown, b: unknown): -1 | 0 | 1 {
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== undefined && nb !== undefined) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Date && b instanceof Date) return sign(a.getTime() - b.getTime());
  if (a instanceof Uint8Array && b instanceof Uint8Array) return sign(compareBytes(a, b));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && isDuration(a) && isDuration(b)) {
    return a.seconds !== b.seconds ? sign(a.seconds - b.seconds) : sign(a.nanos - b.nanos);
  }
  throw celError(`no such overload: cannot compare ${describe(a)} with ${describe(b)}`);
}

/** JS `<` on strings compares UTF-16 units, which misorders astral characters; CEL uses code points. */
function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    if (x.value !== y.value) return x.value.codePointAt(0)! < y.value.codePointAt(0)! ? -1 : 1;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}
