import type { LocatedField, PathSegment, SourceRange } from '../model/types.js';
import type { SourceText } from './source-text.js';

/**
 * Records js-yaml's node events into flat typed arrays while a file parses. js-yaml 4 calls its
 * `listener` with 'open' when it starts composing a node and 'close' when the node is done; nodes
 * close in post-order, so (start, end, depth) per closed node is enough to rebuild the tree later.
 * Recording costs next to nothing (measured: within noise of a plain `loadAll`); the tree itself is
 * only rebuilt for documents that end up with a finding.
 */
export class NodeRecorder {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  depths = new Int32Array(1024);
  count = 0;
  /** Indices of nodes that closed at depth 0: the root node of each document, in order. */
  roots: number[] = [];
  private openStack: number[] = [];
  /** Added to every recorded offset, for text parsed in slices of a larger file. */
  offsetBase = 0;

  /**
   * The parsed collection each node produced (undefined for scalars). js-yaml sometimes composes a
   * node inside another for the same value (anchors, tags, explicit keys, a sequence item that was
   * first tried as a mapping key); identical results let us see through those wrappers.
   */
  results: unknown[] = [];

  readonly listener = (event: 'open' | 'close', state: { position: number; result: unknown }): void => {
    if (event === 'open') {
      this.openStack.push(state.position);
      return;
    }
    const start = this.openStack.pop() ?? state.position;
    const n = this.count;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start + this.offsetBase;
    this.ends[n] = state.position + this.offsetBase;
    const depth = this.openStack.length;
    this.depths[n] = depth;
    const result = state.result;
    this.results[n] = result !== null && typeof result === 'object' ? result : undefined;
    this.count = n + 1;
    if (depth === 0) this.roots.push(n);
  };

  private grow(): void {
    const size = this.starts.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.depths = grow(this.depths);
  }

  /** Forgets the open nodes of a parse that threw, so the next parse starts clean. */
  resetOpen(): void {
    this.openStack.length = 0;
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
    const start = skipSpace(text, this.rec.starts[node]!);
    let end = trimEnd(text, Math.max(start, this.rec.ends[node]!), start);
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
    while (kids.length === 1 && this.rec.results[kids[0]!] === value) {
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
    if (kids.length % 2 !== 0 && this.rec.starts[kids[kids.length - 1]!] === this.rec.ends[kids[kids.length - 1]!]) {
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
    const d = rec.depths[k]!;
    let i = pending.length;
    while (i > 0 && rec.depths[pending[i - 1]!]! > d) i--;
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
