/**
 * Base versus head: which problems the change introduced, made worse, kept or fixed, how each workload's
 * availability moved in every scenario both sides ran (and by which measure), and how far each rolling upgrade got.
 * A workload or object missing from one side is named as removed, or as not simulated when its file did not parse;
 * it is never "better" or "fixed" for having vanished.
 */
import type { ScenarioOutcome, UpgradeOutcome, WorkloadOutcome } from './outcome.js';
import type { Measure, Problem } from './problems.js';
import { formatDuration } from './units.js';
import { workloadKey } from './workloads.js';

/**
 * `new`: the head has it and the base did not, or the base had it but the head is measurably worse (`worse` says by
 * what); both fail the run. `existing`: as bad on both sides. `fixed`: the base had it, the head does not.
 * `missing`: the base had it, and the head lacks the object, or has files that did not parse, so its absence proves
 * nothing (`note` says which).
 */
export type ProblemStatus = 'new' | 'existing' | 'fixed' | 'missing';

export interface ComparedProblem {
  key: string;
  status: ProblemStatus;
  problem: Problem;
  /** The base had this problem too, and this measure shows the head worse ("at zero 4m30s → 58m40s"). */
  worse?: string;
  /** For `missing`: "removed from head", or "not simulated (parse error at file:line)". */
  note?: string;
}

/** A manifest file that did not parse, so its objects were not simulated. */
export interface ParseFailure {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The same file's path on the other side of the comparison, when the caller knows it. */
  counterpart?: string;
}

type Availability = Pick<WorkloadOutcome, 'desired' | 'minReady' | 'zeroSeconds' | 'belowFloorSeconds' | 'maxPending'> & { pdbFloor?: number };

export interface WorkloadDelta {
  scenario: string;
  workload: string;
  base: Availability | undefined;
  head: Availability | undefined;
  /**
   * `rescaled`: availability judged the same, but the replica count differs (say, 1 → 3), which is all that changed.
   * `removed`/`added`: on one side only. `not-simulated`: on one side only because the other side's file did not
   * parse. `not-compared`: it would read better, but the head's upgrade got less far, so fewer of its pods moved.
   */
  change: 'worse' | 'better' | 'same' | 'rescaled' | 'removed' | 'added' | 'not-simulated' | 'not-compared';
  /** For `worse` and `better`: the measure that decided, "at zero 4m30s → 58m40s". */
  decidedBy?: string;
  /** A later measure that moved the other way ("min ready 4/6 → 3/6"), so a reader sees both. */
  despite?: string;
  /** For one-sided and not-compared rows: why. */
  note?: string;
}

export interface UpgradeDelta {
  scenario: string;
  base: UpgradeOutcome;
  head: UpgradeOutcome;
  change: 'worse' | 'better' | 'same';
  decidedBy?: string;
}

export interface Comparison {
  /** New problems first, then existing, fixed and removed ones; by key within each. */
  problems: ComparedProblem[];
  deltas: WorkloadDelta[];
  upgrades: UpgradeDelta[];
}

/** What the comparison needs to know about each side beyond its outcomes. */
export interface SideFacts {
  /** Keys (objectKey) of every object the side has; undefined: not known, every object counts as present. */
  objects?: ReadonlySet<string>;
  unparsed?: readonly ParseFailure[];
}

export function problemKey(p: Problem): string {
  return [p.ruleId, p.scenario, p.object.kind, p.object.namespace ?? '', p.object.name].join('|');
}

/** An object's identity, as the model keys workloads (`Kind/namespace/name`; no namespace for cluster-scoped ones). */
export function objectKey(o: { kind: string; namespace?: string; name: string }): string {
  return workloadKey(o.kind, o.namespace ?? '', o.name);
}

function pick(w: WorkloadOutcome | undefined): Availability | undefined {
  return (
    w && {
      desired: w.desired,
      minReady: w.minReady,
      zeroSeconds: w.zeroSeconds,
      belowFloorSeconds: w.belowFloorSeconds,
      maxPending: w.maxPending,
      ...(w.pdbFloor !== undefined ? { pdbFloor: w.pdbFloor } : {}),
    }
  );
}

/**
 * Badness in a fixed order of importance: time at zero, time below the PDB floor, the share of desired replicas
 * lost at the worst moment (only between equal replica counts), pending pods. Not the ready count: going from 1 to 3
 * replicas does not make 3/3 "better" than 1/1 when neither lost anything, nor 2/3 "worse" than 1/1 kept whole.
 * Time below the floor is weighed only when both sides have the same floor: adding a PDB must not read as worse.
 */
function badness(w: WorkloadOutcome, other: WorkloadOutcome): number[] {
  const sameFloor = other.pdbFloor === w.pdbFloor;
  // With other replica counts the lost shares do not compare (1 of 1 kept vs 2 of 3 kept after a
  // change from 1 to 3 replicas is no regression): only outages and pending pods decide, else `rescaled`.
  const sameScale = other.desired === w.desired;
  return [w.zeroSeconds, sameFloor ? w.belowFloorSeconds : 0, sameScale ? shareLost(w) : 0, w.maxPending];
}

/** How each entry of badness() reads in a report, base → head. */
const MEASURE_TEXT: Array<(b: WorkloadOutcome, h: WorkloadOutcome) => string> = [
  (b, h) => `at zero ${formatDuration(b.zeroSeconds)} → ${formatDuration(h.zeroSeconds)}`,
  (b, h) => `below PDB floor of ${h.pdbFloor} ${formatDuration(b.belowFloorSeconds)} → ${formatDuration(h.belowFloorSeconds)}`,
  (b, h) => `min ready ${b.minReady}/${b.desired} → ${h.minReady}/${h.desired}`,
  (b, h) => `max pending ${b.maxPending} → ${h.maxPending}`,
];

/** (desired − min ready) / desired; IEEE division rounds exactly, so 1/2 and 2/4 compare equal. */
function shareLost(w: Pick<WorkloadOutcome, 'desired' | 'minReady'>): number {
  return w.desired > 0 ? Math.max(0, w.desired - w.minReady) / w.desired : 0;
}

/** The first index where head and base differ, and which way (1: head worse); undefined when equal. */
function firstDifference(head: readonly number[], base: readonly number[], from = 0): { index: number; sign: number } | undefined {
  for (let i = from; i < head.length; i++) if (head[i] !== base[i]) return { index: i, sign: head[i]! > base[i]! ? 1 : -1 };
  return undefined;
}

/** Nodes left out, nodes replaced without a finished drain, time taken: an upgrade that gets less far is worse. */
function upgradeBadness(u: UpgradeOutcome): number[] {
  return [u.nodes - u.upgraded, u.forced, u.durationSeconds];
}

function upgradeText(index: number, b: UpgradeOutcome, h: UpgradeOutcome): string {
  if (index === 0) return `nodes upgraded ${b.upgraded}/${b.nodes} → ${h.upgraded}/${h.nodes}`;
  if (index === 1) return `nodes replaced after a drain that did not finish ${b.forced} → ${h.forced}`;
  return `upgrade took ${formatDuration(b.durationSeconds)} → ${formatDuration(h.durationSeconds)}`;
}

/**
 * A faster upgrade is not called better: it usually means fewer pods had to move (a workload that never ran has
 * nothing to drain), not a sturdier change. A slower one, or one that got less far, is worse.
 */
function compareUpgrades(scenario: string, b: UpgradeOutcome, h: UpgradeOutcome): UpgradeDelta {
  const diff = firstDifference(upgradeBadness(h), upgradeBadness(b));
  if (!diff || (diff.sign < 0 && diff.index === 2)) return { scenario, base: b, head: h, change: 'same' };
  return { scenario, base: b, head: h, change: diff.sign > 0 ? 'worse' : 'better', decidedBy: upgradeText(diff.index, b, h) };
}

/**
 * Why a workload is on one side only: its file on the other side did not parse (matched by the file's counterpart
 * path, else any parse failure there makes the absence unexplained), or it was removed or added.
 */
function oneSided(file: string, otherUnparsed: readonly ParseFailure[], side: 'head' | 'base'): { parse: boolean; note: string } {
  const match = otherUnparsed.find((f) => f.counterpart === file);
  if (match) return { parse: true, note: `not simulated (parse error at ${match.file}:${match.line})` };
  const first = otherUnparsed[0];
  if (first) return { parse: true, note: `not in ${side}, which has ${otherUnparsed.length} file(s) that did not parse (first at ${first.file}:${first.line})` };
  return { parse: false, note: side === 'head' ? 'removed from head' : 'added in head' };
}

function workloadDelta(scenario: string, bw: WorkloadOutcome | undefined, hw: WorkloadOutcome | undefined, base: SideFacts, head: SideFacts): WorkloadDelta {
  const row = { scenario, workload: (hw ?? bw)!.workload, base: pick(bw), head: pick(hw) };
  if (!hw) {
    const why = oneSided(bw!.file, head.unparsed ?? [], 'head');
    return { ...row, change: why.parse ? 'not-simulated' : 'removed', note: why.note };
  }
  if (!bw) {
    const why = oneSided(hw.file, base.unparsed ?? [], 'base');
    return { ...row, change: why.parse ? 'not-simulated' : 'added', note: why.note };
  }
  const h = badness(hw, bw);
  const b = badness(bw, hw);
  const diff = firstDifference(h, b);
  if (!diff) return { ...row, change: hw.desired !== bw.desired ? 'rescaled' : 'same' };
  const against = firstDifference(h, b, diff.index + 1);
  const opposite = against && against.sign !== diff.sign ? against : undefined;
  return {
    ...row,
    change: diff.sign > 0 ? 'worse' : 'better',
    decidedBy: MEASURE_TEXT[diff.index]!(bw, hw),
    ...(opposite ? { despite: MEASURE_TEXT[opposite.index]!(bw, hw) } : {}),
  };
}

function measureText(m: Measure, base: number): string {
  const show = (v: number) => (m.unit === 'seconds' ? formatDuration(v) : String(v));
  return `${m.label} ${show(base)} → ${show(m.value)}`;
}

/** For problems not judged by a workload's availability: the first measure that grew, as text. */
function worseByMeasures(head: Problem, base: Problem): string | undefined {
  const h = head.measures ?? [];
  const b = base.measures ?? [];
  const diff = firstDifference(
    h.map((m) => m.value),
    h.map((m) => b.find((x) => x.label === m.label)?.value ?? 0),
  );
  if (!diff || diff.sign < 0) return undefined;
  const m = h[diff.index]!;
  return measureText(m, b.find((x) => x.label === m.label)?.value ?? 0);
}

const STATUS_ORDER: Record<ProblemStatus, number> = { new: 0, existing: 1, fixed: 2, missing: 3 };

/** Why nothing on the head may read better when some of its files did not parse: what is missing cannot fail. */
function incompleteNote(unparsed: readonly ParseFailure[]): string | undefined {
  const first = unparsed[0];
  return first && `not judged: the head has ${unparsed.length} file(s) that did not parse (first at ${first.file}:${first.line})`;
}

export function compareSides(
  base: { scenarios: readonly ScenarioOutcome[]; problems: readonly Problem[] },
  head: { scenarios: readonly ScenarioOutcome[]; problems: readonly Problem[] },
  facts: { base?: SideFacts; head?: SideFacts } = {},
): Comparison {
  const baseFacts = facts.base ?? {};
  const headFacts = facts.head ?? {};
  const incomplete = incompleteNote(headFacts.unparsed ?? []);
  const deltas: WorkloadDelta[] = [];
  const upgrades: UpgradeDelta[] = [];
  const baseById = new Map(base.scenarios.map((s) => [s.id, s]));
  for (const h of head.scenarios) {
    const b = baseById.get(h.id);
    if (!b) continue;
    const upgrade = b.upgrade && h.upgrade ? compareUpgrades(h.id, b.upgrade, h.upgrade) : undefined;
    if (upgrade) upgrades.push(upgrade.change === 'better' && incomplete !== undefined ? { ...upgrade, change: 'same' } : upgrade);
    // Fewer nodes upgraded means fewer pods moved: keeping more ready is then no merit of the change.
    const stalled =
      upgrade && upgrade.head.upgraded < upgrade.base.upgraded
        ? `the head's upgrade replaced ${upgrade.head.upgraded} of ${upgrade.head.nodes} nodes, the base's ${upgrade.base.upgraded}: fewer pods moved`
        : incomplete;
    const keys = [...new Set([...h.workloads.map((w) => w.workload), ...b.workloads.map((w) => w.workload)])].sort();
    for (const key of keys) {
      const delta = workloadDelta(
        h.id,
        b.workloads.find((w) => w.workload === key),
        h.workloads.find((w) => w.workload === key),
        baseFacts,
        headFacts,
      );
      if (delta.change === 'better' && stalled !== undefined) {
        deltas.push({ ...delta, change: 'not-compared', note: stalled });
      } else {
        deltas.push(delta);
      }
    }
  }

  const deltaOf = new Map(deltas.map((d) => [`${d.scenario}|${d.workload}`, d]));
  const baseKeys = firstByKey(base.problems);
  const headKeys = firstByKey(head.problems);
  const problems: ComparedProblem[] = [];
  for (const [key, p] of headKeys) {
    const onBase = baseKeys.get(key);
    if (!onBase) {
      problems.push({ key, status: 'new', problem: p });
      continue;
    }
    const delta = p.workload !== undefined ? deltaOf.get(`${p.scenario}|${p.workload}`) : undefined;
    const worse = p.workload !== undefined ? (delta?.change === 'worse' ? delta.decidedBy : undefined) : worseByMeasures(p, onBase);
    problems.push(worse !== undefined ? { key, status: 'new', problem: p, worse } : { key, status: 'existing', problem: p });
  }
  const headObjectsInScenario = new Set(head.problems.map((p) => `${p.scenario}|${objectKey(p.object)}`));
  for (const [key, p] of baseKeys) {
    if (headKeys.has(key)) continue;
    if (headFacts.objects && !headFacts.objects.has(objectKey(p.object))) {
      problems.push({ key, status: 'missing', problem: p, note: oneSided(p.file, headFacts.unparsed ?? [], 'head').note });
      continue;
    }
    // The head has another problem on the same object in this scenario, or the workload fared worse: the base's
    // problem was replaced by the head's, not fixed.
    const delta = p.workload !== undefined ? deltaOf.get(`${p.scenario}|${p.workload}`) : undefined;
    if (headObjectsInScenario.has(`${p.scenario}|${objectKey(p.object)}`) || delta?.change === 'worse') continue;
    problems.push(incomplete !== undefined ? { key, status: 'missing', problem: p, note: incomplete } : { key, status: 'fixed', problem: p });
  }
  problems.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { problems, deltas, upgrades };
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
