/**
 * Registers the Kubernetes quantity CEL library (k8s.io/apiserver `library.Quantity`):
 * `quantity()`, `isQuantity()` and the `kubernetes.Quantity` methods.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { Quantity, QuantityParseError, isQuantity } from './quantity.js';
import { celError } from './runtime-values.js';

export const QUANTITY_TYPE = 'kubernetes.Quantity';
const Q = QUANTITY_TYPE;

function parseOrThrow(text: string): Quantity {
  try {
    return Quantity.parse(text);
  } catch (error) {
    if (error instanceof QuantityParseError) throw celError(error.message);
    throw error;
  }
}

export function registerQuantityLibrary(env: Environment): void {
  env.registerType(Q, Quantity);
  env.registerOperator(`${Q} == ${Q}`, (a: Quantity, b: Quantity) => a.equals(b));
  env.registerFunction(`quantity(string): ${Q}`, parseOrThrow);
  env.registerFunction('isQuantity(string): bool', isQuantity);
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
