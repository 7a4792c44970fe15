/** The CEL `sets` extension (cel-go ext.Sets), enabled in Kubernetes: contains, equivalent, intersects. */
import type { Environment } from '@marcbachmann/cel-js';
import { celEquals } from './runtime-values.js';
import { registerNamespace } from './namespace.js';

type List = readonly unknown[];

const includes = (list: List, item: unknown): boolean => list.some((x) => celEquals(x, item));

export function registerSetsLibrary(env: Environment): void {
  const ns = registerNamespace(env, 'sets');
  env.registerFunction(`${ns}.contains(list<T>, list<T>): bool`, (_: unknown, a: List, b: List) =>
    b.every((item) => includes(a, item)),
  );
  env.registerFunction(`${ns}.equivalent(list<T>, list<T>): bool`, (_: unknown, a: List, b: List) =>
    b.every((item) => includes(a, item)) && a.every((item) => includes(b, item)),
  );
  env.registerFunction(`${ns}.intersects(list<T>, list<T>): bool`, (_: unknown, a: List, b: List) =>
    a.some((item) => includes(b, item)),
  );
}
