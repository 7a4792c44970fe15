/**
 * kube-scheduler's filters, in its plugin order: NodeUnschedulable, TaintToleration, NodeAffinity,
 * NodeResourcesFit, PodTopologySpread (DoNotSchedule, exactly per B.4), InterPodAffinity (required terms).
 * Like kube-scheduler it stops after `numFeasibleNodesToFind` feasible nodes, scanning from a rotating start index
 * (with percentageOfNodesToScore 5 by default, see Simulation).
 *
 * Scoring is simplified and stated: LeastAllocated (mean free cpu/memory share after placement, weight 1) plus
 * PodTopologySpread scoring of ScheduleAnyway and system default constraints (B.4 formula, weight 2). Ties go to the
 * first node in scan order instead of kube-scheduler's random pick, so runs are deterministic.
 */
import { nodeMatches, untoleratedTaint } from './node-matching.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPod, SimWorkload } from './state.js';

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

function staticFit(w: SimWorkload, node: SimNode): number {
  if (node.id >= w.staticFit.length) {
    const grown = new Int8Array(Math.max(node.id + 1, w.staticFit.length * 2));
    grown.set(w.staticFit);
    w.staticFit = grown;
  }
  let v = w.staticFit[node.id]!;
  if (v === 0) {
    const pod = w.spec.pod;
    if (untoleratedTaint(node.taints, pod.tolerations)) v = STATIC_TAINT;
    else if (!nodeMatches(pod.nodeSelector, pod.requiredNodeTerms, node.labels, node.name)) v = STATIC_AFFINITY;
    else v = STATIC_OK;
    w.staticFit[node.id] = v;
  }
  return v;
}

/**
 * Minimum matching-pod count over the eligible domains of each hard spread constraint (B.4 calPreFilterState):
 * nodes with every hard topology key that pass the inclusion policies contribute their domain, even when empty;
 * fewer domains than minDomains makes the global minimum 0. Returns undefined per constraint when no domain exists.
 */
function spreadMinimums(sim: Simulation, w: SimWorkload, nodes: readonly SimNode[]): number[] {
  const mins: number[] = [];
  for (const spread of w.hardSpread) {
    const k = spread.counter.keyIndex;
    const seen = new Set<number>();
    let min = Number.POSITIVE_INFINITY;
    for (const node of nodes) {
      if (!w.hardSpread.every((s) => node.domains[s.counter.keyIndex]! >= 0)) continue;
      if (spread.constraint.honorNodeAffinity && staticFit(w, node) === STATIC_AFFINITY) continue;
      if (spread.constraint.honorNodeTaints && untoleratedTaint(node.taints, w.spec.pod.tolerations)) continue;
      const domain = node.domains[k]!;
      if (seen.has(domain)) continue;
      seen.add(domain);
      min = Math.min(min, spread.counter.get(domain));
    }
    mins.push(seen.size < spread.constraint.minDomains ? 0 : min);
  }
  void sim;
  return mins;
}

type Failure =
  | 'node(s) were unschedulable'
  | 'node(s) had untolerated taint'
  | "node(s) didn't match Pod's node affinity/selector"
  | 'Too many pods'
  | 'Insufficient cpu'
  | 'Insufficient memory'
  | "node(s) didn't match pod topology spread constraints (missing required label)"
  | "node(s) didn't match pod topology spread constraints"
  | "node(s) didn't match pod anti-affinity rules"
  | "node(s) didn't satisfy existing pods anti-affinity rules"
  | "node(s) didn't match pod affinity rules";

function filter(pod: SimPod, node: SimNode, spreadMins: readonly number[], affinityAnywhere: readonly boolean[]): Failure | undefined {
  const w = pod.w;
  const shape = w.spec.pod;
  if (node.cordoned) return 'node(s) were unschedulable';
  if (node.down) return 'node(s) had untolerated taint';
  const fit = staticFit(w, node);
  if (fit === STATIC_TAINT) return 'node(s) had untolerated taint';
  if (fit === STATIC_AFFINITY) return "node(s) didn't match Pod's node affinity/selector";
  if (node.freePods < 1) return 'Too many pods';
  if (node.freeCpu < shape.cpuMillis) return 'Insufficient cpu';
  if (node.freeMemory < shape.memoryBytes) return 'Insufficient memory';
  for (let i = 0; i < w.hardSpread.length; i++) {
    const s = w.hardSpread[i]!;
    const domain = node.domains[s.counter.keyIndex]!;
    if (domain < 0) return "node(s) didn't match pod topology spread constraints (missing required label)";
    if (s.counter.get(domain) + s.selfMatch - spreadMins[i]! > s.constraint.maxSkew) {
      return "node(s) didn't match pod topology spread constraints";
    }
  }
  for (const c of w.antiAffinity) {
    if (c.get(node.domains[c.keyIndex]!) > 0) return "node(s) didn't match pod anti-affinity rules";
  }
  for (const c of w.antiAffinityOfOthers) {
    if (c.get(node.domains[c.keyIndex]!) > 0) return "node(s) didn't satisfy existing pods anti-affinity rules";
  }
  for (let i = 0; i < w.affinity.length; i++) {
    const a = w.affinity[i]!;
    // The first pod of a self-affine group may go anywhere (InterPodAffinity's special case).
    if (!affinityAnywhere[i] && a.selfMatch) continue;
    if (node.domains[a.counter.keyIndex]! < 0 || a.counter.get(node.domains[a.counter.keyIndex]!) === 0) {
      return "node(s) didn't match pod affinity rules";
    }
  }
  return undefined;
}

/** Picks a node for `pod` among the live nodes, or explains why none fits. */
export function findNode(sim: Simulation, pod: SimPod): ScheduleResult {
  const nodes = sim.liveNodes();
  const total = nodes.length;
  if (total === 0) return { reason: '0/0 nodes are available: no nodes in the cluster.' };
  const w = pod.w;
  const spreadMins = w.hardSpread.length > 0 ? spreadMinimums(sim, w, nodes) : [];
  const affinityAnywhere = w.affinity.map((a) => a.counter.counts.some((n) => n > 0));
  const want = feasibleNodesToFind(total, sim.percentageOfNodesToScore);
  const feasible: SimNode[] = [];
  const failures = new Map<Failure, number>();
  let processed = 0;
  const start = sim.nextStartNode % total;
  for (; processed < total && feasible.length < want; processed++) {
    const node = nodes[(start + processed) % total]!;
    const failure = filter(pod, node, spreadMins, affinityAnywhere);
    if (failure) failures.set(failure, (failures.get(failure) ?? 0) + 1);
    else feasible.push(node);
  }
  sim.nextStartNode = (start + processed) % total;
  if (feasible.length === 0) {
    const parts = [...failures.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([f, n]) => `${n} ${f}`);
    return { reason: `0/${total} nodes are available: ${parts.join(', ')}.` };
  }
  return { node: bestNode(w, feasible) };
}

let stamps = new Uint32Array(1024);
let stamp = 0;

/** Distinct domains of key `k` among the nodes (B.4 "size"), with a stamp array instead of a Set per call. */
function distinctDomains(nodes: readonly SimNode[], k: number): number {
  stamp++;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  let distinct = 0;
  for (const n of nodes) {
    const d = n.domains[k]!;
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

function bestNode(w: SimWorkload, feasible: readonly SimNode[]): SimNode {
  if (feasible.length === 1) return feasible[0]!;
  const shape = w.spec.pod;
  // PodTopologySpread score (B.4): Σ cnt·log(size+2) + (maxSkew−1), normalized so fewer matching pods score higher.
  let spreadRaw: number[] | undefined;
  if (w.softSpread.length > 0) {
    spreadRaw = new Array<number>(feasible.length).fill(0);
    for (const s of w.softSpread) {
      const k = s.counter.keyIndex;
      const weight = Math.log(distinctDomains(feasible, k) + 2);
      const counts = s.counter.counts;
      const skewTerm = s.maxSkew - 1;
      for (let i = 0; i < feasible.length; i++) {
        const d = feasible[i]!.domains[k]!;
        if (d >= 0) spreadRaw[i]! += (counts[d] ?? 0) * weight + skewTerm;
      }
    }
  }
  let maxRaw = 0;
  let minRaw = Number.POSITIVE_INFINITY;
  if (spreadRaw) {
    for (const v of spreadRaw) {
      maxRaw = Math.max(maxRaw, v);
      minRaw = Math.min(minRaw, v);
    }
  }
  let best = feasible[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < feasible.length; i++) {
    const n = feasible[i]!;
    const cpuShare = n.allocatable.cpuMillis > 0 ? (n.freeCpu - shape.cpuMillis) / n.allocatable.cpuMillis : 0;
    const memShare = n.allocatable.memoryBytes > 0 ? (n.freeMemory - shape.memoryBytes) / n.allocatable.memoryBytes : 0;
    let score = ((cpuShare + memShare) / 2) * 100;
    if (spreadRaw) score += 2 * (maxRaw === 0 ? 100 : (100 * (maxRaw + minRaw - spreadRaw[i]!)) / maxRaw);
    if (score > bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
