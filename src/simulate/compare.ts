/**
 * Base versus head: which problems the change introduced, kept or fixed, and how each workload's availability
 * moved in every scenario both sides ran.
 */
import type { ScenarioOutcome, WorkloadOutcome } from './outcome.js';
import type { Problem } from './problems.js';

export type ProblemStatus = 'new' | 'existing' | 'fixed';

export interface WorkloadDelta {
  scenario: string;
  workload: string;
  base: Pick<WorkloadOutcome, 'desired' | 'minReady' | 'zeroSeconds' | 'belowFloorSeconds' | 'maxPending'> | undefined;
  head: Pick<WorkloadOutcome, 'desired' | 'minReady' | 'zeroSeconds' | 'belowFloorSeconds' | 'maxPending'> | undefined;
  /** `rescaled`: availability judged the same, but the replica count differs (say, 1 → 3), which is all that changed. */
  change: 'worse' | 'better' | 'same' | 'rescaled';
}

export interface Comparison {
  /** Problem identity (see problemKey) → status; head problems are `new` or `existing`, base-only ones `fixed`. */
  problems: Array<{ key: string; status: ProblemStatus; problem: Problem }>;
  deltas: WorkloadDelta[];
}

export function problemKey(p: Problem): string {
  return [p.ruleId, p.scenario, p.object.kind, p.object.namespace ?? '', p.object.name].join('|');
}

function pick(w: WorkloadOutcome | undefined): WorkloadDelta['head'] {
  return w && { desired: w.desired, minReady: w.minReady, zeroSeconds: w.zeroSeconds, belowFloorSeconds: w.belowFloorSeconds, maxPending: w.maxPending };
}

/**
 * Badness in a fixed order of importance: time at zero, time below the PDB floor, the share of desired replicas
 * lost at the worst moment (only between equal replica counts), pending pods. Not the ready count: going from 1 to 3
 * replicas does not make 3/3 "better" than 1/1 when neither lost anything, nor 2/3 "worse" than 1/1 kept whole.
 * Time below the floor is weighed only when both sides have the same floor: adding a PDB must not read as worse.
 * A workload on one side only is judged by its outages and pending pods; its replicas have nothing to compare with.
 */
function badness(w: WorkloadOutcome | undefined, other: WorkloadOutcome | undefined): number[] {
  if (!w) return [0, 0, 0, 0];
  const sameFloor = other === undefined || other.pdbFloor === w.pdbFloor;
  // With other replica counts the lost shares do not compare (1 of 1 kept vs 2 of 3 kept after a
  // change from 1 to 3 replicas is no regression): only outages and pending pods decide, else `rescaled`.
  const sameScale = other !== undefined && other.desired === w.desired;
  return [w.zeroSeconds, sameFloor ? w.belowFloorSeconds : 0, sameScale ? shareLost(w) : 0, w.maxPending];
}

/** (desired − min ready) / desired; IEEE division rounds exactly, so 1/2 and 2/4 compare equal. */
function shareLost(w: Pick<WorkloadOutcome, 'desired' | 'minReady'>): number {
  return w.desired > 0 ? Math.max(0, w.desired - w.minReady) / w.desired : 0;
}

function compareVectors(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

export function compareSides(
  base: { scenarios: readonly ScenarioOutcome[]; problems: readonly Problem[] },
  head: { scenarios: readonly ScenarioOutcome[]; problems: readonly Problem[] },
): Comparison {
  const baseKeys = firstByKey(base.problems);
  const headKeys = firstByKey(head.problems);
  const problems: Comparison['problems'] = [];
  for (const [key, p] of headKeys) problems.push({ key, status: baseKeys.has(key) ? 'existing' : 'new', problem: p });
  for (const [key, p] of baseKeys) if (!headKeys.has(key)) problems.push({ key, status: 'fixed', problem: p });
  problems.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const deltas: WorkloadDelta[] = [];
  const baseById = new Map(base.scenarios.map((s) => [s.id, s]));
  for (const h of head.scenarios) {
    const b = baseById.get(h.id);
    if (!b) continue;
    const keys = [...new Set([...h.workloads.map((w) => w.workload), ...b.workloads.map((w) => w.workload)])].sort();
    for (const key of keys) {
      const hw = h.workloads.find((w) => w.workload === key);
      const bw = b.workloads.find((w) => w.workload === key);
      const order = compareVectors(badness(hw, bw), badness(bw, hw));
      const rescaled = hw !== undefined && bw !== undefined && hw.desired !== bw.desired;
      const change = order > 0 ? 'worse' : order < 0 ? 'better' : rescaled ? 'rescaled' : 'same';
      deltas.push({ scenario: h.id, workload: key, base: pick(bw), head: pick(hw), change });
    }
  }
  return { problems, deltas };
}

/** Each problem key's first occurrence, the same one the findings report (a Map built from pairs keeps the last). */
function firstByKey(problems: readonly Problem[]): Map<string, Problem> {
  const out = new Map<string, Problem>();
  for (const p of problems) {
    const key = problemKey(p);
    if (!out.has(key)) out.set(key, p);
  }
  return out;
}
