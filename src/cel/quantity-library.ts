/**
 * Registers the Kubernetes quantity CEL library (k8s.io/apiserver `library.Quantity`):
 * `quantity()`, `isQuantity()` and the `kubernetes.Quantity` methods.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { Quantity, QuantityParseError, isQuantity } from './quantity.js';
import { celError } from './runtime-values.js';

export const QUANTITY_TYPE = 'kubernetes.Quantity';
const Q = QUANTITY_TYPE;

/**
 * Parsed quantities by text. Manifests repeat a handful of values ('250m', '512Mi') thousands of
 * times and rules parse each several times; Quantity is immutable, so one instance can serve all.
 */
const parsed = new Map<string, Quantity>();
const CACHE_LIMIT = 4096;

function parseOrThrow(text: string): Quantity {
  const known = parsed.get(text);
  if (known) return known;
  try {
    const q = Quantity.parse(text);
    if (parsed.size >= CACHE_LIMIT) parsed.clear();
    parsed.set(text, q);
    return q;
  } catch (error) {
    if (error instanceof QuantityParseError) throw celError(error.message);
    throw error;
  }
}

export function registerQuantityLibrary(env: Environment): void {
  env.registerType(Q, Quantity);
  env.registerOperator(`${Q} == ${Q}`, (a: Quantity, b: Quantity) => a.equals(b));
  env.registerFunction(`quantity(string): ${Q}`, parseOrThrow);
  env.registerFunction('isQuantity(string): bool', (text: string) => parsed.has(text) || isQuantity(text));
  env.registerFunction(`${Q}.sign(): int`, (q: Quantity) => BigInt(q.sign()));
  env.registerFunction(`${Q}.isInteger(): bool`, (q: Quantity) => q.isInteger());
  env.registerFunction(`${Q}.asInteger(): int`, (q: Quantity) => {
    const value = q.asInteger();
    if (value === undefined) throw celError('cannot convert value to integer');
    return value;
  });
  env.registerFunction(`${Q}.asApproximateFloat(): double`, (q: Quantity) => q.asApproximateFloat());
  env.registerFunction(`${Q}.compareTo(${Q}): int`, (a: Quantity, b: Quantity) => BigInt(a.compareTo(b)));
  env.registerFunction(`${Q}.isLessThan(${Q}): bool`, (a: Quantity, b: Quantity) => a.compareTo(b) < 0);
  env.registerFunction(`${Q}.isGreaterThan(${Q}): bool`, (a: Quantity, b: Quantity) => a.compareTo(b) > 0);
  env.registerFunction(`${Q}.add(${Q}): ${Q}`, (a: Quantity, b: Quantity) => a.add(b));
  env.registerFunction(`${Q}.add(int): ${Q}`, (a: Quantity, b: bigint) => a.add(Quantity.fromInteger(b)));
  env.registerFunction(`${Q}.sub(${Q}): ${Q}`, (a: Quantity, b: Quantity) => a.sub(b));
  env.registerFunction(`${Q}.sub(int): ${Q}`, (a: Quantity, b: bigint) => a.sub(Quantity.fromInteger(b)));
}
