/** The plain-text report: per scenario a workload table, blocked drains, unschedulable pods and small charts. */
import type { SimulationResult, SideResult } from './index.js';
import type { ComparedProblem, UpgradeDelta, WorkloadDelta } from './compare.js';
import type { BlockedNode, ConsolidationAction, ConsolidationOutcome, DrainReport, ScenarioOutcome, UpgradeOutcome, WorkloadOutcome } from './outcome.js';
import type { ObjectRef } from '../model/types.js';
import { refusalWhy } from './problems.js';
import { formatDuration } from './units.js';

export { formatDuration };

const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(series: ReadonlyArray<[number, number]>, max: number): string {
  return series.map(([, v]) => (max <= 0 ? BARS[0] : BARS[Math.min(BARS.length - 1, Math.round((v / max) * (BARS.length - 1)))])).join('');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

/** "timed out after 5m, 60 eviction(s) refused: PodDisruptionBudget shop/api needs 3 healthy pod(s) and had 3, …" */
export function drainSummary(d: DrainReport): string {
  const what =
    d.status === 'drained'
      ? `drained after ${formatDuration(d.durationSeconds)}`
      : d.status === 'unfinished'
        ? `still blocked when the simulation ended, after ${formatDuration(d.durationSeconds)}`
        : `${d.status} after ${formatDuration(d.durationSeconds)}`;
  const why = d.refusals.map(refusalWhy).join('; ') || `refused by ${d.blockingPdbs.join(', ') || 'no PDB'}`;
  return `${what}, ${d.rejections} eviction(s) refused: ${why}`;
}

/** "9 of 9 nodes in 17m", "1 of 9 nodes, stopped at node-a (3 replaced after a drain timeout)". */
export function upgradeSummary(u: UpgradeOutcome): string {
  const how = u.completed ? ` in ${formatDuration(u.durationSeconds)}` : u.stoppedAt ? `, stopped at ${u.stoppedAt}` : '';
  const forced = u.forced > 0 ? ` (${u.forced} replaced after a drain that did not finish)` : '';
  return `${u.upgraded} of ${u.nodes} node(s) upgraded${how}${forced}`;
}

/** "6 → 3 node(s) of the NodePools: 2 empty deleted, 1 deleted, 1 replaced; 1 kept by what it runs or its NodePool". */
export function consolidationSummary(c: ConsolidationOutcome): string {
  const count = (pick: (a: ConsolidationAction) => boolean) => c.actions.filter(pick).reduce((n, a) => n + a.nodes.length, 0);
  const parts = [
    [count((a) => a.method === 'empty'), 'empty deleted'],
    [count((a) => a.method === 'underutilized' && !a.replacement), 'underutilized deleted'],
    [count((a) => a.replacement !== undefined), 'replaced by a cheaper node'],
    [c.launched, 'launched for pods that found no room'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  const kept = c.blocked.length > 0 ? `; ${c.blocked.length} could go but ${c.blocked.length === 1 ? 'is' : 'are'} kept` : '';
  return `${c.nodesBefore} → ${c.nodesAfter} node(s) of the NodePools${parts.length > 0 ? `: ${parts.join(', ')}` : ', none removed'}${kept}`;
}

/** "1m30s  replaced general-00001 (m5.xlarge) with general-00003 (m5.large); gone at 3m15s". */
export function consolidationActionText(a: ConsolidationAction): string {
  const nodes = a.nodes.map((n) => `${n.node} (${n.instanceType})`).join(', ');
  const what = a.replacement
    ? `replaced ${nodes} with ${a.replacement.node} (${a.replacement.instanceType})`
    : `deleted ${a.method === 'empty' ? 'empty' : 'underutilized'} ${nodes}`;
  return `${what}; ${a.doneSeconds !== undefined ? `gone at ${formatDuration(a.doneSeconds)}` : 'still draining at the end'}`;
}

/** "could be deleted: pod web-0 of Deployment/shop/web has karpenter.sh/do-not-disrupt: "true"; …". */
export function blockedText(b: BlockedNode): string {
  const could = b.could === 'delete' ? 'deleted' : b.could.replace(/^replace/, 'replaced');
  return `could be ${could}, but ${b.reasons.map((r) => r.why).join('; ')}`;
}

/** The scheduler's reason, or the size check's when no node is large enough at all. */
export function pendingReason(w: WorkloadOutcome): string {
  const reason = w.noFit ?? w.unschedulableReasons[0] ?? '';
  return w.pendingAtStart ? `${w.pendingAtStart} pending from the start: ${reason}` : reason;
}

function scenarioText(s: ScenarioOutcome): string[] {
  const lines = [`== ${s.id}: ${s.description}`, `   ${formatDuration(s.durationSeconds)} simulated, ${s.events} events`];
  const rows = [['Workload', 'Desired', 'Min ready', 'Below PDB floor', 'At zero', 'Max pending']];
  for (const w of s.workloads) {
    rows.push([
      w.workload,
      String(w.desired),
      String(w.minReady),
      w.pdbFloor === undefined ? '-' : `${formatDuration(w.belowFloorSeconds)} (floor ${w.pdbFloor})`,
      formatDuration(w.zeroSeconds),
      String(w.maxPending),
    ]);
  }
  lines.push(...table(rows).map((l) => `   ${l}`));
  if (s.upgrade) lines.push(`   Upgrade: ${upgradeSummary(s.upgrade)}`);
  if (s.consolidation) lines.push(...consolidationText(s.consolidation));
  const blocked = s.drains.filter((d) => d.status !== 'drained' || d.rejections > 0);
  if (blocked.length > 0) {
    lines.push('   Drains that blocked:');
    for (const d of blocked) {
      lines.push(`     ${d.node}: ${drainSummary(d)}`);
      if (d.status !== 'drained' && d.remainingPods.length > 0) lines.push(`       left on the node: ${d.remainingPods.join(', ')}`);
    }
  }
  const pending = s.workloads.filter((w) => w.maxPending > 0);
  if (pending.length > 0) {
    lines.push('   Unschedulable pods:');
    for (const w of pending) lines.push(`     ${w.workload}: up to ${w.maxPending} pending (${formatDuration(w.pendingPodSeconds)} pod-time): ${pendingReason(w)}`);
  }
  for (const h of s.hpas) {
    lines.push(
      `   HPA ${h.hpa}: ${h.minReplicas}..${h.maxReplicas}, peak ${h.peakReplicas}, metrics asked for up to ${h.peakRecommended}` +
        (h.saturatedSeconds > 0 ? `; at maxReplicas while demand was higher for ${formatDuration(h.saturatedSeconds)}` : ''),
    );
  }
  const dipped = s.workloads.filter((w) => w.series && w.series.length > 0);
  if (dipped.length > 0) {
    lines.push(`   Ready replicas over time (0s … ${formatDuration(s.durationSeconds)}):`);
    const width = Math.max(...dipped.map((w) => w.workload.length));
    for (const w of dipped) lines.push(`     ${w.workload.padEnd(width)}  ${sparkline(w.series!, w.desired)}  min ${w.minReady}/${w.desired}`);
  }
  for (const n of s.notes) lines.push(`   Note: ${n}`);
  return lines;
}

function consolidationText(c: ConsolidationOutcome): string[] {
  const lines = [`   Consolidation: ${consolidationSummary(c)}`];
  const width = Math.max(0, ...c.actions.map((a) => formatDuration(a.atSeconds).length));
  for (const a of c.actions) lines.push(`     ${formatDuration(a.atSeconds).padEnd(width)}  ${consolidationActionText(a)}`);
  if (c.blocked.length > 0) {
    lines.push('   Nodes not consolidated:');
    for (const b of c.blocked) lines.push(`     ${b.node} (${b.instanceType}, NodePool ${b.pool}) ${blockedText(b)}`);
  }
  return lines;
}

function sideText(side: SideResult, label?: string): string[] {
  const lines = [`${label ? `${label} ` : ''}cluster: ${side.cluster}`];
  for (const f of side.unparsed) lines.push(`Not simulated: ${f.file}:${f.line}:${f.column} did not parse (${f.message}); its objects are missing from this run.`);
  for (const s of side.scenarios) lines.push('', ...scenarioText(s));
  for (const n of side.notes) lines.push(`Note: ${n}`);
  return lines;
}

/** `[new]`, `[worse]` (new to the run, but the base had it in a milder form), `[existing]`, `[fixed]`, `[missing]`. */
export function statusLabel(p: ComparedProblem): string {
  return p.status === 'new' && p.worse !== undefined ? 'worse' : p.status;
}

function problemLine(p: ComparedProblem): string {
  const at = `${objectLabel(p.problem.object)} at ${p.problem.file}:${p.problem.line}:${p.problem.column} (${p.problem.scenario})`;
  const extra = p.worse !== undefined ? `; worse than on base: ${p.worse}` : p.note !== undefined ? `; ${p.note}` : '';
  return `   [${statusLabel(p)}] ${p.problem.ruleId} ${at}: ${p.problem.detail}${extra}`;
}

/** "at zero 4m30s → 58m40s", with a measure that moved the other way after it. */
export function deltaReason(d: WorkloadDelta): string {
  if (d.change === 'rescaled') {
    const kept = d.base!.minReady === d.base!.desired && d.head!.minReady === d.head!.desired;
    return kept ? 'none lost on either side' : `min ready ${readyOf(d.base)} → ${readyOf(d.head)}, neither side longer at zero`;
  }
  if (d.note !== undefined) return d.note;
  if (d.change === 'added') return `added in head: min ready ${readyOf(d.head)}`;
  return `${d.decidedBy ?? ''}${d.despite ? `; though ${d.despite}` : ''}`;
}

/**
 * The rows worth reading: what moved, a replica count change, and workloads on one side only. An added workload
 * that kept all its replicas needs no row; one missing from a side is named once, not once per scenario.
 */
export function shownDeltas(deltas: readonly WorkloadDelta[]): WorkloadDelta[] {
  const seenMissing = new Set<string>();
  return deltas.filter((d) => {
    if (d.change === 'same' || d.change === 'not-compared') return false;
    if (d.change === 'added') return d.head!.minReady < d.head!.desired || d.head!.maxPending > 0;
    if (d.change === 'removed' || d.change === 'not-simulated') {
      if (seenMissing.has(d.workload)) return false;
      seenMissing.add(d.workload);
    }
    return true;
  });
}

function upgradeLine(u: UpgradeDelta): string {
  const why = u.decidedBy ? `${u.decidedBy}; ` : '';
  return `   ${u.change.padEnd(6)} ${u.scenario}: ${why}base ${upgradeSummary(u.base)}, head ${upgradeSummary(u.head)}`;
}

export function formatSimulationText(result: SimulationResult): string {
  const lines = sideText(result.head, result.base ? 'Head' : undefined);
  if (result.base && result.comparison) {
    if (result.base.unparsed.length > 0) {
      lines.push('');
      for (const f of result.base.unparsed) lines.push(`Base not simulated: ${f.file}:${f.line}:${f.column} did not parse (${f.message}).`);
    }
    lines.push('', '== Compared with base');
    const changed = result.comparison.problems;
    if (changed.length === 0) lines.push('   No simulated problems on either side.');
    for (const p of changed) lines.push(problemLine(p));
    for (const u of result.comparison.upgrades.filter((x) => x.change !== 'same')) lines.push(upgradeLine(u));
    const notCompared = result.comparison.deltas.filter((d) => d.change === 'not-compared');
    if (notCompared.length > 0) lines.push(`   not compared: ${notCompared.length} workload(s) that kept more replicas only because ${notCompared[0]!.note}`);
    for (const d of shownDeltas(result.comparison.deltas)) {
      const where = d.change === 'removed' || d.change === 'not-simulated' ? '' : ` in ${d.scenario}`;
      lines.push(`   ${deltaLabel(d).padEnd(6)} ${d.workload}${where}: ${deltaReason(d)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * `worse`, `better`, or `replicas 1 → 3` when the replica count is all that changed: more replicas that all stay
 * ready are not "better" availability, only more of it.
 */
export function deltaLabel(d: WorkloadDelta): string {
  if (d.change === 'rescaled') return `replicas ${d.base?.desired ?? '-'} → ${d.head?.desired ?? '-'}`;
  if (d.change === 'not-simulated') return 'missing';
  return d.change;
}

/**
 * `Deployment/shop/checkout`, as the scenario tables name workloads: two namespaces may hold objects of
 * the same name. Cluster-scoped objects have no namespace to show.
 */
export function objectLabel(ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>): string {
  return ref.namespace ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}

/**
 * Ready replicas against desired ("2/3"): a change of scale makes bare counts misleading (1 of 1
 * ready throughout is better than 2 of 3, though 1 < 2).
 */
export function readyOf(side: { minReady: number; desired: number } | undefined): string {
  return side ? `${side.minReady}/${side.desired}` : '-';
}
