import { describe, expect, it } from 'vitest';
import { listChangedFiles, selectChangedFiles } from '../../src/github/changed-files.js';
import { FakeGitHub } from '../helpers/fake-github.js';

describe('changed files of a pull request', () => {
  const files = [
    { filename: 'k8s/api.yaml', status: 'modified', patch: '@@ -1,1 +1,2 @@\n a\n+b' },
    { filename: 'k8s/old.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-a' },
    { filename: 'k8s/new-name.yml', previousFilename: 'k8s/old-name.yml', status: 'renamed' },
    { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
    { filename: 'k8s/logo.png', status: 'added' },
  ];

  it('keeps added and modified manifests, follows renames to the new name, and drops removed files', () => {
    expect(selectChangedFiles(files, {}).map((f) => f.path)).toEqual(['k8s/api.yaml', 'k8s/new-name.yml']);
  });

  it('a renamed file without content changes has no commentable line', () => {
    const renamed = selectChangedFiles(files, {}).find((f) => f.path === 'k8s/new-name.yml');
    expect(renamed?.lines.hunkOf.size).toBe(0);
  });

  it('applies include and exclude globs; a pattern without "/" matches the file name anywhere', () => {
    expect(selectChangedFiles(files, { include: ['*.yaml'] }).map((f) => f.path)).toEqual(['k8s/api.yaml']);
    expect(selectChangedFiles(files, { exclude: ['k8s/new-*'] }).map((f) => f.path)).toEqual(['k8s/api.yaml']);
  });

  it('lists the files through the client', async () => {
    const github = new FakeGitHub();
    github.files = files;
    const changed = await listChangedFiles(github, 7, {});
    expect(changed[0]?.lines.hunkOf.has(2)).toBe(true);
  });
});
