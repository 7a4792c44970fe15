/**
 * `rolling-upgrade`: the cordon/drain/replace loop of a node upgrade. Nodes are taken one at a time in name order:
 * `kubectl drain --ignore-daemonsets --delete-emptydir-data --timeout=<timeout>` (default 300 s, as common upgrade
 * scripts use; drain.ts says why these flags), then the node is replaced: the old machine goes (remaining pods are
 * deleted without PDB checks) and a node of the same group joins `nodeStartup` seconds later (default 60 s).
 * `onTimeout=continue` (default) replaces a node whose drain timed out anyway, as forced upgrades do;
 * `onTimeout=abort` stops the upgrade there, like `set -e` scripts. `timeout=0` waits forever, as kubectl does: a
 * drain a PDB blocks for good then holds the upgrade until the simulation ends, and is reported as unfinished.
 * The outcome says how far the upgrade got, so that a comparison never calls a stalled upgrade better for the pods
 * it did not move.
 * Parameters: timeout, nodeStartup, onTimeout, nodes (how many nodes to upgrade; default all).
 */
import { DrainLog } from '../drain-log.js';
import type { ScenarioOutcome, UpgradeOutcome } from '../outcome.js';
import { finish, prepare, runToIdle, type SimulationInputs } from './setup.js';
import { ParamReader, type RawParams } from './params.js';
import { formatDuration } from '../units.js';

export const ROLLING_UPGRADE_PARAMS = ['timeout', 'nodeStartup', 'onTimeout', 'nodes'] as const;

export function runRollingUpgrade(inputs: SimulationInputs, raw: RawParams): ScenarioOutcome {
  const params = new ParamReader('rolling-upgrade', raw, ROLLING_UPGRADE_PARAMS);
  const timeoutMs = params.seconds('timeout', 300) * 1000;
  const startupMs = params.seconds('nodeStartup', 60) * 1000;
  const onTimeout = params.choice('onTimeout', 'continue', ['continue', 'abort'] as const);
  const prepared = prepare(inputs);
  const { sim } = prepared;
  const order = [...sim.liveNodes()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const limit = params.number('nodes', order.length, 0, order.length);
  const drains = new DrainLog(sim);
  const notes: string[] = [];
  let index = 0;
  let draining: string | undefined;
  let upgraded = 0;
  let forced = 0;
  let stoppedAt: string | undefined;
  let lastJoinMs = 0;

  const next = () => {
    if (index >= limit) return;
    const node = order[index++]!;
    draining = node.name;
    drains.drain(node, {
      caller: 'kubectl',
      timeoutMs,
      onDone: (outcome) => {
        draining = undefined;
        if (outcome.status !== 'drained' && onTimeout === 'abort') {
          stoppedAt = node.name;
          lastJoinMs = sim.now;
          notes.push(`The upgrade stopped at node ${node.name} (onTimeout=abort); ${limit - index} node(s) were not upgraded.`);
          sim.uncordon(node);
          return;
        }
        if (outcome.status !== 'drained') forced++;
        sim.deleteNode(node);
        sim.loop.after(startupMs, () => {
          sim.addNode(node.template);
          upgraded++;
          lastJoinMs = sim.now;
          next();
        });
      },
    });
  };
  next();
  const end = runToIdle(prepared);
  if (draining !== undefined) {
    // timeout=0: kubectl waits forever, so a drain a PDB blocks for good holds the whole upgrade.
    stoppedAt = draining;
    lastJoinMs = end;
    notes.push(`The upgrade never got past node ${draining}: its drain was still running when the simulation ended; ${limit - index} more node(s) were not upgraded.`);
  }
  const upgrade: UpgradeOutcome = {
    nodes: limit,
    upgraded,
    forced,
    completed: upgraded === limit,
    durationSeconds: Math.round(lastJoinMs / 1000),
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
  };
  const outcome = finish(
    prepared,
    {
      id: 'rolling-upgrade',
      scenario: 'rolling-upgrade',
      description: `Drain and replace ${limit} node(s) one at a time (kubectl drain --ignore-daemonsets --delete-emptydir-data --timeout=${timeoutMs / 1000}s, new node after ${formatDuration(startupMs / 1000)}).`,
      params: params.used,
    },
    { drains: drains.reports(end), notes },
    end,
  );
  return { ...outcome, upgrade };
}
