import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model/types.js';
import { formatText, summaryLine } from '../../src/report/text.js';
import { buildCleanResult, buildLintResult } from '../fixtures/report/lint-result.js';

const ESC = '\u001b[';

function render(result: LintResult = buildLintResult(), color = false) {
  return formatText(result, { color });
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

  it('prints notes before the summary line, which comes last', () => {
    const lines = render().trimEnd().split('\n');
    expect(lines.at(-2)).toBe('ℹ Skipped 3 Helm templates in charts/web/templates; lint the output of `helm template` instead.');
    expect(lines.at(-1)).toBe('✖ 7 problems (4 errors, 2 warnings, 1 notice) in 5 files · 1 suppressed · 1,204 objects in 96 files');
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
