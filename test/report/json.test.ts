import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model/types.js';
import { formatJson } from '../../src/report/json.js';
import { buildLintResult } from '../fixtures/report/lint-result.js';

function render(result: LintResult = buildLintResult()) {
  return formatJson(result, { toolVersion: '1.2.3' });
}

const CONTRACT_FINDING_KEYS = [
  'ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn',
  'object', 'fieldPath', 'fingerprint', 'suppressed',
];

describe('formatJson', () => {
  it('matches the rendered snapshot', async () => {
    await expect(render()).toMatchFileSnapshot('../__snapshots__/report/json.txt');
  });

  it('writes the top-level contract keys in order with tool name and version', () => {
    const report = JSON.parse(render());
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'findings']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'resilint', version: '1.2.3' });
  });

  it('starts the summary with the contract counts, extras after them', () => {
    const { summary } = JSON.parse(render());
    expect(Object.keys(summary).slice(0, 6)).toEqual(['files', 'objects', 'errors', 'warnings', 'notices', 'suppressed']);
    expect(summary).toMatchObject({ files: 96, objects: 1204, errors: 4, warnings: 2, notices: 1, suppressed: 1 });
  });

  it('gives every finding the contract keys first, in contract order, and only known extras after', () => {
    const { findings } = JSON.parse(render());
    const extras = new Set(['validation', 'suppressionReason', 'remediation', 'docsUrl', 'related']);
    for (const finding of findings) {
      const keys = Object.keys(finding);
      expect(keys.slice(0, CONTRACT_FINDING_KEYS.length)).toEqual(CONTRACT_FINDING_KEYS);
      for (const extra of keys.slice(CONTRACT_FINDING_KEYS.length)) expect(extras.has(extra)).toBe(true);
    }
  });

  it('writes the object reference in contract order, with null namespace for cluster-scoped kinds and null object for parse errors', () => {
    const { findings } = JSON.parse(render());
    const byRule = Object.fromEntries(findings.map((f: any) => [f.ruleId, f]));
    expect(Object.keys(byRule['min-replicas'].object)).toEqual(['apiVersion', 'kind', 'namespace', 'name']);
    expect(byRule['rule-error'].object).toEqual({ apiVersion: 'v1', kind: 'Namespace', namespace: null, name: 'shop' });
    expect(byRule['parse-error'].object).toBeNull();
    expect(byRule['parse-error'].fieldPath).toBeNull();
  });

  it('orders findings by file, line, column, then rule id', () => {
    const { findings } = JSON.parse(render());
    expect(findings.map((f: any) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'broken/settings.yaml:7:2 parse-error',
      'cluster/namespaces.yaml:1:1 rule-error',
      'deploy/api-pdb.yaml:6:1 pdb-unhealthy-eviction',
      'deploy/api.yaml:7:3 min-replicas',
      'deploy/api.yaml:7:3 sim/drain-node',
      'deploy/api.yaml:19:11 memory-limits',
      'deploy/worker.yaml:17:5 topology-spread',
      'deploy/worker.yaml:21:11 memory-limits',
    ]);
  });

  it('is the same whatever order the findings arrive in', () => {
    const reversed = buildLintResult();
    reversed.findings.reverse();
    expect(render(reversed)).toBe(render());
  });

  it('keeps suppressed findings, marked, with their reason', () => {
    const { findings } = JSON.parse(render());
    const suppressed = findings.filter((f: any) => f.suppressed);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressionReason).toBe('Batch worker; memory is sized by the VPA.');
  });

  it('writes files with / separators and without a leading ./', () => {
    const result = buildLintResult();
    result.findings[0]!.file = 'deploy\\worker.yaml';
    result.findings[1]!.file = './deploy/api.yaml';
    const files = JSON.parse(render(result)).findings.map((f: any) => f.file);
    expect(files.every((f: string) => !f.includes('\\') && !f.startsWith('./'))).toBe(true);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const text = render();
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
