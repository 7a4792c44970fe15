/**
 * `spot-interruption`: EC2 reclaims spot nodes with a 2-minute notice (B.6). On the notice Karpenter taints and
 * drains the node through the Eviction API (PDBs respected, backoff 100 ms → 10 s) and launches a replacement; at
 * two minutes the instance is gone and whatever is left on it dies. Which nodes: `share` of the spot nodes
 * (default 1 = all, taken in name order) or every node of `instanceType`. Parameters: share, instanceType, notice.
 */
import { DrainLog } from '../drain-log.js';
import type { ScenarioOutcome } from '../outcome.js';
import { finish, prepare, runToIdle, type SimulationInputs } from './setup.js';
import { ParamReader, type RawParams } from './params.js';

export const SPOT_PARAMS = ['share', 'instanceType', 'notice'] as const;

export function runSpotInterruption(inputs: SimulationInputs, raw: RawParams): ScenarioOutcome {
  const params = new ParamReader('spot-interruption', raw, SPOT_PARAMS);
  const share = params.number('share', 1, 0, 1);
  const instanceType = params.text('instanceType');
  const noticeMs = params.seconds('notice', 120) * 1000;
  const prepared = prepare(inputs);
  const { sim, karpenter } = prepared;
  const spot = sim
    .liveNodes()
    .filter((n) => (instanceType ? n.instanceType === instanceType : n.capacityType === 'spot'))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const victims = instanceType ? spot : spot.slice(0, Math.ceil(spot.length * share));
  const drains = new DrainLog(sim);
  const notes: string[] = [];
  if (victims.length === 0) notes.push(instanceType ? `No node of instance type ${instanceType}.` : 'The cluster has no spot nodes; nothing to interrupt.');
  for (const node of victims) {
    drains.drain(node, { caller: 'karpenter', timeoutMs: noticeMs });
    // Node groups without Karpenter: the auto scaling group replaces the instance (capacity rebalancing).
    if (!karpenter) sim.loop.after(noticeMs + 60_000, () => sim.addNode({ ...node.template, name: `${node.name}-r` , labels: { ...node.template.labels, 'kubernetes.io/hostname': `${node.name}-r` } }));
    sim.loop.at(noticeMs, () => sim.deleteNode(node));
  }
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
