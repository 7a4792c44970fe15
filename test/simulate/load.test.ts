import { describe, expect, it } from 'vitest';
import { SimulationInputError } from '../../src/simulate/errors.js';
import { parseLoadCsv } from '../../src/simulate/load-trace.js';
import { runLoad } from '../../src/simulate/scenarios/load.js';
import { deployment, inputs } from './helpers.js';

const hpa = (metrics: string) => `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 6
  metrics:
${metrics}
---`;
const cpuMetric = '    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}';
const memoryMetric = '    - {type: Resource, resource: {name: memory, target: {type: Utilization, averageUtilization: 70}}}';

function lineError(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof SimulationInputError) return e.message;
    throw e;
  }
  throw new Error('expected a SimulationInputError');
}

describe('load scenario: traces the HPA cannot read', () => {
  it('notes a trace metric that no HPA metric uses, naming the metrics the HPA has', () => {
    const csv = parseLoadCsv('time,workload,metric,value\n0s,web,memroy,600Mi\n5m,web,memroy,9Gi\n', 'typo.csv');
    const outcome = runLoad(inputs(deployment({ name: 'web', replicas: 2 }) + hpa(cpuMetric)), csv, {});
    expect(outcome.notes).toEqual([
      'The load trace for Deployment/shop/web has metric "memroy", which HorizontalPodAutoscaler/shop/web does not use (its metrics: cpu), so the trace is ignored.',
    ]);
  });

  it('suggests the HPA metric a misspelt trace metric is close to', () => {
    const csv = parseLoadCsv('time,workload,metric,value\n0s,web,memroy,600Mi\n', 'typo.csv');
    const outcome = runLoad(inputs(deployment({ name: 'web', replicas: 2 }) + hpa(`${cpuMetric}\n${memoryMetric}`)), csv, {});
    expect(outcome.notes[0]).toMatch(/\(its metrics: cpu, memory\), so the trace is ignored\. Did you mean memory\?$/);
  });

  it('adds no note when every trace metric is one of the HPA metrics', () => {
    const csv = parseLoadCsv('time,workload,metric,value\n0s,web,cpu,600m\n', 'ok.csv');
    expect(runLoad(inputs(deployment({ name: 'web', replicas: 2 }) + hpa(cpuMetric)), csv, {}).notes).toEqual([]);
  });
});

describe('load CSV lines', () => {
  it('names the line and the expected columns when a row is short, instead of an undefined value', () => {
    const text = 'time,workload,metric,value\n0s,search,cpu,600m\n5m,search,cpu\n';
    expect(lineError(() => parseLoadCsv(text, 'bad5.csv'))).toBe('bad5.csv:3: line has 3 columns, expected 4 (time, workload, metric, value)');
  });

  it('counts columns against the header as written, in its order', () => {
    const text = 'workload,time,value,metric\nsearch,0s,600m,cpu,extra\n';
    expect(lineError(() => parseLoadCsv(text, 'long.csv'))).toBe('long.csv:2: line has 5 columns, expected 4 (workload, time, value, metric)');
  });
});
