import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/load/load-manifests.js';
import type { ManifestObject } from '../../src/model/types.js';
import { defaultCluster } from '../../src/simulate/cluster.js';
import { simulate } from '../../src/simulate/index.js';
import { readNodePools } from '../../src/simulate/karpenter.js';
import { prepare, runToIdle, type SimulationInputs } from '../../src/simulate/scenarios/setup.js';
import { loseZone } from '../../src/simulate/scenarios/zone-outage.js';
import { readModel } from '../../src/simulate/workloads.js';
import { deployment, objects } from './helpers.js';

const nodePool = (cpuLimit: string) => `
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: general}
spec:
  limits: {cpu: "${cpuLimit}"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: node.kubernetes.io/instance-type, operator: In, values: [m5.large, m5.xlarge]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: topology.kubernetes.io/zone, operator: In, values: [us-east-1a, us-east-1b]}
---`;

describe('Karpenter NodePools as the cluster (B.6)', () => {
  it('provisions nodes for the workloads from the NodePool requirements, in its zones', () => {
    const result = simulate(objects(nodePool('100') + deployment({ name: 'web', replicas: 4, cpu: '1500m' })), { scenarios: ['rolling-upgrade'] });
    expect(result.head.cluster).toContain('Karpenter NodePools');
    const s = result.head.scenarios[0]!;
    expect(s.workloads[0]).toMatchObject({ desired: 4 });
    expect(s.description).toMatch(/Drain and replace [1-9]\d* node/);
  });

  it('leaves pods pending with the NodePool limit as the reason when the limit is reached', () => {
    // 4 vCPU allow one m5.xlarge: 2 pods of 1500m fit, the other 2 stay pending.
    const result = simulate(objects(nodePool('4') + deployment({ name: 'web', replicas: 4, cpu: '1500m' })), { scenarios: ['rolling-upgrade:nodes=0'] });
    const w = result.head.scenarios[0]!.workloads[0]!;
    expect(w.maxPending).toBe(2);
    expect(w.unschedulableReasons[0]).toBe('0/1 nodes are available: 1 Insufficient cpu. Karpenter: NodePool general reached its limits.');
  });

  it('launches nothing for a pod pinned to another NodePool by karpenter.sh/nodepool (B.6 well-known labels)', () => {
    // The pod selects a pool that does not exist here; the unlimited "general" pool must not admit it (its nodes carry
    // karpenter.sh/nodepool=general), otherwise it would launch a useless node for it after every launch delay.
    const pinned = deployment({ name: 'embeddings', replicas: 2, extraSpec: '      nodeSelector: {karpenter.sh/nodepool: gpu}' });
    const result = simulate(objects(nodePool('1000') + pinned), { scenarios: ['zone-outage:zone=us-east-1a,duration=10m'] });
    const s = result.head.scenarios[0]!;
    expect(s.description).toContain('(0 node(s))');
    expect(s.workloads[0]).toMatchObject({ minReady: 0, maxPending: 2 });
    // Idle within the outage: no node launches every 60 s until the 7-day horizon.
    expect(s.durationSeconds).toBeLessThanOrEqual(600);
  });

  it('spreads the nodes it launches over zones when the pods spread over zones, as Karpenter honours topology spread', () => {
    // Two zones, 4 small replicas that would all fit on one m5.xlarge: with a zone spread (even a preferred one),
    // Karpenter plans claims in both zones, so losing one zone leaves replicas running.
    const spread = `      topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}`;
    const spreadOut = simulate(objects(nodePool('100') + deployment({ name: 'web', replicas: 4, cpu: '200m', extraSpec: spread })), {
      scenarios: ['zone-outage:zone=us-east-1a,duration=10m'],
    });
    expect(spreadOut.head.scenarios[0]!.workloads[0]).toMatchObject({ desired: 4, minReady: 2, zeroSeconds: 0 });
    // Without a spread constraint the cheapest plan is one node, in one zone.
    const packed = simulate(objects(nodePool('100') + deployment({ name: 'web', replicas: 4, cpu: '200m' })), { scenarios: ['rolling-upgrade'] });
    expect(packed.head.scenarios[0]!.description).toContain('Drain and replace 1 node(s)');
  });
});

describe('Karpenter launches only nodes kube-scheduler will use', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const reviewRepro = [
    'examples/karpenter/karpenter-do-not-disrupt-widespread.yaml',
    'examples/karpenter/karpenter-nodepool-without-limits.yaml',
  ];
  const karpenterInputs = (objs: ManifestObject[]): SimulationInputs => ({ model: readModel(objs), cluster: defaultCluster(0), pools: readNodePools(objs) });

  it('launches nothing in a zone outage when the lost zone, still a spread domain with 0 pods, caps every other zone (B.4)', () => {
    // 4 replicas, zone spread maxSkew 1 (DoNotSchedule) over 3 zones: 2/1/1. Once the lost zone's pods are deleted,
    // it counts 0, so the other zones may hold 1 each and 2 replicas stay pending. kube-scheduler counts the lost zone
    // (its nodes stay, nodeTaintsPolicy Ignore), so new nodes in the other zones could not take the pods either.
    const objs = loadManifests(reviewRepro, { cwd: root }).objects;
    const prepared = prepare(karpenterInputs(objs));
    expect(prepared.sim.liveNodes().map((n) => n.zone).sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    loseZone(prepared, 'us-east-1a', 12 * 3600_000);
    prepared.sim.loop.runUntil(12 * 3600_000 - 1);
    expect(prepared.sim.liveNodes()).toHaveLength(3);
    expect(prepared.sim.pendingPods()).toHaveLength(2);
    runToIdle(prepared);
    // The zone returns and the pending replicas schedule there: still the same 3 nodes.
    expect(prepared.sim.liveNodes()).toHaveLength(3);
    expect(prepared.sim.pendingPods()).toHaveLength(0);

    const s = simulate(objs, { scenarios: ['zone-outage:zone=us-east-1a,duration=12h'] }).head.scenarios[0]!;
    expect(s.workloads[0]).toMatchObject({ desired: 4, minReady: 2, maxPending: 2 });
    expect(s.workloads[0]!.unschedulableReasons).toEqual(['0/3 nodes are available: 2 Insufficient cpu, 1 node(s) had untolerated taint.']);
    // Zone back at 12 h, the two replicas Ready 5 s later (no readiness delay beyond the default): idle from then on.
    expect(s.durationSeconds).toBe(12 * 3600 + 5);
  });

  it('gives up on a pod after a second launched node it still does not schedule on, and says why', () => {
    // Required pod affinity to pods that do not exist: no node can take the pod. The planner does not model pod
    // affinity, so without the safety net an unlimited NodePool would launch a node per launch delay.
    const lonely = deployment({
      name: 'web',
      replicas: 1,
      extraSpec: `      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: cache}}}`,
    });
    const objs = objects(nodePool('1000') + lonely);
    const prepared = prepare(karpenterInputs(objs));
    runToIdle(prepared);
    expect(prepared.sim.liveNodes().map((n) => n.name)).toEqual(['general-00000', 'general-00001']);

    const s = simulate(objs, { scenarios: ['zone-outage:zone=us-east-1b,duration=10m'] }).head.scenarios[0]!;
    expect(s.workloads[0]).toMatchObject({ minReady: 0, maxPending: 1 });
    expect(s.workloads[0]!.unschedulableReasons[0]).toMatch(
      /^0\/2 nodes are available: .*Karpenter: launched general-00001 but the pod does not fit there: node\(s\) didn't match pod affinity rules\.$/,
    );
    expect(s.durationSeconds).toBeLessThanOrEqual(600);
  });
});
