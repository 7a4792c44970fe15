/**
 * Walking a parsed cel-js expression as written, and editing its text by node offsets. Rule
 * compilation reads the tree several ways (regex literals, `matches` calls, `has()` forms,
 * variable references); these are the two pieces they share.
 */

/** A node of cel-js's AST: `op` names it, `args` holds its children (nodes, arrays, or values). */
export interface AstNode {
  op: string;
  args: unknown;
  /** Offsets of the node's text in the expression. */
  start?: number;
  end?: number;
}

/**
 * Calls `visit` on every node, parents before children, in source order; where `visit` returns
 * false the node's children are skipped.
 */
export function forEachNode(root: unknown, visit: (node: AstNode) => boolean | void): void {
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const item of x) walk(item);
      return;
    }
    if (x === null || typeof x !== 'object' || typeof (x as AstNode).op !== 'string') return;
    if (visit(x as AstNode) === false) return;
    walk((x as AstNode).args);
  };
  walk(root);
}

/** `text` with each span replaced; spans must not overlap. */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
