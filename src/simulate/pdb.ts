/**
 * PodDisruptionBudget status arithmetic, as the disruption controller computes it (semantics B.1.3–B.1.5):
 * percentages always round up; expectedCount is the controllers' desired scale for maxUnavailable and percentage
 * minAvailable, and the number of matched pods for integer minAvailable.
 */
import { scaledValue } from '../model/workloads.js';
import type { PdbSpec } from './workloads.js';

export interface PdbInputs {
  /** Σ spec.replicas of the distinct controllers of the matched pods (getExpectedScale). */
  expectedScale: number;
  /** Matched pods in any phase (integer minAvailable counts these). */
  matchedPods: number;
  /** Matched pods that are Ready and not being deleted. */
  currentHealthy: number;
  /** A matched controller has no scale subresource (DaemonSet, Job): the controller's sync fails. */
  scaleUnresolvable: boolean;
}

export interface PdbStatus {
  expectedCount: number;
  desiredHealthy: number;
  currentHealthy: number;
  disruptionsAllowed: number;
  /** DisruptionAllowed=False with reason SyncFailed (B.1.4 failSafe). */
  syncFailed: boolean;
}

export function pdbStatus(spec: Pick<PdbSpec, 'minAvailable' | 'maxUnavailable'>, inputs: PdbInputs): PdbStatus {
  const { currentHealthy } = inputs;
  const needsScale = spec.maxUnavailable !== undefined || typeof spec.minAvailable === 'string';
  if (needsScale && inputs.scaleUnresolvable) {
    return { expectedCount: 0, desiredHealthy: 0, currentHealthy, disruptionsAllowed: 0, syncFailed: true };
  }
  let expectedCount: number;
  let desiredHealthy: number;
  if (spec.maxUnavailable !== undefined) {
    expectedCount = inputs.expectedScale;
    const unavailable = scaledValue(spec.maxUnavailable, expectedCount, true) ?? 0;
    desiredHealthy = Math.max(0, expectedCount - unavailable);
  } else if (typeof spec.minAvailable === 'string') {
    expectedCount = inputs.expectedScale;
    desiredHealthy = scaledValue(spec.minAvailable, expectedCount, true) ?? 0;
  } else if (typeof spec.minAvailable === 'number') {
    expectedCount = inputs.matchedPods;
    desiredHealthy = spec.minAvailable;
  } else {
    // Neither field: getExpectedPodCount sets nothing, and expectedCount 0 forces disruptionsAllowed to 0.
    expectedCount = 0;
    desiredHealthy = 0;
  }
  let allowed = currentHealthy - desiredHealthy;
  if (expectedCount <= 0 || allowed < 0) allowed = 0;
  return { expectedCount, desiredHealthy, currentHealthy, disruptionsAllowed: allowed, syncFailed: false };
}
