import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the committed bundle, as `npx resilint` does: proves dist/ works and finds policies/.
const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const fixtures = path.join(root, 'test', 'fixtures', 'cli');

function run(args: string[], input?: string) {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: fixtures, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('resilint CLI (bundled)', () => {
  it('exits 0 with a clean summary on clean manifests', () => {
    const r = run(['clean']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No problems/);
  });

  it('exits 1 and reports findings and parse errors with file:line:column', () => {
    const r = run(['broken']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\/pdb\.yaml:22:3\s+error .*pdb-blocks-drain/);
    expect(r.stdout).toMatch(/broken\/not-yaml\.yaml:4:1\s+error .*parse-error/);
  });

  it('writes the JSON contract', () => {
    const r = run(['broken', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(Object.keys(json.summary).slice(0, 6)).toEqual(['files', 'objects', 'errors', 'warnings', 'notices', 'suppressed']);
    const f = json.findings.find((x: any) => x.ruleId === 'pdb-blocks-drain');
    expect(f).toMatchObject({ severity: 'error', file: 'broken/pdb.yaml', line: 22, column: 3, object: { kind: 'PodDisruptionBudget', name: 'web', namespace: 'default' }, fieldPath: 'spec.minAvailable', suppressed: false });
  });

  it('honours --fail-level never', () => {
    expect(run(['broken', '--fail-level', 'never']).code).toBe(0);
  });

  it('exits 2 for usage errors and for rules that do not load', () => {
    expect(run(['--format', 'xml', 'clean']).code).toBe(2);
    expect(run(['missing-dir']).code).toBe(2);
    const r = run(['clean', '--policies', 'bad-rules']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/bad-rules\/wrong\.yaml:13:\d+.*wrong-rule/);
  });

  it('documents every flag in --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--output', '--fail-level', '--include', '--exclude', '--config', '--policies', '--namespace', '--max-file-size', '--instance-types']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('runs a user folder\'s rule tests and reports a wrong rule with exit 2', () => {
    const r = run(['test', 'bad-rules']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-rules\/wrong\.yaml:13/);
    expect(r.stdout).toMatch(/, 1 rule file\(s\) with errors \(not run\)\n$/);
  });

  it('lints manifests piped on stdin as `-`, reporting <stdin>:line:col', () => {
    const r = run(['-'], readFileSync(path.join(fixtures, 'broken', 'pdb.yaml'), 'utf8'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:22:3\s+error .*pdb-blocks-drain/);
  });

  it('ends a simulate usage error with one line and exit 2, not a stack trace', () => {
    const r = run(['simulate', 'clean', '--scenario', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resilint: --scenario: unknown scenario "bogus"[^\n]*\n$/);
  });

  it('fails on a glob that matches nothing instead of passing on zero files', () => {
    const r = run(['nomatch*.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resilint: nomatch*.yaml matched no manifest files\n');
  });

  it('fails on empty stdin, so a failing `helm template . | resilint -` does not pass', () => {
    const r = run(['-'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resilint: -: stdin held no manifests\n');
  });

  it('lists the simulation findings behind exit 1 in the simulate text report', () => {
    const r = run(['simulate', 'broken', '--scenario', 'rolling-upgrade:nodes=3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\/pdb\.yaml:22:3\s+error\s+A node drain is blocked .*sim\/drain-blocked/);
    // broken/ also holds a file that does not parse: the simulator reports it as lint does.
    expect(r.stdout).toMatch(/broken\/not-yaml\.yaml:4:1\s+error\s+.*parse-error/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?[^)]*\) in 2 files · .* · exit 1 because \d+ problems? (is|are) at or above --fail-level error\n$/);
  });
});
