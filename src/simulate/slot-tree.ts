/**
 * A segment tree over the NodeTable's slots that summarises, per range of slots, what the scheduler's fast path
 * needs to skip whole ranges without visiting each node: how many live nodes it holds, the smallest and largest
 * free cpu/memory/pod room among its schedulable nodes (so "every node fits this request" and "no node fits it" are
 * two comparisons), the smallest allocatable (for an upper bound on the LeastAllocated score) and, per topology key,
 * which domains occur (a bitmask, for the spread score's domain set).
 *
 * Leaves: a dead slot is neutral (counts nothing); a cordoned or down node counts as live but never fits; a
 * schedulable node holds its own values. NodeTable updates a leaf (and its ancestors, O(log n)) on every change.
 */
import type { NodeTable } from './node-table.js';

/** Mask bit for "the node lacks this key" (the spread score treats those nodes apart). */
export const MASK_MISSING = 1 << 30;
/** Mask bit for domain ids too large for the mask: the caller must not trust the mask then. */
export const MASK_OVERFLOW = 0x80000000;
/** Domain ids 0..29 get their own bit. */
export const MASK_DOMAINS = MASK_MISSING - 1;

export function domainBit(domain: number): number {
  if (domain < 0) return MASK_MISSING;
  return domain < 30 ? 1 << domain : MASK_OVERFLOW;
}

/** Stores v at a[i]; 1 when that changed the value. */
function put(a: Float64Array | Int32Array | Uint32Array, i: number, v: number): number {
  if (a[i] === v) return 0;
  a[i] = v;
  return 1;
}

export class SlotTree {
  /** Leaves (a power of two); node i has children 2i and 2i+1, leaf of slot s is `size + s`. */
  size = 0;
  live = new Int32Array(0);
  minCpu = new Float64Array(0);
  minMemory = new Float64Array(0);
  minPods = new Float64Array(0);
  maxCpu = new Float64Array(0);
  maxMemory = new Float64Array(0);
  maxPods = new Float64Array(0);
  minAllocCpu = new Float64Array(0);
  minAllocMemory = new Float64Array(0);
  /** `keyCount` masks per tree node (i * keyCount + key). */
  masks = new Uint32Array(0);

  constructor(readonly keyCount: number) {}

  /** Reallocates for at least `capacity` slots and rebuilds from the table. */
  resize(capacity: number, t: NodeTable): void {
    let size = 1;
    while (size < capacity) size *= 2;
    this.size = size;
    const n = size * 2;
    this.live = new Int32Array(n);
    this.minCpu = new Float64Array(n);
    this.minMemory = new Float64Array(n);
    this.minPods = new Float64Array(n);
    this.maxCpu = new Float64Array(n);
    this.maxMemory = new Float64Array(n);
    this.maxPods = new Float64Array(n);
    this.minAllocCpu = new Float64Array(n);
    this.minAllocMemory = new Float64Array(n);
    this.masks = new Uint32Array(n * this.keyCount);
    this.rebuild(t);
  }

  /** Recomputes every node from the table's slots (after compaction moved nodes). */
  rebuild(t: NodeTable): void {
    for (let s = 0; s < this.size; s++) this.setLeaf(t, s);
    for (let i = this.size - 1; i >= 1; i--) this.combine(i);
  }

  update(t: NodeTable, slot: number): void {
    this.setLeaf(t, slot);
    // Once a node's summary comes out unchanged, so do all of its ancestors'.
    for (let i = (this.size + slot) >> 1; i >= 1 && this.combine(i); i >>= 1);
  }

  private setLeaf(t: NodeTable, slot: number): void {
    const i = this.size + slot;
    const K = this.keyCount;
    const inUse = slot < t.slotCount && !t.dead[slot];
    const schedulable = inUse && t.blocked[slot] === 0;
    this.live[i] = inUse ? 1 : 0;
    // A blocked node is live but fits nothing: its minimums say "not all fit", its maximums "none fits".
    this.minCpu[i] = schedulable ? t.freeCpu[slot]! : inUse ? -Infinity : Infinity;
    this.minMemory[i] = schedulable ? t.freeMemory[slot]! : inUse ? -Infinity : Infinity;
    this.minPods[i] = schedulable ? t.freePods[slot]! : inUse ? -Infinity : Infinity;
    this.maxCpu[i] = schedulable ? t.freeCpu[slot]! : -Infinity;
    this.maxMemory[i] = schedulable ? t.freeMemory[slot]! : -Infinity;
    this.maxPods[i] = schedulable ? t.freePods[slot]! : -Infinity;
    this.minAllocCpu[i] = schedulable ? t.allocCpu[slot]! : Infinity;
    this.minAllocMemory[i] = schedulable ? t.allocMemory[slot]! : Infinity;
    for (let k = 0; k < K; k++) this.masks[i * K + k] = schedulable ? domainBit(t.domains[slot * K + k]!) : 0;
  }

  /** Recomputes node i from its children; returns whether anything changed. */
  private combine(i: number): boolean {
    const l = 2 * i;
    const r = l + 1;
    let changed = 0;
    changed |= put(this.live, i, this.live[l]! + this.live[r]!);
    changed |= put(this.minCpu, i, Math.min(this.minCpu[l]!, this.minCpu[r]!));
    changed |= put(this.minMemory, i, Math.min(this.minMemory[l]!, this.minMemory[r]!));
    changed |= put(this.minPods, i, Math.min(this.minPods[l]!, this.minPods[r]!));
    changed |= put(this.maxCpu, i, Math.max(this.maxCpu[l]!, this.maxCpu[r]!));
    changed |= put(this.maxMemory, i, Math.max(this.maxMemory[l]!, this.maxMemory[r]!));
    changed |= put(this.maxPods, i, Math.max(this.maxPods[l]!, this.maxPods[r]!));
    changed |= put(this.minAllocCpu, i, Math.min(this.minAllocCpu[l]!, this.minAllocCpu[r]!));
    changed |= put(this.minAllocMemory, i, Math.min(this.minAllocMemory[l]!, this.minAllocMemory[r]!));
    const K = this.keyCount;
    for (let k = 0; k < K; k++) changed |= put(this.masks, i * K + k, (this.masks[l * K + k]! | this.masks[r * K + k]!) >>> 0);
    return changed !== 0;
  }
}
