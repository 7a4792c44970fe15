/**
 * A static cost bound for CEL expressions.
 *
 * cel-js has no runtime cost tracker or interrupt hook, and a rule runs once per object, so an
 * expression like `objects.all(a, objects.all(b, objects.all(c, ...)))` is N^3 work per object.
 * We estimate, before evaluation, how many steps an expression can take: every node costs 1,
 * and a macro (`all`, `exists`, `exists_one`, `map`, `filter`, and the two-variable forms such
 * as `all(k, v, p)` and `transformMap`) costs its receiver plus `size(receiver)` times its body.
 * List-walking library functions (`sum`, `indexOf`, `sets.contains`, ...) cost the sizes of the
 * lists they walk. Collection sizes come from
 * `CostSizes`: a size per variable (e.g. the number of `objects`), and a default for every other
 * collection (a container list, a literal is counted exactly). Strings are treated as constant
 * cost. The estimate is an upper bound under those size assumptions, not a measurement.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { TWO_VARIABLE_FORMS } from './comprehensions.js';

/** Expressions estimated above this are rejected by `compileExpression` (Kubernetes uses 10^7 for CRD rules). */
export const DEFAULT_COST_LIMIT = 10_000_000;
/** Assumed element count of a collection whose size is not otherwise known. */
export const DEFAULT_COLLECTION_SIZE = 100;

export interface CostSizes {
  /** Element count per root variable, e.g. `{ objects: 5000 }`. */
  variables?: Readonly<Record<string, number>>;
  /** Element count of any other collection. */
  defaultSize?: number;
}

/** Macros whose three- or four-argument form binds two iteration variables (index/key and value). */
const TWO_VARIABLE_MACROS = new Set<string>(TWO_VARIABLE_FORMS.map((m) => m.name));
/** Every loop the environment runs: cel-js's one-variable macros and the two-variable forms. */
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter', ...TWO_VARIABLE_MACROS]);
const LIST_WALKERS = new Set(['sum', 'min', 'max', 'isSorted', 'indexOf', 'lastIndexOf', 'join', 'distinct', 'flatten', 'reverse', 'slice']);
const PAIRWISE = new Set(['contains', 'equivalent', 'intersects']);

interface Estimate {
  cost: number;
  /** Element count if this node is a collection. */
  size: number;
}

type Node = { op: string; args: unknown };

class Estimator {
  private readonly defaultSize: number;
  /** Sizes of iteration variables currently in scope (they shadow root variables). */
  private readonly scopes: Map<string, number>[] = [];

  constructor(private readonly sizes: CostSizes) {
    this.defaultSize = sizes.defaultSize ?? DEFAULT_COLLECTION_SIZE;
  }

  private variableSize(name: string): number {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const size = this.scopes[i]!.get(name);
      if (size !== undefined) return size;
    }
    return this.sizes.variables?.[name] ?? this.defaultSize;
  }

  private children(node: Node): Node[] {
    const found: Node[] = [];
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(visit);
      else if (x !== null && typeof x === 'object' && typeof (x as Node).op === 'string') found.push(x as Node);
    };
    visit(node.args);
    return found;
  }

  estimate(node: Node): Estimate {
    switch (node.op) {
      case 'value': {
        const v = node.args;
        return { cost: 1, size: typeof v === 'string' ? v.length : 1 };
      }
      case 'id':
        return { cost: 1, size: this.variableSize(node.args as string) };
      case 'list':
      case 'map': {
        const items = this.children(node);
        const cost = items.reduce((sum, child) => sum + this.estimate(child).cost, 1);
        return { cost, size: (node.args as unknown[]).length };
      }
      case 'rcall':
        return this.receiverCall(node);
      case 'call':
        return this.call(node);
      case '.':
      case '.?': {
        // A field of anything is a collection of unknown size.
        const inner = this.estimate((node.args as [Node])[0]);
        return { cost: inner.cost + 1, size: this.defaultSize };
      }
      default: {
        const parts = this.children(node).map((child) => this.estimate(child));
        return {
          cost: parts.reduce((sum, p) => sum + p.cost, 1),
          size: Math.max(this.defaultSize, ...parts.map((p) => p.size)),
        };
      }
    }
  }

  private receiverCall(node: Node): Estimate {
    const [name, receiver, args] = node.args as [string, Node, Node[]];
    if (MACROS.has(name) && args.length >= 2 && args[0]!.op === 'id') {
      const over = this.estimate(receiver);
      const twoVariables = args.length === 3 && args[1]!.op === 'id' && TWO_VARIABLE_MACROS.has(name);
      const vars = twoVariables ? [args[0]!, args[1]!] : [args[0]!];
      const scope = new Map<string, number>(vars.map((v) => [v.args as string, this.defaultSize]));
      this.scopes.push(scope);
      const body = args.slice(vars.length).reduce((sum, child) => sum + this.estimate(child).cost, 0);
      this.scopes.pop();
      return { cost: over.cost + over.size * (body + 1) + 1, size: over.size };
    }
    if (receiver.op === 'id' && receiver.args === 'cel' && name === 'bind' && args.length === 3) {
      const bound = this.estimate(args[1]!);
      this.scopes.push(new Map([[args[0]!.args as string, bound.size]]));
      const body = this.estimate(args[2]!);
      this.scopes.pop();
      return { cost: bound.cost + body.cost + 1, size: body.size };
    }
    const on = this.estimate(receiver);
    const parts = args.map((a) => this.estimate(a));
    let cost = parts.reduce((sum, p) => sum + p.cost, on.cost + 1);
    if (LIST_WALKERS.has(name)) cost += on.size;
    if (PAIRWISE.has(name) && receiver.op === 'id' && receiver.args === 'sets' && parts.length === 2) {
      cost += parts[0]!.size * parts[1]!.size;
    }
    return { cost, size: on.size };
  }

  private call(node: Node): Estimate {
    const [, args] = node.args as [string, Node[]];
    const parts = args.map((a) => this.estimate(a));
    return { cost: parts.reduce((sum, p) => sum + p.cost, 1), size: Math.max(1, ...parts.map((p) => p.size)) };
  }
}

/** Estimated worst-case evaluation steps of a parsed expression (see the module comment). */
export function estimateCost(program: { ast: ASTNode } | ASTNode, sizes: CostSizes = {}): number {
  const ast = ('ast' in program ? program.ast : program) as unknown as Node;
  return new Estimator(sizes).estimate(ast).cost;
}
