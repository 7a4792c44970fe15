/**
 * Adopting resilint on a repository with existing findings: a baseline (a JSON report written
 * once) accepts those, and every new finding still fails the run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { lint } from '../../src/engine/lint.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { tempRepo } from '../helpers/temp-repo.js';

function deployment(name: string, replicas = 1): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: app
          image: ${name}:1
`;
}

const repo = (files: Record<string, string>) => tempRepo(files, 'resilint-baseline-');

const active = (r: ReturnType<typeof lint>) => r.findings.filter((f) => !f.suppressed);

describe('a baseline', () => {
  it('accepts the findings it holds and reports new ones, even after the old file moved lines', () => {
    const dir = repo({ 'k8s/api.yaml': deployment('api') });
    const before = lint({ paths: ['k8s'], cwd: dir });
    expect(active(before).length).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'baseline.json'), formatJson(before, { toolVersion: 'test' }));

    // Lines shift in the old file (a comment on top), and a new workload arrives.
    writeFileSync(path.join(dir, 'k8s/api.yaml'), `# owned by team api\n\n${deployment('api')}`);
    writeFileSync(path.join(dir, 'k8s/worker.yaml'), deployment('worker'));
    const after = lint({ paths: ['k8s'], cwd: dir, baseline: 'baseline.json' });

    expect(new Set(active(after).map((f) => f.file))).toEqual(new Set(['k8s/worker.yaml']));
    const accepted = after.findings.filter((f) => f.file === 'k8s/api.yaml');
    expect(accepted.length).toBe(active(before).length);
    expect(accepted.every((f) => f.suppressed && f.suppressionReason === 'in the baseline')).toBe(true);
    expect(after.summary.suppressed).toBe(accepted.length);
    expect(after.summary.errors + after.summary.warnings + after.summary.notices).toBe(active(after).length);
    expect(after.notes).toContain(`${accepted.length} finding(s) accepted by the baseline baseline.json.`);
    // Code scanning sees a baseline as an external suppression, not one written in the source.
    const sarif = JSON.parse(formatSarif(after, { toolVersion: 'test' }));
    const kinds = new Set(sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions).map((r: any) => r.suppressions[0].kind));
    expect(kinds).toEqual(new Set(['external']));
  });

  it('is read from .resilint.yaml, and says when entries no longer occur', () => {
    const dir = repo({ 'k8s/api.yaml': deployment('api'), 'k8s/old.yaml': deployment('old') });
    writeFileSync(path.join(dir, 'accepted.json'), formatJson(lint({ paths: ['k8s'], cwd: dir }), { toolVersion: 'test' }));
    writeFileSync(path.join(dir, '.resilint.yaml'), 'baseline: accepted.json\n');
    writeFileSync(path.join(dir, 'k8s/old.yaml'), '');
    const r = lint({ paths: ['k8s'], cwd: dir });
    expect(active(r)).toEqual([]);
    expect(r.notes.find((n) => n.includes('baseline'))).toMatch(/accepted by the baseline accepted\.json; \d+ of its entries no longer occur/);
  });

  it('accepts each entry once: a second finding with the same fingerprint is new', () => {
    const dir = repo({ 'k8s/api.yaml': deployment('api') });
    writeFileSync(path.join(dir, 'baseline.json'), formatJson(lint({ paths: ['k8s'], cwd: dir }), { toolVersion: 'test' }));
    // The same object defined twice in the file yields each finding twice, with one fingerprint.
    writeFileSync(path.join(dir, 'k8s/api.yaml'), `${deployment('api')}---\n${deployment('api')}`);
    const r = lint({ paths: ['k8s'], cwd: dir, baseline: 'baseline.json' });
    const accepted = new Set(r.findings.filter((f) => f.suppressed).map((f) => f.fingerprint));
    expect(active(r).length).toBe(accepted.size);
    expect(active(r).every((f) => accepted.has(f.fingerprint))).toBe(true);
  });

  it('does not accept a finding that was suppressed when the baseline was written', () => {
    const annotated = deployment('api').replace('metadata: {name: api}', "metadata: {name: api, annotations: {resilint.io/ignore: '*'}}");
    const dir = repo({ 'k8s/api.yaml': annotated });
    writeFileSync(path.join(dir, 'baseline.json'), formatJson(lint({ paths: ['k8s'], cwd: dir }), { toolVersion: 'test' }));
    writeFileSync(path.join(dir, 'k8s/api.yaml'), deployment('api'));
    const r = lint({ paths: ['k8s'], cwd: dir, baseline: 'baseline.json' });
    expect(active(r).length).toBeGreaterThan(0);
    expect(r.summary.suppressed).toBe(0);
  });

  it('refuses a missing file or one that is not a resilint JSON report, naming it', () => {
    const dir = repo({ 'k8s/api.yaml': deployment('api'), 'sarif.json': '{"version":"2.1.0","runs":[]}', 'broken.json': '{' });
    expect(() => lint({ paths: ['k8s'], cwd: dir, baseline: 'nope.json' })).toThrow(new UsageError('baseline file not found: nope.json (write one with `resilint --format json --output nope.json`)'));
    expect(() => lint({ paths: ['k8s'], cwd: dir, baseline: 'sarif.json' })).toThrow(/baseline sarif\.json is not a resilint JSON report/);
    expect(() => lint({ paths: ['k8s'], cwd: dir, baseline: 'broken.json' })).toThrow(/baseline broken\.json is not JSON/);
  });
});
