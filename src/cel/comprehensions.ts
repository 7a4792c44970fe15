/**
 * cel-go's two-variable comprehensions (`ext.TwoVarComprehensions`), which Kubernetes enables in
 * every CEL environment from 1.32 (k8s.io/apiserver `pkg/cel/environment/base.go`):
 *
 *   list.all(i, v, p)   map.all(k, v, p)     exists, existsOne (also spelled exists_one): likewise
 *   transformList(i, v, [filter,] expr)   → list of expr
 *   transformMap(k, v, [filter,] expr)    → map from each key (a list's index) to expr
 *   transformMapEntry(k, v, [filter,] e)  → map merged from the one-entry maps `e` returns
 *
 * For a list the first variable is the index (int) and the second the element; for a map, the
 * key and its value. cel-js has no two-variable comprehension, so these are cel-js macros with
 * their own type check and evaluation. The closure compiler does not know them, so an
 * expression that uses one is interpreted (correct, somewhat slower).
 *
 * Error semantics follow cel-go: `all` is false as soon as one element is false, even if another
 * element's predicate failed (and `exists` dually true); otherwise such an error is the result.
 * `existsOne` and the transforms stop at the first error.
 */
import { ParseError, type Environment } from '@marcbachmann/cel-js';
import { celError } from './runtime-values.js';

/** cel-js's checker, evaluator, contexts, types and AST nodes: untyped in its declarations. */
type Checker = any;
type Evaluator = any;
type Context = any;
type TypeDecl = any;
interface AstNode {
  op: string;
  args: any;
}

type Kind = 'all' | 'exists' | 'existsOne' | 'exists_one' | 'transformList' | 'transformMap' | 'transformMapEntry';

interface TwoVariableMacro {
  kind: Kind;
  receiver: AstNode;
  first: string;
  second: string;
  filter?: AstNode;
  body: AstNode;
  /** Set by the type check: the contexts that hold the first and the second variable. */
  firstCtx?: Context;
  secondCtx?: Context;
  typeCheck(checker: Checker, macro: TwoVariableMacro, ctx: Context): TypeDecl;
  evaluate(ev: Evaluator, macro: TwoVariableMacro, ctx: Context): unknown;
}

function variableName(node: AstNode, kind: Kind): string {
  if (node.op === 'id') return node.args as string;
  throw new ParseError(`${kind}() variable name must be a simple identifier`);
}

/** The types of the two variables over a receiver of type `range`. */
function variableTypes(checker: Checker, range: TypeDecl, receiver: AstNode): [TypeDecl, TypeDecl] {
  if (range.kind === 'dyn') return [checker.dynType, checker.dynType];
  if (range.kind === 'list') return [checker.intType, range.valueType];
  if (range.kind === 'map') return [range.keyType, range.valueType];
  throw checker.createError(
    'invalid_comprehension_range',
    `Expression of type '${checker.formatType(range)}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    receiver,
  );
}

function requireBool(checker: Checker, node: AstNode, ctx: Context, what: string): void {
  const type = checker.check(node, ctx);
  if (!type.isDynOrBool()) {
    throw checker.createError('invalid_condition_type', `${what} must return bool, got '${checker.formatType(type)}'`, node);
  }
}

function typeCheck(checker: Checker, macro: TwoVariableMacro, ctx: Context): TypeDecl {
  const range = checker.check(macro.receiver, ctx);
  const [firstType, secondType] = variableTypes(checker, range, macro.receiver);
  macro.firstCtx = ctx.forkWithVariable(macro.first, firstType);
  macro.secondCtx = macro.firstCtx.forkWithVariable(macro.second, secondType);
  const inner = macro.secondCtx;
  if (macro.filter) requireBool(checker, macro.filter, inner, `${macro.kind}() filter`);
  switch (macro.kind) {
    case 'all':
    case 'exists':
    case 'existsOne':
    case 'exists_one':
      requireBool(checker, macro.body, inner, `${macro.kind}() predicate`);
      return checker.boolType;
    case 'transformList':
      return checker.registry.getListType(checker.check(macro.body, inner));
    case 'transformMap': {
      const keyType = range.kind === 'list' ? checker.intType : range.kind === 'map' ? range.keyType : checker.dynType;
      return checker.registry.getMapType(keyType, checker.check(macro.body, inner));
    }
    case 'transformMapEntry': {
      const entryType = checker.check(macro.body, inner);
      if (entryType.kind !== 'map' && entryType.kind !== 'dyn') {
        throw checker.createError(
          'invalid_argument',
          `transformMapEntry() expression must return a map, got '${checker.formatType(entryType)}'`,
          macro.body,
        );
      }
      return entryType.kind === 'map' ? entryType : checker.registry.getMapType(checker.dynType, checker.dynType);
    }
  }
}

/** Each (first, second) pair of a runtime list or map, in order. */
function* pairsOf(ev: Evaluator, collection: unknown, receiver: AstNode): Generator<[unknown, unknown]> {
  if (Array.isArray(collection)) {
    for (let i = 0; i < collection.length; i++) yield [BigInt(i), collection[i]];
  } else if (collection instanceof Map) {
    yield* collection.entries();
  } else if (collection !== null && typeof collection === 'object' && !(collection instanceof Set)) {
    for (const key of Object.keys(collection)) yield [key, (collection as Record<string, unknown>)[key]];
  } else {
    throw ev.createError(
      'invalid_comprehension_range',
      `Expression of type '${ev.debugType(collection)}' cannot be range of a comprehension (must be list, map, or dynamic).`,
      receiver,
    );
  }
}

function runBool(ev: Evaluator, node: AstNode, ctx: Context, what: string): boolean {
  const value = ev.run(node, ctx);
  if (typeof value !== 'boolean') throw celError(`${what} must return bool, got '${ev.debugType(value)}'`);
  return value;
}

/** A CEL map from entries: a plain object when every key is a string (as cel-js builds map literals), else a Map. */
function celMap(entries: Array<[unknown, unknown]>): object {
  if (!entries.every(([k]) => typeof k === 'string')) return new Map(entries);
  const map: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(map, k as string, { value: v, enumerable: true, writable: true, configurable: true });
  return map;
}

function evaluate(ev: Evaluator, macro: TwoVariableMacro, ctx: Context): unknown {
  const collection = ev.run(macro.receiver, ctx);
  const firstCtx = macro.firstCtx.reuse(ctx);
  const inner = macro.secondCtx.reuse(firstCtx);
  const { kind, filter, body } = macro;
  const kept = (): boolean => !filter || runBool(ev, filter, inner, `${kind}() filter`);

  if (kind === 'all' || kind === 'exists') {
    // `all` stops at the first false, `exists` at the first true; an error is kept and returned
    // only if no element decides the result.
    const decisive = kind === 'exists';
    let error: unknown;
    for (const [first, second] of pairsOf(ev, collection, macro.receiver)) {
      firstCtx.setIterValue(first, ev);
      inner.setIterValue(second, ev);
      try {
        if (runBool(ev, body, inner, `${kind}() predicate`) === decisive) return decisive;
      } catch (e) {
        error ??= e;
      }
    }
    if (error !== undefined) throw error;
    return !decisive;
  }

  let count = 0;
  const list: unknown[] = [];
  const entries: Array<[unknown, unknown]> = [];
  const seen = new Set<unknown>();
  for (const [first, second] of pairsOf(ev, collection, macro.receiver)) {
    firstCtx.setIterValue(first, ev);
    inner.setIterValue(second, ev);
    if (kind === 'existsOne' || kind === 'exists_one') {
      if (runBool(ev, body, inner, `${kind}() predicate`)) count++;
      continue;
    }
    if (!kept()) continue;
    const value = ev.run(body, inner);
    if (kind === 'transformList') list.push(value);
    else if (kind === 'transformMap') entries.push([first, value]);
    else {
      for (const entry of pairsOf(ev, value, body)) {
        if (seen.has(entry[0])) throw celError(`insert failed: key ${String(entry[0])} already exists`);
        seen.add(entry[0]);
        entries.push(entry);
      }
    }
  }
  if (kind === 'existsOne' || kind === 'exists_one') return count === 1;
  if (kind === 'transformList') return list;
  return celMap(entries);
}

function expander(kind: Kind, withFilter: boolean) {
  return ({ args, receiver }: { args: AstNode[]; receiver: AstNode }): TwoVariableMacro => {
    const first = variableName(args[0]!, kind);
    const second = variableName(args[1]!, kind);
    // cel-go: "duplicate variable name"; both names would denote the same variable.
    if (first === second) throw new ParseError(`${kind}() duplicate variable name: ${first}`);
    return {
      kind,
      receiver,
      first,
      second,
      filter: withFilter ? args[2] : undefined,
      body: withFilter ? args[3]! : args[2]!,
      typeCheck,
      evaluate,
    };
  };
}

/** Names and arities of the two-variable forms, for the cost estimate and the docs. */
export const TWO_VARIABLE_FORMS: ReadonlyArray<{ name: Kind; arities: readonly number[] }> = [
  { name: 'all', arities: [3] },
  { name: 'exists', arities: [3] },
  { name: 'existsOne', arities: [3] },
  // cel-go keeps the snake-case name of the one-variable macro for the two-variable form too.
  { name: 'exists_one', arities: [3] },
  { name: 'transformList', arities: [3, 4] },
  { name: 'transformMap', arities: [3, 4] },
  { name: 'transformMapEntry', arities: [3, 4] },
];

export function registerTwoVariableComprehensions(env: Environment): void {
  for (const { name, arities } of TWO_VARIABLE_FORMS) {
    for (const arity of arities) {
      const params = Array.from({ length: arity }, () => 'ast').join(', ');
      const result = name.startsWith('transform') ? (name === 'transformList' ? 'list<dyn>' : 'map<dyn, dyn>') : 'bool';
      env.registerFunction(`list.${name}(${params}): ${result}`, expander(name, arity === 4) as never);
    }
  }
}
