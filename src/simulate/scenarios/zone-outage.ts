/**
 * `zone-outage`: every node of one zone stops at time 0 for `duration` (default 1h). Pods there stop serving at
 * once; the node lifecycle controller deletes them 40 s + 300 s later (B.8; involuntary, PDBs do not apply), and
 * their replacements schedule where capacity and constraints allow. Lost nodes keep counting as spread domains
 * until they return (B.4). Karpenter launches no nodes in the lost zone. Without `zone`, each zone is run in turn.
 * Parameters: zone, duration.
 */
import type { ScenarioOutcome } from '../outcome.js';
import { SimulationInputError } from '../errors.js';
import type { SimNode } from '../state.js';
import { finish, prepare, runToIdle, type Prepared, type SimulationInputs } from './setup.js';
import { ParamReader, type RawParams } from './params.js';
import { formatDuration } from '../units.js';

export const ZONE_OUTAGE_PARAMS = ['zone', 'duration'] as const;

export function runZoneOutages(inputs: SimulationInputs, raw: RawParams): ScenarioOutcome[] {
  const params = new ParamReader('zone-outage', raw, ZONE_OUTAGE_PARAMS);
  const zone = params.text('zone');
  const durationMs = params.seconds('duration', 3600) * 1000;
  if (durationMs <= 0) throw new SimulationInputError('--scenario', 1, 'zone-outage: duration must be positive');
  if (zone !== undefined && !inputs.cluster.zones.includes(zone)) {
    throw new SimulationInputError('--scenario', 1, `zone-outage: zone ${zone} is not in the cluster (zones: ${inputs.cluster.zones.join(', ')})`);
  }
  const zones = zone !== undefined ? [zone] : inputs.cluster.zones;
  return zones.map((z) => runZoneOutage(inputs, z, durationMs, params.used));
}

function runZoneOutage(inputs: SimulationInputs, zone: string, durationMs: number, used: Record<string, string | number>): ScenarioOutcome {
  const prepared = prepare(inputs);
  const lost = loseZone(prepared, zone, durationMs);
  const end = runToIdle(prepared);
  return finish(
    prepared,
    {
      id: `zone-outage:${zone}`,
      scenario: 'zone-outage',
      description: `Zone ${zone} (${lost.length} node(s)) is lost for ${formatDuration(durationMs / 1000)}.`,
      params: { ...used, zone, duration: durationMs / 1000 },
    },
    {},
    end,
  );
}

/** Stops every node of `zone` now and brings them back after `durationMs`; returns the lost nodes. */
export function loseZone(prepared: Prepared, zone: string, durationMs: number): SimNode[] {
  const { sim, karpenter } = prepared;
  const lost = sim.liveNodes().filter((n) => n.zone === zone);
  karpenter?.unavailableZones.add(zone);
  for (const node of lost) sim.failNode(node);
  sim.loop.at(durationMs, () => {
    karpenter?.unavailableZones.delete(zone);
    for (const node of lost) sim.recoverNode(node);
  });
  return lost;
}
