import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate/index.js';
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
