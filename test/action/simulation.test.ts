import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { applySimulation, type SimulationContext } from '../../src/action/simulation.js';
import { loadManifests } from '../../src/load/load-manifests.js';
import type { LintResult } from '../../src/model/types.js';
import { makeFinding } from '../helpers/findings.js';
import { GitRepo } from '../helpers/git-repo.js';

const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/github/workspace');

function emptyResult(): LintResult {
  return {
    findings: [],
    rules: [],
    summary: { files: 0, objects: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0, skippedDocuments: 0, skippedFiles: 0 },
    notes: [],
    sources: new Map(),
  } as LintResult;
}

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

let temp: string;
const log = { info: vi.fn(), warning: vi.fn() };

beforeEach(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'resilint-simulation-'));
  log.info.mockReset();
  log.warning.mockReset();
});

afterEach(() => rmSync(temp, { recursive: true, force: true }));

function context(cwd: string, baseSha?: string): SimulationContext {
  return { cwd, objects: loadManifests(['k8s'], { cwd }).objects, baseSha, tempDir: temp, log };
}

/** Single replica, so losing its zone takes it to zero. */
function deployment(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: ${name}
          image: registry.example/${name}:1.0.0
          resources:
            requests: {cpu: 100m, memory: 128Mi}
`;
}

describe('applySimulation', () => {
  it('leaves the result alone unless the simulate input is true', async () => {
    const result = emptyResult();
    const output = await applySimulation(result, parseInputs(read({})), context(WORKSPACE, 'a'.repeat(40)));
    expect(output).toEqual({ result });
    expect(log.warning).not.toHaveBeenCalled();
  });

  it('simulates the head alone outside pull requests, adds the report and counts its findings', async () => {
    const inputs = parseInputs(read({ simulate: 'true', paths: 'k8s' }));
    const output = await applySimulation(emptyResult(), inputs, context(WORKSPACE));
    expect(output.markdown).toContain('Replay simulation');
    expect(output.markdown).not.toContain('| Change |');
    const active = output.result.findings.filter((f) => !f.suppressed);
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((f) => f.ruleId.startsWith('sim/'))).toBe(true);
    expect(output.result.summary.errors + output.result.summary.warnings + output.result.summary.notices).toBe(active.length);
    expect(log.warning).not.toHaveBeenCalled();
  });

  it('does not touch git with simulate-base: false, even on a pull request', async () => {
    // `temp` is no repository: any attempt to read the base would end in a warning.
    const inputs = parseInputs(read({ simulate: 'true', 'simulate-base': 'false', paths: 'k8s' }));
    const output = await applySimulation(emptyResult(), inputs, { ...context(WORKSPACE), cwd: temp, baseSha: 'a'.repeat(40) });
    expect(log.warning).not.toHaveBeenCalled();
    expect(output.markdown).not.toContain('base commit');
    expect(output.markdown).not.toContain('| Change |');
  });

  it('selects the base manifests with the same config as the head, so an excluded file is on neither side', async () => {
    const repo = GitRepo.init(path.join(temp, 'repo'));
    const base = repo.write({ 'k8s/web.yaml': deployment('web', 1), 'k8s/scratch.yaml': deployment('scratch', 1) }).commit('base');
    repo.write({ 'k8s/web.yaml': deployment('web', 1).replace('name: web\n', 'name: web\n  labels: {team: shop}\n'), '.resilint.yaml': 'exclude: ["**/scratch.yaml"]\n' });
    repo.git('rm', '--quiet', 'k8s/scratch.yaml');
    repo.commit('head');

    const inputs = parseInputs(read({ simulate: 'true', paths: 'k8s', scenarios: 'zone-outage' }));
    const output = await applySimulation(emptyResult(), inputs, context(repo.dir, base));

    expect(output.markdown).toContain(`Compared with the base commit \`${base.slice(0, 7)}\``);
    // web was as fragile on the base: listed, but no finding. scratch is excluded on both sides, so it is not "fixed".
    expect(output.markdown).toMatch(/\| ⚪ already on base \| `sim\/zone-loss-outage` \| Deployment\/default\/web \|/);
    expect(output.markdown).not.toContain('scratch');
    expect(output.result.findings).toEqual([]);
  });

  it('simulates the head alone, with a warning, when only the base holds input the simulator cannot use', async () => {
    const repo = GitRepo.init(path.join(temp, 'repo'));
    const badCluster = 'apiVersion: simulate.resilint.dev/v1alpha1\nkind: Cluster\nmetadata: {name: ours}\nspec:\n  nodeGroups: []\n';
    const base = repo.write({ 'k8s/web.yaml': deployment('web', 1), 'k8s/cluster.yaml': badCluster }).commit('base');
    repo.git('rm', '--quiet', 'k8s/cluster.yaml');
    repo.commit('head');

    const inputs = parseInputs(read({ simulate: 'true', paths: 'k8s', scenarios: 'zone-outage' }));
    const output = await applySimulation(emptyResult(), inputs, context(repo.dir, base));

    expect(log.warning).toHaveBeenCalledWith(expect.stringContaining('spec.nodeGroups must list at least one node group'));
    expect(output.markdown).toContain('could not be read');
    expect(output.failure).toBeUndefined();
    expect(output.result.findings.map((f) => f.ruleId)).toContain('sim/zone-loss-outage');
  });

  it('keeps the lint result and names the file when the simulator input is bad, so the step fails with a reason', async () => {
    const lint = { ...emptyResult(), findings: [makeFinding({ ruleId: 'pdb-missing' })] };
    const inputs = parseInputs(read({ simulate: 'true', paths: 'k8s', cluster: 'no-such-cluster.yaml' }));
    const output = await applySimulation(lint, inputs, context(WORKSPACE));

    expect(output.result).toBe(lint);
    expect(output.failure).toMatch(/^Simulation: no-such-cluster\.yaml:1: cannot read the cluster file/);
    expect(output.markdown).toContain('The simulation did not run: no-such-cluster.yaml:1');
  });

  it('names the Action input, not the CLI flag, when a scenario is wrong', async () => {
    const inputs = parseInputs(read({ simulate: 'true', paths: 'k8s', scenarios: 'zone-outage:duraton=30m' }));
    const output = await applySimulation(emptyResult(), inputs, context(WORKSPACE));
    expect(output.failure).toMatch(/^Simulation: input "scenarios": zone-outage: unknown parameter "duraton"/);
    expect(output.failure).not.toContain('--scenario');
  });

  it('replays the trace input as the trace scenario, read from the workspace', async () => {
    const repo = GitRepo.init(path.join(temp, 'repo'));
    repo.write({
      'k8s/web.yaml': deployment('web', 1),
      'ops/incident.yaml':
        'apiVersion: simulate.resilint.dev/v1alpha1\nkind: EventTrace\nmetadata: {name: incident}\nspec:\n  events:\n' +
        '    - {at: 0s, type: node-loss, zone: us-east-1a}\n    - {at: 0s, type: node-loss, zone: us-east-1b}\n    - {at: 0s, type: node-loss, zone: us-east-1c}\n' +
        '    - {at: 10m, type: node-recover, zone: us-east-1a}\n',
    });
    const inputs = parseInputs(read({ simulate: 'true', paths: 'k8s', scenarios: 'trace', trace: 'ops/incident.yaml' }));
    const output = await applySimulation(emptyResult(), inputs, context(repo.dir));
    expect(output.failure).toBeUndefined();
    expect(output.markdown).toContain('#### trace');
    expect(output.result.findings.map((f) => f.ruleId)).toContain('sim/availability-drop');
  });
});
