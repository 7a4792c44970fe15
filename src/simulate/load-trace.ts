/**
 * Load traces for the `load` scenario: per workload and metric, a step function of the metric over time.
 * For cpu and memory the value is the workload's total usage (spread over its ready pods); for Pods metrics the
 * total across pods; for Object and External metrics the metric's own value.
 *
 * Formats: CSV with a header `time,workload,metric,value` (workload = `name` or `Kind/namespace/name`), or
 * `simulate.resilint.dev/v1alpha1` `LoadTrace` objects (spec.target {kind, name, namespace}, spec.metric,
 * spec.points [{at, value}]), in a `--load` file or among the manifests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadManifestText } from '../load/load-manifests.js';
import type { ManifestObject } from '../model/types.js';
import { CLUSTER_API_VERSION } from './cluster.js';
import { SimulationInputError } from './errors.js';
import { cpuMillis, durationSeconds, memoryBytes, quantityValue } from './units.js';

export interface LoadSeries {
  /** Workload reference as written: a name or Kind/namespace/name. */
  workload: string;
  metric: string;
  /** [ms, value] sorted by time. */
  points: Array<[number, number]>;
  file: string;
  line: number;
}

function metricValue(metric: string, raw: unknown): number | undefined {
  if (metric === 'cpu') return cpuMillis(raw);
  if (metric === 'memory') return memoryBytes(raw);
  return quantityValue(raw);
}

export function readLoadFile(file: string, cwd: string): LoadSeries[] {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new SimulationInputError(file, 1, `cannot read the load trace (${(e as Error).message})`);
  }
  if (file.endsWith('.csv')) return parseLoadCsv(text, file);
  const loaded = loadManifestText(text, file);
  if (loaded.problems.length > 0) throw new SimulationInputError(file, loaded.problems[0]!.line, `the load trace does not parse: ${loaded.problems[0]!.message}`);
  const traces = loadTracesFromObjects(loaded.objects);
  if (traces.length === 0) throw new SimulationInputError(file, 1, `expected ${CLUSTER_API_VERSION} LoadTrace objects or a CSV file`);
  return traces;
}

export function parseLoadCsv(text: string, file: string): LoadSeries[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split(',').map((s) => s.trim().toLowerCase()) ?? [];
  const columns = lines[0]?.split(',').map((s) => s.trim()) ?? [];
  const col = (name: string) => header.indexOf(name);
  if (col('time') < 0 || col('workload') < 0 || col('metric') < 0 || col('value') < 0) {
    throw new SimulationInputError(file, 1, 'the CSV header must name the columns time, workload, metric, value');
  }
  const series = new Map<string, LoadSeries>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split(',').map((s) => s.trim());
    // A short row would otherwise surface as `value "undefined"`; name the shape instead.
    if (cells.length !== header.length) {
      throw new SimulationInputError(file, i + 1, `line has ${cells.length} columns, expected ${header.length} (${columns.join(', ')})`);
    }
    const at = durationSeconds(cells[col('time')]);
    const workload = cells[col('workload')] ?? '';
    const metric = cells[col('metric')] ?? '';
    const value = metricValue(metric, cells[col('value')]);
    if (at === undefined) throw new SimulationInputError(file, i + 1, `time "${cells[col('time')]}" is not a duration`);
    if (!workload || !metric) throw new SimulationInputError(file, i + 1, 'workload and metric must not be empty');
    if (value === undefined) throw new SimulationInputError(file, i + 1, `value "${cells[col('value')]}" is not a quantity`);
    const key = `${workload}\u0000${metric}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { workload, metric, points: [], file, line: i + 1 }));
    s.points.push([at * 1000, value]);
  }
  return finishSeries([...series.values()]);
}

export function loadTracesFromObjects(objects: readonly ManifestObject[]): LoadSeries[] {
  const out: LoadSeries[] = [];
  const seen = new Set<string>();
  for (const o of objects) {
    if (o.kind !== 'LoadTrace' || o.apiVersion !== CLUSTER_API_VERSION) continue;
    // A LoadTrace defined twice (two copies of one app loaded together) is replayed once: the first.
    if (seen.has(`${o.namespace}/${o.name}`)) continue;
    seen.add(`${o.namespace}/${o.name}`);
    const spec = o.raw.spec ?? {};
    const target = spec.target ?? {};
    if (typeof target.name !== 'string') throw new SimulationInputError(o.file, o.locate(['spec', 'target']).line, 'LoadTrace: spec.target.name is required');
    const metric = typeof spec.metric === 'string' ? spec.metric : 'cpu';
    const workload = `${target.kind ?? 'Deployment'}/${target.namespace ?? o.namespace ?? 'default'}/${target.name}`;
    const points: Array<[number, number]> = [];
    (Array.isArray(spec.points) ? spec.points : []).forEach((p: any, i: number) => {
      const at = durationSeconds(p?.at);
      const value = metricValue(metric, p?.value);
      if (at === undefined || value === undefined) {
        throw new SimulationInputError(o.file, o.locate(['spec', 'points', i]).line, 'LoadTrace: each point needs a duration `at` and a quantity `value`');
      }
      points.push([at * 1000, value]);
    });
    if (points.length === 0) throw new SimulationInputError(o.file, o.locate(['spec', 'points']).line, 'LoadTrace: spec.points is empty');
    out.push({ workload, metric, points, file: o.file, line: o.range.line });
  }
  return finishSeries(out);
}

function finishSeries(series: LoadSeries[]): LoadSeries[] {
  for (const s of series) s.points.sort((a, b) => a[0] - b[0]);
  return series.sort((a, b) => (a.workload + a.metric < b.workload + b.metric ? -1 : 1));
}

/** The value at `ms` (the last point at or before it; the first point before the trace starts). */
export function valueAt(series: LoadSeries, ms: number): number {
  let value = series.points[0]![1];
  for (const [at, v] of series.points) {
    if (at > ms) break;
    value = v;
  }
  return value;
}
