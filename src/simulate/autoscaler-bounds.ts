/**
 * The replicas a workload runs at peak demand and once demand has dropped, for the consolidation scenario: an HPA's
 * maxReplicas and minReplicas, a KEDA ScaledObject's maxReplicaCount and minReplicaCount (defaults 100 and 0), or
 * `replicas` for a workload nothing scales. A peak factor replaces the autoscaler's maximum when given: the cluster
 * was provisioned for that many times the low replicas (capped at the autoscaler's maximum).
 */
import type { ModelInput } from './workloads.js';

export interface ReplicaRange {
  low: number;
  peak: number;
  /** The HPA or ScaledObject that sets the range (`Kind/namespace/name`), when one does. */
  scaler?: string;
}

/** Per workload key. `peak`: `max` (the autoscaler's maximum) or a factor of at least 1 applied to the low replicas. */
export function replicaRanges(model: ModelInput, peak: 'max' | number): Map<string, ReplicaRange> {
  const byTarget = new Map<string, { min: number; max: number; key: string }>();
  // The first HPA wins, as applyHpaBounds takes it; a ScaledObject only where no HPA targets the workload.
  for (const h of model.hpas) if (!byTarget.has(h.targetKey)) byTarget.set(h.targetKey, { min: h.minReplicas, max: Math.max(h.minReplicas, h.maxReplicas), key: h.key });
  for (const s of model.scaledObjects ?? []) if (!byTarget.has(s.targetKey)) byTarget.set(s.targetKey, { min: s.minReplicas, max: Math.max(s.minReplicas, s.maxReplicas), key: s.key });
  const out = new Map<string, ReplicaRange>();
  for (const w of model.workloads) {
    if (w.replicas === undefined) continue;
    const scaler = byTarget.get(w.key);
    // A target scaled to 0 has autoscaling off (B.3): it stays at 0.
    if (!scaler || w.replicas === 0) {
      out.set(w.key, { low: w.replicas, peak: peak === 'max' ? w.replicas : Math.ceil(w.replicas * peak) });
      continue;
    }
    const high = peak === 'max' ? scaler.max : Math.min(scaler.max, Math.max(scaler.min, Math.ceil(scaler.min * peak)));
    out.set(w.key, { low: scaler.min, peak: high, scaler: scaler.key });
  }
  return out;
}
