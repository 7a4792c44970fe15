import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../../src/simulate/cluster.js';
import { prepare } from '../../src/simulate/scenarios/setup.js';
import { deployment, inputs } from './helpers.js';

/** The scheduler's view (table slots by live position) next to the node list every other module reads. */
function scanOrder(p: ReturnType<typeof prepare>): string[] {
  const t = p.sim.schedulingTable();
  return Array.from({ length: t.live }, (_, k) => t.nodes[t.slotOfLive(k)]!.name);
}

describe('the scheduler node table', () => {
  it('scans the live nodes in creation order after deletions, compaction and new nodes', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 3 }), defaultCluster(100)));
    const nodes = [...p.sim.liveNodes()];
    // 150 of 300 deletions: enough dead slots to force a compaction (more dead than live).
    for (let i = 0; i < nodes.length; i += 2) p.sim.deleteNode(nodes[i]!);
    p.sim.addNode({ ...nodes[0]!.template, name: 'replacement-0' });
    const live = p.sim.liveNodes().map((n) => n.name);
    expect(live).toHaveLength(151);
    expect(live.at(-1)).toBe('replacement-0');
    expect(scanOrder(p)).toEqual(live);
  });

  it('mirrors free resources and cordons: a full or cordoned node is filtered out', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 1 }), defaultCluster(1)));
    const t = p.sim.schedulingTable();
    const node = p.sim.liveNodes()[0]!;
    p.sim.cordon(node);
    expect(t.blocked[node.slot]).not.toBe(0);
    p.sim.uncordon(node);
    expect(t.blocked[node.slot]).toBe(0);
    const pod = [...p.sim.workloads[0]!.pods][0]!;
    expect(t.freeCpu[pod.node!.slot]).toBe(pod.node!.freeCpu);
    expect(t.freePods[pod.node!.slot]).toBe(pod.node!.allocatable.pods - 1);
  });
});
