/** Shared scenario plumbing: a fresh cluster with every workload placed and Ready at time 0, and the result shape. */
import type { ClusterModel } from '../cluster.js';
import { KarpenterProvisioner, type NodePoolModel } from '../karpenter.js';
import type { ScenarioOutcome, WorkloadOutcome } from '../outcome.js';
import { captureStart, workloadOutcomes, type StartState } from '../recording.js';
import { Simulation } from '../simulation.js';
import type { ModelInput } from '../workloads.js';

export interface SimulationInputs {
  model: ModelInput;
  cluster: ClusterModel;
  pools: NodePoolModel[];
  /** KubeSchedulerConfiguration percentageOfNodesToScore; default: the Simulation's (5). */
  percentageOfNodesToScore?: number;
}

export interface Prepared {
  sim: Simulation;
  karpenter: KarpenterProvisioner | undefined;
  start: StartState;
}

/** Upper bound of virtual time per scenario; retry loops end long before (drain timeouts, recovery). */
export const HORIZON_MS = 7 * 24 * 3600 * 1000;

export function prepare(inputs: SimulationInputs, launchSeconds?: number): Prepared {
  const sim = new Simulation(inputs.model);
  if (inputs.percentageOfNodesToScore !== undefined) sim.percentageOfNodesToScore = inputs.percentageOfNodesToScore;
  let karpenter: KarpenterProvisioner | undefined;
  if (inputs.pools.length > 0) {
    // Initial capacity comes up instantly: the scenario starts from a settled cluster.
    karpenter = new KarpenterProvisioner(sim, inputs.pools, inputs.cluster.zones, 0);
    sim.provisioner = karpenter;
  }
  for (const node of inputs.cluster.nodes) sim.addNode(node);
  sim.placeInitialPods();
  // Settle: Karpenter-launched initial nodes and their pods; everything Ready at time 0.
  for (let round = 0; round < 5 && sim.pendingPods().length > 0 && karpenter; round++) {
    sim.loop.runUntil(0);
    sim.placeInitialPods();
  }
  sim.resetSchedulingStats();
  if (karpenter && launchSeconds !== undefined) karpenter.launchMs = launchSeconds * 1000;
  else if (karpenter) karpenter.launchMs = 60_000;
  return { sim, karpenter, start: captureStart(sim, inputs.pools) };
}

export function finish(
  prepared: Prepared,
  head: Pick<ScenarioOutcome, 'id' | 'scenario' | 'description' | 'params'>,
  rest: Partial<Pick<ScenarioOutcome, 'drains' | 'hpas' | 'notes'>>,
  endMs: number,
): ScenarioOutcome {
  const workloads = workloadOutcomes(prepared.sim, prepared.start, endMs);
  const notes = [...(rest.notes ?? [])];
  const preempted = workloads.reduce((sum, w) => sum + (w.preempted ?? 0), 0);
  if (preempted > 0) notes.push(`${preempted} pod(s) preempted by higher-priority pods (${preemptedBy(workloads)}).`);
  return {
    ...head,
    durationSeconds: Math.round(endMs / 1000),
    events: prepared.sim.loop.executed,
    workloads,
    drains: rest.drains ?? [],
    hpas: rest.hpas ?? [],
    notes,
  };
}

/** "Deployment/shop/batch 3, Deployment/shop/etl 1": which workloads lost pods to preemption. */
function preemptedBy(workloads: readonly WorkloadOutcome[]): string {
  return workloads
    .filter((w) => (w.preempted ?? 0) > 0)
    .map((w) => `${w.workload} ${w.preempted}`)
    .join(', ');
}

/** Runs the loop until it is idle (or the horizon) and returns the time of the last event. */
export function runToIdle(prepared: Prepared, horizonMs = HORIZON_MS): number {
  prepared.sim.loop.runUntil(horizonMs);
  return prepared.sim.loop.lastEventAt;
}
