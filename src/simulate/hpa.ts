/**
 * The HorizontalPodAutoscaler v2 algorithm (semantics B.3; k/k pkg/controller/podautoscaler): per-metric replica
 * proposals with the tolerance band, the largest proposal wins, then either the legacy normalization
 * (`behavior` nil: 5-minute max-stabilization and the 2×/4 scale-up cap) or the behavior path (stabilization
 * windows, rate-limit policies with selectPolicy). One `reconcile` call is one 15 s sync.
 */
import type { HpaSpec, MetricSpec, ScalingRules } from './workloads.js';

export const SYNC_PERIOD_MS = 15_000;
export const DEFAULT_TOLERANCE = 0.1;
const LEGACY_DOWNSCALE_WINDOW_MS = 300_000;

export interface PodGroups {
  /** Ready pods (they carry the metric). */
  ready: number;
  /** Pending or not yet Ready pods (B.3 "unready"). */
  unready: number;
}

export interface Tolerances {
  up: number;
  down: number;
}

function within(ratio: number, tol: Tolerances): boolean {
  return 1 - tol.down <= ratio && ratio <= 1 + tol.up;
}

/**
 * Resource Utilization (`GetResourceReplicas`) and AverageValue (`calcPlainMetricReplicas`) proposals, with the
 * load spread over the ready pods. `total` is the summed usage; `requestPerPod` the per-pod request (Utilization).
 * Returns undefined when the metric is invalid (no ready pods, no request).
 */
export function podMetricReplicas(
  metric: Pick<MetricSpec, 'targetType' | 'target'>,
  current: number,
  total: number,
  pods: PodGroups,
  requestPerPod: number,
  tol: Tolerances,
): number | undefined {
  if (pods.ready === 0) return undefined;
  const utilization = metric.targetType === 'Utilization';
  if (utilization && requestPerPod <= 0) return undefined;
  const ratioFor = (count: number): number =>
    utilization
      ? Math.floor((total * 100) / (requestPerPod * count)) / metric.target
      : Math.trunc(total / count) / metric.target;
  const ratio = ratioFor(pods.ready);
  if (!(pods.unready > 0 && ratio > 1)) {
    if (within(ratio, tol)) return current;
    return Math.ceil(ratio * pods.ready);
  }
  // Scale-up with unready pods: they are assumed to use nothing (B.3), which damps the step.
  const all = pods.ready + pods.unready;
  const newRatio = ratioFor(all);
  if (within(newRatio, tol) || (ratio > 1) !== (newRatio > 1)) return current;
  const proposed = Math.ceil(newRatio * all);
  if ((newRatio < 1 && proposed > current) || (newRatio > 1 && proposed < current)) return current;
  return proposed;
}

/** Object/External `Value` and `AverageValue` proposals. */
export function valueMetricReplicas(
  metric: Pick<MetricSpec, 'targetType' | 'target'>,
  current: number,
  value: number,
  readyPods: number,
  tol: Tolerances,
): number | undefined {
  if (metric.target <= 0) return undefined;
  if (metric.targetType === 'AverageValue') {
    const ratio = value / (metric.target * Math.max(current, 1));
    if (within(ratio, tol)) return current;
    return Math.ceil(value / metric.target);
  }
  const ratio = value / metric.target;
  if (current === 0) return Math.ceil(ratio);
  if (within(ratio, tol)) return current;
  return Math.ceil(ratio * readyPods);
}

interface Timed {
  at: number;
  value: number;
}

export interface ReconcileResult {
  desired: number;
  /** The largest valid proposal, before stabilization, limits and min/max. */
  recommended: number | undefined;
}

export class HpaController {
  private recommendations: Timed[] | undefined;
  private scaleUps: Timed[] = [];
  private scaleDowns: Timed[] = [];

  constructor(
    readonly spec: Pick<HpaSpec, 'minReplicas' | 'maxReplicas' | 'behavior'>,
    private readonly legacyWindowMs = LEGACY_DOWNSCALE_WINDOW_MS,
  ) {}

  tolerances(): Tolerances {
    return {
      up: this.spec.behavior?.scaleUp.tolerance ?? DEFAULT_TOLERANCE,
      down: this.spec.behavior?.scaleDown.tolerance ?? DEFAULT_TOLERANCE,
    };
  }

  /** One sync: `proposals` holds each metric's replica proposal (undefined = invalid metric). */
  reconcile(now: number, current: number, proposals: ReadonlyArray<number | undefined>): ReconcileResult {
    const { minReplicas, maxReplicas } = this.spec;
    this.recommendations ??= [{ at: now, value: current }];
    if (current === 0 && minReplicas !== 0) return { desired: current, recommended: undefined };
    if (current > maxReplicas) return this.rescale(now, current, maxReplicas, undefined);
    if (current < minReplicas) return this.rescale(now, current, minReplicas, undefined);
    const valid = proposals.filter((p): p is number => p !== undefined);
    if (valid.length === 0) return { desired: current, recommended: undefined };
    const recommended = Math.max(...valid);
    // Never scale down on partial data (computeReplicasForMetrics).
    if (valid.length < proposals.length && recommended < current) return { desired: current, recommended };
    const desired = this.spec.behavior ? this.withBehavior(now, current, recommended) : this.legacy(now, current, recommended);
    return this.rescale(now, current, desired, recommended);
  }

  private rescale(now: number, current: number, desired: number, recommended: number | undefined): ReconcileResult {
    if (desired > current) this.scaleUps.push({ at: now, value: desired - current });
    else if (desired < current) this.scaleDowns.push({ at: now, value: current - desired });
    return { desired, recommended };
  }

  private legacy(now: number, current: number, proposal: number): number {
    const cutoff = now - this.legacyWindowMs;
    const recs = this.recommendations!;
    let stabilized = proposal;
    for (const r of recs) if (r.at >= cutoff) stabilized = Math.max(stabilized, r.value);
    this.store(recs, cutoff, { at: now, value: proposal });
    const scaleUpLimit = Math.max(2 * current, 4);
    const maximumAllowed = Math.min(this.spec.maxReplicas, scaleUpLimit);
    if (stabilized < this.spec.minReplicas) return this.spec.minReplicas;
    if (stabilized > maximumAllowed) return maximumAllowed;
    return stabilized;
  }

  private withBehavior(now: number, current: number, proposal: number): number {
    const { scaleUp, scaleDown } = this.spec.behavior!;
    const upCutoff = now - scaleUp.stabilizationWindowSeconds * 1000;
    const downCutoff = now - scaleDown.stabilizationWindowSeconds * 1000;
    let upRec = proposal;
    let downRec = proposal;
    const recs = this.recommendations!;
    for (const r of recs) {
      if (r.at > upCutoff) upRec = Math.min(upRec, r.value);
      if (r.at > downCutoff) downRec = Math.max(downRec, r.value);
    }
    let stabilized = current;
    if (stabilized < upRec) stabilized = upRec;
    if (stabilized > downRec) stabilized = downRec;
    this.store(recs, Math.min(upCutoff, downCutoff), { at: now, value: proposal });

    if (stabilized > current) {
      let upLimit = this.scaleUpLimit(now, current, scaleUp);
      if (upLimit < current) upLimit = current;
      return Math.min(stabilized, Math.min(this.spec.maxReplicas, upLimit));
    }
    if (stabilized < current) {
      let downLimit = this.scaleDownLimit(now, current, scaleDown);
      if (downLimit > current) downLimit = current;
      return Math.max(stabilized, Math.max(this.spec.minReplicas, downLimit));
    }
    return stabilized;
  }

  /** Replaces a recommendation older than the cutoff, or appends (as the controller reuses slots). */
  private store(recs: Timed[], cutoff: number, rec: Timed): void {
    const old = recs.findIndex((r) => r.at < cutoff);
    if (old >= 0) recs[old] = rec;
    else recs.push(rec);
  }

  private changeInPeriod(events: readonly Timed[], now: number, periodSeconds: number): number {
    const cutoff = now - periodSeconds * 1000;
    let sum = 0;
    for (const e of events) if (e.at > cutoff) sum += e.value;
    return sum;
  }

  private scaleUpLimit(now: number, current: number, rules: ScalingRules): number {
    if (rules.selectPolicy === 'Disabled') return current;
    const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
    let result = rules.selectPolicy === 'Min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    for (const p of rules.policies) {
      const start = current - this.changeInPeriod(this.scaleUps, now, p.periodSeconds) + this.changeInPeriod(this.scaleDowns, now, p.periodSeconds);
      const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
      result = pick(result, proposed);
    }
    return result;
  }

  private scaleDownLimit(now: number, current: number, rules: ScalingRules): number {
    if (rules.selectPolicy === 'Disabled') return current;
    const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
    let result = rules.selectPolicy === 'Min' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (const p of rules.policies) {
      const start = current - this.changeInPeriod(this.scaleUps, now, p.periodSeconds) + this.changeInPeriod(this.scaleDowns, now, p.periodSeconds);
      const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
      result = pick(result, proposed);
    }
    return result;
  }
}
