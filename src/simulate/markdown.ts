/**
 * The Markdown report for the Action's job summary and PR comment: a comparison table when a base was simulated,
 * per-scenario workload tables, and Mermaid `xychart-beta` charts of ready replicas for workloads that dipped,
 * folded into a <details> block per scenario (GitHub renders Mermaid inside it) so the comment stays readable.
 */
import type { SimulationResult } from './index.js';
import type { ComparedProblem, WorkloadDelta } from './compare.js';
import type { ScenarioOutcome, WorkloadOutcome } from './outcome.js';
import { PROBLEM_SEVERITY, refusalWhy, UNSCHEDULABLE_THRESHOLD_SECONDS, type Problem } from './problems.js';
import {
  blockedText,
  consolidationSummary,
  deltaLabel,
  deltaReason,
  formatDuration,
  objectLabel,
  pendingReason,
  readyOf,
  shownDeltas,
  statusLabel,
  upgradeSummary,
} from './report.js';

const MAX_CHARTS_PER_SCENARIO = 3;
/** Rows per table in a scenario: a PR comment has room for the worst few; the text and JSON reports hold them all. */
const MAX_ROWS = 15;
/** Points per chart line, and so labels on its x-axis: more do not fit the width of a PR comment. */
const CHART_BUCKETS = 20;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * A Mermaid `xychart-beta` of ready replicas. With a base, both sides are drawn on one time axis
 * (base first, head second: xychart-beta has no legend, so the title says which is which). Each line is
 * resampled to at most CHART_BUCKETS buckets as the lowest value in the bucket, so a dip is never smoothed away.
 */
export function mermaidChart(title: string, w: WorkloadOutcome, base?: WorkloadOutcome): string {
  const sides = base ? [base, w] : [w];
  const end = Math.max(...sides.flatMap((x) => (x.series ?? []).map(([t]) => t)), 0);
  const buckets = Math.min(CHART_BUCKETS, Math.max(1, end));
  const times = Array.from({ length: buckets }, (_, i) => Math.round((end * i) / buckets));
  const lines = sides.map((x) => times.map((t, i) => lowestIn(x, t, i + 1 < times.length ? times[i + 1]! : end + 1)));
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

/**
 * Charts for the workloads worth a look: those that changed between base and head first (the reason for a
 * comparison), then those that dipped on either side, worst first; at most MAX_CHARTS_PER_SCENARIO, collapsed.
 */
function chartsBlock(s: ScenarioOutcome, base: ScenarioOutcome | undefined, changed: ReadonlySet<string>): string[] {
  const baseOf = (w: WorkloadOutcome) => base?.workloads.find((b) => b.workload === w.workload);
  const dips = (w: WorkloadOutcome | undefined) => Boolean(w?.series && w.series.length > 1);
  const worth = s.workloads.filter((w) => changed.has(w.workload) || dips(w) || dips(baseOf(w)));
  if (worth.length === 0) return [];
  const ranked = [...worth].sort((a, b) => Number(changed.has(b.workload)) - Number(changed.has(a.workload)) || worstFirst(a, b));
  const shown = ranked.slice(0, MAX_CHARTS_PER_SCENARIO);
  const count = shown.length < worth.length ? `${shown.length} of ${worth.length} workloads` : `${shown.length} workload${shown.length === 1 ? '' : 's'}`;
  const out = ['', `<details><summary>Ready replicas over time (${count})</summary>`];
  for (const w of shown) {
    const b = baseOf(w);
    // Namespace and name: examples often hold the same name in two namespaces.
    const name = w.namespace ? `${w.namespace}/${w.name}` : w.name;
    const title = b ? `${name}: ready replicas (${s.id}), base then head` : `${name}: ready replicas (${s.id})`;
    // A blank line before each fence: GitHub renders Markdown inside <details> only after one.
    out.push('', mermaidChart(title, w, b));
  }
  out.push('', '</details>');
  return out;
}

/** The workloads that lost ready replicas or had pods pending, worst first; the rest in one sentence. */
function workloadTable(s: ScenarioOutcome): string[] {
  const affected = s.workloads.filter((w) => w.minReady < w.desired || w.maxPending > 0 || w.belowFloorSeconds > 0);
  const calm = s.workloads.length - affected.length;
  if (affected.length === 0) return [`Every workload (${s.workloads.length}) kept all its replicas ready, with no pod pending.`];
  const shown = [...affected].sort(worstFirst).slice(0, MAX_ROWS);
  const out = ['| Workload | Desired | Min ready | Below PDB floor | At zero | Max pending |', '|---|---:|---:|---:|---:|---:|'];
  for (const w of shown) {
    out.push(
      `| ${cell(w.workload)} | ${w.desired} | ${w.minReady} | ${w.pdbFloor === undefined ? '–' : `${formatDuration(w.belowFloorSeconds)} (floor ${w.pdbFloor})`} | ${formatDuration(w.zeroSeconds)} | ${w.maxPending} |`,
    );
  }
  const hidden = [
    affected.length > shown.length ? `${affected.length - shown.length} more that lost replicas or waited` : '',
    calm > 0 ? `${calm} that kept all replicas ready` : '',
  ].filter(Boolean);
  if (hidden.length > 0) out.push('', `Not listed: ${hidden.join(', ')} (the text and JSON reports list every workload).`);
  return out;
}

/**
 * Workloads whose pods stayed pending longer than a node launch takes (the sim/unschedulable threshold), with the
 * scheduler's reason; pods that only waited for a new node are counted, not listed.
 */
function unschedulableTable(s: ScenarioOutcome): string[] {
  const pending = s.workloads.filter((w) => w.maxPending > 0);
  const stuck = pending.filter((w) => w.pendingPodSeconds > UNSCHEDULABLE_THRESHOLD_SECONDS).sort((a, b) => b.pendingPodSeconds - a.pendingPodSeconds);
  const brief = pending.length - stuck.length;
  const out: string[] = [];
  if (stuck.length > 0) {
    out.push('', '| Unschedulable | Max pending | Pending pod-time | Why |', '|---|---:|---:|---|');
    for (const w of stuck.slice(0, MAX_ROWS)) {
      out.push(`| ${cell(w.workload)} | ${w.maxPending} | ${formatDuration(w.pendingPodSeconds)} | ${cell(pendingReason(w))} |`);
    }
  }
  const hidden = [
    stuck.length > MAX_ROWS ? `${stuck.length - MAX_ROWS} more workloads with unschedulable pods` : '',
    brief > 0 ? `${brief} workload(s) whose pods waited ${formatDuration(UNSCHEDULABLE_THRESHOLD_SECONDS)} or less in total (for a new node)` : '',
  ].filter(Boolean);
  if (hidden.length > 0) out.push('', `Not listed: ${hidden.join('; ')}.`);
  return out;
}

/** Longest at zero, then longest below the PDB floor, then most replicas lost, then most pending; then by name. */
function worstFirst(a: WorkloadOutcome, b: WorkloadOutcome): number {
  return (
    b.zeroSeconds - a.zeroSeconds ||
    b.belowFloorSeconds - a.belowFloorSeconds ||
    b.desired - b.minReady - (a.desired - a.minReady) ||
    b.maxPending - a.maxPending ||
    (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : 0)
  );
}

function scenarioMarkdown(s: ScenarioOutcome, base: ScenarioOutcome | undefined, changed: ReadonlySet<string>): string[] {
  const out = [`#### ${cell(s.id)}`, '', `${cell(s.description)} ${formatDuration(s.durationSeconds)} simulated.`, ''];
  out.push(...workloadTable(s));
  if (s.upgrade) out.push('', `Upgrade: ${cell(upgradeSummary(s.upgrade))}.`);
  if (s.consolidation) {
    out.push('', `Consolidation: ${cell(consolidationSummary(s.consolidation))}.`);
    const blocked = s.consolidation.blocked;
    if (blocked.length > 0) {
      out.push('', '| Not consolidated | NodePool | Why |', '|---|---|---|');
      for (const b of blocked.slice(0, MAX_ROWS)) out.push(`| ${cell(`${b.node} (${b.instanceType})`)} | ${cell(b.pool)} | ${cell(blockedText(b))} |`);
      if (blocked.length > MAX_ROWS) out.push('', `Not listed: ${blocked.length - MAX_ROWS} more nodes (the text and JSON reports list every one).`);
    }
  }
  const blocked = s.drains.filter((d) => d.status !== 'drained');
  if (blocked.length > 0) {
    out.push('', '| Blocked drain | Status | Duration | Refusals | Why |', '|---|---|---:|---:|---|');
    for (const d of blocked.slice(0, MAX_ROWS)) {
      // The first budget's numbers; the text and JSON reports give every one.
      const more = d.refusals.length > 1 ? ` (and ${d.refusals.length - 1} more budget(s))` : '';
      const why = d.refusals[0] ? `${refusalWhy(d.refusals[0])}${more}` : `refused by ${d.blockingPdbs.join(', ')}`;
      out.push(`| ${cell(d.node)} | ${d.status === 'unfinished' ? 'still blocked at the end' : d.status} | ${formatDuration(d.durationSeconds)} | ${d.rejections} | ${cell(why)} |`);
    }
    if (blocked.length > MAX_ROWS) out.push('', `Not listed: ${blocked.length - MAX_ROWS} more blocked drains (the text and JSON reports list every one).`);
  }
  out.push(...unschedulableTable(s));
  for (const h of s.hpas) {
    out.push('', `HPA \`${h.hpa}\`: ${h.minReplicas}–${h.maxReplicas} replicas, peak ${h.peakReplicas}, metrics asked for up to ${h.peakRecommended}${h.saturatedSeconds > 0 ? `, **saturated for ${formatDuration(h.saturatedSeconds)}**` : ''}.`);
  }
  out.push(...chartsBlock(s, base, changed));
  for (const n of s.notes) out.push('', `> ${cell(n)}`);
  out.push('');
  return out;
}

/**
 * What the simulation's Markdown may take. The PR summary comment holds the lint report too, and GitHub refuses a
 * comment over 65,536 characters (summary-comment.ts truncates it, cutting off whatever comes last, the simulation):
 * the simulation keeps to well under half of that. Scenario sections that do not fit in full are shortened to one
 * paragraph; the text and JSON reports always hold every table.
 */
export const MARKDOWN_BUDGET = 28_000;

export function formatSimulationMarkdown(result: SimulationResult): string {
  const out = ['### Replay simulation', '', `Cluster: ${cell(result.head.cluster)}`, ''];
  for (const n of result.head.notes) out.push(`> ${cell(n)}`, '');
  out.push(...unparsedBlock(result));
  if (result.comparison) {
    out.push(...problemsTable(result.comparison.problems));
    out.push(...upgradesBlock(result));
    out.push(...deltasTable(result.comparison.deltas));
  } else {
    out.push(...headProblemsTable(result.head.problems));
  }
  const baseScenarios = new Map((result.base?.scenarios ?? []).map((s) => [s.id, s]));
  // Charts go first to workloads whose availability moved; a replica count change alone needs no chart.
  const moved = (d: WorkloadDelta) => d.change === 'worse' || d.change === 'better';
  const changed = (id: string) => new Set((result.comparison?.deltas ?? []).filter((d) => d.scenario === id && moved(d)).map((d) => d.workload));
  const sections = result.head.scenarios.map((s) => {
    const same = result.comparison !== undefined && unchanged(s.id, result.comparison);
    return {
      same,
      full: same ? [] : scenarioMarkdown(s, baseScenarios.get(s.id), changed(s.id)),
      brief: briefScenario(s, same ? 'Same on base and head; the text and JSON reports have the details.' : 'Details left out to fit the PR comment; the text and JSON reports have them.'),
    };
  });
  // Sections that changed between base and head get the room first, then one of each scenario (the first zone's
  // outage), then the repeats (the other zones); each that does not fit in full beside the short forms is shortened.
  const length = (lines: readonly string[]) => lines.reduce((n, l) => n + l.length + 1, 0);
  let used = length(out) + sections.reduce((n, x) => n + length(x.brief), 0);
  const full = new Set<number>();
  const scenarios = result.head.scenarios;
  const repeat = (i: number) => Number(scenarios.findIndex((s) => s.scenario === scenarios[i]!.scenario) < i);
  const rank = (i: number) => [Number(sections[i]!.same), repeat(i), i];
  const order = sections.map((_, i) => i).sort((a, b) => rank(a)[0]! - rank(b)[0]! || rank(a)[1]! - rank(b)[1]! || a - b);
  for (const i of order) {
    const x = sections[i]!;
    if (x.same) continue;
    const extra = length(x.full) - length(x.brief);
    if (used + extra > MARKDOWN_BUDGET) continue;
    used += extra;
    full.add(i);
  }
  sections.forEach((x, i) => out.push(...(full.has(i) ? x.full : x.brief)));
  return out.join('\n');
}

/** Nothing about the scenario differs between base and head: no problem came or went, no workload moved. */
function unchanged(id: string, comparison: NonNullable<SimulationResult['comparison']>): boolean {
  if (comparison.problems.some((p) => p.problem.scenario === id && p.status !== 'existing')) return false;
  if (comparison.upgrades.some((u) => u.scenario === id && u.change !== 'same')) return false;
  return !shownDeltas(comparison.deltas).some((d) => d.scenario === id && (d.change === 'worse' || d.change === 'better' || d.change === 'rescaled' || d.change === 'added'));
}

/** A scenario in one paragraph: what ran, how many workloads lost replicas (the worst named), what else went wrong. */
function briefScenario(s: ScenarioOutcome, why: string): string[] {
  const hurt = s.workloads.filter((w) => w.minReady < w.desired || w.maxPending > 0 || w.belowFloorSeconds > 0).sort(worstFirst);
  const worst = hurt[0];
  const facts = [
    hurt.length === 0
      ? `every workload (${s.workloads.length}) kept all its replicas ready`
      : `${hurt.length} of ${s.workloads.length} workloads lost ready replicas or waited for a node` +
        (worst && worst.zeroSeconds > 0 ? ` (longest at zero: ${worst.workload}, ${formatDuration(worst.zeroSeconds)})` : ''),
  ];
  const blocked = s.drains.filter((d) => d.status !== 'drained').length;
  if (blocked > 0) facts.push(`${blocked} blocked drain(s)`);
  if (s.upgrade) facts.push(`upgrade: ${upgradeSummary(s.upgrade)}`);
  if (s.consolidation) facts.push(`consolidation: ${consolidationSummary(s.consolidation)}`);
  const text = `${s.description} ${formatDuration(s.durationSeconds)} simulated: ${facts.join('; ')}. ${why}`;
  return [`#### ${cell(s.id)}`, '', cell(text), ''];
}

/** Files that did not parse: their workloads are missing, so the report must not be read as complete. */
function unparsedBlock(result: SimulationResult): string[] {
  const sides = [
    { label: 'head', files: result.head.unparsed },
    { label: 'base', files: result.base?.unparsed ?? [] },
  ].filter((x) => x.files.length > 0);
  if (sides.length === 0) return [];
  const out = ['> [!CAUTION]'];
  for (const { label, files } of sides) {
    out.push(`> ${files.length} ${label} file(s) did not parse; their objects were not simulated: ${files.map((f) => `\`${cell(f.file)}:${f.line}\` (${cell(f.message)})`).join(', ')}.`);
  }
  out.push('');
  return out;
}

const STATUS_MARK: Record<string, string> = { new: '🔴 new', worse: '🔴 worse', existing: '⚪ already on base', fixed: '🟢 fixed', missing: '⚠️ missing in head' };

/**
 * Rows of one kind of problem on one object, over every scenario that had it: a PR comment names each once. The
 * first occurrence speaks for the group, as the findings do.
 */
function grouped<T>(items: readonly T[], key: (item: T) => string, scenario: (item: T) => string): Array<{ first: T; scenarios: string[] }> {
  const groups = new Map<string, { first: T; scenarios: string[] }>();
  for (const item of items) {
    const g = groups.get(key(item));
    if (g) g.scenarios.push(scenario(item));
    else groups.set(key(item), { first: item, scenarios: [scenario(item)] });
  }
  return [...groups.values()];
}

/** Rows a PR comment has room for in the problem tables; the text and JSON reports hold them all. */
const MAX_PROBLEM_ROWS = MAX_ROWS;

function notListed(hidden: number, what: string): string[] {
  return hidden > 0 ? [`Not listed: ${hidden} more ${what} (the text and JSON reports list every one).`, ''] : [];
}

/** Every compared problem, new and worse ones first (compareSides orders them), with what to do about those. */
function problemsTable(rows: readonly ComparedProblem[]): string[] {
  const out = ['| Change | Problem | Object | Scenario | What happened | What to do |', '|---|---|---|---|---|---|'];
  if (rows.length === 0) out.push('| – | none | – | – | No simulated problems on either side. | – |');
  const groups = grouped(rows, (p) => `${statusLabel(p)}|${p.problem.ruleId}|${objectLabel(p.problem.object)}`, (p) => p.problem.scenario);
  for (const { first: p, scenarios } of groups.slice(0, MAX_PROBLEM_ROWS)) {
    const happened = p.worse !== undefined ? `${p.problem.detail}; worse than on base: ${p.worse}` : p.note !== undefined ? `${p.problem.detail} (${p.note})` : p.problem.detail;
    const todo = p.status === 'new' || p.status === 'existing' ? p.problem.remediation : '–';
    out.push(`| ${STATUS_MARK[statusLabel(p)]} | \`${p.problem.ruleId}\` | ${cell(objectLabel(p.problem.object))} | ${cell(scenarios.join(', '))} | ${cell(happened)} | ${cell(todo)} |`);
  }
  out.push('');
  const hidden = groups.slice(MAX_PROBLEM_ROWS);
  const fresh = hidden.filter((g) => g.first.status === 'new').length;
  return [...out, ...notListed(hidden.length, `problems${fresh > 0 ? `, ${fresh} of them new or worse` : ''}`)];
}

/** Without a base: each problem once per object, with the scenarios that had it and what to do. */
function headProblemsTable(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return ['No simulated problems.', ''];
  // Errors first: with a capped table, they are the rows that must not fall off.
  const rank = (p: Problem) => (PROBLEM_SEVERITY[p.ruleId] === 'error' ? 0 : 1);
  const groups = grouped(problems, (p) => `${p.ruleId}|${objectLabel(p.object)}|${p.fieldPath}`, (p) => p.scenario).sort((a, b) => rank(a.first) - rank(b.first));
  const out = ['| Problem | Object | Scenario | What happened | What to do |', '|---|---|---|---|---|'];
  for (const { first: p, scenarios } of groups.slice(0, MAX_PROBLEM_ROWS)) {
    out.push(`| \`${p.ruleId}\` | ${cell(objectLabel(p.object))} | ${cell(scenarios.join(', '))} | ${cell(p.detail)} | ${cell(p.remediation)} |`);
  }
  out.push('');
  return [...out, ...notListed(groups.length - MAX_PROBLEM_ROWS, 'problems')];
}

/** How far each rolling upgrade got on both sides, when that changed. */
function upgradesBlock(result: SimulationResult): string[] {
  const moved = (result.comparison?.upgrades ?? []).filter((u) => u.change !== 'same');
  const out: string[] = [];
  for (const u of moved) {
    out.push(`${DELTA_MARK[u.change]} Upgrade ${u.change} in \`${cell(u.scenario)}\` (${cell(u.decidedBy ?? '')}): base ${cell(upgradeSummary(u.base))}, head ${cell(upgradeSummary(u.head))}.`, '');
  }
  const notCompared = (result.comparison?.deltas ?? []).filter((d) => d.change === 'not-compared');
  if (notCompared.length > 0) out.push(`Not compared: ${notCompared.length} workload(s) that kept more replicas only because ${cell(notCompared[0]!.note ?? '')}.`, '');
  return out;
}

const DELTA_MARK: Record<WorkloadDelta['change'], string> = {
  worse: '🔴',
  better: '🟢',
  rescaled: '⚪',
  same: '',
  removed: '⚪',
  added: '⚪',
  'not-simulated': '⚠️',
  'not-compared': '⚪',
};

/** Workloads whose availability moved (or whose replica count alone changed) between base and head, per scenario. */
function deltasTable(deltas: readonly WorkloadDelta[]): string[] {
  const moved = shownDeltas(deltas);
  if (moved.length === 0) return ['Availability: no workload changed in any scenario both sides ran.', ''];
  const arrow = (b: number | undefined, h: number | undefined, show: (n: number) => string) =>
    `${b === undefined ? '–' : show(b)} → ${h === undefined ? '–' : show(h)}`;
  const out = [
    '| Base → head | Workload | Scenario | Why | Min ready / desired | At zero | Below PDB floor | Max pending |',
    '|---|---|---|---|---:|---:|---:|---:|',
  ];
  for (const d of moved.slice(0, MAX_ROWS * 4)) {
    const scenario = d.change === 'removed' || d.change === 'not-simulated' ? 'all' : d.scenario;
    out.push(
      `| ${DELTA_MARK[d.change]} ${deltaLabel(d)} | ${cell(d.workload)} | ${cell(scenario)} | ${cell(deltaReason(d))} | ${readyOf(d.base)} → ${readyOf(d.head)} | ` +
        `${arrow(d.base?.zeroSeconds, d.head?.zeroSeconds, formatDuration)} | ${arrow(d.base?.belowFloorSeconds, d.head?.belowFloorSeconds, formatDuration)} | ` +
        `${arrow(d.base?.maxPending, d.head?.maxPending, String)} |`,
    );
  }
  if (moved.length > MAX_ROWS * 4) out.push('', `Not listed: ${moved.length - MAX_ROWS * 4} more rows (the text and JSON reports list every one).`);
  out.push('');
  return out;
}
