/**
 * What a compiled rule expression refers to, read from its AST: which top-level names it reads,
 * which rule variables it names (`variables.x`, `variables['x']`), and which functions it calls.
 * The rule compiler uses it to reject reads of undefined or later variables, as the apiserver does,
 * and to know which variables can be cached for a run, an object or only one `forEach` element.
 */
import { forEachNode, type AstNode } from '../cel/ast-walk.js';


export interface ExpressionRefs {
  /** Identifiers read (comprehension variables included: callers only need a safe answer). */
  ids: Set<string>;
  /** Rule variables named; `all` when `variables` is used in a way that names none statically. */
  variables: Set<string> | 'all';
  /** Where each named variable is first read (0-based offset in the expression). */
  variableOffsets: Map<string, number>;
  /** Offset of a `variables[expr]` read whose name is computed, which cannot be checked. */
  computedRead?: number;
  functions: Set<string>;
}

export function expressionRefs(ast: unknown): ExpressionRefs {
  const refs: ExpressionRefs = { ids: new Set(), variables: new Set(), variableOffsets: new Map(), functions: new Set() };
  forEachNode(ast, (n) => {
    const args = n.args as unknown[];
    if ((n.op === '.' || n.op === '.?') && isVariablesId(args[0]) && typeof args[1] === 'string') {
      addVariable(refs, args[1], n.start);
      return false;
    }
    if ((n.op === '[]' || n.op === '[?]') && isVariablesId(args[0])) {
      const key = args[1] as AstNode;
      if (key?.op === 'value' && typeof key.args === 'string') {
        addVariable(refs, key.args, n.start);
        return false;
      }
      refs.variables = 'all';
      refs.computedRead ??= n.start ?? 0;
      return; // the key expression is read like any other
    }
    if (n.op === 'id' && typeof n.args === 'string') {
      refs.ids.add(n.args);
      if (n.args === 'variables') refs.variables = 'all';
      return;
    }
    if ((n.op === 'call' || n.op === 'rcall') && typeof args[0] === 'string') refs.functions.add(args[0]);
  });
  return refs;
}

function isVariablesId(x: unknown): boolean {
  const n = x as AstNode | undefined;
  return n?.op === 'id' && n.args === 'variables';
}

function addVariable(refs: ExpressionRefs, name: string, offset: number | undefined): void {
  refs.ids.add('variables');
  if (refs.variables !== 'all') refs.variables.add(name);
  if (offset !== undefined && !refs.variableOffsets.has(name)) refs.variableOffsets.set(name, offset);
}
