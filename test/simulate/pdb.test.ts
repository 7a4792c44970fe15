import { describe, expect, it } from 'vitest';
import { pdbStatus } from '../../src/simulate/pdb.js';

// kubernetes-semantics.md B.1.4/B.1.5 worked examples (R = desired replicas, H = ready pods).
describe('PDB status arithmetic (B.1.4, B.1.5)', () => {
  const base = { matchedPods: 0, scaleUnresolvable: false };
  it.each([
    ['maxUnavailable 50%, R=7, H=7 → unavailable ceil(3.5)=4, desired 3, allowed 4', { maxUnavailable: '50%' }, { ...base, expectedScale: 7, matchedPods: 7, currentHealthy: 7 }, 3, 4],
    ['minAvailable 50%, R=7, H=7 → desired ceil(3.5)=4, allowed 3', { minAvailable: '50%' }, { ...base, expectedScale: 7, matchedPods: 7, currentHealthy: 7 }, 4, 3],
    ['maxUnavailable 10%, R=3 → unavailable ceil(0.3)=1, desired 2', { maxUnavailable: '10%' }, { ...base, expectedScale: 3, matchedPods: 3, currentHealthy: 3 }, 2, 1],
    ['maxUnavailable 1, R=3, 4 ready during a surge → allowed 2 (surge pods add budget)', { maxUnavailable: 1 }, { ...base, expectedScale: 3, matchedPods: 4, currentHealthy: 4 }, 2, 2],
    ['minAvailable 2 over 3 pods, 2 ready and 1 pending → allowed 0', { minAvailable: 2 }, { ...base, expectedScale: 3, matchedPods: 3, currentHealthy: 2 }, 2, 0],
    ['minAvailable 100% is fully blocking', { minAvailable: '100%' }, { ...base, expectedScale: 3, matchedPods: 3, currentHealthy: 3 }, 3, 0],
    ['maxUnavailable 0 is fully blocking', { maxUnavailable: 0 }, { ...base, expectedScale: 3, matchedPods: 3, currentHealthy: 3 }, 3, 0],
    ['single replica with minAvailable 1 blocks', { minAvailable: 1 }, { ...base, expectedScale: 1, matchedPods: 1, currentHealthy: 1 }, 1, 0],
  ])('%s', (_name, spec, inputs, desiredHealthy, allowed) => {
    const status = pdbStatus(spec, inputs);
    expect(status.desiredHealthy).toBe(desiredHealthy);
    expect(status.disruptionsAllowed).toBe(allowed);
  });

  it('integer minAvailable takes expectedCount from the matched pods, percentages from the scale (B.1.4)', () => {
    expect(pdbStatus({ minAvailable: 2 }, { expectedScale: 3, matchedPods: 5, currentHealthy: 5, scaleUnresolvable: false }).expectedCount).toBe(5);
    expect(pdbStatus({ minAvailable: '50%' }, { expectedScale: 3, matchedPods: 5, currentHealthy: 5, scaleUnresolvable: false }).expectedCount).toBe(3);
  });

  it('maxUnavailable over DaemonSet pods fails the sync and allows nothing; integer minAvailable still works (B.1.4)', () => {
    const daemon = { expectedScale: 0, matchedPods: 9, currentHealthy: 9, scaleUnresolvable: true };
    expect(pdbStatus({ maxUnavailable: 1 }, daemon)).toMatchObject({ syncFailed: true, disruptionsAllowed: 0 });
    expect(pdbStatus({ minAvailable: 8 }, daemon)).toMatchObject({ syncFailed: false, disruptionsAllowed: 1 });
  });
});
