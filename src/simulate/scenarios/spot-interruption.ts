/**
 * `spot-interruption`: EC2 reclaims spot nodes with a 2-minute notice (B.6). On the notice Karpenter taints and
 * drains the node through the Eviction API (PDBs respected, backoff 100 ms → 10 s) and launches a replacement at
 * once, planning the pods still on the node (A.4); at the end of the notice the instance is gone and whatever is left
 * on it dies. Which nodes: `share` of the spot nodes (default 1 = all, taken in name order) or every node of
 * `instanceType`. Parameters: share, instanceType, notice.
 */
import { closestId } from '../../rules/closest-id.js';
import { loadBuiltinCatalog } from '../../model/instance-types.js';
import { DrainLog } from '../drain-log.js';
import { SimulationInputError } from '../errors.js';
import type { ScenarioOutcome } from '../outcome.js';
import type { SimNode } from '../state.js';
import { finish, prepare, runToIdle, type Prepared, type SimulationInputs } from './setup.js';
import { ParamReader, type RawParams } from './params.js';

export const SPOT_PARAMS = ['share', 'instanceType', 'notice'] as const;

/** Without Karpenter, the auto scaling group's replacement (capacity rebalancing) joins this long after the notice ends. */
const NODE_GROUP_REPLACEMENT_MS = 60_000;

export function runSpotInterruption(inputs: SimulationInputs, raw: RawParams): ScenarioOutcome {
  const params = new ParamReader('spot-interruption', raw, SPOT_PARAMS);
  const share = params.number('share', 1, 0, 1);
  const instanceType = params.text('instanceType');
  const noticeMs = params.seconds('notice', 120) * 1000;
  if (instanceType !== undefined) checkInstanceType(instanceType, inputs);
  const prepared = prepare(inputs);
  const { sim } = prepared;
  const spot = sim
    .liveNodes()
    .filter((n) => (instanceType ? n.instanceType === instanceType : n.capacityType === 'spot'))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const victims = instanceType ? spot : spot.slice(0, Math.ceil(spot.length * share));
  const drains = new DrainLog(sim);
  const notes: string[] = [];
  if (victims.length === 0) notes.push(instanceType ? `No node of instance type ${instanceType}.` : 'The cluster has no spot nodes; nothing to interrupt.');
  interruptNodes(prepared, drains, victims, noticeMs);
  const end = runToIdle(prepared);
  return finish(
    prepared,
    {
      id: 'spot-interruption',
      scenario: 'spot-interruption',
      description: `${victims.length} spot node(s) reclaimed with a ${noticeMs / 1000}s notice.`,
      params: params.used,
    },
    { drains: drains.reports(end), notes },
    end,
  );
}

/**
 * The interruption notice for `nodes`, now: Karpenter launches their replacement capacity (B.6), then drains them;
 * after `noticeMs` the instances are gone. Without Karpenter the node group replaces each instance once it is gone.
 * Shared with the EventTrace's spot-interruption event.
 */
export function interruptNodes(prepared: Prepared, drains: DrainLog, nodes: readonly SimNode[], noticeMs: number): void {
  const { sim, karpenter } = prepared;
  // Planned before the drain starts, so the pods on the nodes are counted once: the replacements of evicted pods
  // take the room planned for them.
  karpenter?.replaceNodes(nodes);
  for (const node of nodes) {
    drains.drain(node, { caller: 'karpenter', timeoutMs: noticeMs });
    if (!karpenter) {
      const name = `${node.name}-r`;
      sim.loop.after(noticeMs + NODE_GROUP_REPLACEMENT_MS, () =>
        sim.addNode({ ...node.template, name, labels: { ...node.template.labels, 'kubernetes.io/hostname': name } }),
      );
    }
    sim.loop.after(noticeMs, () => sim.deleteNode(node));
  }
}

/**
 * A typo in `instanceType` would otherwise reclaim nothing and pass: like an unknown zone, it is a usage error. A type
 * the cluster has, a NodePool admits or the EC2 catalog knows is accepted (base and head may launch different types).
 */
function checkInstanceType(typed: string, inputs: SimulationInputs): void {
  const local = [...new Set([...inputs.cluster.nodes.map((n) => n.instanceType), ...inputs.pools.flatMap((p) => p.admitted.map((t) => t.name))])].sort();
  const catalog = loadBuiltinCatalog();
  if (local.includes(typed) || catalog.byName.has(typed)) return;
  const guess = closestId(typed, local) ?? closestId(typed, catalog.types.map((t) => t.name));
  const known = local.length > 0 ? ` (the cluster's: ${local.slice(0, 10).join(', ')}${local.length > 10 ? ', …' : ''})` : '';
  throw new SimulationInputError(
    '--scenario',
    1,
    `spot-interruption: instanceType ${typed} is not an instance type of the cluster, its NodePools or the EC2 catalog${known}${guess ? `; did you mean ${guess}?` : ''}`,
  );
}
