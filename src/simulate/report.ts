/** The plain-text report: per scenario a workload table, blocked drains, unschedulable pods and small charts. */
import type { SimulationResult, SideResult } from './index.js';
import type { WorkloadDelta } from './compare.js';
import type { ScenarioOutcome } from './outcome.js';
import type { ObjectRef } from '../model/types.js';
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
  const blocked = s.drains.filter((d) => d.status !== 'drained' || d.rejections > 0);
  if (blocked.length > 0) {
    lines.push('   Drains that blocked:');
    for (const d of blocked) {
      const what =
        d.status === 'drained'
          ? `drained after ${formatDuration(d.durationSeconds)}`
          : d.status === 'unfinished'
            ? `still blocked when the simulation ended, after ${formatDuration(d.durationSeconds)}`
            : `${d.status} after ${formatDuration(d.durationSeconds)}`;
      lines.push(`     ${d.node}: ${what}, ${d.rejections} eviction(s) refused by ${d.blockingPdbs.join(', ') || 'no PDB'}`);
      if (d.status !== 'drained' && d.remainingPods.length > 0) lines.push(`       left on the node: ${d.remainingPods.join(', ')}`);
    }
  }
  const pending = s.workloads.filter((w) => w.maxPending > 0);
  if (pending.length > 0) {
    lines.push('   Unschedulable pods:');
    for (const w of pending) lines.push(`     ${w.workload}: up to ${w.maxPending} pending (${formatDuration(w.pendingPodSeconds)} pod-time): ${w.unschedulableReasons[0] ?? ''}`);
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

function sideText(side: SideResult, label?: string): string[] {
  const lines = [`${label ? `${label} ` : ''}cluster: ${side.cluster}`];
  for (const s of side.scenarios) lines.push('', ...scenarioText(s));
  for (const n of side.notes) lines.push(`Note: ${n}`);
  return lines;
}

export function formatSimulationText(result: SimulationResult): string {
  const lines = sideText(result.head, result.base ? 'Head' : undefined);
  if (result.base && result.comparison) {
    lines.push('', '== Compared with base');
    const changed = result.comparison.problems;
    if (changed.length === 0) lines.push('   No simulated problems on either side.');
    for (const p of changed) lines.push(`   [${p.status}] ${p.problem.ruleId} ${objectLabel(p.problem.object)} at ${p.problem.file}:${p.problem.line}:${p.problem.column} (${p.problem.scenario}): ${p.problem.detail}`);
    for (const d of result.comparison.deltas.filter((x) => x.change !== 'same')) {
      if (d.change === 'rescaled') {
        const kept = d.base!.minReady === d.base!.desired && d.head!.minReady === d.head!.desired;
        lines.push(`   ${deltaLabel(d)} ${d.workload} in ${d.scenario}: ${kept ? 'none lost on either side' : `min ready ${readyOf(d.base)} → ${readyOf(d.head)}, neither side longer at zero`}`);
        continue;
      }
      lines.push(
        `   ${deltaLabel(d).padEnd(6)} ${d.workload} in ${d.scenario}: min ready ${readyOf(d.base)} → ${readyOf(d.head)}, at zero ${formatDuration(d.base?.zeroSeconds ?? 0)} → ${formatDuration(d.head?.zeroSeconds ?? 0)}`,
      );
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
