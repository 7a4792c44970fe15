/**
 * The Markdown report for the Action's job summary and PR comment: a comparison table when a base was simulated,
 * per-scenario workload tables, and a Mermaid `xychart-beta` of ready replicas for workloads that dipped.
 */
import type { SimulationResult } from './index.js';
import type { ScenarioOutcome, WorkloadOutcome } from './outcome.js';
import { formatDuration } from './report.js';

const MAX_CHARTS_PER_SCENARIO = 3;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function mermaidChart(title: string, w: WorkloadOutcome): string {
  const series = w.series ?? [];
  const top = Math.max(w.desired, ...series.map(([, v]) => v), 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}"`,
    `  x-axis "seconds" [${series.map(([t]) => t).join(', ')}]`,
    `  y-axis "ready replicas" 0 --> ${top}`,
    `  line [${series.map(([, v]) => v).join(', ')}]`,
    '```',
  ].join('\n');
}

function scenarioMarkdown(s: ScenarioOutcome): string[] {
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
  const dipped = s.workloads.filter((w) => w.series && w.series.length > 1).slice(0, MAX_CHARTS_PER_SCENARIO);
  for (const w of dipped) out.push('', mermaidChart(`${w.name}: ready replicas (${s.id})`, w));
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
  }
  for (const s of result.head.scenarios) out.push(...scenarioMarkdown(s));
  return out.join('\n');
}
