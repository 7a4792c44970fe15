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

/**
 * Registers the constant `name` whose fields are CEL type values, so that a qualified type name
 * such as `net.IP` can be written in an expression (`type(x) == net.IP`). cel-js compares types
 * by identity and does not export its `Type` class, so callers pass the registered type objects.
 */
export function registerTypeNamespace(env: Environment, name: string, types: Record<string, unknown>): void {
  const typeName = `${name[0]!.toUpperCase()}${name.slice(1)}TypeNamespace`;
  class TypeNamespace {}
  Object.defineProperty(TypeNamespace, 'name', { value: typeName });
  const fields = Object.fromEntries(Object.keys(types).map((key) => [key, 'type']));
  env.registerType(typeName, { ctor: TypeNamespace, fields });
  env.registerConstant(name, typeName, Object.assign(new TypeNamespace(), types));
}
