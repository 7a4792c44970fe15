/**
 * The scheduler's fast path answered from the SlotTree instead of a node-by-node scan, with exactly the scan's
 * result: the same window (the first `want` feasible nodes from the rotating start slot), the same number of nodes
 * processed, the same scores and the same tie-break (the first best node in scan order).
 *
 * It applies to pods whose only per-node filters are cordon/down and free cpu, memory and pod room (the caller
 * checks that node affinity and taints admit every live node), and whose soft spread constraints all use one
 * topology key with few domains. Two steps, both about O(log n) per run of alike nodes rather than O(window):
 * - The window: walk the tree in scan order; a range whose nodes all fit is taken whole, a range where none fits is
 *   skipped whole (both still count as processed), anything else is split.
 * - The best node: branch and bound over the window's ranges. A range's bound is the score formula evaluated at its
 *   largest free cpu and memory over its smallest allocatable, plus its best domain's spread score. Every floating-
 *   point step of the score is monotone in those inputs, so the bound is never below a real score in the range, and
 *   equals it for a range of identical nodes: ties are pruned at once instead of being visited node by node.
 */
import { MASK_DOMAINS, MASK_MISSING, MASK_OVERFLOW, domainBit } from './slot-tree.js';
import type { NodeTable } from './node-table.js';
import type { SoftSpread } from './state.js';

export interface WindowRequest {
  /** Live position where the scan starts (kube-scheduler's nextStartNodeIndex). */
  start: number;
  want: number;
  cpuMillis: number;
  memoryBytes: number;
  softSpread: readonly SoftSpread[];
}

export interface WindowChoice {
  slot: number;
  /** Live nodes the scan would have visited (for the next start index). */
  processed: number;
}

// Per-query state, module-level so the recursive walks stay allocation-free (one scheduling attempt at a time).
let table: NodeTable;
let cpu = 0;
let memory = 0;
let want = 0;
let found = 0;
let processed = 0;
let pieces = new Int32Array(64);
let pieceCount = 0;
let pieceBounds = new Float64Array(64);
let startSlot = 0;
let slotCount = 0;
let softKey = -1;
/** Spread score per mask bit present in the window (index 0..30). */
const spreadByBit = new Float64Array(32);
const rawByBit = new Float64Array(32);
let bestScore = Number.NEGATIVE_INFINITY;
let bestPos = 0;
let bestSlot = -1;

/** The indexed answer, or undefined when the pod or the window is outside what the index can answer exactly. */
export function chooseFromIndex(t: NodeTable, req: WindowRequest): WindowChoice | undefined {
  softKey = req.softSpread.length > 0 ? req.softSpread[0]!.counter.keyIndex : -1;
  for (const s of req.softSpread) if (s.counter.keyIndex !== softKey) return undefined;
  table = t;
  cpu = req.cpuMillis;
  memory = req.memoryBytes;
  want = req.want;
  found = 0;
  processed = 0;
  pieceCount = 0;
  slotCount = t.slotCount;
  startSlot = t.slotOfLive(req.start);
  const tree = t.tree;
  collect(1, 0, tree.size, startSlot, slotCount);
  if (found < want) collect(1, 0, tree.size, 0, startSlot);
  // No feasible node: the scan path builds the FailedScheduling message.
  if (found === 0) return undefined;
  if (softKey >= 0 && !prepareSpread(req.softSpread)) return undefined;
  bestScore = Number.NEGATIVE_INFINITY;
  bestPos = Number.POSITIVE_INFINITY;
  bestSlot = -1;
  // Visit the most promising ranges first so that the others are pruned by their bounds (the order only affects
  // how much is pruned, never the answer).
  if (pieceBounds.length < pieceCount) pieceBounds = new Float64Array(pieces.length);
  // Insertion sort by bound, highest first, stable (there are O(log n) pieces per run of alike nodes).
  for (let p = 0; p < pieceCount; p++) {
    const i = pieces[p]!;
    const ub = bound(i);
    let q = p;
    for (; q > 0 && pieceBounds[q - 1]! < ub; q--) {
      pieces[q] = pieces[q - 1]!;
      pieceBounds[q] = pieceBounds[q - 1]!;
    }
    pieces[q] = i;
    pieceBounds[q] = ub;
  }
  for (let p = 0; p < pieceCount; p++) visit(pieces[p]!, pieceBounds[p]!);
  return { slot: bestSlot, processed };
}

function position(slot: number): number {
  return slot >= startSlot ? slot - startSlot : slot + slotCount - startSlot;
}

function firstSlot(i: number): number {
  const level = 31 - Math.clz32(i);
  const span = table.tree.size >> level;
  return (i - (1 << level)) * span;
}

/** Appends to `pieces` the tree ranges of [lo, hi) (in slot order) up to the `want`-th feasible node. */
function collect(i: number, a: number, b: number, lo: number, hi: number): void {
  const tree = table.tree;
  if (found >= want || b <= lo || a >= hi || tree.live[i] === 0) return;
  if (a >= lo && b <= hi) {
    if (tree.maxCpu[i]! < cpu || tree.maxMemory[i]! < memory || tree.maxPods[i]! < 1) {
      processed += tree.live[i]!;
      return;
    }
    const allFit = tree.minCpu[i]! >= cpu && tree.minMemory[i]! >= memory && tree.minPods[i]! >= 1;
    if (allFit && tree.live[i]! <= want - found) {
      if (pieceCount === pieces.length) {
        const grown = new Int32Array(pieces.length * 2);
        grown.set(pieces);
        pieces = grown;
      }
      pieces[pieceCount++] = i;
      found += tree.live[i]!;
      processed += tree.live[i]!;
      return;
    }
  }
  if (i >= tree.size) return; // unreachable: a leaf either fits or does not
  const mid = (a + b) >> 1;
  collect(2 * i, a, mid, lo, hi);
  collect(2 * i + 1, mid, b, lo, hi);
}

/**
 * The PodTopologySpread score per domain of the one soft key, with the scan's arithmetic: the raw score per node
 * is Σ count·log(size+2) + (maxSkew−1) in constraint order, normalised by the window's maximum and minimum raw.
 * Returns false when the window holds a domain the mask cannot name.
 */
function prepareSpread(soft: readonly SoftSpread[]): boolean {
  const tree = table.tree;
  const K = tree.keyCount;
  let present = 0;
  for (let p = 0; p < pieceCount; p++) present |= tree.masks[pieces[p]! * K + softKey]!;
  if ((present & MASK_OVERFLOW) !== 0) return false;
  let distinct = 0;
  for (let m = present & MASK_DOMAINS; m !== 0; m &= m - 1) distinct++;
  const weight = Math.log(distinct + 2);
  let maxRaw = 0;
  let minRaw = Number.POSITIVE_INFINITY;
  for (let m = present; m !== 0; m &= m - 1) {
    const bit = 31 - Math.clz32(m & -m);
    let r = 0;
    if (1 << bit !== MASK_MISSING) {
      for (const s of soft) r += (s.counter.counts[bit] ?? 0) * weight + (s.maxSkew - 1);
    }
    rawByBit[bit] = r;
    maxRaw = Math.max(maxRaw, r);
    minRaw = Math.min(minRaw, r);
  }
  // Only bits present in the window are ever read (every mask below is a subset of `present`).
  for (let m = present; m !== 0; m &= m - 1) {
    const bit = 31 - Math.clz32(m & -m);
    spreadByBit[bit] = 2 * (maxRaw === 0 ? 100 : (100 * (maxRaw + minRaw - rawByBit[bit]!)) / maxRaw);
  }
  return true;
}

/** An upper bound of the score of every node in tree range i (all of whose nodes fit). */
function bound(i: number): number {
  const tree = table.tree;
  const allocCpu = tree.minAllocCpu[i]!;
  const allocMemory = tree.minAllocMemory[i]!;
  // A node without allocatable scores its share as 0; the formula cannot bound that, so never prune such a range.
  if (!(allocCpu > 0) || !(allocMemory > 0)) return Number.POSITIVE_INFINITY;
  let score = ((((tree.maxCpu[i]! - cpu) / allocCpu + (tree.maxMemory[i]! - memory) / allocMemory) / 2) * 100);
  if (softKey >= 0) {
    let best = Number.NEGATIVE_INFINITY;
    for (let m = tree.masks[i * tree.keyCount + softKey]!; m !== 0; m &= m - 1) {
      best = Math.max(best, spreadByBit[31 - Math.clz32(m & -m)]!);
    }
    score += best;
  }
  return score;
}

function visit(i: number, ub: number): void {
  const tree = table.tree;
  if (tree.live[i] === 0) return;
  const first = firstSlot(i);
  if (!(ub > bestScore || (ub === bestScore && position(first) < bestPos))) return;
  if (i >= tree.size) {
    score(first);
    return;
  }
  const l = 2 * i;
  const r = l + 1;
  const ubLeft = bound(l);
  const ubRight = bound(r);
  // Equal bounds: the left child comes first in scan order (a range never straddles the wrap-around).
  if (ubRight > ubLeft) {
    visit(r, ubRight);
    visit(l, ubLeft);
  } else {
    visit(l, ubLeft);
    visit(r, ubRight);
  }
}

/** The scan's score of one node (scheduler.ts bestSlot), compared as the scan compares it. */
function score(slot: number): void {
  const t = table;
  const allocCpu = t.allocCpu[slot]!;
  const allocMemory = t.allocMemory[slot]!;
  const cpuShare = allocCpu > 0 ? (t.freeCpu[slot]! - cpu) / allocCpu : 0;
  const memShare = allocMemory > 0 ? (t.freeMemory[slot]! - memory) / allocMemory : 0;
  let s = ((cpuShare + memShare) / 2) * 100;
  if (softKey >= 0) {
    const bit = domainBit(t.domains[slot * t.keyCount + softKey]!);
    s += spreadByBit[31 - Math.clz32(bit)]!;
  }
  const pos = position(slot);
  if (s > bestScore || (s === bestScore && pos < bestPos)) {
    bestScore = s;
    bestPos = pos;
    bestSlot = slot;
  }
}
