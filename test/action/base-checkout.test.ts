import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkoutBase } from '../../src/action/base-checkout.js';
import { globBase } from '../../src/load/discover.js';
import { GitError } from '../../src/action/git.js';
import { GitRepo } from '../helpers/git-repo.js';

let temp: string;
let scratch: string;

beforeEach(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'resilint-base-checkout-'));
  scratch = path.join(temp, 'runner-temp');
  mkdirSync(scratch);
});

afterEach(() => rmSync(temp, { recursive: true, force: true }));

/** A repository whose second commit edits k8s/app.yaml, adds k8s/new/ and leaves docs/ alone. */
function twoCommits(dir: string): { repo: GitRepo; base: string; head: string } {
  const repo = GitRepo.init(dir);
  repo.write({ 'deploy/k8s/app.yaml': 'replicas: 3\n', 'deploy/k8s/db.yml': 'kind: db\n', 'docs/readme.md': '# docs\n' });
  const base = repo.commit('base');
  repo.write({ 'deploy/k8s/app.yaml': 'replicas: 1\n', 'deploy/k8s/new/extra.yaml': 'kind: extra\n' });
  const head = repo.commit('head');
  return { repo, base, head };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('checkoutBase', () => {
  it('writes only the requested paths of the base commit to a temporary directory and leaves the checkout alone', async () => {
    const { repo, base, head } = twoCommits(path.join(temp, 'repo'));
    const checkout = await checkoutBase(base, { cwd: repo.dir, paths: ['deploy/k8s'], tempDir: scratch });

    expect(filesUnder(checkout.cwd)).toEqual(['deploy/k8s/app.yaml', 'deploy/k8s/db.yml']);
    expect(readFileSync(path.join(checkout.cwd, 'deploy/k8s/app.yaml'), 'utf8')).toBe('replicas: 3\n');
    expect(checkout.paths).toEqual(['deploy/k8s']);
    // HEAD, index and work tree of the repository are exactly as before.
    expect(repo.head()).toBe(head);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(readFileSync(path.join(repo.dir, 'deploy/k8s/app.yaml'), 'utf8')).toBe('replicas: 1\n');

    checkout.remove();
    expect(readdirSync(scratch).filter((n) => n.startsWith('resilint-base-'))).toEqual([]);
  });

  it('resolves paths and globs from a workspace inside the repository, and drops paths the PR added', async () => {
    const { repo, base } = twoCommits(path.join(temp, 'repo'));
    const workspace = path.join(repo.dir, 'deploy');
    const checkout = await checkoutBase(base, { cwd: workspace, paths: ['k8s/*.yaml', 'k8s/new'], tempDir: scratch });

    expect(checkout.paths).toEqual(['k8s/*.yaml']);
    expect(filesUnder(checkout.cwd)).toEqual(['k8s/app.yaml', 'k8s/db.yml']);
    checkout.remove();
  });

  it('fetches a base commit that a depth-1 clone lacks', async () => {
    const { repo: origin, base } = twoCommits(path.join(temp, 'origin'));
    const clone = GitRepo.shallowClone(origin, path.join(temp, 'clone'));
    expect(() => clone.git('cat-file', '-e', `${base}^{commit}`)).toThrow();

    const checkout = await checkoutBase(base, { cwd: clone.dir, paths: ['.'], tempDir: scratch });
    expect(filesUnder(checkout.cwd)).toEqual(['deploy/k8s/app.yaml', 'deploy/k8s/db.yml', 'docs/readme.md']);
    expect(clone.git('status', '--porcelain')).toBe('');
    checkout.remove();
  });

  it('fails with a reason, and leaves no temporary directory, when the commit cannot be fetched', async () => {
    const { repo: origin } = twoCommits(path.join(temp, 'origin'));
    const clone = GitRepo.shallowClone(origin, path.join(temp, 'clone'));
    const unknown = 'f'.repeat(40);

    const attempt = checkoutBase(unknown, { cwd: clone.dir, paths: ['.'], tempDir: scratch });
    await expect(attempt).rejects.toBeInstanceOf(GitError);
    await expect(attempt).rejects.toThrow(/^git fetch: .*not our ref/);
    expect(readdirSync(scratch).filter((n) => n.startsWith('resilint-base-'))).toEqual([]);
  });

  it('refuses what is not a commit id before running git, and names a workspace that is no repository', async () => {
    const { repo } = twoCommits(path.join(temp, 'repo'));
    await expect(checkoutBase('--upload-pack=touch /tmp/x', { cwd: repo.dir, paths: ['.'], tempDir: scratch })).rejects.toThrow('is not a commit id');
    await expect(checkoutBase('', { cwd: repo.dir, paths: ['.'], tempDir: scratch })).rejects.toThrow('the event names no base commit');

    // `temp` itself is no repository (the repositories are folders inside it).
    await expect(checkoutBase('a'.repeat(40), { cwd: temp, paths: ['.'], tempDir: scratch })).rejects.toThrow(/^git rev-parse: .*not a git repository/);
  });

  it('refuses paths outside the repository', async () => {
    const { repo, base } = twoCommits(path.join(temp, 'repo'));
    await expect(checkoutBase(base, { cwd: repo.dir, paths: ['../elsewhere'], tempDir: scratch })).rejects.toThrow('path "../elsewhere" lies outside the repository');
    await expect(checkoutBase(base, { cwd: repo.dir, paths: [path.join(temp, 'abs')], tempDir: scratch })).rejects.toThrow('lies outside the repository');
  });
});

describe('globBase (the base checkout\'s path roots)', () => {
  it('is the part of a glob before its first magic segment, and the path itself otherwise', () => {
    expect(globBase('k8s/**/*.yaml')).toBe('k8s');
    expect(globBase('*.yaml')).toBe('.');
    expect(globBase('charts/app/templates')).toBe('charts/app/templates');
    expect(globBase('k8s\\prod\\*.yml')).toBe('k8s/prod');
  });
});
