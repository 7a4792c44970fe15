/**
 * `trace`: a user's event file replayed as written. The file holds one `simulate.resilint.dev/v1alpha1`
 * `EventTrace` whose `spec.events` are `{at, type, ...}` with type:
 *   drain {node, timeout?}      kubectl drain (default timeout 0 = none); the node stays cordoned
 *   node-loss {node | zone}     nodes stop (B.8 timing); node-recover {node | zone} brings them back
 *   spot-interruption {node}    2-minute notice, Karpenter drain, then the instance is gone
 *   scale {workload, replicas}  a load change: the workload's replicas are set (an HPA decision, a manual scale)
 * Unknown nodes, zones or workloads are errors naming the event's line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadManifestText } from '../../load/load-manifests.js';
import type { ManifestObject } from '../../model/types.js';
import { CLUSTER_API_VERSION } from '../cluster.js';
import { DrainLog } from '../drain-log.js';
import { SimulationInputError } from '../errors.js';
import type { ScenarioOutcome } from '../outcome.js';
import type { SimNode } from '../state.js';
import { durationSeconds } from '../units.js';
import { ParamReader, type RawParams } from './params.js';
import { finish, prepare, runToIdle, type SimulationInputs } from './setup.js';

const EVENT_TYPES = ['drain', 'node-loss', 'node-recover', 'spot-interruption', 'scale'] as const;

export interface TraceEvent {
  atMs: number;
  type: (typeof EVENT_TYPES)[number];
  node?: string;
  zone?: string;
  workload?: string;
  replicas?: number;
  timeoutMs?: number;
  line: number;
}

export interface EventTrace {
  file: string;
  events: TraceEvent[];
}

export function readTraceFile(file: string, cwd: string): EventTrace {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new SimulationInputError(file, 1, `cannot read the event trace (${(e as Error).message})`);
  }
  const loaded = loadManifestText(text, file);
  if (loaded.problems.length > 0) throw new SimulationInputError(file, loaded.problems[0]!.line, `the event trace does not parse: ${loaded.problems[0]!.message}`);
  const o = loaded.objects.find((x) => x.kind === 'EventTrace' && x.apiVersion === CLUSTER_API_VERSION);
  if (!o) throw new SimulationInputError(file, 1, `expected a ${CLUSTER_API_VERSION} EventTrace`);
  return { file, events: readEvents(o) };
}

function readEvents(o: ManifestObject): TraceEvent[] {
  const raw = o.raw.spec?.events;
  if (!Array.isArray(raw)) throw new SimulationInputError(o.file, o.locate(['spec', 'events']).line, 'EventTrace: spec.events must be a list');
  return raw
    .map((e: any, i: number): TraceEvent => {
      const line = o.locate(['spec', 'events', i]).line;
      const at = durationSeconds(e?.at);
      if (at === undefined) throw new SimulationInputError(o.file, line, 'event: `at` must be a duration such as 90s or 5m');
      if (!(EVENT_TYPES as readonly string[]).includes(e?.type)) {
        throw new SimulationInputError(o.file, line, `event: type must be one of ${EVENT_TYPES.join(', ')}`);
      }
      const timeout = e.timeout === undefined ? 0 : durationSeconds(e.timeout);
      if (timeout === undefined) throw new SimulationInputError(o.file, line, 'event: timeout must be a duration');
      if (e.type === 'scale' && (!Number.isInteger(e.replicas) || e.replicas < 0)) {
        throw new SimulationInputError(o.file, line, 'scale event: replicas must be a non-negative integer');
      }
      return {
        atMs: at * 1000,
        type: e.type,
        line,
        timeoutMs: timeout * 1000,
        ...(typeof e.node === 'string' ? { node: e.node } : {}),
        ...(typeof e.zone === 'string' ? { zone: e.zone } : {}),
        ...(typeof e.workload === 'string' ? { workload: e.workload } : {}),
        ...(typeof e.replicas === 'number' ? { replicas: e.replicas } : {}),
      };
    })
    .sort((a, b) => a.atMs - b.atMs || a.line - b.line);
}

export function runTrace(inputs: SimulationInputs, trace: EventTrace, raw: RawParams): ScenarioOutcome {
  const params = new ParamReader('trace', raw, []);
  const prepared = prepare(inputs);
  const { sim } = prepared;
  const drains = new DrainLog(sim);
  const nodesFor = (e: TraceEvent): SimNode[] => {
    if (e.node !== undefined) {
      const node = sim.nodeByName.get(e.node);
      if (!node) throw new SimulationInputError(trace.file, e.line, `${e.type} event names node ${e.node}, which is not in the cluster`);
      return [node];
    }
    if (e.zone !== undefined) {
      const nodes = sim.liveNodes().filter((n) => n.zone === e.zone);
      if (nodes.length === 0) throw new SimulationInputError(trace.file, e.line, `${e.type} event names zone ${e.zone}, which has no nodes`);
      return nodes;
    }
    throw new SimulationInputError(trace.file, e.line, `${e.type} event needs a node or a zone`);
  };
  // Validate references before running, so bad input fails fast with its line.
  for (const e of trace.events) {
    if (e.type === 'scale') {
      if (!sim.workloads.some((w) => w.spec.key === e.workload || w.spec.name === e.workload)) {
        throw new SimulationInputError(trace.file, e.line, `scale event names workload ${e.workload}, which is not among the manifests`);
      }
    } else if (e.node !== undefined && !sim.nodeByName.has(e.node)) {
      throw new SimulationInputError(trace.file, e.line, `${e.type} event names node ${e.node}, which is not in the cluster`);
    }
  }
  const lost = new Map<string, SimNode>();
  for (const e of trace.events) {
    sim.loop.at(e.atMs, () => {
      switch (e.type) {
        case 'drain':
          for (const node of nodesFor(e)) {
            drains.drain(node, { caller: 'kubectl', timeoutMs: e.timeoutMs ?? 0 });
          }
          break;
        case 'node-loss':
          for (const node of nodesFor(e)) {
            lost.set(node.name, node);
            sim.failNode(node);
          }
          break;
        case 'node-recover':
          for (const node of e.node ? [lost.get(e.node) ?? nodesFor(e)[0]!] : [...lost.values()].filter((n) => n.zone === e.zone)) sim.recoverNode(node);
          break;
        case 'spot-interruption':
          for (const node of nodesFor(e)) {
            drains.drain(node, { caller: 'karpenter', timeoutMs: 120_000 });
            sim.loop.after(120_000, () => sim.deleteNode(node));
          }
          break;
        case 'scale': {
          const w = sim.workloads.find((x) => x.spec.key === e.workload || x.spec.name === e.workload)!;
          sim.setDesired(w, e.replicas!);
          break;
        }
      }
    });
  }
  const end = runToIdle(prepared);
  return finish(
    prepared,
    { id: 'trace', scenario: 'trace', description: `Replay ${trace.events.length} event(s) from ${trace.file}.`, params: params.used },
    { drains: drains.reports(end) },
    end,
  );
}
