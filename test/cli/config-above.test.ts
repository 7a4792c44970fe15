import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/temp-repo.js';
import { runCli } from './run-cli.js';

const service = readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'cli', 'clean', 'app.yaml'), 'utf8');

describe('a config file further up the repository', () => {
  it('is named in a notice when resilint runs from a subfolder without one, with the flag that reads it', async () => {
    const repo = tempRepo({ '.git/HEAD': 'ref: refs/heads/main\n', '.resilint.yaml': 'failLevel: never\n', 'k8s/app/service.yaml': service });
    const r = await runCli(['.', '-f', 'json'], path.join(repo, 'k8s', 'app'));
    expect(r.stderr).toBe(`resilint: notice: ../../.resilint.yaml is not read from this directory; pass --config ../../.resilint.yaml or run from ${repo}\n`);
    // From the root the config is read, and nothing is said.
    expect((await runCli(['k8s', '-f', 'json'], repo)).stderr).toBe('');
    // --config silences it.
    expect((await runCli(['.', '-f', 'json', '--config', '../../.resilint.yaml'], path.join(repo, 'k8s', 'app'))).stderr).toBe('');
  });

  it('is not looked for beyond the repository root', async () => {
    const outer = tempRepo({ '.resilint.yaml': 'failLevel: never\n', 'inner/.git/HEAD': 'x\n', 'inner/k8s/service.yaml': service });
    const r = await runCli(['.', '-f', 'json'], path.join(outer, 'inner', 'k8s'));
    expect(r.stderr).toBe('');
  });
});

describe('--format', () => {
  it('suggests the closest format for a typo', async () => {
    const repo = tempRepo({ 'service.yaml': service });
    const r = await runCli(['.', '-f', 'jsn'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "jsn" (use text, json, sarif, markdown, github); did you mean "json"?');
  });
});
