import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/cel/compile.js';
import { fromCel, toCel } from '../../src/cel/values.js';
import type { ContextHolder } from '../../src/engine/cel-functions.js';
import { createRuleEnvironment } from '../../src/engine/compile-rule.js';
import { criticalPodParams, criticalReason, DEFAULT_CRITICAL_POD_PARAMS } from '../../src/engine/critical-pod.js';
import { RunContext } from '../../src/engine/run-context.js';
import { loadManifestText } from '../../src/load/load-manifests.js';
import { Relations } from '../../src/model/relations.js';

const PRIORITY_CLASSES = `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: business-critical}
value: 1000000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: batch-low}
value: 999999
`;

function deployment(name: string, podSpec: string, annotations = ''): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${annotations ? `, annotations: {${annotations}}` : ''}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {${podSpec}containers: [{name: app, image: app:1}]}
`;
}

/** criticalReason for the object named `name`, with the rule params given (defaults otherwise). */
function reasonFor(manifests: string, name: string, params: Partial<typeof DEFAULT_CRITICAL_POD_PARAMS> = {}): string {
  const { objects } = loadManifestText(manifests, 'test.yaml');
  const target = objects.find((o) => o.name === name);
  if (!target) throw new Error(`no object ${name}`);
  return criticalReason(target, { ...DEFAULT_CRITICAL_POD_PARAMS, ...params }, new Relations(objects));
}

describe('criticalReason', () => {
  it('names the system priority classes Kubernetes reserves for cluster-critical pods', () => {
    expect(reasonFor(deployment('dns', 'priorityClassName: system-cluster-critical, '), 'dns')).toBe('priorityClassName system-cluster-critical');
    expect(reasonFor(deployment('cni', 'priorityClassName: system-node-critical, '), 'cni')).toBe('priorityClassName system-node-critical');
  });

  it('takes a PriorityClass from the manifests whose value reaches the threshold, and not one below it', () => {
    const manifests = PRIORITY_CLASSES + '---' + deployment('pay', 'priorityClassName: business-critical, ') + '---' + deployment('etl', 'priorityClassName: batch-low, ');
    expect(reasonFor(manifests, 'pay')).toBe('PriorityClass business-critical has value 1000000 >= 1000000');
    expect(reasonFor(manifests, 'etl')).toBe('');
    expect(reasonFor(manifests, 'etl', { criticalPriorityThreshold: 500000 })).toBe('PriorityClass batch-low has value 999999 >= 500000');
  });

  it('does not guess the value of a PriorityClass that is not among the manifests', () => {
    expect(reasonFor(deployment('api', 'priorityClassName: business-critical, '), 'api')).toBe('');
  });

  it('accepts a class listed in criticalPriorityClasses whatever its value', () => {
    const manifests = PRIORITY_CLASSES + '---' + deployment('etl', 'priorityClassName: batch-low, ');
    expect(reasonFor(manifests, 'etl', { criticalPriorityClasses: ['batch-low'] })).toBe('priorityClassName batch-low is listed in criticalPriorityClasses');
  });

  it('reads the resilint.io/critical annotation on the object or on its pod template, only when "true"', () => {
    expect(reasonFor(deployment('api', '', "'resilint.io/critical': 'true'"), 'api')).toBe('annotated resilint.io/critical');
    const onTemplate = deployment('api', '').replace('metadata: {labels: {app: api}}', "metadata: {labels: {app: api}, annotations: {'resilint.io/critical': 'true'}}");
    expect(reasonFor(onTemplate, 'api')).toBe('annotated resilint.io/critical');
    expect(reasonFor(deployment('api', '', "'resilint.io/critical': 'false'"), 'api')).toBe('');
  });

  it('prefers the priority class over the annotation as the stated reason', () => {
    expect(reasonFor(deployment('dns', 'priorityClassName: system-cluster-critical, ', "'resilint.io/critical': 'true'"), 'dns')).toBe(
      'priorityClassName system-cluster-critical',
    );
  });

  it('finds the pod spec of a CronJob under jobTemplate and of a bare Pod at its root', () => {
    const cron = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: backup}
spec:
  schedule: '0 * * * *'
  jobTemplate:
    spec:
      template:
        spec: {priorityClassName: system-node-critical, restartPolicy: Never, containers: [{name: b, image: b:1}]}
`;
    expect(reasonFor(cron, 'backup')).toBe('priorityClassName system-node-critical');
    const pod = `
apiVersion: v1
kind: Pod
metadata: {name: debug, annotations: {'resilint.io/critical': 'true'}}
spec: {containers: [{name: d, image: d:1}]}
`;
    expect(reasonFor(pod, 'debug')).toBe('annotated resilint.io/critical');
  });

  it('judges a pod that names no class by the global default PriorityClass it is created with', () => {
    const tier0 = `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: tier-0}
value: 1000000
globalDefault: true
`;
    const manifests = tier0 + '---' + deployment('web', '') + '---' + PRIORITY_CLASSES + '---' + deployment('etl', 'priorityClassName: batch-low, ');
    expect(reasonFor(manifests, 'web')).toBe('global default PriorityClass tier-0 has value 1000000 >= 1000000');
    // A class named in the pod wins over the default, even a lower one.
    expect(reasonFor(manifests, 'etl')).toBe('');
    expect(reasonFor(manifests.replace('value: 1000000\nglobalDefault: true', 'value: 1000\nglobalDefault: true'), 'web')).toBe('');
    expect(reasonFor(manifests.replace('value: 1000000\nglobalDefault: true', 'value: 1000\nglobalDefault: true'), 'web', { criticalPriorityClasses: ['tier-0'] })).toBe(
      'global default PriorityClass tier-0 is listed in criticalPriorityClasses',
    );
  });

  it('finds nothing critical about an object without pods', () => {
    expect(reasonFor(PRIORITY_CLASSES, 'business-critical')).toBe('');
  });
});

describe('criticalReason in CEL', () => {
  const holder: ContextHolder = {};
  const env = createRuleEnvironment(holder);

  function evaluate(manifests: string, name: string, expression: string, params: Record<string, unknown>): unknown {
    const loaded = loadManifestText(manifests, 'test.yaml');
    const run = new RunContext(loaded.objects);
    holder.current = run;
    const compiled = compileExpression(env, expression);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const object = run.cel(loaded.objects.find((o) => o.name === name)!);
    const activation = { object, objects: run.allObjects(), params: toCel(params), variables: {}, namespaceObject: null, item: null, index: 0n };
    return fromCel(compiled.program.evaluate(activation as never));
  }

  it("reads the rule's params as CEL values (integers as int)", () => {
    const manifests = PRIORITY_CLASSES + '---' + deployment('etl', 'priorityClassName: batch-low, ');
    expect(evaluate(manifests, 'etl', 'criticalReason(object, params)', { criticalPriorityThreshold: 900000, criticalPriorityClasses: [] })).toBe(
      'PriorityClass batch-low has value 999999 >= 900000',
    );
    expect(evaluate(manifests, 'etl', 'criticalReason(object, params)', { criticalPriorityThreshold: 1000000, criticalPriorityClasses: [] })).toBe('');
  });

  it('uses the default params a rule does not declare', () => {
    const manifests = PRIORITY_CLASSES + '---' + deployment('pay', 'priorityClassName: business-critical, ');
    expect(evaluate(manifests, 'pay', 'criticalReason(object, params)', {})).toBe('PriorityClass business-critical has value 1000000 >= 1000000');
  });

  it('answers "" for a map that is not a whole object of the run', () => {
    expect(evaluate(deployment('dns', 'priorityClassName: system-cluster-critical, '), 'dns', 'criticalReason(object.spec, params)', {})).toBe('');
  });
});

describe('criticalPodParams', () => {
  it('converts CEL ints and keeps the class list', () => {
    expect(criticalPodParams(toCel({ criticalPriorityThreshold: 5, criticalPriorityClasses: ['tier-0'] }))).toEqual({
      criticalPriorityThreshold: 5,
      criticalPriorityClasses: ['tier-0'],
    });
  });
});
