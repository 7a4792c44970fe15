/**
 * `load`: replays HPA metric traces. Every 15 s each HPA whose target has a trace runs the B.3 algorithm on the
 * traced metric (metrics without a trace are taken to sit at their target); the workload scales, new pods go
 * through the scheduler (and Karpenter, within NodePool limits). The run lasts until the trace ends plus `tail`
 * (default 10 min, long enough for the 5-minute scale-down window). Reports replicas over time, time at
 * maxReplicas while the metrics asked for more, and pods pending for capacity. Parameters: tail.
 */
import { HpaController, podMetricReplicas, SYNC_PERIOD_MS, valueMetricReplicas } from '../hpa.js';
import type { LoadSeries } from '../load-trace.js';
import { valueAt } from '../load-trace.js';
import type { HpaOutcome, ScenarioOutcome } from '../outcome.js';
import type { SimWorkload } from '../state.js';
import type { HpaSpec, MetricSpec } from '../workloads.js';
import { closestId } from '../../rules/closest-id.js';
import { SimulationInputError } from '../errors.js';
import { finish, prepare, runToIdle, type SimulationInputs } from './setup.js';
import { ParamReader, type RawParams } from './params.js';

export const LOAD_PARAMS = ['tail'] as const;

function resolveWorkload(ref: string, workloads: readonly SimWorkload[]): SimWorkload | undefined {
  if (ref.includes('/')) return workloads.find((w) => w.spec.key === ref);
  return workloads.find((w) => w.spec.name === ref);
}

function proposal(metric: MetricSpec, w: SimWorkload, current: number, value: number | undefined, controller: HpaController): number | undefined {
  if (value === undefined) return current;
  const tol = controller.tolerances();
  const pods = { ready: w.ready, unready: Math.max(0, w.active - w.ready) };
  if (metric.source === 'Object' || metric.source === 'External') return valueMetricReplicas(metric, current, value, w.ready, tol);
  const request = metric.name === 'cpu' ? w.spec.pod.cpuMillis : metric.name === 'memory' ? w.spec.pod.memoryBytes : 0;
  return podMetricReplicas(metric, current, value, pods, request, tol);
}

/**
 * A trace whose metric no HPA of the workload uses is never read (a typo such as `memroy` would otherwise pass
 * silently while the HPA sees its metric at target): say so, with the metrics the HPAs have.
 */
function unmatchedMetricNotes(w: SimWorkload, series: readonly LoadSeries[], hpas: readonly HpaSpec[]): string[] {
  const known = [...new Set(hpas.flatMap((h) => h.metrics.map((m) => m.name)))];
  return series
    .filter((s) => !known.includes(s.metric))
    .map((s) => {
      const guess = closestId(s.metric, known);
      const names = hpas.map((h) => h.key).join(', ');
      return (
        `The load trace for ${w.spec.key} has metric "${s.metric}", which ${names} does not use ` +
        `(${known.length > 0 ? `its metrics: ${known.join(', ')}` : 'it has no metrics'}), so the trace is ignored.${guess ? ` Did you mean ${guess}?` : ''}`
      );
    });
}

export function runLoad(inputs: SimulationInputs, traces: readonly LoadSeries[], raw: RawParams): ScenarioOutcome {
  const params = new ParamReader('load', raw, LOAD_PARAMS);
  const tailMs = params.seconds('tail', 600) * 1000;
  const prepared = prepare(inputs);
  const { sim } = prepared;
  const byWorkload = new Map<SimWorkload, LoadSeries[]>();
  for (const t of traces) {
    const w = resolveWorkload(t.workload, sim.workloads);
    if (!w) throw new SimulationInputError(t.file, t.line, `load trace names workload ${t.workload}, which is not among the manifests`);
    byWorkload.set(w, [...(byWorkload.get(w) ?? []), t]);
  }
  const driven: Array<{ hpa: HpaSpec; w: SimWorkload; controller: HpaController; outcome: HpaOutcome }> = [];
  for (const hpa of inputs.model.hpas) {
    const w = sim.workloadByKey.get(hpa.targetKey);
    if (!w || !byWorkload.has(w)) continue;
    driven.push({
      hpa,
      w,
      controller: new HpaController(hpa),
      outcome: {
        hpa: hpa.key,
        workload: w.spec.key,
        minReplicas: hpa.minReplicas,
        maxReplicas: hpa.maxReplicas,
        peakReplicas: w.desired,
        peakRecommended: w.desired,
        saturatedSeconds: 0,
        series: [[0, w.desired]],
      },
    });
  }
  const notes: string[] = [];
  for (const [w, series] of byWorkload) {
    const hpas = driven.filter((d) => d.w === w).map((d) => d.hpa);
    if (hpas.length === 0) notes.push(`The load trace for ${w.spec.key} drives no HorizontalPodAutoscaler.`);
    else notes.push(...unmatchedMetricNotes(w, series, hpas));
  }
  const traceEnd = Math.max(0, ...traces.flatMap((t) => t.points.map((p) => p[0])));
  const endMs = traceEnd + tailMs;
  const tick = () => {
    for (const d of driven) {
      const series = byWorkload.get(d.w)!;
      const current = d.w.desired;
      const proposals = d.hpa.metrics.map((m) => {
        const trace = series.find((s) => s.metric === m.name);
        return proposal(m, d.w, current, trace ? valueAt(trace, sim.now) : undefined, d.controller);
      });
      const result = d.controller.reconcile(sim.now, current, proposals);
      if (result.recommended !== undefined) {
        d.outcome.peakRecommended = Math.max(d.outcome.peakRecommended, result.recommended);
        if (current === d.hpa.maxReplicas && result.recommended > d.hpa.maxReplicas) d.outcome.saturatedSeconds += SYNC_PERIOD_MS / 1000;
      }
      if (result.desired !== current) {
        sim.setDesired(d.w, result.desired);
        d.outcome.peakReplicas = Math.max(d.outcome.peakReplicas, result.desired);
        d.outcome.series.push([Math.round(sim.now / 1000), result.desired]);
      }
    }
    if (sim.now + SYNC_PERIOD_MS <= endMs) sim.loop.after(SYNC_PERIOD_MS, tick);
  };
  if (driven.length === 0) notes.push('No HorizontalPodAutoscaler has a load trace; nothing to replay.');
  else sim.loop.at(0, tick);
  const end = Math.max(runToIdle(prepared), driven.length > 0 ? endMs : 0);
  return finish(
    prepared,
    {
      id: 'load',
      scenario: 'load',
      description: `Replay ${traces.length} metric trace(s) against ${driven.length} HPA(s) for ${Math.round(endMs / 1000)}s (15 s syncs).`,
      params: params.used,
    },
    { hpas: driven.map((d) => d.outcome), notes },
    end,
  );
}
