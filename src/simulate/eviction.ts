/**
 * The Eviction API's decision (semantics B.1.6, k/k pkg/registry/core/pod/storage/eviction.go): pending and
 * terminating pods bypass PDBs; a pod under two PDBs is refused with 500; an unready pod goes without using budget
 * under AlwaysAllow or while the application is not already disrupted; otherwise the budget is checked and counted
 * down. The count-down needs no separate bookkeeping here: the evicted pod is Terminating at once and leaves
 * currentHealthy, which is exactly what `disruptedPods` achieves between controller resyncs.
 */
import type { Simulation } from './simulation.js';
import type { SimPdb, SimPod } from './state.js';

export type EvictionResult =
  | { code: 201 }
  | { code: 429; pdb: SimPdb; message: string }
  | { code: 500; pdbs: SimPdb[]; message: string };

/** The answer to most eviction requests, shared rather than allocated per request (nothing mutates a result). */
const CREATED: EvictionResult = Object.freeze({ code: 201 });

/** Decides an eviction; on success the pod is deleted with its grace period. */
export function evict(sim: Simulation, pod: SimPod, graceMs?: number): EvictionResult {
  const decision = decideEviction(sim, pod);
  if (decision.code === 201) sim.deletePod(pod, graceMs ?? pod.w.spec.pod.graceSeconds * 1000);
  return decision;
}

export function decideEviction(sim: Simulation, pod: SimPod): EvictionResult {
  if (!pod.node || pod.terminating) return CREATED;
  const pdbs = pod.w.pdbs;
  if (pdbs.length > 1) {
    return {
      code: 500,
      pdbs,
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    };
  }
  if (pdbs.length === 0) return CREATED;
  const pdb = pdbs[0]!;
  const status = sim.pdbStatus(pdb);
  if (!pod.ready) {
    if (pdb.spec.alwaysAllowUnhealthy) return CREATED;
    if (status.currentHealthy >= status.desiredHealthy && status.desiredHealthy > 0) return CREATED;
  }
  if (status.disruptionsAllowed <= 0) {
    return {
      code: 429,
      pdb,
      message: `Cannot evict pod as it would violate the pod's disruption budget. The disruption budget ${pdb.spec.name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`,
    };
  }
  return CREATED;
}
