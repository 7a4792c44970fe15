/**
 * The Markdown report for the Action's job summary and PR comment: a comparison table when a base was simulated,
 * per-scenario workload tables, and a Mermaid `xychart-beta` of ready replicas for workloads that dipped.
 */
import type { SimulationResult } from './index.js';
import type { WorkloadDelta } from './compare.js';
import type { ScenarioOutcome, WorkloadOutcome } from './outcome.js';
import { formatDuration, readyOf } from './report.js';

const MAX_CHARTS_PER_SCENARIO = 3;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * A Mermaid `xychart-beta` of ready replicas. With a base, both sides are drawn on one time axis
 * (base first, head second: xychart-beta has no legend, so the title says which is which), each
 * resampled to the same buckets as the lowest value in the bucket, so a dip is never smoothed away.
 */
export function mermaidChart(title: string, w: WorkloadOutcome, base?: WorkloadOutcome): string {
  const sides = base ? [base, w] : [w];
  const end = Math.max(...sides.flatMap((x) => (x.series ?? []).map(([t]) => t)), 0);
  const buckets = base ? Math.min(CHART_BUCKETS, Math.max(1, end)) : 0;
  const times = base ? Array.from({ length: buckets }, (_, i) => Math.round((end * i) / buckets)) : (w.series ?? []).map(([t]) => t);
  const lines = base ? sides.map((x) => times.map((t, i) => lowestIn(x, t, i + 1 < times.length ? times[i + 1]! : end + 1))) : [(w.series ?? []).map(([, v]) => v)];
  const top = Math.max(...sides.map((x) => x.desired), ...lines.flat(), 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}"`,
    `  x-axis "seconds" [${times.join(', ')}]`,
    `  y-axis "ready replicas" 0 --> ${top}`,
    ...lines.map((values) => `  line [${values.join(', ')}]`),
    '```',
  ].join('\n');
}

const CHART_BUCKETS = 40;

/** The lowest ready count in [from, to) of a step series (desired before its first point). */
function lowestIn(w: WorkloadOutcome, from: number, to: number): number {
  let current = w.desired;
  let lowest = Infinity;
  for (const [at, v] of w.series ?? []) {
    if (at >= to) break;
    if (at <= from) current = v;
    else lowest = Math.min(lowest, v);
  }
  return Math.min(lowest, current);
}

function scenarioMarkdown(s: ScenarioOutcome, base?: ScenarioOutcome): string[] {
  const out = [`#### ${cell(s.id)}`, '', `${cell(s.description)} ${formatDuration(s.durationSeconds)} simulated.`, ''];
  out.push('| Workload | Desired | Min ready | Below PDB floor | At zero | Max pending |', '|---|---:|---:|---:|---:|---:|');
  for (const w of s.workloads) {
    out.push(
      `| ${cell(w.workload)} | ${w.desired} | ${w.minReady} | ${w.pdbFloor === undefined ? '–' : `${formatDuration(w.belowFloorSeconds)} (floor ${w.pdbFloor})`} | ${formatDuration(w.zeroSeconds)} | ${w.maxPending} |`,
    );
  }
  const blocked = s.drains.filter((d) => d.status !== 'drained');
  if (blocked.length > 0) {
    out.push('', '| Blocked drain | Status | Duration | Blocking PDB | Refusals |', '|---|---|---:|---|---:|');
    for (const d of blocked) out.push(`| ${cell(d.node)} | ${d.status} | ${formatDuration(d.durationSeconds)} | ${cell(d.blockingPdbs.join(', '))} | ${d.rejections} |`);
  }
  const pending = s.workloads.filter((w) => w.maxPending > 0);
  if (pending.length > 0) {
    out.push('', '| Unschedulable | Max pending | Why |', '|---|---:|---|');
    for (const w of pending) out.push(`| ${cell(w.workload)} | ${w.maxPending} | ${cell(w.unschedulableReasons[0] ?? '')} |`);
  }
  for (const h of s.hpas) {
    out.push('', `HPA \`${h.hpa}\`: ${h.minReplicas}–${h.maxReplicas} replicas, peak ${h.peakReplicas}, metrics asked for up to ${h.peakRecommended}${h.saturatedSeconds > 0 ? `, **saturated for ${formatDuration(h.saturatedSeconds)}**` : ''}.`);
  }
  const baseOf = (w: WorkloadOutcome) => base?.workloads.find((b) => b.workload === w.workload);
  const dips = (w: WorkloadOutcome | undefined) => Boolean(w?.series && w.series.length > 1);
  const dipped = s.workloads.filter((w) => dips(w) || dips(baseOf(w))).slice(0, MAX_CHARTS_PER_SCENARIO);
  for (const w of dipped) {
    const b = baseOf(w);
    const title = b ? `${w.name}: ready replicas (${s.id}), base then head` : `${w.name}: ready replicas (${s.id})`;
    out.push('', mermaidChart(title, w, b));
  }
  for (const n of s.notes) out.push('', `> ${cell(n)}`);
  out.push('');
  return out;
}

export function formatSimulationMarkdown(result: SimulationResult): string {
  const out = ['### Replay simulation', '', `Cluster: ${cell(result.head.cluster)}`, ''];
  if (result.comparison) {
    const rows = result.comparison.problems;
    out.push('| Change | Problem | Object | Scenario | What happened |', '|---|---|---|---|---|');
    if (rows.length === 0) out.push('| – | none | – | – | No simulated problems on either side. |');
    const label = { new: '🔴 new', existing: '⚪ already on base', fixed: '🟢 fixed' } as const;
    for (const p of rows) {
      out.push(`| ${label[p.status]} | \`${p.problem.ruleId}\` | ${cell(`${p.problem.object.kind}/${p.problem.object.name}`)} | ${cell(p.problem.scenario)} | ${cell(p.problem.detail)} |`);
    }
    out.push('');
    out.push(...deltasTable(result.comparison.deltas));
  }
  const baseScenarios = new Map((result.base?.scenarios ?? []).map((s) => [s.id, s]));
  for (const s of result.head.scenarios) out.push(...scenarioMarkdown(s, baseScenarios.get(s.id)));
  return out.join('\n');
}

/** Workloads whose availability moved between base and head, scenario by scenario. */
function deltasTable(deltas: readonly WorkloadDelta[]): string[] {
  const moved = deltas.filter((d) => d.change !== 'same');
  if (moved.length === 0) return ['Availability: no workload changed in any scenario both sides ran.', ''];
  const arrow = (b: number | undefined, h: number | undefined, show: (n: number) => string) =>
    `${b === undefined ? '–' : show(b)} → ${h === undefined ? '–' : show(h)}`;
  const out = ['| Base → head | Workload | Scenario | Min ready / desired | At zero | Below PDB floor | Max pending |', '|---|---|---|---:|---:|---:|---:|'];
  for (const d of moved) {
    out.push(
      `| ${d.change === 'worse' ? '🔴 worse' : '🟢 better'} | ${cell(d.workload)} | ${cell(d.scenario)} | ${readyOf(d.base)} → ${readyOf(d.head)} | ` +
        `${arrow(d.base?.zeroSeconds, d.head?.zeroSeconds, formatDuration)} | ${arrow(d.base?.belowFloorSeconds, d.head?.belowFloorSeconds, formatDuration)} | ` +
        `${arrow(d.base?.maxPending, d.head?.maxPending, String)} |`,
    );
  }
  out.push('');
  return out;
}
