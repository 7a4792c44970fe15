/**
 * The consolidation scenario: demand drops from the HPA's maxReplicas to minReplicas and Karpenter's disruption loop
 * runs (semantics A.4 "Consolidation"; B.6 "Disruption block", "Budget arithmetic", "do-not-disrupt", "Candidate
 * gating"). Each behaviour has a case where it holds and one where it does not.
 */
import { describe, expect, it } from 'vitest';
import { formatSimulationMarkdown, formatSimulationText, simulate, simulationFindings, SIMULATION_RULES } from '../../src/simulate/index.js';
import { readNodePools } from '../../src/simulate/karpenter.js';
import { fullyBlocking } from '../../src/simulate/consolidation-gate.js';
import { allowedDisruptions, readPoolDisruption } from '../../src/simulate/nodepool-disruption.js';
import { SimPdb } from '../../src/simulate/state.js';
import { readModel } from '../../src/simulate/workloads.js';
import type { ScenarioOutcome } from '../../src/simulate/outcome.js';
import { deployment, objects, pdb } from './helpers.js';

/** A NodePool of m5.large and m5.xlarge on-demand nodes with `disruption` (YAML lines under spec.disruption). */
function nodePool(disruption = '', extra = ''): string {
  return `
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: general}
spec:
  template:
${extra}    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: node.kubernetes.io/instance-type, operator: In, values: [m5.large, m5.xlarge]}
  limits: {cpu: "100"}
${disruption ? `  disruption:\n${disruption}` : ''}
---`;
}

function hpa(name: string, min: number, max: number): string {
  return `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: ${name}, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: ${min}
  maxReplicas: ${max}
---`;
}

const PROBE = 'resources: {requests: {cpu: 900m, memory: 512Mi}}\n          readinessProbe: {httpGet: {path: /, port: 80}, initialDelaySeconds: 20, periodSeconds: 5}';

/** 12 pods of 900m at peak (three m5.xlarge), 2 once demand drops; Ready 25 s after they start. */
function web(extra = ''): string {
  return (
    deployment({ name: 'web', replicas: 2, extraSpec: extra }).replace('resources: {requests: {cpu: 100m, memory: 128Mi}}', PROBE) + hpa('web', 2, 12)
  );
}

/** web() whose pods carry karpenter.sh/do-not-disrupt: `value`, with `min` replicas once demand drops. */
function pinned(value = '"true"', min = 2): string {
  return web()
    .replace('    metadata: {labels: {app: web}}', `    metadata:\n      labels: {app: web}\n      annotations: {karpenter.sh/do-not-disrupt: ${value}}`)
    .replace('minReplicas: 2', `minReplicas: ${min}`);
}

function consolidate(yaml: string, params = ''): ScenarioOutcome {
  return simulate(objects(yaml), { scenarios: [`consolidation${params}`] }).head.scenarios[0]!;
}

const removed = (s: ScenarioOutcome) => s.consolidation!.nodesBefore - s.consolidation!.nodesAfter;
const kinds = (s: ScenarioOutcome) => s.consolidation!.blocked.flatMap((b) => b.reasons.map((r) => r.kind));

describe('budget arithmetic (B.6)', () => {
  const pool = (budgets: string) => readPoolDisruption(readNodePools(objects(nodePool(budgets)))[0]!);

  it('rounds a percentage up: 19 nodes at 20% allow ceil(3.8) = 4', () => {
    expect(allowedDisruptions(pool('    budgets: [{nodes: "20%"}]'), 'Underutilized', 19, 0).allowed).toBe(4);
  });

  it('defaults to one budget of 10% (3 nodes allow 1), and subtracts nodes NotReady or being disrupted', () => {
    const defaulted = pool('');
    expect(allowedDisruptions(defaulted, 'Empty', 3, 0).allowed).toBe(1);
    expect(allowedDisruptions(defaulted, 'Empty', 3, 1).allowed).toBe(0);
    expect(allowedDisruptions(defaulted, 'Empty', 30, 1).allowed).toBe(2);
  });

  it('takes the smallest budget that applies to the reason; a budget for other reasons does not limit', () => {
    const p = pool('    budgets: [{nodes: "50%"}, {nodes: "0", reasons: [Underutilized]}]');
    expect(allowedDisruptions(p, 'Underutilized', 10, 0)).toMatchObject({ allowed: 0, limitedBy: { index: 1, nodes: '0' } });
    expect(allowedDisruptions(p, 'Empty', 10, 0).allowed).toBe(5);
  });

  it('treats a budget with a schedule as always active (a stated simplification)', () => {
    const p = pool('    budgets: [{nodes: "0", schedule: "0 9 * * mon-fri", duration: 8h}]');
    expect(allowedDisruptions(p, 'Empty', 10, 0).allowed).toBe(0);
    expect(p.budgets[0]!.scheduled).toBe(true);
  });
});

describe('consolidation after demand drops (A.4)', () => {
  it('deletes the node left empty, then moves pods off an underutilized one and replaces the last with a cheaper type', () => {
    const s = consolidate(nodePool() + web() + pdb('web', 'maxUnavailable: 1'));
    const c = s.consolidation!;
    expect(c.nodesBefore).toBe(3);
    expect(c.actions.map((a) => a.method)).toEqual(['empty', 'underutilized', 'underutilized']);
    // A.4 price rule: two 900m pods fit an m5.large, cheaper than the m5.xlarge they sat on.
    expect(c.actions[2]!.replacement?.instanceType).toBe('m5.large');
    // The replacement joins (60 s after the 15 s validation) before the candidate is drained.
    expect(c.actions[2]!.doneSeconds!).toBeGreaterThanOrEqual(c.actions[2]!.atSeconds + 15 + 60);
    expect(c.nodesAfter).toBe(1);
  });

  it('takes a workload without a PDB to zero when its replicas share the consolidated node', () => {
    const s = consolidate(nodePool() + web());
    const w = s.workloads.find((x) => x.name === 'web')!;
    // Both pods are evicted at once when their node is replaced; the replacements are Ready 25 s later.
    expect(w).toMatchObject({ desired: 2, minReady: 0, zeroSeconds: 25 });
    const problems = simulate(objects(nodePool() + web()), { scenarios: ['consolidation'] }).head.problems;
    const drop = problems.find((p) => p.ruleId === 'sim/availability-drop')!;
    expect(drop.remediation).toMatch(/Karpenter evicts every pod of a node it consolidates at once/);
  });

  it('keeps a workload with a PDB (maxUnavailable: 1) above zero: the Eviction API lets one pod go at a time', () => {
    const s = consolidate(nodePool() + web() + pdb('web', 'maxUnavailable: 1'));
    expect(s.workloads.find((x) => x.name === 'web')).toMatchObject({ minReady: 1, zeroSeconds: 0 });
    expect(removed(s)).toBe(2);
  });
});

describe('candidate gating (B.6)', () => {
  it('keeps the node of a pod with karpenter.sh/do-not-disrupt: "true", and says which pod', () => {
    const s = consolidate(nodePool() + pinned() + pdb('web', 'maxUnavailable: 1'));
    // The two pods left sit on two nodes; either node could go, its pod fitting on the other.
    expect(s.consolidation!.blocked.map((b) => [b.could, b.reasons.map((r) => r.why)])).toEqual([
      ['delete', ['pod web-0 of Deployment/shop/web has karpenter.sh/do-not-disrupt: "true"']],
      ['delete', ['pod web-1 of Deployment/shop/web has karpenter.sh/do-not-disrupt: "true"']],
    ]);
    expect(s.consolidation!.nodesAfter).toBe(2);
    // An invalid value is ignored (B.6), so the nodes go.
    const invalid = consolidate(nodePool() + pinned('"nonsense"') + pdb('web', 'maxUnavailable: 1'));
    expect(kinds(invalid)).toEqual([]);
    expect(invalid.consolidation!.nodesAfter).toBe(1);
  });

  it('anchors sim/consolidation-blocked at the annotation, and registers the id for rules and explain', () => {
    const yaml = nodePool() + pinned() + pdb('web', 'maxUnavailable: 1');
    const finding = simulationFindings(simulate(objects(yaml), { scenarios: ['consolidation'] })).find((f) => f.ruleId === 'sim/consolidation-blocked')!;
    const line = yaml.split('\n').findIndex((l) => l.includes('karpenter.sh/do-not-disrupt')) + 1;
    expect(finding).toMatchObject({ severity: 'warning', line, fieldPath: "spec.template.metadata.annotations['karpenter.sh/do-not-disrupt']" });
    expect(finding.message).toContain(
      'keeps 2 nodes from consolidation (general-00000 could be deleted, general-00001 could be deleted): pods web-0, web-1 of Deployment/shop/web have karpenter.sh/do-not-disrupt: "true"',
    );
    expect(SIMULATION_RULES.map((r) => r.id)).toContain('sim/consolidation-blocked');
  });

  it('lets a do-not-disrupt duration expire: the node goes once the pod has run that long', () => {
    const s = consolidate(nodePool() + pinned('"10m"') + pdb('web', 'maxUnavailable: 1'));
    expect(kinds(s)).toEqual([]);
    expect(s.consolidation!.nodesAfter).toBe(1);
    // The pods were bound at time 0, so their nodes are candidates from 10 minutes on.
    expect(Math.max(...s.consolidation!.actions.map((a) => a.atSeconds))).toBeGreaterThanOrEqual(600);
  });

  it('keeps the nodes of pods whose PDB allows 0 disruptions (minAvailable equal to the low replica count), naming the PDB', () => {
    const s = consolidate(nodePool() + web() + pdb('web', 'minAvailable: 2'));
    expect(kinds(s)).toContain('pdb');
    const reason = s.consolidation!.blocked[0]!.reasons.find((r) => r.kind === 'pdb')!;
    expect(reason.why).toMatch(/^PodDisruptionBudget shop\/web needs 2 of its 2 pod\(s\) healthy and has 2, so it allows 0 disruptions/);
    const problem = simulate(objects(nodePool() + web() + pdb('web', 'minAvailable: 2')), { scenarios: ['consolidation'] }).head.problems.find(
      (p) => p.ruleId === 'sim/consolidation-blocked',
    )!;
    expect(problem).toMatchObject({ object: { kind: 'PodDisruptionBudget', name: 'web' }, fieldPath: 'spec.minAvailable' });
    expect(problem.remediation).toMatch(/Lower minAvailable below the 2 pods/);
  });

  it('leaves out of the simulation only pods behind a fully blocking PDB: minAvailable 100%, maxUnavailable 0 or 0% (B.1.5)', () => {
    const blocking = (spec: string) => fullyBlocking(new SimPdb(readModel(objects(pdb('web', spec))).pdbs[0]!));
    expect(['minAvailable: "100%"', 'maxUnavailable: 0', 'maxUnavailable: "0%"'].map(blocking)).toEqual([true, true, true]);
    // minAvailable equal to the replicas allows 0 too, but only while every pod is counted: Karpenter's isFullyBlocking
    // does not look at replicas.
    expect(['minAvailable: 2', 'maxUnavailable: 1', 'minAvailable: "50%"'].map(blocking)).toEqual([false, false, false]);
  });

  it('blocks a node whose pod two PDBs select (the Eviction API refuses it)', () => {
    const s = consolidate(nodePool() + web() + pdb('web', 'maxUnavailable: 1') + pdb('web-too', 'maxUnavailable: 1', 'web'));
    expect(kinds(s)).toContain('multiple-pdbs');
  });
});

describe('NodePool disruption settings (B.6)', () => {
  it('WhenEmpty deletes the empty node but leaves an underutilized one alone', () => {
    const s = consolidate(nodePool('    consolidationPolicy: WhenEmpty') + web() + pdb('web', 'maxUnavailable: 1'));
    expect(s.consolidation!.actions.map((a) => a.method)).toEqual(['empty']);
    expect(kinds(s)).toContain('when-empty');
    const finding = simulate(objects(nodePool('    consolidationPolicy: WhenEmpty') + web() + pdb('web', 'maxUnavailable: 1')), { scenarios: ['consolidation'] })
      .head.problems.find((p) => p.ruleId === 'sim/consolidation-blocked')!;
    expect(finding).toMatchObject({ object: { kind: 'NodePool', name: 'general' }, fieldPath: 'spec.disruption.consolidationPolicy' });
  });

  it('consolidateAfter: Never disables consolidation, empty nodes included', () => {
    const s = consolidate(nodePool('    consolidateAfter: Never') + web() + pdb('web', 'maxUnavailable: 1'));
    expect(s.consolidation!.actions).toEqual([]);
    expect(kinds(s)).toContain('consolidate-after-never');
    const problems = simulate(objects(nodePool('    consolidateAfter: Never') + web()), { scenarios: ['consolidation'] }).head.problems;
    expect(problems.find((p) => p.ruleId === 'sim/consolidation-blocked')).toMatchObject({ fieldPath: 'spec.disruption.consolidateAfter' });
  });

  it('waits consolidateAfter after the last pod left a node before touching it', () => {
    const s = consolidate(nodePool('    consolidateAfter: 5m') + web() + pdb('web', 'maxUnavailable: 1'));
    // The dropped pods are gone at 30 s (their grace period), so the first node may go at 5m30s.
    expect(s.consolidation!.actions[0]!.atSeconds).toBeGreaterThanOrEqual(330);
    expect(removed(s)).toBeGreaterThan(0);
  });

  it('a budget of 0 nodes stops every disruption, and the finding points at the budget', () => {
    const yaml = nodePool('    budgets: [{nodes: "0"}]') + web() + pdb('web', 'maxUnavailable: 1');
    const s = consolidate(yaml);
    expect(s.consolidation!.actions).toEqual([]);
    expect(s.consolidation!.blocked[0]!.reasons[0]!.why).toMatch(/disruption budget nodes: "0" allows 0 of its 3 node\(s\)/);
    const problem = simulate(objects(yaml), { scenarios: ['consolidation'] }).head.problems.find((p) => p.ruleId === 'sim/consolidation-blocked')!;
    expect(problem.fieldPath).toBe('spec.disruption.budgets[0].nodes');
  });

  it('a karpenter.sh/do-not-disrupt annotation on the node template keeps every node', () => {
    const template = '    metadata:\n      annotations: {karpenter.sh/do-not-disrupt: "true"}\n';
    const s = consolidate(nodePool('', template) + web() + pdb('web', 'maxUnavailable: 1'));
    expect(s.consolidation!.actions).toEqual([]);
    expect(kinds(s)).toContain('node-do-not-disrupt');
  });

  it('never replaces a spot node (spot-to-spot consolidation is off by default, A.4), but may delete one', () => {
    const spot = nodePool().replace('values: [on-demand]', 'values: [spot]');
    const s = consolidate(spot + web() + pdb('web', 'maxUnavailable: 1'));
    expect(s.consolidation!.actions.some((a) => a.replacement)).toBe(false);
    expect(removed(s)).toBeGreaterThan(0);
  });
});

describe('the scenario in the simulator', () => {
  it('runs by default only when the manifests hold NodePools', () => {
    const withPools = simulate(objects(nodePool() + web()));
    expect(withPools.head.scenarios.map((s) => s.id)).toContain('consolidation');
    const plain = simulate(objects(web()));
    expect(plain.head.scenarios.map((s) => s.id)).not.toContain('consolidation');
  });

  it('says why it skipped an explicit --scenario consolidation without NodePools, and still checks its parameters', () => {
    const result = simulate(objects(web()), { scenarios: ['consolidation'] });
    expect(result.head.scenarios).toEqual([]);
    expect(result.head.notes).toContain('consolidation: the manifests hold no Karpenter NodePool (karpenter.sh/v1 or v1beta1), so nothing would consolidate; skipped.');
    expect(formatSimulationText(result)).toContain('Note: consolidation: the manifests hold no Karpenter NodePool');
    expect(() => simulate(objects(web()), { scenarios: ['consolidation:peek=2'] })).toThrow(/unknown parameter "peek" \(known: peak, duration\)/);
    expect(() => simulate(objects(nodePool() + web()), { scenarios: ['consolidation:peak=0.5'] })).toThrow(/peak=0.5 must be max or a factor from 1 to 100/);
  });

  it('starts from a KEDA ScaledObject maximum and drops to its minReplicaCount', () => {
    const keda = `
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: web, namespace: shop}
spec:
  scaleTargetRef: {name: web}
  minReplicaCount: 2
  maxReplicaCount: 12
---`;
    const yaml = nodePool() + deployment({ name: 'web', replicas: 2 }).replace('resources: {requests: {cpu: 100m, memory: 128Mi}}', PROBE) + keda;
    const s = consolidate(yaml);
    expect(s.consolidation!.nodesBefore).toBe(3);
    expect(s.workloads[0]!.desired).toBe(2);
  });

  it('without an autoscaler, peak=<factor> starts from that many times the replicas', () => {
    const plain = nodePool() + deployment({ name: 'api', replicas: 2, cpu: '900m' });
    expect(consolidate(plain).consolidation!.nodesBefore).toBe(1);
    const s = consolidate(plain, ':peak=6');
    expect(s.params).toMatchObject({ peak: 6 });
    expect(s.consolidation!.nodesBefore).toBe(3);
    expect(s.workloads[0]!.desired).toBe(2);
  });

  it('is deterministic: two runs give byte-identical JSON', () => {
    const run = () => JSON.stringify(simulate(objects(nodePool() + web() + pinned()), { scenarios: ['consolidation'] }));
    expect(run()).toBe(run());
  });
});

describe('base against head', () => {
  const compare = (head: string, base: string) => simulate(objects(head, 'head.yaml'), { scenarios: ['consolidation'], base: objects(base, 'base.yaml') });
  const withPdb = nodePool() + web() + pdb('web', 'maxUnavailable: 1');
  const statuses = (result: ReturnType<typeof compare>) => result.comparison!.problems.map((p) => [p.problem.ruleId, p.status]);

  it('calls a drop to zero new when the change removes the PDB, and fixed the other way round', () => {
    const result = compare(nodePool() + web(), withPdb);
    expect(statuses(result)).toEqual([['sim/availability-drop', 'new']]);
    expect(result.comparison!.deltas.find((d) => d.workload === 'Deployment/shop/web')).toMatchObject({ change: 'worse', decidedBy: 'at zero 0s → 25s' });
    expect(statuses(compare(withPdb, nodePool() + web()))).toEqual([['sim/availability-drop', 'fixed']]);
  });

  it('calls a node kept by do-not-disrupt new, fixed the other way round, and existing on both sides', () => {
    const head = nodePool() + pinned() + pdb('web', 'maxUnavailable: 1');
    const result = compare(head, withPdb);
    expect(statuses(result)).toEqual([['sim/consolidation-blocked', 'new']]);
    expect(simulationFindings(result).map((f) => f.message)).toEqual([expect.stringMatching(/keeps 2 nodes from consolidation .*New in this change\.$/)]);
    const reverse = compare(withPdb, head);
    expect(statuses(reverse)).toEqual([['sim/consolidation-blocked', 'fixed']]);
    expect(simulationFindings(reverse)).toEqual([]);
    expect(statuses(compare(head, head))).toEqual([['sim/consolidation-blocked', 'existing']]);
  });

  it('calls it worse when the change keeps more nodes for the same reason', () => {
    const base = nodePool() + pinned('"true"', 2) + pdb('web', 'maxUnavailable: 1');
    const head = nodePool() + pinned('"true"', 3) + pdb('web', 'maxUnavailable: 1');
    const problem = compare(head, base).comparison!.problems.find((p) => p.problem.ruleId === 'sim/consolidation-blocked')!;
    expect(problem).toMatchObject({ status: 'new', worse: 'nodes kept 2 → 3' });
  });

  it('folds a scenario that did not change in the Markdown', () => {
    const head = nodePool() + pinned() + pdb('web', 'maxUnavailable: 1');
    const md = formatSimulationMarkdown(simulate(objects(head), { scenarios: ['consolidation', 'rolling-upgrade'], base: objects(head) }));
    expect(md).toContain('Same on base and head; the text and JSON reports have the details.');
    expect(md).not.toContain('| Not consolidated |');
    const changed = formatSimulationMarkdown(compare(head, withPdb));
    expect(changed).toContain('| Not consolidated | NodePool | Why |');
  });
});
