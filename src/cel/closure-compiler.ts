/**
 * Compiles a type-checked cel-js expression into a tree of JavaScript closures, one per AST node.
 *
 * Why: the interpreter walks the AST for every evaluation, dispatching each node through a
 * generic `run` and allocating a context per call; a lint run evaluates the same few hundred
 * expressions against every object, so that walk was most of the rule time. The closures do the
 * same work without the walk: variables are resolved to slots at compile time, and each operator,
 * field access and function call goes straight to the handler cel-js chose when it type-checked
 * the node. Those handlers are cel-js's own, so overload resolution, int64 overflow, errors and
 * their messages stay exactly the interpreter's.
 *
 * What the closures do not handle themselves they leave to the interpreter: a node kind this file
 * does not know makes `compileClosures` return undefined (the expression is interpreted), and at
 * run time any case whose outcome is an error built by the interpreter's internals (a non-bool
 * operand of `&&`, a ternary on a non-bool, a variable of the wrong type) throws `DEOPT`, and the
 * whole expression is evaluated again by the interpreter, which produces that exact error. CEL is
 * side-effect free, so evaluating again is safe.
 */
import { Optional, type ParseResult } from '@marcbachmann/cel-js';

/** cel-js's evaluator and AST nodes are untyped in its declarations; these name what we read. */
type Evaluator = any;
interface TypeDecl {
  name: string;
  kind?: string;
  valueType?: TypeDecl;
  matchesValueType(value: unknown, ev: Evaluator): boolean;
  fieldLazy?(obj: unknown, key: unknown, ast: AstNode, ev: Evaluator): unknown;
}
interface AstNode {
  op: string;
  args: any;
  checkedType?: TypeDecl;
  handle?: (...args: any[]) => unknown;
  receiverWithArgs?: AstNode[];
  meta: { alternate?: AstNode; macro?: any };
}

/** One evaluation: the activation's variables and the slots of comprehension and bind variables. */
interface Frame {
  vars: Record<string, unknown>;
  slots: unknown[];
}
type Fn = (f: Frame) => unknown;

/** Thrown when the interpreter must take over this evaluation (see the file comment). */
const DEOPT = Symbol('cel-deopt');

/** Names visible at a node: comprehension and bind variables by slot, and the enclosing accumulator. */
interface Scope {
  vars: ReadonlyMap<string, number>;
  accu: number;
}

const hasOwn = Object.hasOwn;

class ClosureCompiler {
  slotCount = 0;

  constructor(private readonly ev: Evaluator) {}

  /** Undefined when some node is of a kind only the interpreter knows. */
  node(ast: AstNode, scope: Scope): Fn | undefined {
    const meta = ast.meta;
    if (meta.alternate) return this.node(meta.alternate, scope);
    if (meta.macro) return this.macro(meta.macro, scope);
    const ev = this.ev;
    switch (ast.op) {
      case 'value': {
        const value = ast.args;
        return () => value;
      }
      case 'id':
        return this.identifier(ast, scope);
      case 'accuValue': {
        const s = scope.accu;
        return s < 0 ? undefined : (f) => f.slots[s];
      }
      case 'accuInc': {
        const s = scope.accu;
        return s < 0 ? undefined : (f) => ((f.slots[s] as number) += 1);
      }
      case 'accuPush': {
        const s = scope.accu;
        const item = this.node(ast.args, scope);
        if (s < 0 || !item) return undefined;
        return (f) => {
          const list = f.slots[s] as unknown[];
          list.push(item(f));
          return list;
        };
      }
      case '.':
      case '.?': {
        const left = this.node(ast.args[0], scope);
        const key = ast.args[1];
        const handle = ast.handle;
        if (!left || !handle) return undefined;
        const leftType = ast.args[0].checkedType;
        if (ast.op === '.' && leftType?.name === 'dyn') return this.plainMapField(ast, left, key, handle);
        if (ast.op === '.' && leftType?.kind === 'map' && leftType.valueType) return this.plainMapField(ast, left, key, handle, leftType.valueType);
        return (f) => handle(left(f), key, ast, ev);
      }
      case '[]':
      case '[?]': {
        const left = this.node(ast.args[0], scope);
        const right = this.node(ast.args[1], scope);
        const handle = ast.handle;
        if (!left || !right || !handle) return undefined;
        return (f) => handle(left(f), right(f), ast, ev);
      }
      case 'call': {
        const args = this.nodes(ast.args[1], scope);
        const handle = ast.handle;
        if (!args || !handle) return undefined;
        const only = soleSimpleOverload(ast);
        if (only) return this.soleOverloadCall(ast, args, only, handle);
        return (f) => syncResult(handle(evaluateAll(args, f), ast, ev));
      }
      case 'rcall': {
        const args = ast.receiverWithArgs && this.nodes(ast.receiverWithArgs, scope);
        const handle = ast.handle;
        if (!args || !handle) return undefined;
        return (f) => syncResult(handle(evaluateAll(args, f), ev, ast));
      }
      case 'list': {
        const items = this.nodes(ast.args, scope);
        return items && ((f) => evaluateAll(items, f));
      }
      case 'map':
        return this.mapLiteral(ast, scope);
      case 'comprehension':
        return this.comprehension(ast, scope);
      case '?:': {
        const [condition, whenTrue, whenFalse] = this.nodes(ast.args, scope) ?? [];
        if (!condition || !whenTrue || !whenFalse) return undefined;
        return (f) => {
          const c = condition(f);
          if (c === true) return whenTrue(f);
          if (c === false) return whenFalse(f);
          throw DEOPT;
        };
      }
      case '&&':
      case '||':
        return this.logical(ast, scope);
      case '!_':
      case '-_': {
        const operand = this.node(ast.args, scope);
        const handle = ast.handle;
        if (!operand || !handle) return undefined;
        return (f) => syncResult(handle(operand(f), ast, ev));
      }
      case '==':
      case '!=':
      case 'in':
      case '+':
      case '-':
      case '*':
      case '/':
      case '%':
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const left = this.node(ast.args[0], scope);
        const right = this.node(ast.args[1], scope);
        const handle = ast.handle;
        if (!left || !right || !handle) return undefined;
        const fast = FAST_BINARY[ast.op];
        if (fast) {
          return (f) => {
            const l = left(f);
            const r = right(f);
            const v = fast(l, r);
            return v !== undefined ? v : syncResult(handle(l, r, ast, ev));
          };
        }
        return (f) => {
          const l = left(f);
          return syncResult(handle(l, right(f), ast, ev));
        };
      }
      default:
        return undefined;
    }
  }

  private nodes(asts: AstNode[], scope: Scope): Fn[] | undefined {
    const fns: Fn[] = [];
    for (const a of asts) {
      const fn = this.node(a, scope);
      if (!fn) return undefined;
      fns.push(fn);
    }
    return fns;
  }

  private identifier(ast: AstNode, scope: Scope): Fn | undefined {
    const name = ast.args as string;
    const slot = scope.vars.get(name);
    if (slot !== undefined) return (f) => f.slots[slot];
    const type = ast.checkedType;
    if (!type) return undefined;
    const ev = this.ev;
    // The interpreter converts a map to a message type here, or reports the mismatch: leave both to it.
    return (f) => {
      const v = f.vars[name];
      if (v === undefined || !type.matchesValueType(v, ev)) throw DEOPT;
      return v;
    };
  }

  /**
   * `a.b` on a plain map (what manifests are), read directly as cel-js's own lookup reads it: for
   * `a` typed only at run time the value just has to be a CEL value; for `a` typed as a map it must
   * match the map's value type. Anything else, and a missing key, goes to cel-js's handler.
   */
  private plainMapField(ast: AstNode, left: Fn, key: string, handle: NonNullable<AstNode['handle']>, valueType?: TypeDecl): Fn {
    const ev = this.ev;
    return (f) => {
      const l = left(f) as Record<string, unknown> | null;
      if (l !== null && typeof l === 'object' && (l.constructor === Object || l.constructor === undefined) && hasOwn(l, key)) {
        const v = l[key];
        if (v !== undefined && (valueType ? valueType.matchesValueType(v, ev) : ev.debugType(v))) return v;
      }
      return handle(l, key, ast, ev);
    };
  }

  /**
   * A call whose function has one overload of this arity, with simple parameter types: cel-js
   * would work out each argument's full runtime type only to pick that same overload. Checking
   * each value against its parameter type picks it too; anything else goes to cel-js, which
   * reports the missing overload.
   */
  private soleOverloadCall(ast: AstNode, args: Fn[], decl: FunctionDecl, handle: NonNullable<AstNode['handle']>): Fn {
    const ev = this.ev;
    const types = decl.argTypes;
    const handler = decl.handler;
    return (f) => {
      const values = evaluateAll(args, f);
      for (let i = 0; i < values.length; i++) {
        if (!types[i]!.matchesValueType(values[i], ev)) return syncResult(handle(values, ast, ev));
      }
      try {
        return syncResult(handler.apply(ev, values));
      } catch (error) {
        // What cel-js does to a function's error: point it at the call.
        const e = error as { withAst?: (node: AstNode) => unknown };
        throw typeof e?.withAst === 'function' ? e.withAst(ast) : error;
      }
    };
  }

  private mapLiteral(ast: AstNode, scope: Scope): Fn | undefined {
    const entries: Array<[Fn, Fn]> = [];
    for (const [k, v] of ast.args as Array<[AstNode, AstNode]>) {
      const key = this.node(k, scope);
      const value = this.node(v, scope);
      if (!key || !value) return undefined;
      entries.push([key, value]);
    }
    return (f) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of entries) {
        const k = key(f) as string;
        const v = value(f);
        // As the interpreter: these names would reach the prototype, so they are left out.
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
        out[k] = v;
      }
      return out;
    };
  }

  /** `has()`, `cel.bind()`, `optional.or()` and `optional.orValue()`: the macros cel-js evaluates itself. */
  private macro(macro: any, scope: Scope): Fn | undefined {
    const ev = this.ev;
    if (Array.isArray(macro.macroHasProps)) {
      const nodes = macro.macroHasProps as AstNode[];
      const root = this.node(nodes[nodes.length - 1]!, scope);
      if (!root) return undefined;
      return (f) => {
        let i = nodes.length - 1;
        let obj = root(f);
        let optional = false;
        while (i--) {
          const node = nodes[i]!;
          if (node.op === '.?') optional = true;
          obj = (ev.debugType(obj) as TypeDecl).fieldLazy!(obj, node.args[1], node, ev);
          if (obj !== undefined) continue;
          if (!(!optional && i && node.op === '.')) break;
          throw DEOPT; // a missing field before the last one: the interpreter's no_such_key error
        }
        return obj !== undefined;
      };
    }
    if (macro.functionDesc === 'optional.orValue(value)' || macro.functionDesc === 'optional.or(optional)') {
      const receiver = this.node(macro.receiver, scope);
      const fallback = this.node(macro.arg, scope);
      if (!receiver || !fallback) return undefined;
      if (macro.functionDesc === 'optional.orValue(value)') {
        return (f) => {
          const o = receiver(f);
          if (!(o instanceof Optional)) throw DEOPT;
          return o.hasValue() ? o.value() : fallback(f);
        };
      }
      return (f) => {
        const o = receiver(f);
        if (!(o instanceof Optional)) throw DEOPT;
        if (o.hasValue()) return o;
        const other = fallback(f);
        if (!(other instanceof Optional)) throw DEOPT;
        return other;
      };
    }
    if (typeof macro.var === 'string' && macro.val && macro.exp && macro.bindCtx) {
      const value = this.node(macro.val, scope);
      const slot = this.slotCount++;
      const body = this.node(macro.exp, { vars: new Map(scope.vars).set(macro.var, slot), accu: scope.accu });
      const type = macro.bindCtx.iterType as TypeDecl;
      if (!value || !body) return undefined;
      return (f) => {
        const v = value(f);
        if (!type.matchesValueType(v, ev)) throw DEOPT;
        f.slots[slot] = v;
        return body(f);
      };
    }
    return undefined;
  }

  private comprehension(ast: AstNode, scope: Scope): Fn | undefined {
    const ev = this.ev;
    const args = ast.args;
    const iterType = args.iterCtx?.iterType as TypeDecl | undefined;
    if (!iterType) return undefined;
    const iterable = this.node(args.iterable, scope);
    const iterSlot = this.slotCount++;
    const accuSlot = this.slotCount++;
    const inner: Scope = { vars: new Map(scope.vars).set(args.iterVarName, iterSlot), accu: accuSlot };
    const init = this.node(args.init, inner);
    const step = this.node(args.step, inner);
    if (!iterable || !init || !step) return undefined;
    const condition = args.condition as ((accu: unknown) => boolean) | undefined;
    const result = args.result as (accu: unknown) => unknown;

    const itemsOf = (f: Frame): unknown[] => {
      const coll = iterable(f);
      if (Array.isArray(coll)) return coll;
      if (coll instanceof Set) return [...coll];
      if (coll instanceof Map) return [...coll.keys()];
      if (coll !== null && typeof coll === 'object') return Object.keys(coll);
      throw DEOPT; // not a range: the interpreter's error
    };
    const setItem = (f: Frame, item: unknown): void => {
      if (!iterType.matchesValueType(item, ev)) throw DEOPT;
      f.slots[iterSlot] = item;
    };

    if (args.errorsAreFatal) {
      // map, filter, exists_one: the first error ends the loop.
      return (f) => {
        const items = itemsOf(f);
        let accu = init(f);
        f.slots[accuSlot] = accu;
        for (let i = 0; i < items.length; i++) {
          if (condition && !condition(accu)) break;
          setItem(f, items[i]);
          accu = step(f);
        }
        return result(accu);
      };
    }
    // all, exists: an error is kept while the loop goes on, and raised only if no element decided.
    return (f) => {
      const items = itemsOf(f);
      let accu = init(f);
      f.slots[accuSlot] = accu;
      let error: unknown;
      for (let i = 0; i < items.length; i++) {
        if (!condition!(accu)) return result(accu);
        setItem(f, items[i]);
        let next: unknown;
        try {
          next = step(f);
        } catch (e) {
          if (e === DEOPT || !(e instanceof Error)) throw DEOPT;
          error ??= e;
          continue;
        }
        accu = next;
      }
      if (error && condition!(accu)) throw error;
      return result(accu);
    };
  }

  /**
   * CEL's commutative `&&` and `||`: an error on the left is absorbed when the right decides the
   * result on its own (`false` for `&&`, `true` for `||`).
   */
  private logical(ast: AstNode, scope: Scope): Fn | undefined {
    const left = this.node(ast.args[0], scope);
    const right = this.node(ast.args[1], scope);
    if (!left || !right) return undefined;
    const decisive = ast.op === '||';
    return (f) => {
      let l: unknown;
      try {
        l = left(f);
      } catch (e) {
        if (e === DEOPT || !(e instanceof Error)) throw DEOPT;
        l = e;
      }
      if (l === decisive) return decisive;
      const r = right(f);
      if (l === !decisive) {
        if (typeof r === 'boolean') return r;
        throw DEOPT;
      }
      if (r === decisive) return decisive;
      // The right side does not decide: the left's error stands, as in the interpreter.
      if (l instanceof Error && r === !decisive) throw l;
      throw DEOPT; // a non-bool operand: the interpreter words that error
    };
  }
}

const MAX_INT = 9223372036854775807n;
const MIN_INT = -9223372036854775808n;

/**
 * Operators on two values of one primitive type, where CEL and JavaScript agree: the result, or
 * undefined to let cel-js's handler decide (mixed types, lists and maps, int64 overflow, strings
 * compared by code point). These spare the handler's run-time type lookup for operands typed `dyn`.
 */
const FAST_BINARY: Record<string, (l: unknown, r: unknown) => unknown> = {
  '==': (l, r) => (typeof l === typeof r && (typeof l === 'string' || typeof l === 'bigint' || typeof l === 'boolean') ? l === r : undefined),
  '!=': (l, r) => (typeof l === typeof r && (typeof l === 'string' || typeof l === 'bigint' || typeof l === 'boolean') ? l !== r : undefined),
  '<': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l < r : undefined),
  '<=': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l <= r : undefined),
  '>': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l > r : undefined),
  '>=': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l >= r : undefined),
  '+': (l, r) => {
    if (typeof l === 'string' && typeof r === 'string') return l + r;
    if (typeof l !== 'bigint' || typeof r !== 'bigint') return undefined;
    const v = l + r;
    return v > MAX_INT || v < MIN_INT ? undefined : v;
  },
  '-': (l, r) => {
    if (typeof l !== 'bigint' || typeof r !== 'bigint') return undefined;
    const v = l - r;
    return v > MAX_INT || v < MIN_INT ? undefined : v;
  },
};

interface FunctionDecl {
  argTypes: TypeDecl[];
  handler: (...args: unknown[]) => unknown;
  hasPlaceholderType: boolean;
  macro: boolean;
}

/** Parameter types whose `matches` against a runtime type agrees with `matchesValueType` on the value. */
const SIMPLE_PARAM_TYPES = new Set(['dyn', 'map<dyn, dyn>', 'list<dyn>', 'string', 'int', 'bool', 'double']);

function soleSimpleOverload(ast: AstNode): FunctionDecl | undefined {
  const declarations = (ast as any).candidates?.declarations as FunctionDecl[] | undefined;
  if (!declarations || declarations.length !== 1) return undefined;
  const decl = declarations[0]!;
  // cel-js marks every function registered without `{async: false}` as possibly async; what
  // matters here is whether the handler is one (a promise result is caught by `syncResult`).
  if (decl.hasPlaceholderType || decl.macro || isAsyncFunction(decl.handler)) return undefined;
  return decl.argTypes.every((t) => SIMPLE_PARAM_TYPES.has(t.name)) ? decl : undefined;
}

function isAsyncFunction(fn: unknown): boolean {
  return typeof fn === 'function' && (fn as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] === 'AsyncFunction';
}

/** Evaluates argument closures last to first, as the interpreter does (it decides which error wins). */
function evaluateAll(fns: Fn[], f: Frame): unknown[] {
  let i = fns.length;
  const out = new Array<unknown>(i);
  while (i--) out[i] = fns[i]!(f);
  return out;
}

/** Rule functions are synchronous; a promise would mean an async function the closures don't await. */
function syncResult(value: unknown): unknown {
  if (value instanceof Promise) throw DEOPT;
  return value;
}

/**
 * The closures for a checked program, or undefined when the interpreter must run it. `ev` is the
 * evaluator of the environment that checked `program` (see `evaluatorOf`).
 */
export function compileClosures(program: ParseResult, ev: Evaluator): ((activation: Record<string, unknown>) => unknown) | undefined {
  const ast = program.ast as unknown as AstNode;
  if (!ast.checkedType) return undefined;
  const compiler = new ClosureCompiler(ev);
  const root = compiler.node(ast, { vars: new Map(), accu: -1 });
  if (!root) return undefined;
  const slotCount = compiler.slotCount;
  // One frame per program, reused: evaluations of one program do not nest (a rule variable's
  // getter runs another program), but a fresh frame is taken if one ever does.
  let spare: Frame | undefined = { vars: EMPTY_VARS, slots: new Array(slotCount) };
  return (activation) => {
    const frame = spare ?? { vars: activation, slots: new Array(slotCount) };
    spare = undefined;
    frame.vars = activation;
    try {
      return root(frame);
    } catch (e) {
      if (e === DEOPT) return program(activation);
      throw e;
    } finally {
      frame.vars = EMPTY_VARS;
      frame.slots.fill(undefined);
      spare = frame;
    }
  };
}

const EMPTY_VARS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** The function that hands back the evaluator (see `registerEvaluatorAccess`); not for rule authors. */
const EVALUATOR_FUNCTION = '__resilintEvaluator';
const evaluators = new WeakMap<object, Evaluator>();

interface EnvironmentLike {
  registerFunction(signature: string, handler: (...args: never[]) => unknown): unknown;
  evaluate(expression: string, context?: Record<string, unknown>): unknown;
}

/**
 * cel-js keeps each environment's evaluator private but calls every function with it as `this`;
 * a function that returns `this` hands it over. It must be registered before the environment is
 * cloned (cloning freezes the parent's registry); clones inherit it.
 */
export function registerEvaluatorAccess(env: EnvironmentLike): void {
  env.registerFunction(`${EVALUATOR_FUNCTION}(): dyn`, function (this: Evaluator) {
    return this;
  });
}

/**
 * The evaluator of `env`, which the closures pass to cel-js's handlers exactly as the interpreter
 * does; undefined for an environment without `registerEvaluatorAccess` (it is then interpreted).
 */
export function evaluatorOf(env: EnvironmentLike): Evaluator | undefined {
  let ev = evaluators.get(env);
  if (ev === undefined) {
    try {
      ev = env.evaluate(`${EVALUATOR_FUNCTION}()`);
    } catch {
      ev = null;
    }
    evaluators.set(env, ev);
  }
  return ev ?? undefined;
}
