/**
 * kube-scheduler's filters, in its plugin order: NodeUnschedulable, TaintToleration, NodeAffinity,
 * NodeResourcesFit, PodTopologySpread (DoNotSchedule, exactly per B.4), InterPodAffinity (required terms).
 * Like kube-scheduler it stops after `numFeasibleNodesToFind` feasible nodes, scanning from a rotating start index
 * (with percentageOfNodesToScore 5 by default, see Simulation).
 *
 * Scoring is simplified and stated: LeastAllocated (mean free cpu/memory share after placement, weight 1) plus
 * PodTopologySpread scoring of ScheduleAnyway and system default constraints (B.4 formula, weight 2). Ties go to the
 * first node in scan order instead of kube-scheduler's random pick, so runs are deterministic.
 *
 * The per-node work reads the packed NodeTable (node-table.ts) rather than the node objects: it runs for every
 * scanned node of every scheduling attempt, and is what the simulator's speed at thousands of nodes depends on.
 */
import { chooseFromIndex } from './indexed-window.js';
import { BLOCK_CORDONED, BLOCK_DOWN, type NodeTable } from './node-table.js';
import { nodeMatches, untoleratedTaint } from './node-matching.js';
import type { Simulation } from './simulation.js';
import type { HardSpread, SimNode, SimPod, SimWorkload } from './state.js';

const STATIC_OK = 1;
const STATIC_AFFINITY = 2;
const STATIC_TAINT = 3;

/**
 * kube-scheduler's numFeasibleNodesToFind: all nodes below 100; otherwise `percentageOfNodesToScore` of them (when
 * unset, the adaptive 50 − nodes/125, at least 5 %), never fewer than 100.
 */
export function feasibleNodesToFind(total: number, percentageOfNodesToScore?: number): number {
  if (total < 100) return total;
  const percentage = percentageOfNodesToScore ?? Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor((total * percentage) / 100));
}

export interface ScheduleResult {
  node?: SimNode;
  /** kube-scheduler's FailedScheduling message, e.g. "0/9 nodes are available: 3 Insufficient cpu, …". */
  reason?: string;
}

/** kube-scheduler's FailedScheduling reasons; a filter returns the index + 1 of its failure (0 = the node fits). */
const FAILURES = [
  'node(s) were unschedulable',
  'node(s) had untolerated taint',
  "node(s) didn't match Pod's node affinity/selector",
  'Too many pods',
  'Insufficient cpu',
  'Insufficient memory',
  "node(s) didn't match pod topology spread constraints (missing required label)",
  "node(s) didn't match pod topology spread constraints",
  "node(s) didn't match pod anti-affinity rules",
  "node(s) didn't satisfy existing pods anti-affinity rules",
  "node(s) didn't match pod affinity rules",
] as const;
const F_UNSCHEDULABLE = 1;
const F_TAINT = 2;
const F_AFFINITY = 3;
const F_PODS = 4;
const F_CPU = 5;
const F_MEMORY = 6;
const F_SPREAD_LABEL = 7;
const F_SPREAD = 8;
const F_ANTI_AFFINITY = 9;
const F_EXISTING_ANTI_AFFINITY = 10;
const F_POD_AFFINITY = 11;

/** The failures that only say the node is full right now, not that it can never take the pod. */
const SHORTAGES: ReadonlySet<string> = new Set([FAILURES[F_PODS - 1], FAILURES[F_CPU - 1], FAILURES[F_MEMORY - 1]]);

/** Whether a nodeRejection reason is a lack of room (pods, cpu, memory) rather than a constraint. */
export function isShortage(reason: string): boolean {
  return SHORTAGES.has(reason);
}

/** Static fit of the workload's pods on a node (labels and taints never change), cached per node id. */
function staticFit(w: SimWorkload, node: SimNode): number {
  const cache = w.staticFit;
  if (node.id >= cache.byNode.length) {
    const grown = new Int8Array(Math.max(node.id + 1, cache.byNode.length * 2));
    grown.set(cache.byNode);
    cache.byNode = grown;
  }
  let v = cache.byNode[node.id]!;
  if (v === 0) {
    const pod = w.spec.pod;
    if (untoleratedTaint(node.taints, pod.tolerations)) v = STATIC_TAINT;
    else if (!nodeMatches(pod.nodeSelector, pod.requiredNodeTerms, node.labels, node.name)) v = STATIC_AFFINITY;
    else v = STATIC_OK;
    cache.byNode[node.id] = v;
  }
  return v;
}

/** Whether the node's taints and labels admit the workload's pods (the cached TaintToleration and NodeAffinity filters). */
export function admitsStatically(w: SimWorkload, node: SimNode): boolean {
  return staticFit(w, node) === STATIC_OK;
}

/** Whether only the pod's node affinity (not a taint) keeps it off the node: B.4's nodeAffinityPolicy asks exactly this. */
export function affinityRejects(w: SimWorkload, node: SimNode): boolean {
  return staticFit(w, node) === STATIC_AFFINITY;
}

/**
 * Whether the workload's node selector, node affinity and tolerations admit every live node, so that only free
 * resources and cordons can filter a node out. New nodes only ever join at the end of the table, so each node is
 * checked once per placement shape.
 */
function admitsEveryLiveNode(w: SimWorkload, t: NodeTable): boolean {
  const cache = w.staticFit;
  const last = t.slotCount - 1;
  if (last >= 0 && t.ids[last]! > cache.checkedId) {
    for (let slot = last; slot >= 0 && t.ids[slot]! > cache.checkedId; slot--) {
      if (!t.dead[slot] && staticFitAt(w, t, slot) !== STATIC_OK) cache.misfits.push(t.nodes[slot]!);
    }
    cache.checkedId = t.ids[last]!;
  }
  if (cache.misfits.length > 0) cache.misfits = cache.misfits.filter((n) => !n.deleted);
  return cache.misfits.length === 0;
}

function staticFitAt(w: SimWorkload, t: NodeTable, slot: number): number {
  const id = t.ids[slot]!;
  const byNode = w.staticFit.byNode;
  const cached = id < byNode.length ? byNode[id]! : 0;
  return cached !== 0 ? cached : staticFit(w, t.nodes[slot]!);
}

/**
 * Minimum matching-pod count over the eligible domains of each hard spread constraint (B.4 calPreFilterState):
 * nodes with every hard topology key that pass the inclusion policies contribute their domain, even when empty;
 * fewer domains than minDomains makes the global minimum 0. Returns undefined per constraint when no domain exists.
 */
function spreadMinimums(w: SimWorkload, t: NodeTable): number[] {
  if (w.spreadDomains?.membership !== t.membership) {
    w.spreadDomains = { membership: t.membership, domains: w.hardSpread.map((spread) => eligibleDomains(w, t, spread)) };
  }
  const domains = w.spreadDomains.domains;
  return w.hardSpread.map((spread, i) => {
    const eligible = domains[i]!;
    if (eligible.length < spread.constraint.minDomains) return 0;
    let min = Number.POSITIVE_INFINITY;
    for (const domain of eligible) min = Math.min(min, spread.counter.get(domain));
    return min;
  });
}

/** The distinct domains of one hard spread constraint's key among the live nodes eligible for it. */
function eligibleDomains(w: SimWorkload, t: NodeTable, spread: HardSpread): number[] {
  const K = t.keyCount;
  const k = spread.counter.keyIndex;
  const seen = new Set<number>();
  for (let slot = 0; slot < t.slotCount; slot++) {
    if (t.dead[slot]) continue;
    if (!w.hardSpread.every((s) => t.domains[slot * K + s.counter.keyIndex]! >= 0)) continue;
    if (spread.constraint.honorNodeAffinity && staticFitAt(w, t, slot) === STATIC_AFFINITY) continue;
    if (spread.constraint.honorNodeTaints && untoleratedTaint(t.nodes[slot]!.taints, w.spec.pod.tolerations)) continue;
    seen.add(t.domains[slot * K + k]!);
  }
  return [...seen];
}

/** The filters for one node (by table slot): 0 when the pod fits, otherwise the failure's index + 1. */
function filter(w: SimWorkload, t: NodeTable, slot: number, spreadMins: readonly number[], affinityAnywhere: readonly boolean[]): number {
  const shape = w.spec.pod;
  const blocked = t.blocked[slot]!;
  if (blocked & BLOCK_CORDONED) return F_UNSCHEDULABLE;
  if (blocked & BLOCK_DOWN) return F_TAINT;
  const fit = staticFitAt(w, t, slot);
  if (fit === STATIC_TAINT) return F_TAINT;
  if (fit === STATIC_AFFINITY) return F_AFFINITY;
  if (t.freePods[slot]! < 1) return F_PODS;
  if (t.freeCpu[slot]! < shape.cpuMillis) return F_CPU;
  if (t.freeMemory[slot]! < shape.memoryBytes) return F_MEMORY;
  const base = slot * t.keyCount;
  for (let i = 0; i < w.hardSpread.length; i++) {
    const s = w.hardSpread[i]!;
    const domain = t.domains[base + s.counter.keyIndex]!;
    if (domain < 0) return F_SPREAD_LABEL;
    if (s.counter.get(domain) + s.selfMatch - spreadMins[i]! > s.constraint.maxSkew) return F_SPREAD;
  }
  for (const c of w.antiAffinity) {
    if (c.get(t.domains[base + c.keyIndex]!) > 0) return F_ANTI_AFFINITY;
  }
  for (const c of w.antiAffinityOfOthers) {
    if (c.get(t.domains[base + c.keyIndex]!) > 0) return F_EXISTING_ANTI_AFFINITY;
  }
  for (let i = 0; i < w.affinity.length; i++) {
    const a = w.affinity[i]!;
    // The first pod of a self-affine group may go anywhere (InterPodAffinity's special case).
    if (!affinityAnywhere[i] && a.selfMatch) continue;
    const domain = t.domains[base + a.counter.keyIndex]!;
    if (domain < 0 || a.counter.get(domain) === 0) return F_POD_AFFINITY;
  }
  return 0;
}

/**
 * Why `node` rejects `pod` now, in kube-scheduler's words (e.g. "node(s) didn't match pod topology spread
 * constraints"), or undefined when the pod fits there. Karpenter reports it for a node it launched in vain.
 */
export function nodeRejection(sim: Simulation, pod: SimPod, node: SimNode): string | undefined {
  const t = sim.schedulingTable();
  if (node.deleted || t.nodes[node.slot] !== node) return undefined;
  const w = pod.w;
  const failure = filter(w, t, node.slot, w.hardSpread.length > 0 ? spreadMinimums(w, t) : [], w.affinity.map((a) => a.counter.total > 0));
  return failure ? FAILURES[failure - 1] : undefined;
}

function hasPodConstraints(w: SimWorkload): boolean {
  return w.hardSpread.length > 0 || w.antiAffinity.length > 0 || w.antiAffinityOfOthers.length > 0 || w.affinity.length > 0;
}

/** Scratch buffers reused across calls: one scheduling attempt runs at a time. */
let feasibleSlots = new Int32Array(256);
let spreadRaw = new Float64Array(256);
const failureCounts = new Int32Array(FAILURES.length + 1);

/** Picks a node for `pod` among the live nodes, or explains why none fits. */
export function findNode(sim: Simulation, pod: SimPod): ScheduleResult {
  return findNodeFromIndex(sim, pod) ?? findNodeByScan(sim, pod);
}

/**
 * The scan's answer read from the node table's SlotTree (indexed-window.ts), for pods that only resources and cordons
 * can filter; undefined (and nothing changed) when the index cannot answer exactly or no node fits.
 */
export function findNodeFromIndex(sim: Simulation, pod: SimPod): ScheduleResult | undefined {
  const t = sim.schedulingTable();
  if (t.live > 0 && !hasPodConstraints(pod.w) && admitsEveryLiveNode(pod.w, t)) {
    const start = sim.nextStartNode % t.live;
    const shape = pod.w.spec.pod;
    const choice = chooseFromIndex(t, {
      start,
      want: feasibleNodesToFind(t.live, sim.percentageOfNodesToScore),
      cpuMillis: shape.cpuMillis,
      memoryBytes: shape.memoryBytes,
      softSpread: pod.w.softSpread,
    });
    if (choice) {
      sim.nextStartNode = (start + choice.processed) % t.live;
      return { node: t.nodes[choice.slot]! };
    }
  }
  return undefined;
}

/** findNode by visiting the nodes one by one, as kube-scheduler does: every pod, and the reference for the index. */
export function findNodeByScan(sim: Simulation, pod: SimPod): ScheduleResult {
  const t = sim.schedulingTable();
  const total = t.live;
  if (total === 0) return { reason: '0/0 nodes are available: no nodes in the cluster.' };
  const w = pod.w;
  const spreadMins = w.hardSpread.length > 0 ? spreadMinimums(w, t) : [];
  const affinityAnywhere = w.affinity.map((a) => a.counter.total > 0);
  const want = feasibleNodesToFind(total, sim.percentageOfNodesToScore);
  if (feasibleSlots.length < want) {
    feasibleSlots = new Int32Array(want * 2);
    spreadRaw = new Float64Array(want * 2);
  }
  failureCounts.fill(0);
  let found = 0;
  let processed = 0;
  const start = sim.nextStartNode % total;
  let slot = t.slotOfLive(start);
  if (hasPodConstraints(w)) {
    for (; processed < total && found < want; processed++) {
      slot = t.nextLive(slot);
      const failure = filter(w, t, slot, spreadMins, affinityAnywhere);
      if (failure) failureCounts[failure]!++;
      else feasibleSlots[found++] = slot;
      slot++;
    }
  } else {
    // The same filters for pods without spread or inter-pod terms, written out over the arrays: this loop is the
    // simulator's hottest code.
    const { blocked, dead, freePods, freeCpu, freeMemory, ids } = t;
    const slots = t.slotCount;
    const cpu = w.spec.pod.cpuMillis;
    const memory = w.spec.pod.memoryBytes;
    let byNode = w.staticFit.byNode;
    for (; processed < total && found < want; processed++) {
      if (slot >= slots) slot = 0;
      while (dead[slot]) slot = slot + 1 === slots ? 0 : slot + 1;
      const b = blocked[slot]!;
      let failure = 0;
      if (b !== 0) failure = b & BLOCK_CORDONED ? F_UNSCHEDULABLE : F_TAINT;
      else {
        const id = ids[slot]!;
        let fit = id < byNode.length ? byNode[id]! : 0;
        if (fit === 0) {
          fit = staticFit(w, t.nodes[slot]!);
          byNode = w.staticFit.byNode;
        }
        if (fit === STATIC_TAINT) failure = F_TAINT;
        else if (fit === STATIC_AFFINITY) failure = F_AFFINITY;
        else if (freePods[slot]! < 1) failure = F_PODS;
        else if (freeCpu[slot]! < cpu) failure = F_CPU;
        else if (freeMemory[slot]! < memory) failure = F_MEMORY;
      }
      if (failure) failureCounts[failure]!++;
      else feasibleSlots[found++] = slot;
      slot++;
    }
  }
  sim.nextStartNode = (start + processed) % total;
  if (found === 0) {
    const parts: Array<[string, number]> = [];
    for (let f = 1; f <= FAILURES.length; f++) if (failureCounts[f]! > 0) parts.push([FAILURES[f - 1]!, failureCounts[f]!]);
    parts.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return { reason: `0/${total} nodes are available: ${parts.map(([f, n]) => `${n} ${f}`).join(', ')}.` };
  }
  return { node: t.nodes[bestSlot(w, t, found)]! };
}

let stamps = new Uint32Array(1024);
let stamp = 0;

/** Distinct domains of key `k` among the feasible nodes (B.4 "size"), with a stamp array instead of a Set per call. */
function distinctDomains(t: NodeTable, count: number, k: number): number {
  stamp++;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  let distinct = 0;
  const K = t.keyCount;
  for (let i = 0; i < count; i++) {
    const d = t.domains[feasibleSlots[i]! * K + k]!;
    if (d < 0) continue;
    if (d >= stamps.length) {
      const grown = new Uint32Array(Math.max(d + 1, stamps.length * 2));
      grown.set(stamps);
      stamps = grown;
    }
    if (stamps[d] !== stamp) {
      stamps[d] = stamp;
      distinct++;
    }
  }
  return distinct;
}

/** The best-scoring slot among the first `count` of feasibleSlots; ties go to the earlier one in scan order. */
function bestSlot(w: SimWorkload, t: NodeTable, count: number): number {
  if (count === 1) return feasibleSlots[0]!;
  const shape = w.spec.pod;
  const K = t.keyCount;
  // PodTopologySpread score (B.4): Σ cnt·log(size+2) + (maxSkew−1), normalized so fewer matching pods score higher.
  const soft = w.softSpread.length > 0;
  if (soft) {
    spreadRaw.fill(0, 0, count);
    for (const s of w.softSpread) {
      const k = s.counter.keyIndex;
      const weight = Math.log(distinctDomains(t, count, k) + 2);
      const counts = s.counter.counts;
      const skewTerm = s.maxSkew - 1;
      for (let i = 0; i < count; i++) {
        const d = t.domains[feasibleSlots[i]! * K + k]!;
        if (d >= 0) spreadRaw[i]! += (counts[d] ?? 0) * weight + skewTerm;
      }
    }
  }
  let maxRaw = 0;
  let minRaw = Number.POSITIVE_INFINITY;
  if (soft) {
    for (let i = 0; i < count; i++) {
      maxRaw = Math.max(maxRaw, spreadRaw[i]!);
      minRaw = Math.min(minRaw, spreadRaw[i]!);
    }
  }
  let best = feasibleSlots[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const n = feasibleSlots[i]!;
    const allocCpu = t.allocCpu[n]!;
    const allocMemory = t.allocMemory[n]!;
    const cpuShare = allocCpu > 0 ? (t.freeCpu[n]! - shape.cpuMillis) / allocCpu : 0;
    const memShare = allocMemory > 0 ? (t.freeMemory[n]! - shape.memoryBytes) / allocMemory : 0;
    let score = ((cpuShare + memShare) / 2) * 100;
    if (soft) score += 2 * (maxRaw === 0 ? 100 : (100 * (maxRaw + minRaw - spreadRaw[i]!)) / maxRaw);
    if (score > bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
