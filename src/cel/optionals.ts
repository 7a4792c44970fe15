/**
 * Equality of optional values, which cel-js 8 does not define (`optional.of(1) == optional.of(1)`
 * is "no such overload" there). CEL defines it: both empty, or both present with equal values.
 * Kubernetes rules rely on it, e.g. `format.dns1123Label().validate(name) == optional.none()`.
 */
import type { Environment, Optional } from '@marcbachmann/cel-js';
import { celEquals } from './runtime-values.js';

export function registerOptionalEquality(env: Environment): void {
  env.registerOperator('optional<A> == optional<A>', (a: Optional, b: Optional) => celEquals(a, b));
}
