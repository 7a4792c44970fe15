import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/temp-repo.js';
import { runCli } from './run-cli.js';

const TWO_CHECKS = `apiVersion: resilint.dev/v1alpha1
kind: Rule
metadata: {id: two-checks, severity: warning}
docs: {description: Two checks., remediation: Fix them.}
match: {kinds: [ConfigMap]}
validations:
  - {id: hasData, expression: has(object.data), message: no data}
  - {id: hasLabels, expression: has(object.metadata.labels), message: no labels}
`;

/** A repository whose config adds a policy folder, turns one rule off and raises another. */
function repo(config = 'policies: [mine/]\nrules:\n  pdb-missing: off\n  probes-identical: error\n') {
  return tempRepo({ '.resilint.yaml': config, 'mine/two-checks/rule.yaml': TWO_CHECKS });
}

function row(stdout: string, id: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`${id} `));
  if (!line) throw new Error(`no row for ${id} in:\n${stdout}`);
  return line.trim().split(/\s{2,}/);
}

describe('resilint rules reads the config as the lint run does', () => {
  it('lists the rules of the config\'s policies folders', async () => {
    const r = await runCli(['rules'], repo());
    expect(r.code).toBe(0);
    expect(row(r.stdout, 'two-checks').slice(0, 2)).toEqual(['two-checks', 'warning']);
  });

  it('shows a rule the config turns off as off, and a changed severity with its default', async () => {
    const r = await runCli(['rules'], repo());
    expect(row(r.stdout, 'pdb-missing').slice(0, 2)).toEqual(['pdb-missing', 'off']);
    expect(row(r.stdout, 'pdb-missing').at(-1)).toMatch(/\(turned off in \.resilint\.yaml\)$/);
    expect(row(r.stdout, 'probes-identical').slice(0, 2)).toEqual(['probes-identical', 'error']);
    expect(row(r.stdout, 'probes-identical').at(-1)).toMatch(/\(default warning; set in \.resilint\.yaml\)$/);
    // Untouched rules read as before.
    expect(row(r.stdout, 'pdb-blocks-drain').at(-1)).not.toMatch(/\.resilint\.yaml/);
    expect(r.stdout).toMatch(/\n\d+ rules \(1 turned off, 1 with its severity changed by \.resilint\.yaml\)\n/);
  });

  it('--format json gives the severity findings carry, the default and whether the rule runs', async () => {
    const r = await runCli(['rules', '--format', 'json'], repo());
    const rules = JSON.parse(r.stdout) as any[];
    const byId = (id: string) => rules.find((x) => x.id === id);
    expect(byId('pdb-missing')).toMatchObject({ severity: 'warning', defaultSeverity: 'warning', enabled: false });
    expect(byId('probes-identical')).toMatchObject({ severity: 'error', defaultSeverity: 'warning', enabled: true });
    expect(byId('two-checks')).toMatchObject({ severity: 'warning', enabled: true, builtin: false });
  });

  it('takes --config', async () => {
    const dir = tempRepo({ 'ci/strict.yaml': 'rules: {pdb-missing: error}\n' });
    const r = await runCli(['rules', '--config', 'ci/strict.yaml'], dir);
    expect(row(r.stdout, 'pdb-missing')[1]).toBe('error');
    expect(row(r.stdout, 'pdb-missing').at(-1)).toMatch(/\(default warning; set in ci\/strict\.yaml\)$/);
  });

  it('a broken config is the same usage error as for a lint run (exit 2)', async () => {
    const r = await runCli(['rules'], repo('rules: {probes-identical: warn}\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resilint: \.resilint\.yaml:1:\d+: rule probes-identical: unknown severity "warn" .*did you mean "warning"\?\n$/);
  });

  it('a config naming an unknown rule still lists the rules, with a notice naming the likely id', async () => {
    const r = await runCli(['rules'], repo('rules: {pdb-mising: off}\n'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('resilint: notice: .resilint.yaml:1:9: unknown rule "pdb-mising"; did you mean pdb-missing? (a lint run stops on it)\n');
    expect(row(r.stdout, 'pdb-missing')[1]).toBe('warning');
  });

  it('without a config, shows the rules\' own severities and no note', async () => {
    const r = await runCli(['rules'], tempRepo({ 'README.md': 'x' }));
    expect(row(r.stdout, 'pdb-missing')).toEqual(['pdb-missing', 'warning', expect.not.stringMatching(/\(/)]);
    expect(r.stdout).toMatch(/\n\d+ rules\n/);
  });
});

describe('resilint explain reads the config too', () => {
  it('explains a rule from the config\'s policies folder and lists its validation ids', async () => {
    const r = await runCli(['explain', 'two-checks'], repo());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^two-checks \(warning, /);
    expect(r.stdout).toContain(
      'Validations (resilint.io/ignore: "two-checks/<validation>" suppresses one on an object; the config sets the whole rule):\n  hasData\n  hasLabels\n',
    );
  });

  it('shows the severity the config gives, or off', async () => {
    expect((await runCli(['explain', 'pdb-missing'], repo())).stdout).toMatch(/^pdb-missing \(off in \.resilint\.yaml, default warning; /);
    expect((await runCli(['explain', 'probes-identical'], repo())).stdout).toMatch(/^probes-identical \(error in \.resilint\.yaml, default warning; /);
    expect((await runCli(['explain', 'pdb-blocks-drain'], repo())).stdout).toMatch(/^pdb-blocks-drain \(error, /);
  });

  it('shows a param value the config sets beside its default', async () => {
    const dir = tempRepo({ '.resilint.yaml': 'params: {criticalPriorityThreshold: 100000}\n' });
    const r = await runCli(['explain', 'pdb-missing'], dir);
    expect(r.stdout).toMatch(/\n {2}criticalPriorityThreshold \(integer, default \d+; \.resilint\.yaml: 100000\): /);
  });
});
