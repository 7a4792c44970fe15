import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/simulate/workloads.js';
import { objects } from './helpers.js';

const limitRange = (namespace: string) => `
apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: ${namespace}}
spec:
  limits:
    - type: Container
      default: {cpu: "1", memory: 512Mi}
      defaultRequest: {cpu: 500m}
---`;

const workload = (name: string, resources = '') => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: app
          image: example
${resources}
---`;

const requestsOf = (yaml: string) =>
  Object.fromEntries(readModel(objects(yaml)).workloads.map((w) => [w.name, [w.pod.cpuMillis, w.pod.memoryBytes / 2 ** 20]]));

describe('the pod the simulator schedules', () => {
  it('requests what its namespace LimitRange fills in, as the created pod does (B.7, checklist 6)', () => {
    const yaml = limitRange('shop') + workload('bare') + workload('own', '          resources: {requests: {cpu: 250m, memory: 64Mi}}');
    // defaultRequest gives cpu 500m; memory has no defaultRequest, so it takes the default limit 512Mi.
    expect(requestsOf(yaml)).toEqual({ bare: [500, 512], own: [250, 64] });
  });

  it('ignores a LimitRange of another namespace, and defaults requests from limits (B.5)', () => {
    const yaml = limitRange('billing') + workload('bare') + workload('limits', '          resources: {limits: {cpu: 2, memory: 1Gi}}');
    expect(requestsOf(yaml)).toEqual({ bare: [0, 0], limits: [2000, 1024] });
  });

  it('counts an init container with the sidecars started before it, as the scheduler does (B.7 Scopes)', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: migrating, namespace: shop}
spec:
  selector: {matchLabels: {app: migrating}}
  template:
    metadata: {labels: {app: migrating}}
    spec:
      initContainers:
        - {name: proxy, image: proxy, restartPolicy: Always, resources: {requests: {cpu: 300m, memory: 64Mi}}}
        - {name: migrate, image: migrate, resources: {requests: {cpu: 600m, memory: 64Mi}}}
      containers:
        - {name: app, image: app, resources: {requests: {cpu: 500m, memory: 256Mi}}}
---`;
    // cpu: running 500m + 300m = 800m, during migrate 600m + 300m = 900m; memory: running 320Mi wins.
    expect(requestsOf(yaml)).toEqual({ migrating: [900, 320] });
  });

  it('uses pod-level spec.resources requests over the containers\' sum (B.5 pod-level resources)', () => {
    const yaml = workload('pooled', '          resources: {requests: {cpu: 250m, memory: 64Mi}}').replace(
      '    spec:\n',
      '    spec:\n      resources: {requests: {cpu: "2"}}\n',
    );
    expect(requestsOf(yaml)).toEqual({ pooled: [2000, 64] });
  });
});
