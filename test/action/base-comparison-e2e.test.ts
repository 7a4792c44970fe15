import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runActionProcess, SOURCE_ENTRY, type ActionRun } from '../helpers/action-process.js';
import { FakeGitHubServer } from '../helpers/fake-github-server.js';
import { GitRepo } from '../helpers/git-repo.js';

/**
 * The Action's source entry on a pull_request event whose workspace is a depth-1 clone (as
 * actions/checkout leaves it): with `simulate: true` it fetches the base commit from `origin`,
 * simulates both sides and reports what the PR made worse.
 */

/** Spread over the zones on the base; the PR pins it to us-east-1a, so losing that zone takes it to zero. */
const PAYMENTS_BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
spec:
  replicas: 3
  selector:
    matchLabels: {app: payments}
  template:
    metadata:
      labels: {app: payments}
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: {app: payments}
      containers:
        - name: payments
          image: registry.example/payments:2.8.0
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {memory: 256Mi}
`;
const PAYMENTS_HEAD = PAYMENTS_BASE.replace(
  /      topologySpreadConstraints:[\s\S]*?matchLabels: \{app: payments\}\n(?=      containers)/,
  '      nodeSelector:\n        topology.kubernetes.io/zone: us-east-1a\n',
);

/** One replica on both sides: a zone loss takes it to zero before and after the PR. */
const LEGACY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy
spec:
  replicas: 1
  selector:
    matchLabels: {app: legacy}
  template:
    metadata:
      labels: {app: legacy}
    spec:
      containers:
        - name: legacy
          image: registry.example/legacy:1.0.0
          resources:
            requests: {cpu: 100m, memory: 128Mi}
`;

interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  suppressed: boolean;
}

let temp: string;
let server: FakeGitHubServer;
let workspace: GitRepo;
let baseSha: string;
let headSha: string;

beforeEach(async () => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'resilint-base-e2e-'));
  const origin = GitRepo.init(path.join(temp, 'origin'));
  baseSha = origin.write({ 'k8s/payments.yaml': PAYMENTS_BASE, 'k8s/legacy.yaml': LEGACY }).commit('base');
  headSha = origin.write({ 'k8s/payments.yaml': PAYMENTS_HEAD }).commit('pin payments to one zone');
  workspace = GitRepo.shallowClone(origin, path.join(temp, 'workspace'));

  server = new FakeGitHubServer();
  server.files = [{ filename: 'k8s/payments.yaml', status: 'modified', patch: origin.patch(baseSha, headSha, 'k8s/payments.yaml') }];
  await server.start();
});

afterEach(async () => {
  await server.stop();
  rmSync(temp, { recursive: true, force: true });
});

function runAction(base: string): Promise<ActionRun> {
  return runActionProcess({
    entry: SOURCE_ENTRY,
    workspace: workspace.dir,
    runParent: temp,
    apiUrl: server.url,
    pullNumber: server.pullNumber,
    headSha,
    baseSha: base,
    inputs: {
      paths: 'k8s',
      simulate: 'true',
      scenarios: 'zone-outage:zone=us-east-1a',
      'comment-mode': 'summary',
      'fail-level': 'never',
      'github-token': 'ghs_fake',
    },
  });
}

/** The simulator's unsuppressed findings as `rule file`, from the run's findings-json output. */
function simulationFindings(run: ActionRun): JsonFinding[] {
  const report = JSON.parse(readFileSync(run.outputs['findings-json']!, 'utf8')) as { findings: JsonFinding[] };
  return report.findings.filter((f) => f.ruleId.startsWith('sim/') && !f.suppressed);
}

const asText = (findings: JsonFinding[]) => findings.map((f) => `${f.ruleId} ${f.file}`).sort();

describe('the Action with simulate: true on a pull request', () => {
  it('fetches the base commit into a depth-1 checkout, compares both sides and reports only the regressions', async () => {
    const run = await runAction(baseSha);

    expect(run.code).toBe(0);
    expect(server.violations).toEqual([]);
    // Job summary: the comparison table with a new problem, one kept from the base, and the chart.
    expect(run.summary).toContain(`Compared with the base commit \`${baseSha.slice(0, 7)}\``);
    expect(run.summary).toMatch(/\| 🔴 new \| `sim\/zone-loss-outage` \| Deployment\/default\/payments \| zone-outage:us-east-1a \|/);
    expect(run.summary).toMatch(/\| ⚪ already on base \| `sim\/zone-loss-outage` \| Deployment\/default\/legacy \|/);
    expect(run.summary).toContain('xychart-beta');
    // Findings: the PR's regressions only; the legacy workload was as fragile before the PR.
    const findings = simulationFindings(run);
    expect(asText(findings)).toEqual(['sim/unschedulable k8s/payments.yaml', 'sim/zone-loss-outage k8s/payments.yaml']);
    expect(findings.every((f) => f.message.endsWith('New in this change.'))).toBe(true);
    // Annotated at the line the PR added: the nodeSelector that pins the pods.
    expect(run.stdout).toMatch(/::error title=sim\/zone-loss-outage,file=k8s\/payments\.yaml,line=13,/);
    // The PR's summary comment carries the same comparison.
    expect(server.issueComments).toHaveLength(1);
    expect(server.issueComments[0]!.body).toContain('🔴 new');
    expect(server.issueComments[0]!.body).toContain('⚪ already on base');
    // The checkout is as actions/checkout left it, and the temporary base tree is gone.
    expect(workspace.head()).toBe(headSha);
    expect(workspace.git('status', '--porcelain')).toBe('');
    expect(readdirSync(run.runnerTemp).filter((n) => n.startsWith('resilint-base-'))).toEqual([]);
  });

  it('simulates the head alone, with a warning, when the base commit cannot be fetched', async () => {
    const run = await runAction('0123456789abcdef0123456789abcdef01234567');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::Could not read the base commit 0123456789abcdef0123456789abcdef01234567 of the pull request');
    expect(run.summary).toContain('The base commit `0123456` could not be read');
    expect(run.summary).not.toContain('Compared with the base commit');
    expect(run.summary).not.toContain('🔴 new');
    expect(run.summary).toContain('xychart-beta');
    // Without a base every simulated problem is reported, the legacy one included.
    expect(asText(simulationFindings(run))).toEqual([
      'sim/unschedulable k8s/payments.yaml',
      'sim/zone-loss-outage k8s/legacy.yaml',
      'sim/zone-loss-outage k8s/payments.yaml',
    ]);
  });
});
