/**
 * `consolidation`: the cluster was provisioned for a peak, demand drops, and Karpenter consolidates. Every workload
 * starts at its peak (an HPA's maxReplicas, a KEDA ScaledObject's maxReplicaCount; with `peak=<factor>`, that many
 * times its low replicas) on nodes Karpenter provisioned for it; at time 0 it falls to its low replicas (minReplicas,
 * minReplicaCount, or `replicas`) at once, as if the autoscaler's scale-down had just happened. Then Karpenter's
 * disruption loop runs (disruption-controller.ts) until nothing is left to consolidate or wait for, or `duration`.
 * Reports per workload what the evictions cost (min ready, time at zero, below the PDB floor), which nodes were
 * removed or replaced, and which could have been but were kept, and by what.
 * Parameters: peak (`max` or a factor, default max), duration (default 1h).
 */
import { replicaRanges } from '../autoscaler-bounds.js';
import { DisruptionController } from '../disruption-controller.js';
import { DrainLog } from '../drain-log.js';
import { SimulationInputError } from '../errors.js';
import { readPoolDisruption, type PoolDisruption } from '../nodepool-disruption.js';
import type { ConsolidationOutcome, ScenarioOutcome } from '../outcome.js';
import { captureStart } from '../recording.js';
import { formatDuration } from '../units.js';
import { ParamReader, type RawParams } from './params.js';
import { finish, prepare, type SimulationInputs } from './setup.js';

export const CONSOLIDATION_PARAMS = ['peak', 'duration'] as const;

export interface ConsolidationParams {
  peak: 'max' | number;
  durationMs: number;
  used: Record<string, string | number>;
}

/** Reads and checks the parameters (also when the scenario is skipped, so that a typo still fails). */
export function consolidationParams(raw: RawParams): ConsolidationParams {
  const params = new ParamReader('consolidation', raw, CONSOLIDATION_PARAMS);
  const peak = readPeak(params.text('peak'));
  params.used.peak = peak;
  const durationMs = params.seconds('duration', 3600) * 1000;
  if (durationMs <= 0) throw new SimulationInputError('--scenario', 1, 'consolidation: duration must be positive');
  return { peak, durationMs, used: params.used };
}

export function runConsolidation(inputs: SimulationInputs, raw: RawParams): ScenarioOutcome {
  const { peak, durationMs, used } = consolidationParams(raw);

  const ranges = replicaRanges(inputs.model, peak);
  const peakModel = { ...inputs.model, workloads: inputs.model.workloads.map((w) => ({ ...w, replicas: ranges.get(w.key)?.peak ?? w.replicas })) };
  const prepared = prepare({ ...inputs, model: peakModel });
  const { sim } = prepared;
  // A NodePool defined twice (two overlays loaded together) is one object: the first one wins, as for workloads.
  const settings = new Map<string, PoolDisruption>();
  for (const p of inputs.pools) if (!settings.has(p.name)) settings.set(p.name, readPoolDisruption(p));

  // The drop: every workload at its low replicas at once; the scenario is measured from here.
  let dropped = 0;
  for (const w of sim.workloads) {
    const low = ranges.get(w.spec.key)?.low;
    if (low === undefined || low === w.desired) continue;
    dropped++;
    sim.setDesired(w, low);
  }
  sim.resetSchedulingStats();
  for (const w of sim.workloads) w.series.length = 0;
  prepared.start = captureStart(sim, inputs.pools);

  const drains = new DrainLog(sim);
  const controller = new DisruptionController({
    sim,
    karpenter: prepared.karpenter,
    pools: inputs.pools,
    settings,
    zones: inputs.cluster.zones,
    drains,
    endMs: durationMs,
  });
  const nodesBefore = controller.managedNodes().length;
  const seqBefore = new Set(sim.liveNodes().map((n) => n.name));
  controller.start();
  sim.loop.runUntil(durationMs);
  const busy = sim.loop.pending > 0;
  const end = busy ? durationMs : sim.loop.lastEventAt;

  const notes: string[] = [];
  if (dropped === 0) {
    notes.push(
      peak === 'max'
        ? 'No workload has an HPA or ScaledObject to scale it down, so demand does not drop: consolidation starts from the nodes provisioned for `replicas` (peak=2 starts from twice as many).'
        : 'No workload changed its replicas, so demand does not drop.',
    );
  }
  for (const [pool, n] of controller.waiting()) {
    const after = settings.get(pool)!.consolidateAfterMs as number;
    notes.push(`${n} node(s) of NodePool ${pool} were still inside consolidateAfter (${formatDuration(after / 1000)}) when the run ended at ${formatDuration(end / 1000)}; a longer duration shows whether they go.`);
  }
  if (busy) {
    const draining = [...controller.marked].map((n) => n.name).sort();
    notes.push(`Consolidation was still under way when the run ended at ${formatDuration(durationMs / 1000)}${draining.length > 0 ? ` (still draining: ${draining.join(', ')})` : ''}.`);
  }
  const launched = sim.liveNodes().filter((n) => !seqBefore.has(n.name) && !controller.replacements.has(n.name)).length;
  const consolidation: ConsolidationOutcome = {
    nodesBefore,
    nodesAfter: controller.managedNodes().length,
    actions: controller.actions,
    launched,
    blocked: controller.blockedNodes(),
  };
  const outcome = finish(
    prepared,
    {
      id: 'consolidation',
      scenario: 'consolidation',
      description:
        `${dropped} workload(s) drop from peak to their low replicas at time 0; Karpenter's disruption loop (every 10 s: ` +
        `Emptiness, then single-node consolidation) runs for up to ${formatDuration(durationMs / 1000)}.`,
      params: used,
    },
    { drains: drains.reports(end), notes },
    end,
  );
  return { ...outcome, consolidation };
}

function readPeak(text: string | undefined): 'max' | number {
  if (text === undefined || text === 'max') return 'max';
  const factor = Number(text);
  if (!Number.isFinite(factor) || factor < 1 || factor > 100) {
    throw new SimulationInputError('--scenario', 1, `consolidation: peak=${text} must be max or a factor from 1 to 100`);
  }
  return factor;
}
