/**
 * kube-scheduler preemption (DefaultPreemption PostFilter), as kubernetes.io "Pod Priority and Preemption" states it:
 * a pending pod may delete lower-priority pods on one node to make room, unless its PriorityClass says
 * `preemptionPolicy: Never`; victims get their graceful termination period; PDBs are respected on a best-effort basis.
 */
import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../../src/simulate/cluster.js';
import { finish, prepare, type Prepared } from '../../src/simulate/scenarios/setup.js';
import type { SimWorkload } from '../../src/simulate/state.js';
import { deployment, inputs, pdb } from './helpers.js';

function priorityClass(name: string, value: number, extra = ''): string {
  return `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: ${name}}
value: ${value}
${extra}
---`;
}

const CLASSES = priorityClass('low', 100) + priorityClass('mid', 500) + priorityClass('high', 1000) + priorityClass('high-never', 1000, 'preemptionPolicy: Never');

/** m5.xlarge allocatable is 3920m: three 1200m pods leave 320m, too little for a 1000m pod. */
function workload(name: string, replicas: number, cls: string, cpu: string, node?: string): string {
  const selector = node ? `\n      nodeSelector: {kubernetes.io/hostname: ${node}}` : '';
  return deployment({ name, replicas, cpu, extraSpec: `      priorityClassName: ${cls}${selector}` });
}

function byName(p: Prepared, name: string): SimWorkload {
  return p.sim.workloads.find((w) => w.spec.name === name)!;
}

const oneNode = () => defaultCluster(1, ['us-east-1a']);
const NODE_A = 'default-us-east-1a-0';
const NODE_B = 'default-us-east-1b-0';

describe('preemption (Pod Priority and Preemption)', () => {
  it('a higher-priority pod preempts a lower-priority one on a full node and lands there after the grace period', () => {
    const p = prepare(inputs(CLASSES + workload('batch', 3, 'low', '1200m') + workload('api', 0, 'high', '1000m'), oneNode()));
    const batch = byName(p, 'batch');
    const api = byName(p, 'api');
    p.sim.setDesired(api, 1);
    p.sim.loop.runUntil(0);
    const [preemptor] = [...api.pods];
    // Victims get a graceful deletion (terminationGracePeriodSeconds, default 30 s); the preemptor waits, nominated.
    expect([...batch.pods].filter((pod) => pod.terminating)).toHaveLength(1);
    expect(preemptor!.node).toBeNull();
    expect(preemptor!.nominatedNode?.name).toBe(NODE_A);
    p.sim.loop.runUntil(29_000);
    expect(preemptor!.node).toBeNull();
    p.sim.loop.runUntil(31_000);
    expect(preemptor!.node?.name).toBe(NODE_A);
    // The replacement batch pod cannot take the room: the nominated pod held it (one victim only).
    expect(batch.preempted).toBe(1);
    expect(p.sim.pendingPods().map((pod) => pod.w.spec.name)).toEqual(['batch']);
    const outcome = finish(p, { id: 't', scenario: 't', description: 't', params: {} }, {}, 31_000);
    expect(outcome.workloads.find((w) => w.name === 'batch')!.preempted).toBe(1);
    expect(outcome.workloads.find((w) => w.name === 'api')!.preempted).toBeUndefined();
    expect(outcome.notes).toEqual(['1 pod(s) preempted by higher-priority pods (Deployment/shop/batch 1).']);
  });

  it('counts the room of victims already terminating: two preemptors on one node delete two pods, not three', () => {
    const p = prepare(inputs(CLASSES + workload('batch', 3, 'low', '1200m') + workload('api', 0, 'high', '1000m'), oneNode()));
    const api = byName(p, 'api');
    p.sim.setDesired(api, 2);
    p.sim.loop.runUntil(31_000);
    expect([...api.pods].map((pod) => pod.node?.name)).toEqual([NODE_A, NODE_A]);
    expect(byName(p, 'batch').preempted).toBe(2);
  });

  it('does not preempt for a pod whose PriorityClass has preemptionPolicy: Never: it stays pending', () => {
    const p = prepare(inputs(CLASSES + workload('batch', 3, 'low', '1200m') + workload('api', 0, 'high-never', '1000m'), oneNode()));
    p.sim.setDesired(byName(p, 'api'), 1);
    p.sim.loop.runUntil(60_000);
    expect(byName(p, 'batch').preempted).toBe(0);
    expect([...byName(p, 'batch').pods].every((pod) => pod.node && !pod.terminating)).toBe(true);
    expect(p.sim.pendingPods().map((pod) => pod.w.spec.name)).toEqual(['api']);
    expect(p.sim.pendingPods()[0]!.lastReason).toBe('0/1 nodes are available: 1 Insufficient cpu.');
  });

  it('never preempts pods of equal priority', () => {
    const p = prepare(inputs(CLASSES + workload('batch', 3, 'high', '1200m') + workload('api', 0, 'high', '1000m'), oneNode()));
    p.sim.setDesired(byName(p, 'api'), 1);
    p.sim.loop.runUntil(60_000);
    expect(byName(p, 'batch').preempted).toBe(0);
    expect(p.sim.pendingPods().map((pod) => pod.w.spec.name)).toEqual(['api']);
  });

  it('picks the lowest-priority victim on the node and reprieves the more important one', () => {
    // Removing either the low or the mid pod makes room; the more important mid pod is reprieved first.
    const yaml = CLASSES + workload('filler', 1, 'high', '1200m') + workload('cheap', 1, 'low', '1200m') + workload('middle', 1, 'mid', '1200m') + workload('api', 0, 'high', '1000m');
    const p = prepare(inputs(yaml, oneNode()));
    p.sim.setDesired(byName(p, 'api'), 1);
    p.sim.loop.runUntil(0);
    expect(byName(p, 'cheap').preempted).toBe(1);
    expect(byName(p, 'middle').preempted).toBe(0);
  });

  it('chooses the node whose victim violates no PDB, even when the other node would win the later tie-breakers', () => {
    // Both nodes are full of priority-100 pods; the guarded ones (newer, which the start-time rule would prefer) are
    // under a PDB with no disruptions allowed, so upstream's first criterion (fewest PDB violations) picks node B.
    const yaml =
      CLASSES +
      workload('free', 3, 'low', '1200m', NODE_B) +
      workload('guarded', 3, 'low', '1200m', NODE_A) +
      pdb('guarded', 'minAvailable: 3') +
      workload('api', 0, 'high', '1000m');
    const p = prepare(inputs(yaml, defaultCluster(1, ['us-east-1a', 'us-east-1b'])));
    p.sim.setDesired(byName(p, 'api'), 1);
    p.sim.loop.runUntil(0);
    expect(byName(p, 'guarded').preempted).toBe(0);
    expect(byName(p, 'free').preempted).toBe(1);
    expect([...byName(p, 'api').pods][0]!.nominatedNode?.name).toBe(NODE_B);
  });

  it('on one node, reprieves the PDB-protected pod first and takes the unprotected one', () => {
    const yaml =
      CLASSES + workload('filler', 1, 'high', '1200m') + workload('guarded', 1, 'low', '1200m') + pdb('guarded', 'minAvailable: 1') + workload('free', 1, 'low', '1200m') + workload('api', 0, 'high', '1000m');
    const p = prepare(inputs(yaml, oneNode()));
    p.sim.setDesired(byName(p, 'api'), 1);
    p.sim.loop.runUntil(0);
    expect(byName(p, 'guarded').preempted).toBe(0);
    expect(byName(p, 'free').preempted).toBe(1);
  });

  it('violates a PDB when no node allows otherwise (PDBs are best effort for preemption)', () => {
    const yaml = CLASSES + workload('guarded', 3, 'low', '1200m') + pdb('guarded', 'minAvailable: 3') + workload('api', 0, 'high', '1000m');
    const p = prepare(inputs(yaml, oneNode()));
    p.sim.setDesired(byName(p, 'api'), 1);
    p.sim.loop.runUntil(31_000);
    expect(byName(p, 'guarded').preempted).toBe(1);
    expect([...byName(p, 'api').pods][0]!.node?.name).toBe(NODE_A);
  });
});
