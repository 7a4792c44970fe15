import { describe, expect, it } from 'vitest';
import { DrainLog } from '../../src/simulate/drain-log.js';
import { findProblems } from '../../src/simulate/problems.js';
import { formatSimulationText } from '../../src/simulate/report.js';
import { runRollingUpgrade } from '../../src/simulate/scenarios/rolling-upgrade.js';
import { HORIZON_MS, prepare } from '../../src/simulate/scenarios/setup.js';
import { runTrace } from '../../src/simulate/scenarios/trace.js';
import { deployment, inputs, pdb } from './helpers.js';

// One replica under minAvailable: 1 can never be evicted: every eviction gets 429 (B.1.6).
const stuck = deployment({ name: 'web', replicas: 1 }) + pdb('web', 'minAvailable: 1');

describe('a drain that never ends (kubectl --timeout=0 waits forever, B.2)', () => {
  it('is reported as unfinished when the simulation ends, with the pods left and the blocking PDB', () => {
    const p = prepare(inputs(stuck));
    const node = [...p.sim.workloads[0]!.pods][0]!.node!;
    const log = new DrainLog(p.sim);
    log.drain(node, { caller: 'kubectl', timeoutMs: 0 });
    p.sim.loop.runUntil(3600_000);
    const [report] = log.reports(3600_000);
    expect(report).toMatchObject({
      node: node.name,
      status: 'unfinished',
      startSeconds: 0,
      durationSeconds: 3600,
      blockingPdbs: ['PodDisruptionBudget/shop/web'],
      remainingPods: ['web-0'],
    });
    // One refusal at 0 s and one every 5 s after it.
    expect(report!.rejections).toBe(721);
  });

  it('leaves out a drain that finished without a refusal', () => {
    const p = prepare(inputs(deployment({ name: 'web', replicas: 2 }) + pdb('web', 'maxUnavailable: 1')));
    const log = new DrainLog(p.sim);
    log.drain([...p.sim.workloads[0]!.pods][0]!.node!, { caller: 'kubectl', timeoutMs: 0 });
    p.sim.loop.runUntil(3600_000);
    expect(log.reports(3600_000)).toEqual([]);
  });

  it('rolling-upgrade:timeout=0 reports the hung drain as sim/drain-blocked, like a timed-out one', () => {
    const sim = inputs(stuck);
    const outcome = runRollingUpgrade(sim, { timeout: '0' });
    expect(outcome.durationSeconds).toBe(HORIZON_MS / 1000);
    expect(outcome.drains).toHaveLength(1);
    expect(outcome.drains[0]).toMatchObject({ status: 'unfinished', remainingPods: ['web-0'], durationSeconds: HORIZON_MS / 1000 });
    expect(outcome.notes.join(' ')).toContain('never got past node');
    const [problem] = findProblems([outcome], sim.model);
    expect(problem).toMatchObject({ ruleId: 'sim/drain-blocked', fieldPath: 'spec.minAvailable', object: { kind: 'PodDisruptionBudget', name: 'web' } });
    expect(problem!.detail).toMatch(/was still blocked when the simulation ended, after 168h \(no drain timeout\): PodDisruptionBudget shop\/web needs .*; still on the node: web-0$/);
  });

  it('a trace drain (no timeout by default) that a PDB blocks is in the JSON drains and the text report', () => {
    const sim = inputs(stuck);
    const node = [...prepare(sim).sim.workloads[0]!.pods][0]!.node!.name;
    const outcome = runTrace(sim, { file: 'trace.yaml', events: [{ atMs: 0, type: 'drain', zone: 'us-east-1a', timeoutMs: 0, line: 7 }] }, {});
    expect(outcome.drains.map((d) => [d.node, d.status])).toEqual([[node, 'unfinished']]);
    expect(findProblems([outcome], sim.model).map((p) => p.ruleId)).toEqual(['sim/drain-blocked']);
    const text = formatSimulationText({ head: { cluster: 'test', scenarios: [outcome], problems: [], notes: [], unparsed: [] } });
    expect(text).toContain(`${node}: still blocked when the simulation ended, after 168h`);
  });

  it('a drain with a timeout still ends as timed-out, not unfinished', () => {
    const outcome = runRollingUpgrade(inputs(stuck), { timeout: '300', nodes: '1' });
    expect(outcome.drains.map((d) => d.status)).toEqual(['timed-out']);
  });
});
