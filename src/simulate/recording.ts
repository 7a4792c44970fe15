/** Turns the simulation's per-workload ready series into the numbers and charts a report shows. */
import type { NodePoolModel } from './karpenter.js';
import type { Simulation } from './simulation.js';
import type { SimWorkload } from './state.js';
import type { WorkloadOutcome } from './outcome.js';
import { formatCpu, formatMemory } from './units.js';

export const CHART_POINTS = 40;

/** A node size on offer: the largest node of the cluster, or the largest instance type a NodePool may launch. */
export interface Offer {
  /** "the largest node in the cluster", "the largest instance type NodePool general may launch" */
  where: string;
  instanceType: string;
  cpuMillis: number;
  memoryBytes: number;
}

export interface StartState {
  desired: Map<SimWorkload, number>;
  floor: Map<SimWorkload, number>;
  /** Ready replicas when the scenario starts: a workload whose pods never became Ready has no point in its series. */
  ready: Map<SimWorkload, number>;
  /** Pods that found no node while the cluster was settled, before any disruption. */
  pending: Map<SimWorkload, number>;
  /** Every node size on offer, to tell a pod too large for any of them (see noFit). */
  offers: Offer[];
}

/** Desired replicas, PDB floors, ready and pending pods at the start of the scenario, and the node sizes on offer. */
export function captureStart(sim: Simulation, pools: readonly NodePoolModel[] = []): StartState {
  const desired = new Map<SimWorkload, number>();
  const floor = new Map<SimWorkload, number>();
  const ready = new Map<SimWorkload, number>();
  const pending = new Map<SimWorkload, number>();
  for (const w of sim.workloads) {
    desired.set(w, w.isDaemon ? w.pods.size : w.desired);
    ready.set(w, w.ready);
    if (w.pendingNow > 0) pending.set(w, w.pendingNow);
    if (w.pdbs.length === 1 && w.pdbs[0]!.workloads.length === 1) floor.set(w, sim.pdbStatus(w.pdbs[0]!).desiredHealthy);
  }
  return { desired, floor, ready, pending, offers: offersOf(sim, pools) };
}

function offersOf(sim: Simulation, pools: readonly NodePoolModel[]): Offer[] {
  const poolNames = new Set(pools.map((p) => p.name));
  const offers: Offer[] = [];
  // Nodes Karpenter launched at start are its pools' sizes, which the pools' own offers cover.
  for (const n of sim.liveNodes()) {
    if (poolNames.has(n.group)) continue;
    offers.push({ where: 'the largest node in the cluster', instanceType: n.instanceType, cpuMillis: n.allocatable.cpuMillis, memoryBytes: n.allocatable.memoryBytes });
  }
  for (const pool of pools) {
    for (const t of pool.admitted) {
      offers.push({
        where: `the largest instance type NodePool ${pool.name} may launch`,
        instanceType: t.name,
        cpuMillis: t.allocatable.cpuMillis,
        memoryBytes: t.allocatable.memoryBytes,
      });
    }
  }
  return offers;
}

/**
 * Why a pod fits no node at all, in the numbers a user can act on: its requests against the largest node of the
 * cluster and the largest instance type of each NodePool. Undefined when some node or type is large enough (then
 * the scheduler's own reason says what stands in the way).
 */
export function noFit(cpuMillis: number, memoryBytes: number, offers: readonly Offer[]): string | undefined {
  if (offers.some((o) => o.cpuMillis >= cpuMillis && o.memoryBytes >= memoryBytes)) return undefined;
  const maxCpu = Math.max(0, ...offers.map((o) => o.cpuMillis));
  const maxMemory = Math.max(0, ...offers.map((o) => o.memoryBytes));
  // Name the dimension(s) no offer has enough of; when each is on offer but never both on one node, both.
  const cpuShort = cpuMillis > maxCpu;
  const memoryShort = memoryBytes > maxMemory;
  const both = cpuShort === memoryShort;
  const needs = [cpuShort || both ? `${formatCpu(cpuMillis)} cpu` : '', memoryShort || both ? `${formatMemory(memoryBytes)} memory` : ''].filter(Boolean).join(' and ');
  if (offers.length === 0) return `needs ${needs} per pod; the cluster has no node and no NodePool to launch one`;
  const bySource = new Map<string, Offer>();
  for (const o of offers) {
    const best = bySource.get(o.where);
    const size = (x: Offer) => (cpuShort || both ? x.cpuMillis : 0) * 2 ** 40 + (memoryShort || both ? x.memoryBytes : 0);
    if (!best || size(o) > size(best)) bySource.set(o.where, o);
  }
  const has = (o: Offer) =>
    both
      ? `${formatCpu(o.cpuMillis)} cpu and ${formatMemory(o.memoryBytes)} memory`
      : cpuShort
        ? formatCpu(o.cpuMillis)
        : formatMemory(o.memoryBytes);
  const sides = [...bySource.values()].map((o) => `${o.where}, ${o.instanceType}, has ${has(o)} allocatable`);
  return `needs ${needs} per pod; ${sides.join('; ')}`;
}


export function workloadOutcomes(sim: Simulation, start: StartState, endMs: number): WorkloadOutcome[] {
  return sim.workloads.map((w) => {
    const desired = start.desired.get(w) ?? 0;
    const floor = start.floor.get(w);
    // The ready count at the start opens the series: a workload that never became Ready has no change to record,
    // and must still read as at zero from the start, not as never having dropped.
    const s = fromStart(w.series, start.ready.get(w) ?? w.ready);
    let minReady = s[1]!;
    let belowFloor = 0;
    let zero = 0;
    for (let i = 0; i < s.length; i += 2) {
      const t = s[i]!;
      const ready = s[i + 1]!;
      const next = i + 2 < s.length ? s[i + 2]! : endMs;
      const span = Math.max(0, Math.min(next, endMs) - t);
      minReady = Math.min(minReady, ready);
      if (floor !== undefined && ready < floor) belowFloor += span;
      if (ready === 0 && desired > 0) zero += span;
    }
    if (w.pendingNow > 0) {
      for (const p of w.pods) if (p.pendingSince !== undefined) w.pendingPodMs += endMs - p.pendingSince;
    }
    const reasons = [...w.reasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    const pendingAtStart = start.pending.get(w) ?? 0;
    const tooLarge = w.maxPending > 0 && !w.isDaemon ? noFit(w.spec.pod.cpuMillis, w.spec.pod.memoryBytes, start.offers) : undefined;
    const outcome: WorkloadOutcome = {
      workload: w.spec.key,
      kind: w.spec.kind,
      namespace: w.spec.namespace,
      name: w.spec.name,
      file: w.spec.object.file,
      desired,
      minReady,
      ...(floor !== undefined ? { pdbFloor: floor } : {}),
      belowFloorSeconds: round(belowFloor / 1000),
      zeroSeconds: round(zero / 1000),
      maxPending: w.maxPending,
      pendingPodSeconds: round(w.pendingPodMs / 1000),
      unschedulableReasons: reasons.slice(0, 3),
      ...(pendingAtStart > 0 ? { pendingAtStart } : {}),
      ...(tooLarge !== undefined ? { noFit: tooLarge } : {}),
      ...(w.preempted > 0 ? { preempted: w.preempted } : {}),
    };
    if (minReady < desired) outcome.series = downsample(s, endMs);
    return outcome;
  });
}

/**
 * The series behind [0, ready at start]. A point at time 0 already in the series holds the latest count at time 0
 * (a change at the same time overwrites it), so it either equals the start or is the scenario's own first change.
 */
function fromStart(series: readonly number[], readyAtStart: number): number[] {
  return [0, readyAtStart, ...series];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Minimum ready count per time bucket: dips survive downsampling. */
export function downsample(flat: readonly number[], endMs: number, points = CHART_POINTS): Array<[number, number]> {
  if (flat.length === 0) return [];
  const bucket = Math.max(1, Math.ceil(endMs / points));
  const out: Array<[number, number]> = [];
  let i = 0;
  let last = flat[1]!;
  for (let b = 0; b <= points && b * bucket <= endMs; b++) {
    const from = b * bucket;
    const to = from + bucket;
    let min = last;
    while (i < flat.length && flat[i]! < to) {
      if (flat[i]! >= from || i === 0) min = Math.min(min, flat[i + 1]!);
      last = flat[i + 1]!;
      min = Math.min(min, last);
      i += 2;
    }
    out.push([Math.round(from / 1000), min]);
  }
  return out;
}
