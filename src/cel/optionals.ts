/**
 * The parts of cel-go's optional library that cel-js 8 lacks:
 * - equality of optional values (`optional.of(1) == optional.of(1)` is "no such overload" in
 *   cel-js). CEL defines it: both empty, or both present with equal values. Kubernetes rules rely
 *   on it, e.g. `format.dns1123Label().validate(name) == optional.none()`.
 * - `optional.ofNonZeroValue(x)`: `optional.none()` when `x` is its type's zero value.
 */
import { Optional, type Environment } from '@marcbachmann/cel-js';
import { celEquals } from './runtime-values.js';

/** Go's zero time, 0001-01-01T00:00:00Z: what cel-go's `Timestamp.IsZeroValue` tests (`time.Time.IsZero`). */
const GO_ZERO_TIME_MS = -62_135_596_800_000;

/** cel-go's `IsZeroValue` over cel-js's runtime values. */
export function isZeroValue(value: unknown): boolean {
  if (value === null || value === false || value === 0n || value === 0 || value === '') return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value) || value instanceof Uint8Array) return value.length === 0;
  if (value instanceof Map || value instanceof Set) return value.size === 0;
  if (value instanceof Date) return value.getTime() === GO_ZERO_TIME_MS;
  if (value instanceof Optional) return !value.hasValue();
  const d = value as { seconds?: unknown; nanos?: unknown };
  if (typeof d.seconds === 'bigint' && typeof d.nanos === 'number') return d.seconds === 0n && d.nanos === 0;
  if (value.constructor?.name === 'UnsignedInt') return value.valueOf() === 0n;
  // A plain object is a CEL map here.
  if (Object.getPrototypeOf(value) === Object.prototype) return Object.keys(value).length === 0;
  return false;
}

export function registerOptionalEquality(env: Environment): void {
  env.registerOperator('optional<A> == optional<A>', (a: Optional, b: Optional) => celEquals(a, b));
}

export function registerOptionalConstructors(env: Environment): void {
  env.registerFunction('OptionalNamespace.ofNonZeroValue(A): optional<A>', (_: unknown, value: unknown) =>
    isZeroValue(value) ? Optional.none() : Optional.of(value),
  );
}
