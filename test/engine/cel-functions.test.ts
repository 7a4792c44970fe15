import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/cel/compile.js';
import { fromCel } from '../../src/cel/values.js';
import type { ContextHolder } from '../../src/engine/cel-functions.js';
import { createRuleEnvironment } from '../../src/engine/compile-rule.js';
import { RunContext } from '../../src/engine/run-context.js';
import { loadManifestText } from '../../src/load/load-manifests.js';

const holder: ContextHolder = {};
const env = createRuleEnvironment(holder);

/** Evaluates `expression` with `object` bound to the object named `name`, as a rule would. */
function evaluate(manifests: string, name: string, expression: string): unknown {
  const loaded = loadManifestText(manifests, 'test.yaml');
  const run = new RunContext(loaded.objects);
  holder.current = run;
  const target = loaded.objects.find((o) => o.name === name);
  if (!target) throw new Error(`no object ${name}`);
  run.anchor = target;
  const compiled = compileExpression(env, expression);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const activation = { object: run.cel(target), objects: run.allObjects(), params: {}, variables: {}, namespaceObject: null, item: null, index: 0n };
  return fromCel(compiled.program.evaluate(activation as never));
}

const LIMIT_RANGE = `
apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: kube-system}
spec:
  limits:
    - type: Container
      default: {cpu: 500m, memory: 256Mi}
`;

function deployment(namespace: string): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: metrics, namespace: ${namespace}}
spec:
  selector: {matchLabels: {app: metrics}}
  template:
    metadata: {labels: {app: metrics}}
    spec:
      priorityClassName: system-cluster-critical
      initContainers: [{name: setup, image: busybox, resources: {limits: {cpu: 1}}}]
      containers: [{name: metrics, image: metrics:1}]
`;
}

describe('containers(object): effective resources (kubernetes-semantics B.5, B.7)', () => {
  it('gives a container without resources the LimitRange defaults of its namespace, and names the LimitRange', () => {
    const manifests = LIMIT_RANGE + '---' + deployment('kube-system');
    expect(evaluate(manifests, 'metrics', 'containers(object)[1].resources')).toEqual({
      requests: { cpu: '500m', memory: '256Mi' },
      limits: { cpu: '500m', memory: '256Mi' },
    });
    expect(evaluate(manifests, 'metrics', "containers(object)[1].fromLimitRange.limits['memory']")).toBe('kube-system/defaults');
  });

  it('copies limits into requests first, so a LimitRange fills only what is still missing', () => {
    const manifests = LIMIT_RANGE + '---' + deployment('kube-system');
    expect(evaluate(manifests, 'metrics', 'containers(object)[0].resources')).toEqual({
      requests: { cpu: 1, memory: '256Mi' },
      limits: { cpu: 1, memory: '256Mi' },
    });
    expect(evaluate(manifests, 'metrics', 'containers(object)[0].fromLimitRange')).toEqual({
      requests: { memory: 'kube-system/defaults' },
      limits: { memory: 'kube-system/defaults' },
    });
  });

  it('keeps the container as written in spec, and ignores LimitRanges of other namespaces', () => {
    const manifests = LIMIT_RANGE + '---' + deployment('monitoring');
    expect(evaluate(manifests, 'metrics', 'containers(object)[1].resources')).toEqual({ requests: {}, limits: {} });
    expect(evaluate(manifests, 'metrics', 'containers(object)[1].spec')).toEqual({ name: 'metrics', image: 'metrics:1' });
  });

  it('reads a LimitRange integer default as a CEL int, like a value the container sets', () => {
    const manifests = LIMIT_RANGE.replace('cpu: 500m', 'cpu: 2') + '---' + deployment('kube-system');
    expect(evaluate(manifests, 'metrics', "type(containers(object)[1].resources.limits['cpu']) == int")).toBe(true);
  });
});

describe('podResources(object): the pod totals LimitRanger Pod items compare (kubernetes-semantics B.7 "Scopes")', () => {
  it('takes the larger of the app containers and an init container, each after LimitRange defaulting', () => {
    // setup (init) runs alone with cpu 1 (its request copied from its limit); metrics gets the
    // namespace defaults, 500m and 256Mi; setup gets the 256Mi memory default too.
    const manifests = LIMIT_RANGE + '---' + deployment('kube-system');
    expect(evaluate(manifests, 'metrics', 'podResources(object)')).toEqual({
      requests: { cpu: '1', memory: '256Mi' },
      limits: { cpu: '1', memory: '256Mi' },
    });
  });

  it('is empty for an object without a pod template', () => {
    expect(evaluate(LIMIT_RANGE, 'defaults', 'podResources(object)')).toEqual({ requests: {}, limits: {} });
  });
});

describe('podPriorityClassName(object): the class admission writes into the created pod', () => {
  const classes = `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: standard}
value: 1000
globalDefault: true
`;

  it('is the global default for a pod template that names no class, and the named class otherwise', () => {
    const noClass = deployment('team-a').replace('      priorityClassName: system-cluster-critical\n', '');
    expect(evaluate(classes + '---' + noClass, 'metrics', 'podPriorityClassName(object)')).toBe('standard');
    expect(evaluate(classes + '---' + deployment('team-a'), 'metrics', 'podPriorityClassName(object)')).toBe('system-cluster-critical');
    expect(evaluate(noClass, 'metrics', 'podPriorityClassName(object)')).toBe('');
  });

  it("answers '' for a map that is not a whole object of the run", () => {
    expect(evaluate(classes + '---' + deployment('team-a'), 'metrics', 'podPriorityClassName(object.spec)')).toBe('');
  });
});
