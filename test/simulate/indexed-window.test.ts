/**
 * The indexed fast path (indexed-window.ts over slot-tree.ts) must pick exactly the node the plain scan picks:
 * same window of numFeasibleNodesToFind feasible nodes from the rotating start index, same LeastAllocated and
 * PodTopologySpread scores (kubernetes-semantics B.4), same tie-break (first in scan order), same next start index.
 * Randomised clusters (seeded, so a failure replays) with mixed node shapes, cordoned, down, deleted and new nodes,
 * nodes lacking the spread key, and pods of mixed sizes are compared pod by pod.
 */
import { describe, expect, it } from 'vitest';
import type { ClusterModel, NodeTemplate } from '../../src/simulate/cluster.js';
import { findNode, findNodeByScan, findNodeFromIndex } from '../../src/simulate/scheduler.js';
import { Simulation } from '../../src/simulate/simulation.js';
import type { SimNode, SimPod, SimWorkload } from '../../src/simulate/state.js';
import { readModel } from '../../src/simulate/workloads.js';
import { objects } from './helpers.js';

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GI = 2 ** 30;
const SHAPES = [
  { cpuMillis: 2000, memoryBytes: 4 * GI, pods: 10 },
  { cpuMillis: 4000, memoryBytes: 16 * GI, pods: 30 },
  { cpuMillis: 16000, memoryBytes: 64 * GI, pods: 110 },
  { cpuMillis: 3500, memoryBytes: 7.5 * GI, pods: 17 },
  // Room for few pods: the pod count, not cpu or memory, is what fills these.
  { cpuMillis: 8000, memoryBytes: 32 * GI, pods: 4 },
];
const ZONES = ['zone-a', 'zone-b', 'zone-c'];

function nodeTemplate(random: () => number, name: string): NodeTemplate {
  const allocatable = SHAPES[Math.floor(random() * SHAPES.length)]!;
  const zone = ZONES[Math.floor(random() * ZONES.length)]!;
  const labels: Record<string, string> = { 'kubernetes.io/hostname': name };
  // Some nodes lack the zone label or the rack label: the spread score treats such nodes apart.
  if (random() < 0.9) labels['topology.kubernetes.io/zone'] = zone;
  if (random() < 0.5) labels['example.com/rack'] = `rack-${Math.floor(random() * 6)}`;
  return { name, zone, instanceType: 'test', capacityType: 'on-demand', labels, taints: [], allocatable, group: 'test', unschedulable: false };
}

const soft = (key: string, maxSkew: number, app: string) =>
  `        - {maxSkew: ${maxSkew}, topologyKey: ${key}, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: ${app}}}}`;

function workload(name: string, cpu: string, memory: string, spec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  replicas: 0
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}, tier: web}}
    spec:
${spec}
      containers:
        - {name: app, image: example, resources: {requests: {cpu: ${cpu}, memory: ${memory}}}}
`;
}

const MANIFESTS = [
  workload('zone-spread', '100m', '128Mi', `      topologySpreadConstraints:\n${soft('topology.kubernetes.io/zone', 1, 'zone-spread')}`),
  // Two soft constraints on the same key: their raw scores add up per domain.
  workload('two-on-zone', '250m', '512Mi', `      topologySpreadConstraints:\n${soft('topology.kubernetes.io/zone', 3, 'two-on-zone')}\n${soft('topology.kubernetes.io/zone', 1, 'zone-spread')}`),
  workload('rack-spread', '1', '2Gi', `      topologySpreadConstraints:\n${soft('example.com/rack', 2, 'rack-spread')}`),
  // No constraints: the system default spread uses hostname and zone, which only the scan answers.
  workload('system-default', '1500m', '3Gi', ''),
  workload('plain', '50m', '64Mi', `      topologySpreadConstraints:\n${soft('topology.kubernetes.io/zone', 1, 'plain')}`),
  // A node selector that some nodes fail: only the scan answers.
  workload('zone-a-only', '200m', '256Mi', '      nodeSelector: {topology.kubernetes.io/zone: zone-a}'),
].join('---\n');

interface Tally {
  attempts: number;
  indexed: number;
  indexedBy: Map<string, number>;
}

/** Schedules every pending pod, comparing the indexed answer with the scan's, and binds the scan's choice. */
function scheduleAndCompare(sim: Simulation, tally: Tally): void {
  const queue = sim.pendingPods().sort((a, b) => a.id - b.id);
  for (const pod of queue) {
    const start = sim.nextStartNode;
    const expected = findNodeByScan(sim, pod);
    const expectedNext = sim.nextStartNode;
    sim.nextStartNode = start;
    const indexed = findNodeFromIndex(sim, pod);
    tally.attempts++;
    if (indexed) {
      tally.indexed++;
      tally.indexedBy.set(pod.w.spec.name, (tally.indexedBy.get(pod.w.spec.name) ?? 0) + 1);
      expect({ pod: pod.name, node: indexed.node?.name, next: sim.nextStartNode }).toEqual({
        pod: pod.name,
        node: expected.node?.name,
        next: expectedNext,
      });
    } else {
      expect(sim.nextStartNode).toBe(start);
    }
    // The combined entry point agrees as well (it is what the simulation calls).
    sim.nextStartNode = start;
    expect(findNode(sim, pod).node?.name).toBe(expected.node?.name);
    expect(sim.nextStartNode).toBe(expectedNext);
    if (expected.node) sim.bind(pod, expected.node);
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function randomRun(seed: number, nodes: number, percentage: number | undefined): Tally {
  const random = prng(seed);
  const sim = new Simulation(readModel(objects(MANIFESTS)));
  sim.percentageOfNodesToScore = percentage;
  // This workload's pods get no spread preference at all, to cover the LeastAllocated-only score.
  const plain = sim.workloads.find((w) => w.spec.name === 'plain')!;
  plain.softSpread = [];
  const cluster: ClusterModel = { source: 'test', nodes: [], zones: ZONES };
  let nodeSeq = 0;
  for (let i = 0; i < nodes; i++) cluster.nodes.push(nodeTemplate(random, `node-${nodeSeq++}`));
  for (const template of cluster.nodes) sim.addNode(template);
  const tally: Tally = { attempts: 0, indexed: 0, indexedBy: new Map() };
  const live = (): SimNode[] => sim.liveNodes();
  const scalable: SimWorkload[] = sim.workloads;
  for (let round = 0; round < 60; round++) {
    const action = random();
    if (action < 0.45) {
      const w = pick(random, scalable);
      sim.setDesired(w, w.desired + 1 + Math.floor(random() * 40));
    } else if (action < 0.55) {
      const w = pick(random, scalable);
      sim.setDesired(w, Math.floor(w.desired / 2));
    } else if (action < 0.65) {
      const node = pick(random, live());
      if (node.cordoned) sim.uncordon(node);
      else sim.cordon(node);
    } else if (action < 0.72) {
      const node = pick(random, live());
      if (node.down) sim.recoverNode(node);
      else sim.failNode(node);
    } else if (action < 0.86) {
      // Deletions in bulk now and then, so that the table compacts its dead slots.
      const count = random() < 0.2 ? Math.floor(live().length / 2) : 1 + Math.floor(random() * 5);
      for (let i = 0; i < count && live().length > 1; i++) sim.deleteNode(pick(random, live()));
    } else {
      const count = 1 + Math.floor(random() * 20);
      for (let i = 0; i < count; i++) sim.addNode(nodeTemplate(random, `node-${nodeSeq++}`));
    }
    scheduleAndCompare(sim, tally);
  }
  return tally;
}

describe('indexed scheduling window (same choice as the scan)', () => {
  it.each([
    [1, 150, 5],
    [2, 400, 5],
    [3, 600, undefined],
    [4, 300, 50],
    [5, 90, 5],
    [6, 1200, 5],
  ])('seed %i, %i nodes, percentageOfNodesToScore %s: every pod lands on the scan\'s node', (seed, nodes, percentage) => {
    const tally = randomRun(seed, nodes, percentage);
    // The index must really answer most fast-path pods, and never those it cannot answer exactly.
    expect(tally.indexed).toBeGreaterThan(tally.attempts / 3);
    expect(tally.indexedBy.get('system-default') ?? 0).toBe(0);
    expect(tally.indexedBy.get('zone-a-only') ?? 0).toBe(0);
    for (const name of ['zone-spread', 'two-on-zone', 'rack-spread', 'plain']) expect(tally.indexedBy.get(name) ?? 0).toBeGreaterThan(0);
  });

  it('leaves an unschedulable pod to the scan, which explains why no node fits', () => {
    const sim = new Simulation(readModel(objects(workload('huge', '64', '1Gi', `      topologySpreadConstraints:\n${soft('topology.kubernetes.io/zone', 1, 'huge')}`))));
    const random = prng(7);
    for (let i = 0; i < 120; i++) sim.addNode(nodeTemplate(random, `node-${i}`));
    sim.setDesired(sim.workloads[0]!, 1);
    const pod: SimPod = sim.pendingPods()[0]!;
    expect(findNodeFromIndex(sim, pod)).toBeUndefined();
    expect(findNode(sim, pod).reason).toBe('0/120 nodes are available: 120 Insufficient cpu.');
  });
});
