import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestId } from '../../src/rules/closest-id.js';
import { VERSION } from '../../src/version.js';
import { runCli } from './run-cli.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'cli');
const scratch = mkdtempSync(path.join(tmpdir(), 'resilint-cli-'));

/** Runs `main()` as the bin does, in the CLI fixtures, with stdout/stderr captured and optional stdin text. */
const run = (argv: string[], stdin?: string) => runCli(argv, fixtures, stdin);

/** A usage error: exit 2 and exactly one `resilint: ...` line on stderr, no stack trace. */
function expectUsageLine(r: { code: number; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^resilint: [^\n]+\n$/);
  expect(r.stderr).toMatch(message);
}

describe('simulate usage errors end in one line and exit 2', () => {
  const brokenCluster = path.join(scratch, 'cluster.yaml');
  writeFileSync(brokenCluster, 'kind: [\n');

  it.each([
    ['an unknown scenario', ['--scenario', 'bogus'], /^resilint: --scenario: unknown scenario "bogus" \(known: rolling-upgrade/],
    ['an unknown scenario parameter', ['--scenario', 'zone-outage:bogus=1'], /zone-outage: unknown parameter "bogus"/],
    ['a cluster file that does not parse', ['--cluster', brokenCluster], /cluster\.yaml:\d+: the cluster file does not parse/],
    ['a cluster file that does not exist', ['--cluster', 'no-such-cluster.yaml'], /no-such-cluster\.yaml/],
    ['a --base path that does not exist', ['--base', 'no-such-base'], /No such file, directory or matching glob: no-such-base/],
    ['a format simulate cannot write', ['-f', 'sarif'], /simulate supports --format text, json, markdown, not "sarif"/],
    ['an unknown fail level', ['--fail-level', 'fatal'], /unknown fail level "fatal"/],
  ])('%s', async (_what, flags, message) => {
    // `clean`: the manifests of `broken` would add their parse errors to stderr.
    expectUsageLine(await run(['simulate', 'clean', ...flags]), message);
  });
});

describe('-o into a directory that does not exist', () => {
  it.each([
    ['lint', ['broken', '-f', 'json']],
    ['simulate', ['simulate', 'broken', '--scenario', 'zone-outage']],
  ])('is a usage error for %s, and nothing is written', async (_cmd, args) => {
    const target = path.join(scratch, 'missing-dir', 'report.json');
    const r = await run([...args, '-o', target]);
    expectUsageLine(r, /cannot write .*report\.json: directory .*missing-dir does not exist/);
    expect(r.stdout).toBe('');
    expect(existsSync(path.dirname(target))).toBe(false);
  });

  it('still writes into a directory that exists', async () => {
    const target = path.join(scratch, 'report.json');
    expect((await run(['broken', '-f', 'json', '-o', target])).code).toBe(1);
    expect(JSON.parse(readFileSync(target, 'utf8')).version).toBe(1);
  });
});

describe('--help', () => {
  it.each([
    ['simulate', ['Usage: resilint simulate', '--base PATH', '--cluster FILE', '--scenario NAME[:k=v,...]', '--trace FILE', '--load FILE', '--fail-level', 'zone-outage[:zone,duration]', 'Example:\n  resilint simulate']],
    ['test', ['Usage: resilint test [dir...]', 'Example:\n  resilint test my-policies/']],
    ['rules', ['Usage: resilint rules', '--policies DIR', 'Example:\n  resilint rules']],
    ['explain', ['Usage: resilint explain <rule-id>', 'Example:\n  resilint explain pdb-blocks-drain']],
  ])('`%s --help` prints that command\'s usage and does not run it', async (command, expected) => {
    // No path: before the fix `simulate --help` walked the whole working directory.
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const text of expected) expect(r.stdout).toContain(text);
    expect(r.stdout).not.toMatch(/passed|rules\n$|Zone |Why it matters/);
  });

  it('`-h` after other arguments works too', async () => {
    expect((await run(['simulate', 'broken', '-h'])).stdout).toMatch(/^Usage: resilint simulate/);
  });

  it('the main help lists each command with a description and documents the simulate flags', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/resilint simulate \[paths\.\.\.\]\s+replay drains/);
    expect(r.stdout).toMatch(/resilint test \[dir\.\.\.\]\s+run the test cases/);
    expect(r.stdout).toMatch(/resilint - \[flags\]\s+lint manifests piped on stdin/);
    for (const flag of ['--base PATH', '--cluster FILE', '--scenario NAME[:k=v,...]', '--trace FILE', '--load FILE', '--format', '--output', '--fail-level']) {
      expect(r.stdout).toContain(flag);
    }
  });
});

describe('paths that yield no manifest file', () => {
  it('a glob that matches nothing is a usage error naming it', async () => {
    expectUsageLine(await run(['clean/nomatch*.yaml']), /^resilint: clean\/nomatch\*\.yaml matched no manifest files\n$/);
  });

  it('reports each empty path on its own line, with the include filter for directories', async () => {
    const empty = mkdtempSync(path.join(scratch, 'empty-'));
    const r = await run([empty, 'clean', 'nomatch*.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `resilint: ${empty} matched no manifest files (include: **/*.{yaml,yml,json})`,
      'resilint: nomatch*.json matched no manifest files',
    ]);
  });

  it('a directory whose files the include leaves out is empty too', async () => {
    expectUsageLine(await run(['clean', '--include', '**/*.json']), /^resilint: clean matched no manifest files \(include: \*\*\/\*\.json\)/);
  });
});

describe('`-` reads manifests from stdin', () => {
  const pdb = readFileSync(path.join(fixtures, 'broken', 'pdb.yaml'), 'utf8');

  it('writes every finding in a Markdown report, without the row cap PR comments have', async () => {
    // 60 Pods without requests or limits: more findings than the 50 rows a PR comment shows.
    const pods = Array.from({ length: 60 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec:\n  containers: [{name: app, image: app:1}]\n`).join('---\n');
    const r = await run(['-f', 'markdown', '-'], pods);
    const rows = r.stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(60);
    expect(r.stdout).not.toMatch(/…and \d+ more/);
  });

  it('--baseline accepts the findings of an earlier JSON report: the same input then passes', async () => {
    const baseline = path.join(scratch, 'baseline.json');
    const first = await run(['-', '-f', 'json', '-o', baseline], pdb);
    expect(first.code).toBe(1);
    const again = await run(['-', '--baseline', baseline], pdb);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/No problems .*suppressed/);
  });

  it('reports findings at <stdin>:line:col', async () => {
    const r = await run(['-'], pdb);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:22:3\s+error .*pdb-blocks-drain/);
  });

  it('combines stdin with paths on disk', async () => {
    const r = await run(['-', 'clean', '-f', 'json'], pdb);
    const json = JSON.parse(r.stdout);
    expect(json.summary.files).toBe(2);
    expect(json.findings.find((f: any) => f.ruleId === 'pdb-blocks-drain')).toMatchObject({ file: '<stdin>', line: 22, column: 3 });
  });

  // A failing `helm template . | resilint -` pipes nothing: passing on it would keep CI green.
  it.each([
    ['empty stdin', ''],
    ['stdin with only comments and separators', '# rendered nothing\n---\n'],
  ])('%s is a usage error (exit 2), like an empty directory', async (_what, stdin) => {
    expectUsageLine(await run(['-'], stdin), /^resilint: -: stdin held no manifests\n$/);
    expectUsageLine(await run(['simulate', '-'], stdin), /^resilint: -: stdin held no manifests\n$/);
  });

  it('an unrendered Helm template piped in lints nothing, so it is a usage error saying to render it', async () => {
    const r = await run(['-'], 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n');
    expectUsageLine(r, /^resilint: -: stdin held no manifests: it looks like an unrendered Helm template/);
  });
});

describe('simulate --format json', () => {
  it('opens with the lint contract\'s version and tool, keeping the simulation fields', async () => {
    const r = await run(['simulate', 'broken', '--scenario', 'zone-outage', '-f', 'json']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).slice(0, 2)).toEqual(['version', 'tool']);
    expect(json.version).toBe(1);
    expect(json.tool).toEqual({ name: 'resilint', version: VERSION });
    expect(json).toHaveProperty('head.scenarios');
    expect(Array.isArray(json.findings)).toBe(true);
  });
});

describe('explain with a mistyped rule id', () => {
  it('suggests the nearest rule, whether misspelt or cut short', () => {
    expect(closestId('pdb-blok', ['pdb-overlap', 'pdb-blocks-drain'])).toBe('pdb-blocks-drain');
    expect(closestId('topology-sprad-missing', ['topology-spread-missing', 'pdb-missing'])).toBe('topology-spread-missing');
    expect(closestId('xyz', ['pdb-overlap', 'pdb-blocks-drain'])).toBeUndefined();
  });
});

describe('resilint test on a user folder', () => {
  it('fails, naming what is untested, when a validation has no invalid case (docs/writing-rules.md)', async () => {
    const dir = mkdtempSync(path.join(scratch, 'rules-'));
    mkdirSync(path.join(dir, 'two-checks'));
    writeFileSync(
      path.join(dir, 'two-checks', 'rule.yaml'),
      `apiVersion: resilint.dev/v1alpha1
kind: Rule
metadata: {id: two-checks, severity: warning}
docs: {description: Two checks., remediation: Fix them.}
match: {kinds: [ConfigMap]}
validations:
  - {id: hasData, expression: has(object.data), message: no data}
  - {id: hasLabels, expression: has(object.metadata.labels), message: no labels}
`,
    );
    writeFileSync(
      path.join(dir, 'two-checks', 'tests.yaml'),
      `invalid:
  - name: empty
    manifests: |
      {apiVersion: v1, kind: ConfigMap, metadata: {name: a, labels: {x: y}}}
    findings:
      - validation: hasData
`,
    );
    const r = await run(['test', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ two-checks › invalid › empty\n');
    expect(r.stdout).toContain(
      '✗ two-checks › coverage\n    no valid case: add one that the rule must accept\n    validation hasLabels is expected by no invalid case\n',
    );
    expect(r.stdout).toContain('1 passed, 1 failed');
  });
});
