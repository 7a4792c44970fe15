import { describe, expect, it } from 'vitest';
import { compareSides } from '../../src/simulate/compare.js';
import type { ScenarioOutcome, WorkloadOutcome } from '../../src/simulate/outcome.js';
import type { Problem } from '../../src/simulate/problems.js';

function side(w: Partial<WorkloadOutcome>): { scenarios: ScenarioOutcome[]; problems: [] } {
  const workload: WorkloadOutcome = {
    workload: 'Deployment/shop/web',
    kind: 'Deployment',
    namespace: 'shop',
    name: 'web',
    file: 'web.yaml',
    desired: 3,
    minReady: 3,
    belowFloorSeconds: 0,
    zeroSeconds: 0,
    maxPending: 0,
    pendingPodSeconds: 0,
    unschedulableReasons: [],
    ...w,
  };
  const scenario: ScenarioOutcome = { id: 'rolling-upgrade', scenario: 'rolling-upgrade', description: '', params: {}, durationSeconds: 600, events: 1, workloads: [workload], drains: [], hpas: [], notes: [] };
  return { scenarios: [scenario], problems: [] };
}

const change = (base: Partial<WorkloadOutcome>, head: Partial<WorkloadOutcome>) => compareSides(side(base), side(head)).deltas[0]!.change;

describe('base → head labels weigh what users lose', () => {
  it('time at zero outweighs everything else', () => {
    expect(change({ desired: 1, minReady: 0, zeroSeconds: 45 }, { desired: 3, minReady: 1 })).toBe('better');
  });

  it('judges a change at one replica count by the share lost, and a change of count by outages only', () => {
    expect(change({ desired: 3, minReady: 3 }, { desired: 3, minReady: 2 })).toBe('worse');
    expect(change({ desired: 3, minReady: 1 }, { desired: 3, minReady: 2 })).toBe('better');
    // 1 → 3 replicas: keeping 2 of 3 through an outage is no regression from keeping 1 of 1.
    expect(change({ desired: 1, minReady: 1 }, { desired: 3, minReady: 2 })).toBe('rescaled');
    expect(change({ desired: 3, minReady: 2 }, { desired: 1, minReady: 1 })).toBe('rescaled');
    // Reaching zero always counts.
    expect(change({ desired: 1, minReady: 0, zeroSeconds: 300 }, { desired: 3, minReady: 2 })).toBe('better');
  });

  it('calls a change of replica count alone "rescaled", not better or worse', () => {
    expect(change({ desired: 1, minReady: 1 }, { desired: 3, minReady: 3 })).toBe('rescaled');
    // Half lost on both sides: the same share.
    expect(change({ desired: 2, minReady: 1 }, { desired: 4, minReady: 2 })).toBe('rescaled');
    expect(change({ desired: 3, minReady: 3 }, { desired: 3, minReady: 3 })).toBe('same');
  });

  it('does not call a change worse for adding a PDB whose new floor was briefly missed', () => {
    expect(change({ minReady: 2 }, { minReady: 2, pdbFloor: 3, belowFloorSeconds: 30 })).toBe('same');
    // With the same floor on both sides, the time below it counts.
    expect(change({ minReady: 2, pdbFloor: 3, belowFloorSeconds: 10 }, { minReady: 2, pdbFloor: 3, belowFloorSeconds: 30 })).toBe('worse');
  });
});

describe('a problem that repeats within a scenario', () => {
  it('is shown by its first occurrence, the same one its finding reports', () => {
    const drain = (node: string): Problem => ({
      ruleId: 'sim/drain-blocked',
      scenario: 'rolling-upgrade',
      object: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', namespace: 'shop', name: 'web' },
      file: 'web.yaml', line: 20, column: 3, endLine: 20, endColumn: 18, fieldPath: 'spec.minAvailable',
      detail: `the drain of node ${node} timed out`,
      remediation: 'Set maxUnavailable to at least 1.',
    });
    const head = { scenarios: [], problems: [drain('node-a'), drain('node-b')] };
    const [only] = compareSides({ scenarios: [], problems: [] }, head).problems;
    expect(only).toMatchObject({ status: 'new', problem: { detail: 'the drain of node node-a timed out' } });
  });
});
