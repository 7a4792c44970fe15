import { describe, expect, it } from 'vitest';
import { drainNode, type DrainOutcome } from '../../src/simulate/drain.js';
import { decideEviction, evict } from '../../src/simulate/eviction.js';
import { prepare } from '../../src/simulate/scenarios/setup.js';
import type { SimPod } from '../../src/simulate/state.js';
import { deployment, inputs, pdb } from './helpers.js';

function podsOf(prepared: ReturnType<typeof prepare>, name: string): SimPod[] {
  return [...prepared.sim.workloads.find((w) => w.spec.name === name)!.pods].sort((a, b) => a.id - b.id);
}

describe('Eviction API (B.1.6)', () => {
  it('counts the budget down between evictions: with maxUnavailable 1 the second eviction gets 429', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 3 }) + pdb('web', 'maxUnavailable: 1')));
    const [a, b] = podsOf(p, 'web');
    expect(evict(p.sim, a!).code).toBe(201);
    const second = evict(p.sim, b!);
    expect(second.code).toBe(429);
    expect(second.code === 429 && second.message).toContain('needs 2 healthy pods and has 2 currently');
  });

  it('refuses a pod covered by two PDBs with 500', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 3 }) + pdb('web-a', 'maxUnavailable: 1', 'web') + pdb('web-b', 'maxUnavailable: 1', 'web')));
    const result = decideEviction(p.sim, podsOf(p, 'web')[0]!);
    expect(result.code).toBe(500);
  });

  it('lets an unready pod go without budget only while the app is not disrupted (IfHealthyBudget), always under AlwaysAllow', () => {
    const yaml = (policy: string) =>
      deployment({ name: 'web', replicas: 3 }) + pdb('web', `minAvailable: 2${policy ? `\n  unhealthyPodEvictionPolicy: ${policy}` : ''}`);
    for (const [policy, expected] of [['', 429], ['AlwaysAllow', 201]] as const) {
      const p = prepare(inputs(yaml(policy)));
      const [a, b, c] = podsOf(p, 'web');
      expect(evict(p.sim, a!).code).toBe(201); // healthy 3 → 2: the budget is used up
      // b becomes unready: currentHealthy 1 < desiredHealthy 2, the app is already disrupted.
      b!.ready = false;
      b!.w.ready--;
      expect(decideEviction(p.sim, b!).code).toBe(expected);
      void c;
    }
  });

  it('evicts a pending pod without consulting the budget', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 1 }) + pdb('web', 'minAvailable: 1')));
    const pod = podsOf(p, 'web')[0]!;
    expect(decideEviction(p.sim, pod).code).toBe(429);
    const pending = { ...pod, node: null };
    expect(decideEviction(p.sim, pending).code).toBe(201);
  });
});

describe('kubectl drain (B.2)', () => {
  function drain(yaml: string, timeoutMs: number): DrainOutcome {
    const p = prepare(inputs(yaml));
    const node = podsOf(p, 'web')[0]!.node!;
    let outcome: DrainOutcome | undefined;
    drainNode(p.sim, node, { caller: 'kubectl', timeoutMs, onDone: (o) => (outcome = o) });
    p.sim.loop.runUntil(24 * 3600_000);
    return outcome!;
  }

  it('retries a 429 every 5 s until --timeout: 300 s gives 60 refusals and a timed-out drain', () => {
    const outcome = drain(deployment({ name: 'web', replicas: 1 }) + pdb('web', 'minAvailable: 1'), 300_000);
    expect(outcome.status).toBe('timed-out');
    expect(outcome.endedMs - outcome.startedMs).toBe(300_000);
    expect(outcome.rejections).toBe(60);
    expect(outcome.blockingPdbs).toEqual(['PodDisruptionBudget/shop/web']);
  });

  it('finishes when the evicted pod is gone: after its 30 s grace period, seen by the 1 s poll', () => {
    const outcome = drain(deployment({ name: 'web', replicas: 2 }) + pdb('web', 'maxUnavailable: 1'), 0);
    expect(outcome.status).toBe('drained');
    // Evicted at 0, gone after the 30 s grace period, seen by the 1 s poll.
    expect(outcome.endedMs - outcome.startedMs).toBe(30_000);
  });

  it('fails the pod, not the whole drain loop, on the 500 for two PDBs', () => {
    const outcome = drain(deployment({ name: 'web', replicas: 2 }) + pdb('a', 'maxUnavailable: 1', 'web') + pdb('b', 'maxUnavailable: 1', 'web'), 0);
    expect(outcome.status).toBe('failed');
    expect(outcome.blockingPdbs).toEqual(['PodDisruptionBudget/shop/a', 'PodDisruptionBudget/shop/b']);
    expect(outcome.messages[0]).toContain('more than one PodDisruptionBudget');
  });
});
