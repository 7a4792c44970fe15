/**
 * The scheduler's hot copy of the nodes: free resources, flags and topology domains in typed arrays, one slot per
 * node in creation order (the scheduler's scan order). Filtering and scoring a pod touch a few hundred nodes; reading
 * packed arrays instead of scattered node objects is what keeps that cheap at thousands of nodes.
 *
 * Deleted nodes leave a dead slot behind instead of shifting every later node down. kube-scheduler's rotating start
 * index counts live nodes only, so a Fenwick tree over the live flags maps "the k-th live node" to its slot in
 * O(log n); dead slots are compacted away once they outnumber the live ones, so scans skip few of them.
 * Simulation owns every write (it mirrors each change of a SimNode here). A SlotTree (slot-tree.ts) summarises ranges
 * of slots so the scheduler's fast path can skip over runs of nodes that all fit, or all do not.
 */
import { SlotTree } from './slot-tree.js';
import type { SimNode } from './state.js';

export const BLOCK_CORDONED = 1;
export const BLOCK_DOWN = 2;

export class NodeTable {
  /** Node per slot; dead slots keep their node (marked deleted) until compaction. */
  nodes: SimNode[] = [];
  freeCpu = new Float64Array(64);
  freeMemory = new Float64Array(64);
  freePods = new Int32Array(64);
  allocCpu = new Float64Array(64);
  allocMemory = new Float64Array(64);
  /** BLOCK_* bits: cordoned, down. */
  blocked = new Uint8Array(64);
  /** SimNode.id per slot (per-workload caches are keyed by node id, which compaction does not change). */
  ids = new Int32Array(64);
  dead = new Uint8Array(64);
  /** Domain ids, `keyCount` per slot (slot * keyCount + key), -1 when the node lacks the key. */
  domains = new Int32Array(64);
  /** Live nodes. */
  live = 0;
  /** Bumped whenever a node joins or leaves, so caches over the node set know when to rebuild. */
  membership = 0;
  private fenwick = new Int32Array(65);
  readonly tree: SlotTree;

  constructor(readonly keyCount: number) {
    this.domains = new Int32Array(64 * Math.max(1, keyCount));
    this.tree = new SlotTree(keyCount);
    this.tree.resize(64, this);
  }

  get slotCount(): number {
    return this.nodes.length;
  }

  add(node: SimNode): void {
    const slot = this.nodes.length;
    if (slot >= this.freeCpu.length) this.grow(slot * 2);
    this.nodes.push(node);
    node.slot = slot;
    this.write(slot, node);
    this.tree.update(this, slot);
    this.live++;
    this.membership++;
    this.fenwickAdd(slot, 1);
  }

  remove(node: SimNode): void {
    const slot = node.slot;
    if (this.dead[slot]) return;
    this.dead[slot] = 1;
    this.live--;
    this.membership++;
    this.fenwickAdd(slot, -1);
    this.tree.update(this, slot);
    if (this.nodes.length - this.live > Math.max(64, this.live)) this.compact();
  }

  /** Copies the node's mutable scheduling state into its slot. */
  sync(node: SimNode): void {
    // A deleted node's slot may belong to another node after compaction.
    if (node.deleted) return;
    this.copyState(node.slot, node);
    this.tree.update(this, node.slot);
  }

  private copyState(slot: number, node: SimNode): void {
    this.freeCpu[slot] = node.freeCpu;
    this.freeMemory[slot] = node.freeMemory;
    this.freePods[slot] = node.freePods;
    this.blocked[slot] = (node.cordoned ? BLOCK_CORDONED : 0) | (node.down ? BLOCK_DOWN : 0);
  }

  /** Slot of the live node at position `k` (0-based) of the live nodes in creation order. */
  slotOfLive(k: number): number {
    const tree = this.fenwick;
    let pos = 0;
    let remaining = k + 1;
    let step = 1;
    while (step * 2 < tree.length) step *= 2;
    for (; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < tree.length && tree[next]! < remaining) {
        pos = next;
        remaining -= tree[next]!;
      }
    }
    return pos;
  }

  /** The live slot at or after `slot`, wrapping around (the table must hold a live node). */
  nextLive(slot: number): number {
    const n = this.nodes.length;
    let s = slot >= n ? 0 : slot;
    while (this.dead[s]) s = s + 1 === n ? 0 : s + 1;
    return s;
  }

  private write(slot: number, node: SimNode): void {
    if (!node.deleted) this.copyState(slot, node);
    this.dead[slot] = node.deleted ? 1 : 0;
    this.ids[slot] = node.id;
    this.allocCpu[slot] = node.allocatable.cpuMillis;
    this.allocMemory[slot] = node.allocatable.memoryBytes;
    const k = this.keyCount;
    for (let i = 0; i < k; i++) this.domains[slot * k + i] = node.domains[i] ?? -1;
  }

  private compact(): void {
    const liveNodes = this.nodes.filter((n) => !n.deleted);
    this.nodes = [];
    this.live = 0;
    this.fenwick = new Int32Array(this.freeCpu.length + 1);
    // The tree still describes the old slots: clear it, the adds below fill it again.
    this.tree.rebuild(this);
    for (const node of liveNodes) this.add(node);
  }

  private grow(size: number): void {
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.freeCpu = grow64(this.freeCpu);
    this.freeMemory = grow64(this.freeMemory);
    this.allocCpu = grow64(this.allocCpu);
    this.allocMemory = grow64(this.allocMemory);
    const pods = new Int32Array(size);
    pods.set(this.freePods);
    this.freePods = pods;
    const ids = new Int32Array(size);
    ids.set(this.ids);
    this.ids = ids;
    const blocked = new Uint8Array(size);
    blocked.set(this.blocked);
    this.blocked = blocked;
    const dead = new Uint8Array(size);
    dead.set(this.dead);
    this.dead = dead;
    const domains = new Int32Array(size * Math.max(1, this.keyCount));
    domains.set(this.domains);
    this.domains = domains;
    // The Fenwick tree's shape depends on its size: rebuild it from the live flags.
    this.fenwick = new Int32Array(size + 1);
    for (let s = 0; s < this.nodes.length; s++) if (!this.dead[s]) this.fenwickAdd(s, 1);
    this.tree.resize(size, this);
  }

  private fenwickAdd(slot: number, delta: number): void {
    const tree = this.fenwick;
    for (let i = slot + 1; i < tree.length; i += i & -i) tree[i]! += delta;
  }
}
