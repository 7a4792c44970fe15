import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model/types.js';
import { formatText, summaryLine } from '../../src/report/text.js';
import { buildCleanResult, buildLintResult } from '../fixtures/report/lint-result.js';

const ESC = '\u001b[';

/** The lint report as the CLI prints it: with the counts by rule after the summary line. */
function render(result: LintResult = buildLintResult(), color = false) {
  return formatText(result, { color, ruleCounts: true });
}

/** `result` with `extra` more copies of a reported finding of each named rule (summary counts left as they are). */
function withExtraFindings(result: LintResult, extra: Record<string, number>): LintResult {
  for (const [ruleId, n] of Object.entries(extra)) {
    const model = result.findings.find((f) => f.ruleId === ruleId && !f.suppressed)!;
    for (let i = 0; i < n; i++) result.findings.push({ ...model, fingerprint: `${model.fingerprint}-${i}`, line: model.line + 100 + i, endLine: model.endLine + 100 + i });
  }
  return result;
}

describe('formatText', () => {
  it('matches the rendered snapshot', async () => {
    await expect(render()).toMatchFileSnapshot('../__snapshots__/report/text.txt');
  });

  it('matches the coloured snapshot', async () => {
    await expect(render(buildLintResult(), true)).toMatchFileSnapshot('../__snapshots__/report/text-color.txt');
  });

  it('has no ANSI codes when colour is off, and has them when it is on', () => {
    expect(render()).not.toContain(ESC);
    const colored = render(buildLintResult(), true);
    expect(colored).toContain(`${ESC}31merror`);
    expect(colored).toContain(`${ESC}33mwarning`);
  });

  it('prints files in sorted order and each file once', () => {
    const headers = render().split('\n').filter((line) => /^\S+\.yaml$/.test(line));
    expect(headers).toEqual(['broken/settings.yaml', 'cluster/namespaces.yaml', 'deploy/api-pdb.yaml', 'deploy/api.yaml', 'deploy/worker.yaml']);
  });

  it('lists findings as file:line:column, severity, message and rule id, by line then column then rule id', () => {
    const heads = render().split('\n').filter((line) => line.startsWith('  deploy/api.yaml:'));
    expect(heads.map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['deploy/api.yaml:7:3', 'error', 'Deployment shop/api runs 1 replica; a node drain takes it down.', 'min-replicas'],
      ['deploy/api.yaml:7:3', 'error', 'Draining the node that runs shop/api leaves 0 of 1 pods ready.', 'sim/drain-node'],
      ['deploy/api.yaml:19:11', 'warning', 'Container "api" has no memory limit.', 'memory-limits'],
    ]);
  });

  it('aligns severities within a file', () => {
    const heads = render().split('\n').filter((line) => line.startsWith('  deploy/api.yaml:'));
    const severityColumns = heads.map((line) => line.search(/error|warning/));
    expect(new Set(severityColumns).size).toBe(1);
  });

  it('shows a code frame with a marker under the flagged span', () => {
    const lines = render().split('\n');
    const focus = lines.indexOf('    > 19 |           resources:');
    expect(focus).toBeGreaterThan(0);
    expect(lines.slice(focus - 2, focus + 4)).toEqual([
      '      17 |         - name: api',
      '      18 |           image: ghcr.io/example/api:1.4.2',
      '    > 19 |           resources:',
      '         |           ^^^^^^^^^^',
      '      20 |             requests:',
      '      21 |               cpu: 250m',
    ]);
  });

  it('prints one frame for findings on the same span', () => {
    expect(render().split('\n').filter((line) => line === '    > 7 |   replicas: 1')).toHaveLength(1);
  });

  it('prints a finding without a frame when its source is missing', () => {
    const output = render();
    const lines = output.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  cluster/namespaces.yaml:1:1'));
    expect(lines[at + 1]).toBe('');
  });

  it('prints related locations under their finding', () => {
    const lines = render().split('\n');
    const at = lines.findIndex((line) => line.includes('min-replicas'));
    expect(lines[at + 1]).toBe('    ↳ deploy/api-pdb.yaml:7:3  PodDisruptionBudget shop/api requires 1 pod available.');
  });

  it('does not print suppressed findings but counts them', () => {
    const output = render();
    expect(output).not.toContain('Container "worker" has no memory limit.');
    expect(output).toContain('· 1 suppressed ·');
  });

  it('prints the notes, then the summary line, then the rules that fired and a hint to explain them', () => {
    const lines = render().trimEnd().split('\n');
    const summary = lines.indexOf('✖ 7 problems (4 errors, 2 warnings, 1 notice) in 5 files · 1 suppressed · 1,204 objects in 96 files');
    expect(lines[summary - 1]).toBe('ℹ Skipped 3 Helm templates in charts/web/templates; lint the output of `helm template` instead.');
    expect(lines.slice(summary + 1)).toEqual([
      '  1  memory-limits',
      '  1  min-replicas',
      '  1  parse-error',
      '  1  pdb-unhealthy-eviction',
      '  1  rule-error',
      '  1  sim/drain-node',
      '  1  topology-spread',
      'Run `resilint explain <rule-id>` for why a rule matters and how to fix its findings, e.g. `resilint explain memory-limits`.',
    ]);
  });

  it('leaves the summary line last without ruleCounts, for reports that add to it (simulate)', () => {
    const lines = formatText(buildLintResult(), { color: false }).trimEnd().split('\n');
    expect(lines.at(-1)).toBe('✖ 7 problems (4 errors, 2 warnings, 1 notice) in 5 files · 1 suppressed · 1,204 objects in 96 files');
  });

  it('lists the rules most findings first, counting only reported (unsuppressed) findings', () => {
    const result = withExtraFindings(buildLintResult(), { 'topology-spread': 2, 'pdb-unhealthy-eviction': 1 });
    const lines = render(result).trimEnd().split('\n');
    const first = lines.findIndex((line) => line.startsWith('✖ '));
    expect(lines.slice(first + 1, first + 4)).toEqual(['  3  topology-spread', '  2  pdb-unhealthy-eviction', '  1  memory-limits']);
    // The suppressed memory-limits finding is not counted: one is reported.
    expect(lines).toContain('  1  memory-limits');
  });

  it('aligns the counts when one has more digits', () => {
    const lines = render(withExtraFindings(buildLintResult(), { 'topology-spread': 11 })).split('\n');
    expect(lines).toContain('  12  topology-spread');
    expect(lines).toContain('   1  min-replicas');
  });

  it('suggests a rule explain knows, not a loader id such as parse-error', () => {
    const result = buildLintResult();
    result.findings = result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'pdb-unhealthy-eviction');
    expect(render(result)).toContain('e.g. `resilint explain pdb-unhealthy-eviction`.');
  });

  it('says so when there are no problems', () => {
    expect(render(buildCleanResult())).toBe('✔ No problems in 1,204 objects (96 files) · 1 suppressed\n');
  });
});

describe('summaryLine', () => {
  it('leaves out zero counts and uses singular forms for one', () => {
    const result = buildLintResult();
    result.findings = result.findings.filter((f) => f.ruleId === 'memory-limits');
    result.summary = { ...result.summary, errors: 0, warnings: 1, notices: 0, suppressed: 0, files: 1, objects: 1 };
    expect(summaryLine(result)).toBe('✖ 1 problem (1 warning) in 1 file · 1 object in 1 file');
  });

  it('says nothing was linted, not "no problems", when the files held no objects', () => {
    const result = buildLintResult();
    result.findings = [];
    result.summary = { ...result.summary, errors: 0, warnings: 0, notices: 0, suppressed: 0, files: 4, objects: 0, skippedFiles: 3 };
    expect(summaryLine(result)).toBe('⚠ Nothing linted: 4 files held no Kubernetes objects; 3 files skipped (Helm templates: lint `helm template` output)');
  });
});
