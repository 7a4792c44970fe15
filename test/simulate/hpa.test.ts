import { describe, expect, it } from 'vitest';
import { HpaController, podMetricReplicas, valueMetricReplicas } from '../../src/simulate/hpa.js';
import type { HpaSpec, ScalingRules } from '../../src/simulate/workloads.js';
import { deployment, inputs } from './helpers.js';

const tol = { up: 0.1, down: 0.1 };
const cpu50 = { targetType: 'Utilization' as const, target: 50 };

describe('HPA per-metric proposal (B.3)', () => {
  it('B.3 worked example: 4 ready pods requesting 100m using 80m each, target 50% → 7', () => {
    expect(podMetricReplicas(cpu50, 4, 320, { ready: 4, unready: 0 }, 100, tol)).toBe(7);
  });

  it('stays put inside the 0.1 tolerance band', () => {
    // utilization 54 → ratio 1.08
    expect(podMetricReplicas(cpu50, 4, 216, { ready: 4, unready: 0 }, 100, tol)).toBe(4);
    // utilization 56 → ratio 1.12 → ceil(4.48) = 5
    expect(podMetricReplicas(cpu50, 4, 224, { ready: 4, unready: 0 }, 100, tol)).toBe(5);
  });

  it('uses integer-division utilization', () => {
    // 299·100/600 = 49.83 → 49: ratio 0.98, inside tolerance.
    expect(podMetricReplicas(cpu50, 6, 299, { ready: 6, unready: 0 }, 100, tol)).toBe(6);
  });

  it('counts unready pods as using nothing when scaling up', () => {
    // Ready-only ratio 1.6 would give 7; with 2 unready pods: floor(320·100/600) = 53 → 1.06, inside tolerance.
    expect(podMetricReplicas(cpu50, 6, 320, { ready: 4, unready: 2 }, 100, tol)).toBe(6);
  });

  it('AverageValue truncates the per-pod average; Object Value scales by ready pods; External AverageValue divides', () => {
    expect(podMetricReplicas({ targetType: 'AverageValue', target: 100 }, 3, 650, { ready: 3, unready: 0 }, 0, tol)).toBe(7);
    expect(valueMetricReplicas({ targetType: 'Value', target: 10 }, 3, 20, 3, tol)).toBe(6);
    expect(valueMetricReplicas({ targetType: 'AverageValue', target: 10 }, 3, 95, 3, tol)).toBe(10);
  });
});

function hpa(behavior?: HpaSpec['behavior'], min = 1, max = 100): Pick<HpaSpec, 'minReplicas' | 'maxReplicas' | 'behavior'> {
  return { minReplicas: min, maxReplicas: max, behavior };
}

const defaultUp: ScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};
const defaultDown: ScalingRules = { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };

describe('HPA normalization (B.3)', () => {
  it('legacy path caps one sync at max(2×current, 4)', () => {
    const c = new HpaController(hpa());
    expect(c.reconcile(0, 3, [20]).desired).toBe(6);
    expect(c.reconcile(15_000, 1, [20]).desired).toBe(4);
  });

  it('worked example with default behavior: Pods 4+4 = 8 and Percent 4·2 = 8 → 7 allowed', () => {
    const c = new HpaController(hpa({ scaleUp: defaultUp, scaleDown: defaultDown }));
    expect(c.reconcile(0, 4, [7]).desired).toBe(7);
  });

  it.each([
    // The legacy path keeps recommendations not Before(cutoff); the behavior path only those After(cutoff).
    ['legacy path', undefined, 300_000],
    ['default behavior', { scaleUp: defaultUp, scaleDown: defaultDown }, 285_000],
  ] as const)('%s keeps the high recommendation for the 300 s scale-down window, then drops in one step', (_n, behavior, lastHigh) => {
    const c = new HpaController(hpa(behavior));
    expect(c.reconcile(0, 4, [7]).desired).toBe(7);
    let t = 15_000;
    for (; t <= lastHigh; t += 15_000) expect(c.reconcile(t, 7, [1]).desired).toBe(7);
    expect(c.reconcile(t, 7, [1]).desired).toBe(1);
  });

  it('rate-limits with policies and selectPolicy Min picks the smaller scale-up', () => {
    const up: ScalingRules = { stabilizationWindowSeconds: 0, selectPolicy: 'Min', policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }, { type: 'Percent', value: 100, periodSeconds: 60 }] };
    const c = new HpaController(hpa({ scaleUp: up, scaleDown: defaultDown }));
    expect(c.reconcile(0, 4, [20]).desired).toBe(6);
    // Within the same 60 s period the 2 pods already added count: period start is 4, limit stays 6.
    expect(c.reconcile(15_000, 6, [20]).desired).toBe(6);
    expect(c.reconcile(75_000, 6, [20]).desired).toBe(8);
  });

  it('selectPolicy Disabled never scales in that direction', () => {
    const down: ScalingRules = { ...defaultDown, stabilizationWindowSeconds: 0, selectPolicy: 'Disabled' };
    const c = new HpaController(hpa({ scaleUp: defaultUp, scaleDown: down }));
    expect(c.reconcile(0, 5, [1]).desired).toBe(5);
  });

  it('clamps to min/max without consulting metrics, and does not scale down on partial metrics', () => {
    const c = new HpaController(hpa(undefined, 2, 5));
    expect(c.reconcile(0, 8, [1]).desired).toBe(5);
    expect(c.reconcile(0, 1, [1]).desired).toBe(2);
    expect(new HpaController(hpa()).reconcile(0, 4, [2, undefined]).desired).toBe(4);
    expect(new HpaController(hpa()).reconcile(0, 4, [6, undefined]).desired).toBe(6);
  });

  it('does nothing when the target is scaled to zero and minReplicas is not 0', () => {
    expect(new HpaController(hpa()).reconcile(0, 0, [5]).desired).toBe(0);
  });
});

describe('HPA bounds on the starting scale (B.3)', () => {
  const hpa = (min: number, max: number) => `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: ${min}
  maxReplicas: ${max}
---`;
  const scaleOf = (yaml: string) => inputs(yaml).model.workloads.find((w) => w.name === 'web')!.replicas;

  it('a Deployment that leaves replicas to its HPA runs minReplicas pods, not the default 1', () => {
    expect(scaleOf(deployment({ name: 'web', replicas: 1 }).replace('  replicas: 1\n', '') + hpa(3, 10))).toBe(3);
  });

  it('replicas above maxReplicas come down to it; a target scaled to 0 stays off', () => {
    expect(scaleOf(deployment({ name: 'web', replicas: 12 }) + hpa(2, 5))).toBe(5);
    expect(scaleOf(deployment({ name: 'web', replicas: 0 }) + hpa(2, 5))).toBe(0);
    expect(scaleOf(deployment({ name: 'web', replicas: 4 }))).toBe(4);
  });
});
