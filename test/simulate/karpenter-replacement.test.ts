import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../../src/simulate/cluster.js';
import { DrainLog } from '../../src/simulate/drain-log.js';
import { SimulationInputError } from '../../src/simulate/errors.js';
import { simulate } from '../../src/simulate/index.js';
import { oversizedPodReason, readNodePools } from '../../src/simulate/karpenter.js';
import { interruptNodes } from '../../src/simulate/scenarios/spot-interruption.js';
import { prepare, runToIdle } from '../../src/simulate/scenarios/setup.js';
import { loseZone } from '../../src/simulate/scenarios/zone-outage.js';
import { readModel } from '../../src/simulate/workloads.js';
import { deployment, objects, pdb } from './helpers.js';

/** The review's s4 setup: a spot NodePool over three zones with two instance types. */
const spotPool = `
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: spot}
spec:
  limits: {cpu: "200"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: karpenter.sh/capacity-type, operator: In, values: [spot]}
        - {key: node.kubernetes.io/instance-type, operator: In, values: [m5.large, m5.xlarge]}
        - {key: topology.kubernetes.io/zone, operator: In, values: [us-east-1a, us-east-1b, us-east-1c]}
---`;

const softZoneSpread = `      topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: worker}}}`;

/** 6 workers of 1500m: two fit an m5.xlarge (3920m allocatable), so Karpenter needs three nodes. */
const workers = (extraSpec = '') => deployment({ name: 'worker', replicas: 6, cpu: '1500m', extraSpec }) + pdb('worker', 'maxUnavailable: 2', 'worker');

const karpenterInputs = (yaml: string) => {
  const objs = objects(yaml);
  return { model: readModel(objs), cluster: defaultCluster(0), pools: readNodePools(objs) };
};

describe('Karpenter relaxes a ScheduleAnyway spread it cannot meet (A.4 relaxation, step 5)', () => {
  it('launches a node in a surviving zone for pods whose soft zone spread the lost zone blocks', () => {
    // The lost zone still counts as a spread domain with 0 pods once its pods are deleted (B.4), so as a required
    // constraint the spread would admit no zone; Karpenter drops the preference and launches anyway.
    const prepared = prepare(karpenterInputs(spotPool + workers(softZoneSpread)));
    loseZone(prepared, 'us-east-1a', 3600_000);
    prepared.sim.loop.runUntil(30 * 60_000);
    expect(prepared.sim.pendingPods()).toHaveLength(0);
    const zones = prepared.sim.liveNodes().map((n) => n.zone);
    expect(zones).toHaveLength(4);
    expect(zones[3]).not.toBe('us-east-1a');

    const s = simulate(objects(spotPool + workers(softZoneSpread)), { scenarios: ['zone-outage:zone=us-east-1a'] }).head.scenarios[0]!;
    // Pods deleted at 340 s (B.8), node ready 60 s later: 2 pods pending 60 s each, never below the PDB floor of 4.
    expect(s.workloads[0]).toMatchObject({ minReady: 4, maxPending: 2, pendingPodSeconds: 120, zeroSeconds: 0 });
  });

  it('keeps a DoNotSchedule zone spread required: no node for pods the lost zone caps (B.4)', () => {
    const hard = softZoneSpread.replace('ScheduleAnyway', 'DoNotSchedule');
    const prepared = prepare(karpenterInputs(spotPool + workers(hard)));
    loseZone(prepared, 'us-east-1a', 3600_000);
    prepared.sim.loop.runUntil(30 * 60_000);
    expect(prepared.sim.liveNodes()).toHaveLength(3);
    expect(prepared.sim.pendingPods()).toHaveLength(2);
  });
});

describe('Karpenter spreads one round of new nodes over the zones (fewest nodes per zone)', () => {
  it('puts the three nodes of an unspread workload in three zones, so losing one zone keeps replicas', () => {
    const prepared = prepare(karpenterInputs(spotPool + workers()));
    expect(prepared.sim.liveNodes().map((n) => n.zone).sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const s = simulate(objects(spotPool + workers()), { scenarios: ['zone-outage:zone=us-east-1a'] }).head.scenarios[0]!;
    expect(s.workloads[0]!.zeroSeconds).toBe(0);
    expect(s.workloads[0]!.minReady).toBe(4);
  });

  it('still packs a workload that fits one node onto one node', () => {
    const prepared = prepare(karpenterInputs(spotPool + deployment({ name: 'small', replicas: 4, cpu: '200m' })));
    expect(prepared.sim.liveNodes()).toHaveLength(1);
  });
});

describe('spot interruption with Karpenter (B.6: replacement launched on the notice)', () => {
  it('launches replacements when the notice arrives, so the workload stays at its PDB floor and the drains finish', () => {
    const s = simulate(objects(spotPool + workers(softZoneSpread)), { scenarios: ['spot-interruption'] }).head.scenarios[0]!;
    expect(s.description).toContain('3 spot node(s) reclaimed');
    // Replacement nodes join at 60 s; evictions go two at a time as replacements turn Ready (maxUnavailable 2).
    expect(s.workloads[0]).toMatchObject({ minReady: 4, belowFloorSeconds: 0, zeroSeconds: 0 });
    expect(s.drains.filter((d) => d.status !== 'drained')).toEqual([]);
    for (const d of s.drains) expect(d.startSeconds + d.durationSeconds).toBeLessThan(120);
  });

  it('counts the interrupted pods once: the evicted pods’ replacements use the nodes launched on the notice (A.4)', () => {
    const prepared = prepare(karpenterInputs(spotPool + workers(softZoneSpread)));
    const victims = [...prepared.sim.liveNodes()];
    interruptNodes(prepared, new DrainLog(prepared.sim), victims, 120_000);
    runToIdle(prepared);
    const nodes = prepared.sim.liveNodes();
    expect(nodes).toHaveLength(3);
    expect(nodes.map((n) => n.zone).sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(prepared.sim.pendingPods()).toHaveLength(0);
  });

  it('without a notice long enough for a launch, the workload still drops (a 30 s notice)', () => {
    const s = simulate(objects(spotPool + workers(softZoneSpread)), { scenarios: ['spot-interruption:notice=30'] }).head.scenarios[0]!;
    expect(s.workloads[0]!.minReady).toBeLessThan(4);
  });
});

describe('spot-interruption:instanceType', () => {
  it('is a usage error for an instance type that does not exist, with a did-you-mean', () => {
    const run = () => simulate(objects(spotPool + workers()), { scenarios: ['spot-interruption:instanceType=m5.xlarg'] });
    expect(run).toThrow(SimulationInputError);
    expect(run).toThrow(/instanceType m5\.xlarg .*did you mean m5\.xlarge\?/);
  });

  it('accepts a real instance type, and one the cluster has none of only gets a note', () => {
    const hit = simulate(objects(spotPool + workers()), { scenarios: ['spot-interruption:instanceType=m5.xlarge'] }).head.scenarios[0]!;
    expect(hit.description).toContain('3 spot node(s) reclaimed');
    const miss = simulate(objects(spotPool + workers()), { scenarios: ['spot-interruption:instanceType=c5.large'] }).head.scenarios[0]!;
    expect(miss.notes).toContain('No node of instance type c5.large.');
  });
});

describe('a pod larger than every instance type a NodePool admits', () => {
  const pool = spotPool.replace('limits: {cpu: "200"}', 'limits: {cpu: "100"}');
  const big = deployment({ name: 'indexer', replicas: 3, cpu: '4' });

  it('says so with the numbers: request vs the largest admitted type’s allocatable', () => {
    const s = simulate(objects(pool + big), { scenarios: ['rolling-upgrade'] }).head.scenarios[0]!;
    expect(s.workloads[0]!.unschedulableReasons[0]).toBe(
      '0/0 nodes are available: no nodes in the cluster. Karpenter: the pod requests 4 cpu, more than any instance type NodePool spot admits (largest: m5.xlarge, 3920m cpu allocatable).',
    );
  });

  it('is exported for the report: a message for a pod that fits no type, nothing for one that fits', () => {
    const objs = objects(pool + big);
    const pools = readNodePools(objs);
    const shape = readModel(objs).workloads[0]!.pod;
    const context = { zones: ['us-east-1a'] };
    expect(oversizedPodReason(shape, pools, context)).toMatch(/requests 4 cpu, more than any instance type NodePool spot admits/);
    expect(oversizedPodReason({ ...shape, cpuMillis: 3000 }, pools, context)).toBeUndefined();
    expect(oversizedPodReason({ ...shape, cpuMillis: 1000, memoryBytes: 64 * 2 ** 30 }, pools, context)).toMatch(
      /requests 64Gi memory, more than any instance type NodePool spot admits \(largest: m5\.xlarge, 14162Mi memory allocatable\)/,
    );
    // DaemonSet pods take their share of every node first.
    const daemon = { ...shape, cpuMillis: 1000, memoryBytes: 0 };
    expect(oversizedPodReason({ ...shape, cpuMillis: 3000 }, pools, { ...context, daemons: [daemon] })).toMatch(
      /requests 3 cpu \(plus 1 cpu for DaemonSet pods\)/,
    );
  });
});

describe('Karpenter keeps launching for a pod whose node another pod took (kube-scheduler ignores its plan)', () => {
  it('does not give up on a pod after two launched nodes that higher-priority pods filled first', () => {
    const pool = spotPool.replace('values: [m5.large, m5.xlarge]', 'values: [m5.large]');
    const yaml =
      pool +
      deployment({ name: 'web', replicas: 1, cpu: '1500m' }) +
      deployment({ name: 'thief', replicas: 0, cpu: '1500m', extraSpec: '      priority: 1000' });
    const prepared = prepare(karpenterInputs(yaml));
    const { sim } = prepared;
    const web = sim.workloads.find((w) => w.spec.name === 'web')!;
    const thief = sim.workloads.find((w) => w.spec.name === 'thief')!;
    sim.setDesired(web, 2);
    // Just as each node launched for web's new pod joins, a higher-priority pod arrives and is scheduled first there
    // (an m5.large holds one 1500m pod): the node is full, which is no disagreement between Karpenter and the scheduler.
    sim.loop.at(60_000, () => sim.setDesired(thief, 1));
    sim.loop.at(120_000, () => sim.setDesired(thief, 2));
    runToIdle(prepared);
    expect(web.ready).toBe(2);
    expect(thief.ready).toBe(2);
    expect(sim.pendingPods()).toHaveLength(0);
    expect([...web.reasons.keys()].join('\n')).not.toContain('Karpenter: launched');
  });
});
