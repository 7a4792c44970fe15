/**
 * What the simulator concludes and how it says it: pods that never fit (review bug 1), problems the change made
 * worse (bug 2), stalled upgrades (bug 4), and the wording users act on (why a drain is blocked, what to do,
 * which measure decided, one time format, new problems first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareSides } from '../../src/simulate/compare.js';
import { formatSimulationMarkdown, formatSimulationText, simulate, simulationFindings } from '../../src/simulate/index.js';
import type { ScenarioOutcome, WorkloadOutcome } from '../../src/simulate/outcome.js';
import { PROBLEM_SEVERITY, type Problem } from '../../src/simulate/problems.js';
import { deployment, objects, pdb } from './helpers.js';

const NODEPOOL = `
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: general}
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: node.kubernetes.io/instance-type, operator: In, values: [m5.large, m5.xlarge]}
  limits: {cpu: "100"}
---`;

const ZONE_SPREAD = `      topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: indexer}}}`;

const run = (yaml: string, scenarios: string[], base?: string) =>
  simulate(objects(yaml, 'head.yaml'), { scenarios, ...(base !== undefined ? { base: objects(base, 'base.yaml') } : {}) });

describe('pods that never fit (review bug 1)', () => {
  it('are at zero for the whole run and an error naming the largest node of the default cluster', () => {
    const result = run(deployment({ name: 'indexer', replicas: 3, cpu: '5' }), ['zone-outage:zone=us-east-1a,duration=30m']);
    const w = result.head.scenarios[0]!.workloads[0]!;
    expect(w).toMatchObject({ minReady: 0, zeroSeconds: result.head.scenarios[0]!.durationSeconds, pendingAtStart: 3 });
    expect(w.zeroSeconds).toBeGreaterThan(0);
    expect(w.noFit).toBe('needs 5 cpu per pod; the largest node in the cluster, m5.xlarge, has 3920m allocatable');
    const [problem] = result.head.problems;
    expect(problem).toMatchObject({ ruleId: 'sim/unschedulable-at-start', fieldPath: 'spec.template.spec.containers[0].resources' });
    expect(PROBLEM_SEVERITY[problem!.ruleId]).toBe('error');
    expect(problem!.detail).toContain('needs 5 cpu per pod');
  });

  it('leave a workload that fits alone', () => {
    const result = run(deployment({ name: 'indexer', replicas: 3, cpu: '1' }), ['zone-outage:zone=us-east-1a,duration=30m']);
    expect(result.head.scenarios[0]!.workloads[0]).not.toHaveProperty('pendingAtStart');
    expect(result.head.problems.map((p) => p.ruleId)).not.toContain('sim/unschedulable-at-start');
  });

  it('name the largest instance type a NodePool may launch', () => {
    const result = run(NODEPOOL + deployment({ name: 'indexer', replicas: 3, cpu: '4' }), ['zone-outage']);
    const w = result.head.scenarios[0]!.workloads[0]!;
    expect(w.noFit).toBe('needs 4 cpu per pod; the largest instance type NodePool general may launch, m5.xlarge, has 3920m allocatable');
    expect(w.zeroSeconds).toBe(3600);
  });

  it('are new against a base whose only problem on the workload was a different one (s6)', () => {
    const head = NODEPOOL + deployment({ name: 'indexer', replicas: 3, cpu: '4', extraSpec: ZONE_SPREAD }) + pdb('indexer', 'maxUnavailable: 1');
    const base = NODEPOOL + deployment({ name: 'indexer', replicas: 3, cpu: '3', extraSpec: ZONE_SPREAD }) + pdb('indexer', 'maxUnavailable: 1');
    const result = run(head, ['zone-outage'], base);
    expect(result.base!.problems.map((p) => p.ruleId)).toContain('sim/unschedulable');
    const statuses = result.comparison!.problems.map((p) => [p.problem.ruleId, p.status]);
    expect(statuses.filter(([rule]) => rule === 'sim/unschedulable-at-start').every(([, status]) => status === 'new')).toBe(true);
    // Replaced by a worse problem, not fixed.
    expect(statuses.map(([, status]) => status)).not.toContain('fixed');
    const findings = simulationFindings(result);
    expect(findings.filter((f) => !f.suppressed).map((f) => [f.ruleId, f.severity])).toEqual([['sim/unschedulable-at-start', 'error']]);
  });
});

/** s9: one replica whose readiness probe waits `delay` seconds, under a PDB of maxUnavailable 1. */
const slowStart = (delay: number) =>
  deployment({ name: 'checkout', replicas: 1, extraSpec: '' }).replace(
    'resources: {requests: {cpu: 100m, memory: 128Mi}}',
    `resources: {requests: {cpu: 100m, memory: 128Mi}}\n          readinessProbe: {httpGet: {path: /ready, port: 8080}, initialDelaySeconds: ${delay}, periodSeconds: 10}`,
  ) + pdb('checkout', 'maxUnavailable: 1');

describe('a problem on both sides that the head makes worse (review bug 2)', () => {
  it('is new, names the measure, and fails the run', () => {
    const result = run(slowStart(600), ['zone-outage:zone=us-east-1a'], slowStart(20));
    const outage = result.comparison!.problems.find((p) => p.problem.ruleId === 'sim/zone-loss-outage')!;
    expect(outage.status).toBe('new');
    expect(outage.worse).toMatch(/^at zero \d+m\d+s → \d+m\d+s$/);
    const finding = simulationFindings(result).find((f) => f.ruleId === 'sim/zone-loss-outage')!;
    expect(finding.suppressed).toBe(false);
    expect(finding.message).toMatch(/Worse than on base: at zero .* → .*\.$/);
    expect(formatSimulationText(result)).toMatch(/\[worse\] sim\/zone-loss-outage .*; worse than on base: at zero/);
  });

  it('stays existing when it is as bad or better on the head', () => {
    for (const head of [20, 5]) {
      const result = run(slowStart(head), ['zone-outage:zone=us-east-1a'], slowStart(20));
      const outage = result.comparison!.problems.find((p) => p.problem.ruleId === 'sim/zone-loss-outage')!;
      expect(outage).toMatchObject({ status: 'existing' });
      expect(outage.worse).toBeUndefined();
      expect(simulationFindings(result).every((f) => f.suppressed)).toBe(true);
    }
  });

  it('judges a PDB problem by its measures: more blocked drains are worse', () => {
    const drain = (blocked: number): Problem => ({
      ruleId: 'sim/drain-blocked',
      scenario: 'rolling-upgrade',
      object: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', namespace: 'shop', name: 'web' },
      file: 'web.yaml', line: 20, column: 3, endLine: 20, endColumn: 18, fieldPath: 'spec.minAvailable',
      detail: 'blocked', remediation: 'Set maxUnavailable to at least 1.',
      measures: [{ label: 'drains blocked', value: blocked, unit: 'count' }, { label: 'time blocked', value: blocked * 300, unit: 'seconds' }],
    });
    const compare = (base: number, head: number) => compareSides({ scenarios: [], problems: [drain(base)] }, { scenarios: [], problems: [drain(head)] }).problems[0]!;
    expect(compare(1, 9)).toMatchObject({ status: 'new', worse: 'drains blocked 1 → 9' });
    expect(compare(9, 9)).toMatchObject({ status: 'existing' });
    expect(compare(9, 1)).toMatchObject({ status: 'existing' });
  });
});

describe('an upgrade that stalls (review bug 4)', () => {
  const web = (budget: string) => deployment({ name: 'api', replicas: 3 }) + pdb('api', budget);

  it('is worse than one that finishes, and its workloads are not called better for the pods it never moved', () => {
    const result = run(web('minAvailable: 3'), ['rolling-upgrade:timeout=0,nodes=3'], web('maxUnavailable: 1'));
    expect(result.head.scenarios[0]!.upgrade).toMatchObject({ nodes: 3, upgraded: 0, completed: false });
    expect(result.comparison!.upgrades).toEqual([expect.objectContaining({ change: 'worse', decidedBy: 'nodes upgraded 3/3 → 0/3' })]);
    expect(result.comparison!.deltas.map((d) => d.change)).not.toContain('better');
    const text = formatSimulationText(result);
    expect(text).toMatch(/worse {2}rolling-upgrade: nodes upgraded 3\/3 → 0\/3; base 3 of 3 node\(s\) upgraded in \S+, head 0 of 3 node\(s\) upgraded, stopped at /);
    expect(text).not.toMatch(/better .*api/);
  });

  it('is worse when it finishes only by replacing nodes whose drain timed out, and longer', () => {
    const result = run(web('minAvailable: 100%'), ['rolling-upgrade:nodes=2'], web('maxUnavailable: 1'));
    const [upgrade] = result.comparison!.upgrades;
    expect(upgrade).toMatchObject({ change: 'worse', decidedBy: 'nodes replaced after a drain that did not finish 0 → 2' });
    expect(upgrade!.head.durationSeconds).toBeGreaterThan(upgrade!.base.durationSeconds);
    // The drop below the floor that forced replacement causes is the drain's finding, not a second one (s1).
    expect(result.head.problems.map((p) => p.ruleId)).toEqual(['sim/drain-blocked']);
    expect(result.head.problems[0]!.detail).toMatch(/replacing the node anyway took Deployment api to 2 ready, below the floor of 3/);
  });

  it('is the same when both sides finish alike', () => {
    const result = run(web('maxUnavailable: 1'), ['rolling-upgrade:nodes=2'], web('maxUnavailable: 1'));
    expect(result.comparison!.upgrades.map((u) => u.change)).toEqual(['same']);
  });
});

describe('what a user reads', () => {
  it('a blocked drain says why, with the budget\'s numbers, in the finding, the text and the Markdown', () => {
    const result = run(deployment({ name: 'api', replicas: 3 }) + pdb('api', 'minAvailable: 3'), ['rolling-upgrade:nodes=1']);
    const why = 'PodDisruptionBudget shop/api needs 3 of its 3 pod(s) healthy and had 3, so it allowed 0 disruption(s)';
    expect(result.head.problems[0]!.detail).toContain(why);
    expect(formatSimulationText(result)).toMatch(new RegExp(`timed-out after 5m, \\d+ eviction\\(s\\) refused: ${why.replace(/[()]/g, '\\$&')}`));
    expect(formatSimulationMarkdown(result)).toContain(`| ${why} |`);
  });

  it('tells each case its own fix: a budget that allows nothing, an unready pod, a single replica', () => {
    const remedy = (yaml: string, scenario: string, rule: string) => run(yaml, [scenario]).head.problems.find((p) => p.ruleId === rule)!.remediation;
    // s1: three replicas that already have a PDB; the budget allows no eviction.
    const s1 = remedy(deployment({ name: 'api', replicas: 3 }) + pdb('api', 'minAvailable: 100%'), 'rolling-upgrade:nodes=1', 'sim/drain-blocked');
    expect(s1).toBe('Lower minAvailable below the 3 pods, or use maxUnavailable: 1: with minAvailable: 100% every pod must stay up, so no eviction is ever allowed.');
    // s9: maxUnavailable is already 1; the pod is not Ready yet, which only AlwaysAllow lets go (B.1.6).
    expect(remedy(slowStart(600), 'rolling-upgrade:nodes=3', 'sim/drain-blocked')).toMatch(/^Set unhealthyPodEvictionPolicy: AlwaysAllow/);
    // s2: one replica: more replicas first.
    expect(remedy(slowStart(5), 'zone-outage', 'sim/zone-loss-outage')).toMatch(/^Run at least two replicas/);
    expect(remedy(slowStart(5), 'rolling-upgrade', 'sim/availability-drop')).toMatch(/^Run at least two replicas/);
  });

  it('shows the fix in the Markdown\'s "What to do" column', () => {
    const md = formatSimulationMarkdown(run(slowStart(5), ['zone-outage']));
    expect(md).toContain('| Problem | Object | Scenario | What happened | What to do |');
    expect(md).toMatch(/\| `sim\/zone-loss-outage` \| Deployment\/shop\/checkout \| zone-outage:us-east-1a \| .* \| Run at least two replicas/);
  });

  it('writes every time as the tables do (5m55s, not 355s)', () => {
    const result = run(slowStart(5), ['zone-outage:zone=us-east-1a']);
    const [problem] = result.head.problems;
    expect(problem!.detail).toMatch(/no ready replica for \d+m\d+s \(desired 1\)/);
    expect(result.head.scenarios[0]!.description).toBe('Zone us-east-1a (3 node(s)) is lost for 1h.');
  });
});

function side(workloads: Array<Partial<WorkloadOutcome>>, problems: Problem[] = []): { scenarios: ScenarioOutcome[]; problems: Problem[] } {
  const full = workloads.map((w) => ({
    workload: 'Deployment/shop/web', kind: 'Deployment', namespace: 'shop', name: 'web', file: 'web.yaml', desired: 6, minReady: 6,
    belowFloorSeconds: 0, zeroSeconds: 0, maxPending: 0, pendingPodSeconds: 0, unschedulableReasons: [], ...w,
  }));
  return { scenarios: [{ id: 'zone-outage:a', scenario: 'zone-outage', description: '', params: {}, durationSeconds: 3600, events: 1, workloads: full, drains: [], hpas: [], notes: [] }], problems };
}

describe('the comparison rows', () => {
  it('print the measure that decided, and one that moved the other way (s3)', () => {
    const [delta] = compareSides(
      side([{ minReady: 4, pdbFloor: 5, belowFloorSeconds: 3610, maxPending: 2 }]),
      side([{ minReady: 3, pdbFloor: 5, belowFloorSeconds: 350 }]),
    ).deltas;
    expect(delta).toMatchObject({ change: 'better', decidedBy: 'below PDB floor of 5 1h10s → 5m50s', despite: 'min ready 4/6 → 3/6' });
    const [pending] = compareSides(side([{ minReady: 4, maxPending: 2 }]), side([{ minReady: 4 }])).deltas;
    expect(pending).toMatchObject({ change: 'better', decidedBy: 'max pending 2 → 0' });
  });

  it('call a workload gone from the head removed, and its problems missing, never better or fixed', () => {
    const problem: Problem = {
      ruleId: 'sim/zone-loss-outage', scenario: 'zone-outage:a', object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
      file: 'web.yaml', line: 5, column: 3, endLine: 5, endColumn: 14, fieldPath: 'spec.replicas', detail: 'at zero', remediation: 'Run more.', workload: 'Deployment/shop/web',
    };
    const result = compareSides(side([{ minReady: 0, zeroSeconds: 355 }], [problem]), side([]), { head: { objects: new Set(), unparsed: [] } });
    expect(result.deltas).toEqual([expect.objectContaining({ change: 'removed', note: 'removed from head' })]);
    expect(result.problems).toEqual([expect.objectContaining({ status: 'missing', note: 'removed from head' })]);
  });

  it('list new problems before those already on the base', () => {
    const at = (name: string): Problem => ({
      ruleId: 'sim/zone-loss-outage', scenario: 'zone-outage:a', object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name },
      file: `${name}.yaml`, line: 5, column: 3, endLine: 5, endColumn: 14, fieldPath: 'spec.replicas', detail: 'at zero', remediation: 'Run more.',
    });
    const result = compareSides({ scenarios: [], problems: [at('a'), at('c')] }, { scenarios: [], problems: [at('a'), at('b'), at('c')] });
    expect(result.problems.map((p) => [p.problem.object.name, p.status])).toEqual([['b', 'new'], ['a', 'existing'], ['c', 'existing']]);
  });
});

describe('docs/simulate.md', () => {
  it('names the kubectl drain flags drain.ts models', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const docs = readFileSync(path.join(root, 'docs/simulate.md'), 'utf8');
    const source = readFileSync(path.join(root, 'src/simulate/drain.ts'), 'utf8');
    const flags = source.match(/`kubectl drain (--[a-z-]+ --[a-z-]+)/)![1]!;
    expect(flags).toBe('--ignore-daemonsets --delete-emptydir-data');
    expect(docs).toContain(`kubectl drain ${flags} --timeout=<timeout>`);
  });
});
