import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../../src/simulate/cluster.js';
import { feasibleNodesToFind, findNode } from '../../src/simulate/scheduler.js';
import { prepare } from '../../src/simulate/scenarios/setup.js';
import { deployment, inputs } from './helpers.js';

const zoneSpread = (maxSkew: number, extra = '') => `
      topologySpreadConstraints:
        - maxSkew: ${maxSkew}
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector: {matchLabels: {app: web}}${extra}`;

/** Pins the first pods: zone counts before the next pod is scheduled. */
function zonesOf(p: ReturnType<typeof prepare>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const pod of p.sim.workloads[0]!.pods) if (pod.node) counts[pod.node.zone] = (counts[pod.node.zone] ?? 0) + 1;
  return counts;
}

describe('topology spread filter (B.4)', () => {
  it('keeps DoNotSchedule maxSkew 1 over zones: 5 replicas land 2/2/1', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 5, extraSpec: zoneSpread(1) })));
    expect(Object.values(zonesOf(p)).sort()).toEqual([1, 2, 2]);
  });

  it('zones 2/2/1 with maxSkew 1: only the zone with 1 pod accepts the next pod', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 5, extraSpec: zoneSpread(1) })));
    const counts = zonesOf(p);
    const w = p.sim.workloads[0]!;
    p.sim.setDesired(w, 6);
    p.sim.loop.runUntil(0);
    const newPod = [...w.pods].find((pod) => pod.node && !pod.ready)!;
    const emptiest = Object.entries(counts).find(([, n]) => n === 1)![0];
    expect(newPod.node!.zone).toBe(emptiest);
  });

  it('minDomains above the number of zones makes the global minimum 0: counts 2/2/2, maxSkew 2 → unschedulable', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 6, extraSpec: zoneSpread(2, '\n          minDomains: 5') })));
    expect(Object.values(zonesOf(p)).sort()).toEqual([2, 2, 2]);
    const w = p.sim.workloads[0]!;
    p.sim.setDesired(w, 7);
    p.sim.loop.runUntil(0);
    const pending = p.sim.pendingPods();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.lastReason).toBe("0/9 nodes are available: 9 node(s) didn't match pod topology spread constraints.");
  });

  it('explains insufficient cpu the way kube-scheduler does', () => {
    const p = prepare(inputs(deployment({ name: 'big', replicas: 1, cpu: '5' })));
    expect(findNode(p.sim, [...p.sim.workloads[0]!.pods][0]!).reason).toBe('0/9 nodes are available: 9 Insufficient cpu.');
  });

  it('honours nodeSelector, taints and cordoned nodes', () => {
    const cluster = defaultCluster(1);
    cluster.nodes[0]!.taints = [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }];
    const p = prepare(inputs(deployment({ name: 'web', replicas: 1, extraSpec: '      nodeSelector: {topology.kubernetes.io/zone: us-east-1a}' }), cluster));
    const pod = [...p.sim.workloads[0]!.pods][0]!;
    expect(pod.node).toBeNull();
    expect(pod.lastReason).toBe("0/3 nodes are available: 2 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint.");
  });

  it('keeps pods apart with required pod anti-affinity on hostname', () => {
    const anti = `
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector: {matchLabels: {app: web}}`;
    const p = prepare(inputs(deployment({ name: 'web', replicas: 4, extraSpec: anti }), defaultCluster(1)));
    const placed = [...p.sim.workloads[0]!.pods].filter((x) => x.node);
    expect(new Set(placed.map((x) => x.node!.name)).size).toBe(3);
    expect(p.sim.pendingPods()[0]!.lastReason).toBe("0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.");
  });
});

describe('numFeasibleNodesToFind (kube-scheduler adaptive percentage)', () => {
  it.each([
    [50, 50],
    [1000, 420],
    [4000, 720],
    [10000, 500],
  ])('%i nodes → %i', (total, want) => expect(feasibleNodesToFind(total)).toBe(want));
});
