import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/temp-repo.js';
import { runCli } from './run-cli.js';

// A PodDisruptionBudget that allows no disruption (pdb-blocks-drain, an error) and a clean Service.
const blocking = readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'cli', 'broken', 'pdb.yaml'), 'utf8');
const service = readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'cli', 'clean', 'app.yaml'), 'utf8');

function repo() {
  return tempRepo({ 'k8s/a.yaml': blocking, 'k8s/b.yaml': service, 'README.md': '# docs\n' });
}

async function reportedFiles(argv: string[], cwd: string) {
  const r = await runCli([...argv, '-f', 'json'], cwd);
  return { ...r, files: [...new Set((JSON.parse(r.stdout).findings as { file: string }[]).map((f) => f.file))] };
}

describe('--only-files names files the way the user wrote them', () => {
  it.each([
    ['as findings name them', (_dir: string) => 'k8s/a.yaml'],
    ['with a leading ./', (_dir: string) => './k8s/a.yaml'],
    ['as an absolute path', (dir: string) => path.join(dir, 'k8s', 'a.yaml')],
    ['with Windows separators', (_dir: string) => 'k8s\\a.yaml'],
    ['through a .. segment', (_dir: string) => 'k8s/../k8s/a.yaml'],
  ])('%s: the file\'s findings are reported and fail the run', async (_how, given) => {
    const dir = repo();
    const r = await reportedFiles(['k8s', '--only-files', given(dir)], dir);
    expect(r.files).toEqual(['k8s/a.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('--only-files naming a file that was not linted', () => {
  it('says so on stderr, and the run still reports what it can (a notice, not a failure)', async () => {
    const dir = repo();
    const r = await reportedFiles(['k8s', '--only-files', 'k8s/a.yaml', '--only-files', 'k8s/gone.yaml', '--only-files', 'README.md'], dir);
    expect(r.files).toEqual(['k8s/a.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'resilint: notice: --only-files names 2 files that were not linted, so nothing is reported for them: k8s/gone.yaml, README.md ' +
        '(deleted, not a manifest, or outside the paths linted)\n',
    );
  });

  it('a green run on nothing says why it is green', async () => {
    const dir = repo();
    const r = await runCli(['k8s', '--only-files', 'k8s/typo.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^resilint: notice: --only-files names 1 file that was not linted, so nothing is reported for it: k8s\/typo\.yaml /);
  });

  it('names at most five and counts the rest', async () => {
    const dir = repo();
    const missing = Array.from({ length: 7 }, (_, i) => ['--only-files', `gone-${i}.yaml`]).flat();
    const r = await runCli(['k8s', ...missing], dir);
    expect(r.stderr).toContain(': gone-0.yaml, gone-1.yaml, gone-2.yaml, gone-3.yaml, gone-4.yaml and 2 more (');
  });
});
