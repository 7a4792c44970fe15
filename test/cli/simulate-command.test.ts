import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

/**
 * A checkout service whose PDB (minAvailable 1 over 1 replica) blocks every drain: line 7 is
 * `replicas: 1`, line 26 `minAvailable: 1`. The base has 3 replicas and `maxUnavailable: 1`.
 */
const HEAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  replicas: 1
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      containers:
        - name: app
          image: nginx:1.27
          resources:
            requests: {cpu: 100m, memory: 128Mi}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: checkout
  namespace: shop
spec:
  minAvailable: 1
  selector:
    matchLabels: {app: checkout}
`;
const BASE = HEAD.replace('replicas: 1', 'replicas: 3').replace('minAvailable: 1', 'maxUnavailable: 1');

const dir = mkdtempSync(path.join(tmpdir(), 'resilint-simulate-'));
for (const [side, text] of [['head', HEAD], ['base', BASE]] as const) {
  mkdirSync(path.join(dir, side));
  writeFileSync(path.join(dir, side, 'checkout.yaml'), text);
}

// Two drains are enough to block on the PDB and keep the run short.
const UPGRADE = ['--scenario', 'rolling-upgrade:nodes=2'];

async function simulate(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['simulate', ...args], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('simulate text report', () => {
  it('lists the findings that cause exit 1 after the tables, at file:line:col with severity and rule id', async () => {
    const r = await simulate(['head', ...UPGRADE]);
    expect(r.code).toBe(1);
    const findings = r.stdout.slice(r.stdout.indexOf('== Findings'));
    expect(r.stdout.indexOf('== Findings')).toBeGreaterThan(r.stdout.indexOf('== rolling-upgrade'));
    expect(findings).toMatch(/head\/checkout\.yaml:26:3\s+error\s+A node drain is blocked by this PodDisruptionBudget: .*\s+sim\/drain-blocked\n/);
    expect(findings).toMatch(/head\/checkout\.yaml:7:3\s+warning\s+Availability drops .*\s+sim\/availability-drop\n/);
    // The code frame under the drain finding shows the field to change.
    expect(findings).toMatch(/> 26 \|   minAvailable: 1/);
  });

  it('ends with a lint-style summary line that says why it exits 1', async () => {
    const r = await simulate(['head', ...UPGRADE]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ 2 problems (1 error, 1 warning) in 1 file · 2 objects in 1 file · exit 1 because 1 problem is at or above --fail-level error',
    );
  });

  it('counts the warnings into the exit reason at --fail-level warning, and says why it exits 0 at never', async () => {
    const warning = await simulate(['head', ...UPGRADE, '--fail-level', 'warning']);
    expect(warning.code).toBe(1);
    expect(warning.stdout).toMatch(/exit 1 because 2 problems are at or above --fail-level warning\n$/);
    const never = await simulate(['head', ...UPGRADE, '--fail-level', 'never']);
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/✖ 2 problems \(1 error, 1 warning\) in 1 file · 2 objects in 1 file · exit 0 \(--fail-level never\)\n$/);
  });

  it('ends a clean run with the lint\'s all-clear line and no findings section', async () => {
    const r = await simulate(['base', ...UPGRADE]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('== Findings');
    expect(r.stdout).toMatch(/\n✔ No problems in 2 objects \(1 file\)\n$/);
  });

  it('with --base, names each new problem\'s namespace and file:line:col in the comparison', async () => {
    const r = await simulate(['head', '--base', 'base', ...UPGRADE]);
    expect(r.code).toBe(1);
    const compared = r.stdout.slice(r.stdout.indexOf('== Compared with base'), r.stdout.indexOf('== Findings'));
    expect(compared).toMatch(/\[new\] sim\/drain-blocked PodDisruptionBudget\/shop\/checkout at head\/checkout\.yaml:26:3 \(rolling-upgrade\): /);
    expect(compared).toMatch(/\[new\] sim\/availability-drop Deployment\/shop\/checkout at head\/checkout\.yaml:7:3 \(rolling-upgrade\): /);
  });

  it('names a fixed problem where it was on the base side', async () => {
    const r = await simulate(['base', '--base', 'head', ...UPGRADE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[fixed\] sim\/drain-blocked PodDisruptionBudget\/shop\/checkout at head\/checkout\.yaml:26:3 /);
  });
});

describe('simulate --format json', () => {
  it('carries a lint-style summary of the findings by severity, next to the simulation fields', async () => {
    const r = await simulate(['head', ...UPGRADE, '-f', 'json']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).slice(0, 3)).toEqual(['version', 'tool', 'summary']);
    expect(json.summary).toEqual({ errors: 1, warnings: 1, notices: 0 });
    expect(json.findings.map((f: any) => f.severity).sort()).toEqual(['error', 'warning']);
    expect(json).toHaveProperty('head.scenarios');
  });

  it('counts zero of each on a clean run', async () => {
    const json = JSON.parse((await simulate(['base', ...UPGRADE, '-f', 'json'])).stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
    expect(json.findings).toEqual([]);
  });
});

describe('simulate --base judges the change', () => {
  it('fails on what the change made worse, and not on problems the base already had', async () => {
    const worse = await simulate(['head', '--base', 'base', ...UPGRADE]);
    expect(worse.code).toBe(1);
    const same = await simulate(['head', '--base', 'head', ...UPGRADE]);
    expect(same.code).toBe(0);
    // Still reported, marked as the base's.
    expect(same.stdout).toContain('[existing]');
    expect(same.stdout.trimEnd().split('\n').at(-1)).toMatch(/suppressed \(they are already on the base\)$/);
    const json = JSON.parse((await simulate(['head', '--base', 'head', ...UPGRADE, '--format', 'json'])).stdout);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f: { suppressed: boolean }) => f.suppressed)).toBe(true);
  });
});

/** HEAD with a missing `}` on line 17 (review s12): the Deployment does not parse (reported where the flow ends, 19:1), the PDB does. */
const BROKEN = HEAD.replace('requests: {cpu: 100m, memory: 128Mi}', 'requests: {cpu: 100m, memory: 128Mi');
mkdirSync(path.join(dir, 'broken'));
writeFileSync(path.join(dir, 'broken', 'checkout.yaml'), BROKEN);

async function lint(args: string[]) {
  let stdout = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: () => undefined, isTTY: false, env: {}, cwd: dir });
  return { code, stdout };
}

describe('simulate with a manifest that does not parse (review bug 3)', () => {
  it('reports the parse error as lint does, at file:line:col, and exits 1', async () => {
    const r = await simulate(['broken', ...UPGRADE]);
    expect(r.code).toBe(1);
    const linted = await lint(['broken']);
    const parseLine = linted.stdout.split('\n').find((l) => l.includes('parse-error'))!;
    expect(parseLine).toMatch(/broken\/checkout\.yaml:19:1\s+error\s+.*parse-error/);
    expect(r.stdout).toContain(parseLine);
    expect(r.stderr).toBe('');
    const json = JSON.parse((await simulate(['broken', ...UPGRADE, '-f', 'json'])).stdout);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('parse-error');
  });

  it('says the workload was not simulated, never that it got better or its problem fixed', async () => {
    // The base is HEAD itself: one replica whose PDB blocks every drain.
    const r = await simulate(['broken', '--base', 'head', ...UPGRADE]);
    expect(r.code).toBe(1);
    const compared = r.stdout.slice(r.stdout.indexOf('== Compared with base'), r.stdout.indexOf('== Findings'));
    expect(compared).toContain('missing Deployment/shop/checkout: not simulated (parse error at broken/checkout.yaml:19)');
    expect(compared).toMatch(/\[missing\] sim\/drain-blocked .*not judged: the head has 1 file\(s\) that did not parse/);
    expect(compared).not.toMatch(/\[fixed\]|better/);
  });

  it('reports a base that does not parse too', async () => {
    const r = await simulate(['head', '--base', 'broken', ...UPGRADE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\/checkout\.yaml:19:1\s+error\s+.*parse-error/);
  });
});

describe('simulate tells what to do', () => {
  it('lists each failing finding\'s fix under "How to fix", before the summary line', async () => {
    const r = await simulate(['head', ...UPGRADE]);
    const fixes = r.stdout.slice(r.stdout.indexOf('== How to fix'));
    expect(fixes).toMatch(/head\/checkout\.yaml:26:3 {2}sim\/drain-blocked: Run at least two replicas and use maxUnavailable: 1/);
    expect(r.stdout.indexOf('== How to fix')).toBeGreaterThan(r.stdout.indexOf('== Findings'));
    expect(fixes.trimEnd().split('\n').at(-1)).toMatch(/^✖ /);
  });
});

describe('the sim/* problems in rules and explain', () => {
  it('are listed by `resilint rules` in their own section', async () => {
    const r = await lint(['rules']);
    const section = r.stdout.slice(r.stdout.indexOf('Reported by `resilint simulate`:'));
    expect(section).toMatch(/sim\/drain-blocked\s+error\s+A node drain is blocked by this PodDisruptionBudget\./);
    expect(section).toContain('sim/unschedulable-at-start');
    const json = JSON.parse((await lint(['rules', '--format', 'json'])).stdout);
    expect(json.find((x: { id: string }) => x.id === 'sim/zone-loss-outage')).toMatchObject({ severity: 'error', category: 'simulation' });
  });

  it('are explained by `resilint explain`', async () => {
    const r = await lint(['explain', 'sim/drain-blocked']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sim\/drain-blocked \(error, reported by resilint simulate\)/);
    expect(r.stdout).toContain('Why it matters:');
    expect(r.stdout).toContain('How to fix:');
    expect(r.stdout).toContain('docs/simulate.md#problems');
  });
});
