import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/model/types.js';
import { formatMarkdown, renderFindingsTable } from '../../src/report/markdown.js';
import { buildCleanResult, buildLintResult } from '../fixtures/report/lint-result.js';

const blobUrl = (file: string, line: number) => `https://github.com/acme/shop/blob/abc123/${file}#L${line}`;

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---'));
}

describe('formatMarkdown', () => {
  it('matches the rendered snapshot', async () => {
    await expect(formatMarkdown(buildLintResult())).toMatchFileSnapshot('../__snapshots__/report/markdown.txt');
  });

  it('matches the snapshot with file links and truncation', async () => {
    await expect(formatMarkdown(buildLintResult(), { fileUrl: blobUrl, maxRows: 3 })).toMatchFileSnapshot(
      '../__snapshots__/report/markdown-links-truncated.txt',
    );
  });

  it('starts with a heading and the counts by severity', () => {
    const lines = formatMarkdown(buildLintResult()).split('\n');
    expect(lines[0]).toBe('### resilint');
    expect(lines[2]).toContain('🔴 **4** errors · 🟡 **2** warnings · 🔵 **1** notice · 🔕 1 suppressed');
    expect(lines[2]).toContain('5 files with problems, 1,204 objects in 96 files checked');
  });

  it('lists the rules that fired with their counts after the totals, linked to their docs', () => {
    const result = buildLintResult();
    const model = result.findings.find((f) => f.ruleId === 'topology-spread')!;
    result.findings.push({ ...model, fingerprint: 'extra', line: 40, endLine: 40 });
    const lines = formatMarkdown(result).split('\n');
    expect(lines[4]).toBe(
      '**By rule:** [`topology-spread`](https://resilint.example/rules/topology-spread) 2 · [`memory-limits`](https://resilint.example/rules/memory-limits) 1 · ' +
        '[`min-replicas`](https://resilint.example/rules/min-replicas) 1 · `parse-error` 1 · `pdb-unhealthy-eviction` 1 · `rule-error` 1 · `sim/drain-node` 1',
    );
  });

  it('uses a custom title', () => {
    expect(formatMarkdown(buildLintResult(), { title: 'Resilience lint' }).startsWith('### Resilience lint\n')).toBe(true);
  });

  it('includes the run notes', () => {
    expect(formatMarkdown(buildLintResult())).toContain('> ℹ️ Skipped 3 Helm templates in charts/web/templates');
  });

  it('lists reported findings only, errors first', () => {
    const rows = tableRows(formatMarkdown(buildLintResult()));
    expect(rows).toHaveLength(7);
    expect(rows.join('\n')).not.toContain('"worker" has no memory limit');
    const severities = rows.map((row) => row.split(' | ')[0]);
    expect(severities).toEqual(['| 🔴 error', '| 🔴 error', '| 🔴 error', '| 🔴 error', '| 🟡 warning', '| 🟡 warning', '| 🔵 notice']);
  });

  it('has no table when nothing is reported', () => {
    const markdown = formatMarkdown(buildCleanResult());
    expect(markdown).toBe('### resilint\n\n✅ **No problems** in 1,204 objects in 96 files · 🔕 1 suppressed\n');
  });

  it('says nothing was linted when the files held no objects (a Helm chart), instead of a green tick', () => {
    const result = buildCleanResult();
    result.summary = { ...result.summary, objects: 0, files: 2, skippedFiles: 1 };
    expect(formatMarkdown(result)).toContain('⚠️ **Nothing linted**: 2 files held no Kubernetes objects (1 Helm template skipped: lint `helm template` output)');
  });
});

describe('renderFindingsTable', () => {
  const findings = (): Finding[] => buildLintResult().findings.filter((f) => !f.suppressed);

  it('links the rule id to its docs and shows the location as code without fileUrl', () => {
    const row = tableRows(renderFindingsTable(findings())).find((r) => r.includes('min-replicas'))!;
    expect(row).toBe(
      '| 🔴 error | [`min-replicas`](https://resilint.example/rules/min-replicas) | `deploy/api.yaml:7` | Deployment shop/api runs 1 replica; a node drain takes it down. |',
    );
  });

  it('links the location when fileUrl is given', () => {
    const row = tableRows(renderFindingsTable(findings(), { fileUrl: blobUrl })).find((r) => r.includes('parse-error'))!;
    expect(row).toContain('| [broken/settings.yaml:7](https://github.com/acme/shop/blob/abc123/broken/settings.yaml#L7) |');
  });

  it('cuts the table at maxRows and says how many are left', () => {
    const table = renderFindingsTable(findings(), { maxRows: 2 });
    expect(tableRows(table)).toHaveLength(2);
    expect(table.endsWith('\n\n…and 5 more')).toBe(true);
  });

  it('says where the rest is when told', () => {
    expect(renderFindingsTable(findings(), { maxRows: 2, moreNote: '(see the file)' }).endsWith('\n\n…and 5 more (see the file)')).toBe(true);
  });

  it('has no "more" line when everything fits', () => {
    expect(renderFindingsTable(findings(), { maxRows: 7 })).not.toContain('more');
  });

  it('escapes pipes, line breaks and HTML in cells so the row stays one row', () => {
    const [first] = findings();
    const odd: Finding = { ...first!, message: 'a | b\nc <none>', file: 'odd|dir/x.yaml' };
    const table = renderFindingsTable([odd]);
    const rows = tableRows(table);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('| a \\| b<br>c &lt;none&gt; |');
    expect(rows[0]).toContain('`odd\\|dir/x.yaml:17`');
    // Unescaped pipes split cells: a row of four cells has exactly five.
    expect(rows[0]!.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it('uses a longer code fence when the text holds a backtick', () => {
    const [first] = findings();
    const table = renderFindingsTable([{ ...first!, ruleId: 'odd`id', docsUrl: undefined }]);
    expect(table).toContain('| `` odd`id `` |');
  });
});

describe('formatMarkdown input', () => {
  it('does not change the result it renders', () => {
    const result: LintResult = buildLintResult();
    const before = result.findings.map((f) => f.fingerprint);
    formatMarkdown(result);
    expect(result.findings.map((f) => f.fingerprint)).toEqual(before);
  });
});
