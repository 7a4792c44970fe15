/** Turns the simulation's per-workload ready series into the numbers and charts a report shows. */
import type { Simulation } from './simulation.js';
import type { SimWorkload } from './state.js';
import type { WorkloadOutcome } from './outcome.js';

export const CHART_POINTS = 40;

export interface StartState {
  desired: Map<SimWorkload, number>;
  floor: Map<SimWorkload, number>;
}

/** Desired replicas and PDB floors at the start of the scenario. */
export function captureStart(sim: Simulation): StartState {
  const desired = new Map<SimWorkload, number>();
  const floor = new Map<SimWorkload, number>();
  for (const w of sim.workloads) {
    desired.set(w, w.isDaemon ? w.pods.size : w.desired);
    if (w.pdbs.length === 1 && w.pdbs[0]!.workloads.length === 1) floor.set(w, sim.pdbStatus(w.pdbs[0]!).desiredHealthy);
  }
  return { desired, floor };
}

export function workloadOutcomes(sim: Simulation, start: StartState, endMs: number): WorkloadOutcome[] {
  return sim.workloads.map((w) => {
    const desired = start.desired.get(w) ?? 0;
    const floor = start.floor.get(w);
    const s = w.series;
    // The series starts with the initial ready count at time 0 (recorded during initial placement).
    let minReady = s.length >= 2 ? s[1]! : w.ready;
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
      ...(w.preempted > 0 ? { preempted: w.preempted } : {}),
    };
    if (minReady < desired) outcome.series = downsample(s, endMs);
    return outcome;
  });
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
