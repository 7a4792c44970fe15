/**
 * `rolling-upgrade`: the cordon/drain/replace loop of a node upgrade. Nodes are taken one at a time in name order:
 * `kubectl drain --ignore-daemonsets --timeout=<timeout>` (default 300 s, as common upgrade scripts use), then the
 * node is replaced: the old machine goes (remaining pods are deleted without PDB checks) and a node of the same
 * group joins `nodeStartup` seconds later (default 60 s). `onTimeout=continue` (default) replaces a node whose drain
 * timed out anyway, as forced upgrades do; `onTimeout=abort` stops the upgrade there, like `set -e` scripts.
 * Parameters: timeout, nodeStartup, onTimeout, nodes (how many nodes to upgrade; default all).
 */
import { drainNode, type DrainOutcome } from '../drain.js';
import type { DrainReport, ScenarioOutcome } from '../outcome.js';
import { finish, prepare, runToIdle, type SimulationInputs } from './setup.js';
import { ParamReader, type RawParams } from './params.js';

export const ROLLING_UPGRADE_PARAMS = ['timeout', 'nodeStartup', 'onTimeout', 'nodes'] as const;

export function toDrainReport(o: DrainOutcome): DrainReport {
  return {
    node: o.node,
    status: o.status,
    startSeconds: Math.round(o.startedMs / 1000),
    durationSeconds: Math.round((o.endedMs - o.startedMs) / 1000),
    rejections: o.rejections,
    blockingPdbs: o.blockingPdbs,
    remainingPods: o.remainingPods,
    messages: o.messages,
  };
}

export function runRollingUpgrade(inputs: SimulationInputs, raw: RawParams): ScenarioOutcome {
  const params = new ParamReader('rolling-upgrade', raw, ROLLING_UPGRADE_PARAMS);
  const timeoutMs = params.seconds('timeout', 300) * 1000;
  const startupMs = params.seconds('nodeStartup', 60) * 1000;
  const onTimeout = params.choice('onTimeout', 'continue', ['continue', 'abort'] as const);
  const prepared = prepare(inputs);
  const { sim } = prepared;
  const order = [...sim.liveNodes()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const limit = params.number('nodes', order.length, 0, order.length);
  const drains: DrainReport[] = [];
  const notes: string[] = [];
  let index = 0;

  const next = () => {
    if (index >= limit) return;
    const node = order[index++]!;
    drainNode(sim, node, {
      caller: 'kubectl',
      timeoutMs,
      onDone: (outcome) => {
        if (outcome.rejections > 0 || outcome.status !== 'drained') drains.push(toDrainReport(outcome));
        if (outcome.status !== 'drained' && onTimeout === 'abort') {
          notes.push(`The upgrade stopped at node ${node.name} (onTimeout=abort); ${limit - index} node(s) were not upgraded.`);
          sim.uncordon(node);
          return;
        }
        sim.deleteNode(node);
        sim.loop.after(startupMs, () => {
          sim.addNode(node.template);
          next();
        });
      },
    });
  };
  next();
  const end = runToIdle(prepared);
  return finish(
    prepared,
    {
      id: 'rolling-upgrade',
      scenario: 'rolling-upgrade',
      description: `Drain and replace ${limit} node(s) one at a time (kubectl drain --timeout=${timeoutMs / 1000}s, new node after ${startupMs / 1000}s).`,
      params: params.used,
    },
    { drains, notes },
    end,
  );
}
