import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/temp-repo.js';
import { runCli } from './run-cli.js';

const service = readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'cli', 'clean', 'app.yaml'), 'utf8');

/** A brownfield layout: the team's manifests, vendored charts and a legacy folder. */
function repo(config?: string) {
  return tempRepo({
    'k8s/app/service.yaml': service,
    'k8s/vendor/chart/service.yaml': service.replace('name: web', 'name: vendored'),
    'k8s/legacy/service.yml': service.replace('name: web', 'name: old'),
    ...(config ? { '.resilint.yaml': config } : {}),
  });
}

async function linted(argv: string[], cwd: string) {
  const r = await runCli([...argv, '-f', 'json'], cwd);
  return { ...r, files: JSON.parse(r.stdout).summary.files as number };
}

describe('an exclude glob that matches nothing is told, with where it came from', () => {
  it('from a flag', async () => {
    const r = await linted(['k8s', '--exclude', 'k8s/vendr/**'], repo());
    expect(r.stderr).toBe("resilint: notice: exclude glob 'k8s/vendr/**' (--exclude) matched no file that would be linted, so it leaves nothing out\n");
    // The run itself goes on, vendored charts included, as before.
    expect(r.files).toBe(3);
    expect(r.code).toBe(0);
  });

  it('from the config file, at its line', async () => {
    const r = await linted(['k8s'], repo('exclude:\n  - "**/vendor/**"\n  - "**/vendr/**"\n'));
    expect(r.stderr).toBe("resilint: notice: exclude glob '**/vendr/**' (.resilint.yaml:3:5) matched no file that would be linted, so it leaves nothing out\n");
    expect(r.files).toBe(2);
  });

  it('a bare folder name says how to write it', async () => {
    const r = await linted(['k8s', '--exclude', 'legacy'], repo());
    expect(r.stderr).toBe(
      "resilint: notice: exclude glob 'legacy' (--exclude) matched no file that would be linted, so it leaves nothing out " +
        "(a folder name alone matches no file: write '**/legacy/**')\n",
    );
  });

  it('is checked against a glob given as the path too', async () => {
    const r = await linted(['k8s/**/*.yaml', '--exclude', '**/vendr/**'], repo());
    expect(r.stderr).toMatch(/^resilint: notice: exclude glob '\*\*\/vendr\/\*\*' \(--exclude\) matched no file/);
  });

  it('says nothing when every glob matches', async () => {
    const r = await linted(['k8s', '--exclude', '**/vendor/**', '--include', '**/*.yaml', '--include', '**/*.yml'], repo('exclude: [k8s/legacy/**]\n'));
    expect(r.stderr).toBe('');
    expect(r.files).toBe(1);
  });
});

describe('an include glob that matches nothing is told', () => {
  it('from a flag, when another include still finds files', async () => {
    const r = await linted(['k8s', '--include', '**/*.yaml', '--include', '**/*.jsn'], repo());
    expect(r.stderr).toBe("resilint: notice: include glob '**/*.jsn' (--include) matched no file\n");
    expect(r.files).toBe(2);
  });

  it('from the config file', async () => {
    const r = await linted(['k8s'], repo('include: ["**/*.yaml", "deploy/**"]\n'));
    expect(r.stderr).toBe("resilint: notice: include glob 'deploy/**' (.resilint.yaml:1:24) matched no file\n");
  });

  it('not for the config\'s include when --include replaces it', async () => {
    const r = await linted(['k8s', '--include', '**/*.yaml'], repo('include: ["deploy/**"]\n'));
    expect(r.stderr).toBe('');
  });

  it('not for the default include, which files named one by one do not use', async () => {
    const r = await linted(['k8s/legacy/service.yml', 'k8s/app/service.yaml'], repo());
    expect(r.stderr).toBe('');
    expect(r.files).toBe(2);
  });

  it('the default include still applies when only excludes are set', async () => {
    const dir = tempRepo({ 'k8s/service.yaml': service, 'k8s/notes.txt': 'not a manifest\n' });
    const r = await linted(['k8s', '--exclude', '**/*.txt'], dir);
    expect(r.files).toBe(1);
    // `**/*.txt` leaves out nothing the default include would have linted.
    expect(r.stderr).toMatch(/exclude glob '\*\*\/\*\.txt' \(--exclude\) matched no file that would be linted/);
  });
});
