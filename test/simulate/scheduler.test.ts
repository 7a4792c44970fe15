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

  it('counts a zone that joins later as an eligible domain with 0 pods: the next pod must go there', () => {
    // B.4: every eligible node adds its domain even with a count of 0, so a new empty zone lowers the global minimum.
    const p = prepare(inputs(deployment({ name: 'web', replicas: 6, extraSpec: zoneSpread(1) })));
    expect(Object.values(zonesOf(p)).sort()).toEqual([2, 2, 2]);
    const template = p.sim.liveNodes()[0]!.template;
    const zone = 'us-east-1d';
    p.sim.addNode({ ...template, name: 'late-node', zone, labels: { ...template.labels, 'topology.kubernetes.io/zone': zone, 'kubernetes.io/hostname': 'late-node' } });
    const w = p.sim.workloads[0]!;
    p.sim.setDesired(w, 7);
    p.sim.loop.runUntil(p.sim.now);
    expect(zonesOf(p)[zone]).toBe(1);
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

describe('scan window and rotating start (kube-scheduler numFeasibleNodesToFind, nextStartNodeIndex)', () => {
  // A hard spread with a huge maxSkew never filters but switches off the system default spread, so the score is
  // LeastAllocated alone and, among empty nodes, the first one scanned wins.
  const looseSpread = zoneSpread(1000);

  it('starts the next scan where the last one stopped, counting live nodes only after deletions', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 1, extraSpec: looseSpread }), defaultCluster(100)));
    const w = p.sim.workloads[0]!;
    const nodes = [...p.sim.liveNodes()];
    // 300 nodes at 5 %: 100 feasible nodes per attempt; the first pod scanned positions 0–99.
    expect(p.sim.nextStartNode).toBe(100);
    expect([...w.pods][0]!.node).toBe(nodes[0]);
    // Deleting 10 nodes before the start shifts the live positions: position 100 is now the 111th original node.
    for (const node of nodes.slice(1, 11)) p.sim.deleteNode(node);
    p.sim.setDesired(w, 2);
    p.sim.loop.runUntil(p.sim.now);
    const second = [...w.pods].find((pod) => pod.node !== nodes[0])!;
    expect(second.node).toBe(nodes[110]);
    expect(p.sim.nextStartNode).toBe(200);
  });

  it('wraps the start index to 0 when deletions leave fewer live nodes than it points at', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 1, extraSpec: looseSpread }), defaultCluster(100)));
    const w = p.sim.workloads[0]!;
    const nodes = [...p.sim.liveNodes()];
    for (const node of nodes.slice(150)) p.sim.deleteNode(node);
    // Start index 100 < 150 live nodes: kept. Deleting 60 more leaves 90 < 100: back to 0.
    for (const node of nodes.slice(90, 150)) p.sim.deleteNode(node);
    p.sim.setDesired(w, 2);
    p.sim.loop.runUntil(p.sim.now);
    const second = [...w.pods].find((pod) => pod.node !== nodes[0])!;
    // Scan from 0 over all 90 nodes (fewer than 100): node 0 holds the first pod, so empty node 1 scores best.
    expect(second.node).toBe(nodes[1]);
    expect(p.sim.nextStartNode).toBe(0);
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
