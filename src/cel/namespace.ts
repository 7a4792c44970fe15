/**
 * cel-js has no namespaced global functions, so `sets.contains(a, b)` is modelled like cel-js
 * models `optional.of(x)`: a constant `sets` of a private type whose methods are the functions.
 */
import type { Environment } from '@marcbachmann/cel-js';

/** Registers the constant `name` and returns the type name to use as the methods' receiver. */
export function registerNamespace(env: Environment, name: string): string {
  const typeName = `${name[0]!.toUpperCase()}${name.slice(1)}Namespace`;
  class Namespace {}
  Object.defineProperty(Namespace, 'name', { value: typeName });
  env.registerType(typeName, Namespace);
  env.registerConstant(name, typeName, new Namespace());
  return typeName;
}
