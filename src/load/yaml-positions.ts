import type { LocatedField, PathSegment, SourceRange } from '../model/types.js';
import type { SourceText } from './source-text.js';

/** Slots per recorded node in `NodeRecorder.nodes`: start offset, end offset, depth. */
const STRIDE = 3;
/** Characters per node in real manifests: 7 at the densest (flow style), 10 typical: sizes `NodeRecorder.nodes`. */
const CHARS_PER_NODE = 8;
/** `NodeRecorder.onlyChild` codes besides a node index: no child closed yet; not an only child with a collection. */
const NO_CHILD = -1;
const NOT_ONLY = -2;

/**
 * Records js-yaml's node events into one flat typed array while a file parses. js-yaml 4 calls its
 * `listener` with 'open' when it starts composing a node and 'close' when the node is done; nodes
 * close in post-order, so (start, end, depth) per closed node is enough to rebuild the tree later.
 * The tree itself is only rebuilt for documents that end up with a finding.
 *
 * The listener runs for every node of every file, so it allocates next to nothing per node: one
 * Int32Array with three slots per node, sized from the text length up front so that most files never
 * grow it, typed stacks for the open nodes, and a parsed result kept only for an only child that is
 * a collection (measured on 10,000 objects: the recorder went from ~1.2x to ~1.08x of a plain
 * `loadAll` whose results are kept, mostly from no longer keeping every node's result).
 */
export class NodeRecorder {
  /** `STRIDE` slots per closed node, in closing order. */
  private nodes: Int32Array;
  count = 0;
  /** Indices of nodes that closed at depth 0: the root node of each document, in order. */
  roots: number[] = [];
  /** Start offsets of the nodes still open, outermost first. */
  private openStarts = new Int32Array(64);
  private openDepth = 0;
  /**
   * Per depth, for the node open at the depth above: its only child so far, if that child is a
   * collection (its index here, its parsed result in `onlyChildSoFar`), else `NO_CHILD` or
   * `NOT_ONLY` (a second child, or a scalar). One slot more than `openStarts`: the innermost open
   * node's children sit one deeper.
   */
  private onlyChild = new Int32Array(65);
  private onlyChildSoFar: unknown[] = [];
  /**
   * The parsed collection of each node that is the only child of its parent. js-yaml sometimes
   * composes a node inside another for the same value (anchors, tags, explicit keys, a sequence item
   * that was first tried as a mapping key); identical results let us see through those wrappers.
   * Only an only child can be such a wrapped node, so only those are kept.
   */
  private onlyChildResults: Map<number, object> | undefined;
  /** Added to every recorded offset, for text parsed in slices of a larger file. */
  offsetBase = 0;

  constructor(textLength = 0) {
    this.nodes = new Int32Array(STRIDE * Math.max(256, Math.ceil(textLength / CHARS_PER_NODE)));
  }

  readonly listener = (event: 'open' | 'close', state: { position: number; result: unknown }): void => {
    if (event === 'open') {
      const d = this.openDepth;
      if (d === this.openStarts.length) this.growStacks();
      this.openStarts[d] = state.position;
      // Children of this node close at depth d + 1.
      this.onlyChild[d + 1] = NO_CHILD;
      this.openDepth = d + 1;
      return;
    }
    let start = state.position;
    let depth = 0;
    if (this.openDepth > 0) {
      depth = --this.openDepth;
      start = this.openStarts[depth]!;
    }
    const n = this.count;
    let i = n * STRIDE;
    if (i === this.nodes.length) this.growNodes();
    const nodes = this.nodes;
    nodes[i] = start + this.offsetBase;
    nodes[++i] = state.position + this.offsetBase;
    nodes[++i] = depth;
    this.count = n + 1;
    const only = this.onlyChild[depth + 1]!;
    if (only >= 0) (this.onlyChildResults ??= new Map()).set(only, this.onlyChildSoFar[depth + 1] as object);
    if (depth === 0) {
      this.roots.push(n);
      return;
    }
    // This node as its parent's child: scalars (most first children are mapping keys) and second
    // children rule the parent out at once; only a first child that is a collection is kept.
    const sibling = this.onlyChild[depth]!;
    if (sibling === NO_CHILD) {
      const result = state.result;
      if (result !== null && typeof result === 'object') {
        this.onlyChild[depth] = n;
        this.onlyChildSoFar[depth] = result;
      } else this.onlyChild[depth] = NOT_ONLY;
    } else if (sibling >= 0) this.onlyChild[depth] = NOT_ONLY;
  };

  start(node: number): number {
    return this.nodes[node * STRIDE]!;
  }

  end(node: number): number {
    return this.nodes[node * STRIDE + 1]!;
  }

  depth(node: number): number {
    return this.nodes[node * STRIDE + 2]!;
  }

  /** The parsed collection of `node` when it is the only child of its parent, else undefined. */
  onlyChildResult(node: number): object | undefined {
    return this.onlyChildResults?.get(node);
  }

  private growNodes(): void {
    const bigger = new Int32Array(this.nodes.length * 2);
    bigger.set(this.nodes);
    this.nodes = bigger;
  }

  private growStacks(): void {
    const size = this.openStarts.length * 2;
    const grow = (a: Int32Array, length: number) => {
      const b = new Int32Array(length);
      b.set(a);
      return b;
    };
    this.openStarts = grow(this.openStarts, size);
    this.onlyChild = grow(this.onlyChild, size + 1);
  }

  /** Forgets the open nodes of a parse that threw, so the next parse starts clean. */
  resetOpen(): void {
    this.openDepth = 0;
    this.onlyChildSoFar.length = 0;
  }
}

/**
 * Positions of one YAML document: maps field paths of its parsed value to source ranges.
 */
export class DocumentPositions {
  private children: Map<number, number[]> | undefined;

  constructor(
    private readonly source: SourceText,
    private readonly rec: NodeRecorder,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get root(): number {
    return this.to - 1;
  }

  /** Range of a node; collections report only their first line, so comments land on one line. */
  nodeRange(node: number, firstLineOnly = false): { start: number; end: number } {
    const text = this.source.text;
    const start = skipSpace(text, this.rec.start(node));
    let end = trimEnd(text, Math.max(start, this.rec.end(node)), start);
    if (firstLineOnly) end = Math.min(end, this.source.lineEnd(start));
    return { start, end };
  }

  /**
   * Source range of `path` inside the document whose parsed value is `value`. Map entries span
   * from the key to the end of a scalar value; collections span their first line. When the path
   * does not exist, the nearest existing ancestor is returned.
   */
  locate(value: unknown, path: readonly PathSegment[], prefix: readonly PathSegment[] = []): LocatedField {
    const full = prefix.length ? [...prefix, ...path] : path;
    let node = this.root;
    let current: unknown = value;
    let keyNode = -1;
    let matched = 0;
    for (const segment of full) {
      const next = this.child(node, current, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
      current = (current as any)[segment];
      matched++;
    }
    const isCollection = current !== null && typeof current === 'object';
    const valueRange = this.nodeRange(node, isCollection);
    let start = valueRange.start;
    let end = valueRange.end;
    if (keyNode >= 0) {
      start = this.nodeRange(keyNode).start;
      if (isCollection || current === null || current === undefined || end <= start) end = this.source.lineEnd(start);
    }
    const r = this.source.range(start, end);
    return { ...r, matchedSegments: Math.max(0, matched - prefix.length) };
  }

  /** Full extent of the node at `path` (an object in a List, or the whole document). */
  span(value: unknown, path: readonly PathSegment[]): SourceRange {
    let node = this.root;
    let current: unknown = value;
    for (const segment of path) {
      const next = this.child(node, current, segment);
      if (!next) break;
      node = next.value;
      current = (current as any)[segment];
    }
    const { start, end } = this.nodeRange(node);
    return this.source.range(start, end);
  }

  child(node: number, value: unknown, segment: PathSegment): { key: number; value: number } | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    let kids = this.childrenOf(node);
    while (kids.length === 1 && this.rec.onlyChildResult(kids[0]!) === value) {
      node = kids[0]!;
      kids = this.childrenOf(node);
    }
    if (Array.isArray(value)) {
      if (typeof segment !== 'number' || segment < 0 || segment >= value.length) return undefined;
      // A sequence's children are its items, unless something (an alias) hid them from us.
      if (kids.length !== value.length) return undefined;
      return { key: -1, value: kids[segment]! };
    }
    if (typeof segment !== 'string' || !(segment in (value as object))) return undefined;
    // Before a `---` marker js-yaml opens one more (empty) node while looking for the next key.
    if (kids.length % 2 !== 0 && this.rec.start(kids[kids.length - 1]!) === this.rec.end(kids[kids.length - 1]!)) {
      kids = kids.slice(0, -1);
    }
    if (kids.length % 2 !== 0) return undefined;
    // The last occurrence wins, as in the parsed value.
    for (let i = kids.length - 2; i >= 0; i -= 2) {
      if (this.keyText(kids[i]!) === segment) return { key: kids[i]!, value: kids[i + 1]! };
    }
    return undefined;
  }

  private keyText(node: number): string {
    const { start, end } = this.nodeRange(node);
    const raw = this.source.text.slice(start, end);
    const c = raw.charCodeAt(0);
    if (c === 34 /* " */) {
      try {
        return JSON.parse(raw);
      } catch {
        return raw.slice(1, -1);
      }
    }
    if (c === 39 /* ' */) return raw.slice(1, -1).replace(/''/g, "'");
    return raw.trim();
  }

  private childrenOf(node: number): number[] {
    if (!this.children) this.children = buildChildren(this.rec, this.from, this.to);
    return this.children.get(node) ?? [];
  }
}

/** Rebuilds parent → children lists from post-order (node, depth) records. */
function buildChildren(rec: NodeRecorder, from: number, to: number): Map<number, number[]> {
  const children = new Map<number, number[]>();
  const pending: number[] = [];
  for (let k = from; k < to; k++) {
    const d = rec.depth(k);
    let i = pending.length;
    while (i > 0 && rec.depth(pending[i - 1]!) > d) i--;
    if (i < pending.length) {
      children.set(k, pending.slice(i));
      pending.length = i;
    }
    pending.push(k);
  }
  return children;
}

/** Skips blanks, line breaks and comments: js-yaml opens a node before seeking to its content. */
function skipSpace(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else break;
  }
  return i;
}

function trimEnd(text: string, end: number, floor: number): number {
  while (end > floor) {
    const c = text.charCodeAt(end - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) end--;
    else break;
  }
  return end;
}
