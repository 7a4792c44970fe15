import { loadManifestText } from '../../src/load/load-manifests.js';
import type { ManifestObject } from '../../src/model/types.js';
import { defaultCluster, type ClusterModel } from '../../src/simulate/cluster.js';
import type { SimulationInputs } from '../../src/simulate/scenarios/setup.js';
import { readModel } from '../../src/simulate/workloads.js';

export function objects(yaml: string, file = 'test.yaml'): ManifestObject[] {
  const loaded = loadManifestText(yaml, file);
  if (loaded.problems.length > 0) throw new Error(loaded.problems[0]!.message);
  return loaded.objects;
}

export function inputs(yaml: string, cluster: ClusterModel = defaultCluster()): SimulationInputs {
  return { model: readModel(objects(yaml)), cluster, pools: [] };
}

export interface DeploymentOptions {
  name: string;
  replicas: number;
  cpu?: string;
  extraSpec?: string;
  labels?: string;
}

/** A Deployment in namespace `shop` with label app=<name>. */
export function deployment(o: DeploymentOptions): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${o.name}, namespace: shop}
spec:
  replicas: ${o.replicas}
  selector: {matchLabels: {app: ${o.name}}}
  template:
    metadata: {labels: {app: ${o.name}${o.labels ? `, ${o.labels}` : ''}}}
    spec:
${o.extraSpec ?? ''}
      containers:
        - name: app
          image: example
          resources: {requests: {cpu: ${o.cpu ?? '100m'}, memory: 128Mi}}
---`;
}

export function pdb(name: string, spec: string, selectorApp = name): string {
  return `
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: ${name}, namespace: shop}
spec:
  ${spec}
  selector: {matchLabels: {app: ${selectorApp}}}
---`;
}
