/**
 * Rolling-upgrade benchmark for the replay simulator: 1,000, 2,000 and 4,000 nodes at 20 pods per node
 * (Deployments of 100 replicas, each with a maxUnavailable 10% PDB and a ScheduleAnyway zone spread).
 * Prints wall time, simulated events per second, peak RSS and the growth exponent between sizes.
 * Run: node --import tsx scripts/bench-simulate.ts [sizes…]
 */
import { defaultCluster } from '../src/simulate/cluster.js';
import { runRollingUpgrade } from '../src/simulate/scenarios/rolling-upgrade.js';
import { readModel } from '../src/simulate/workloads.js';
import { loadManifestText } from '../src/load/load-manifests.js';

const PODS_PER_NODE = 20;
const REPLICAS = 100;

function manifests(pods: number): string {
  const docs: string[] = [];
  for (let i = 0; i < pods / REPLICAS; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: svc-${i}, namespace: bench}
spec:
  replicas: ${REPLICAS}
  selector: {matchLabels: {app: svc-${i}}}
  template:
    metadata: {labels: {app: svc-${i}}}
    spec:
      topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: svc-${i}}}}
      containers:
        - {name: app, image: example, resources: {requests: {cpu: 150m, memory: 256Mi}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: svc-${i}, namespace: bench}
spec:
  maxUnavailable: 10%
  selector: {matchLabels: {app: svc-${i}}}
`);
  }
  return docs.join('---\n');
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

function run(nodes: number): { seconds: number; events: number } {
  const objects = loadManifestText(manifests(nodes * PODS_PER_NODE), 'bench.yaml').objects;
  const cluster = defaultCluster(Math.ceil(nodes / 3));
  cluster.nodes.splice(nodes);
  const started = process.hrtime.bigint();
  const outcome = runRollingUpgrade({ model: readModel(objects), cluster, pools: [] }, {});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const dipped = outcome.workloads.filter((w) => w.belowFloorSeconds > 0).length;
  console.log(
    `${String(nodes).padStart(5)} nodes ${String(nodes * PODS_PER_NODE).padStart(6)} pods: ${seconds.toFixed(2)} s wall, ` +
      `${outcome.events} events (${Math.round(outcome.events / seconds).toLocaleString('en-US')}/s), ` +
      `${Math.round(outcome.durationSeconds / 3600)} h simulated, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, ` +
      `${outcome.drains.length} drains with refusals, ${dipped} workloads below their PDB floor`,
  );
  return { seconds, events: outcome.events };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const results = (sizes.length > 0 ? sizes : [1000, 2000, 4000]).map((n) => [n, run(n)] as const);
for (let i = 1; i < results.length; i++) {
  const [n0, r0] = results[i - 1]!;
  const [n1, r1] = results[i]!;
  console.log(`growth ${n0} → ${n1} nodes: exponent ${(Math.log(r1.seconds / r0.seconds) / Math.log(n1 / n0)).toFixed(2)} (1.00 = linear)`);
}
clearInterval(sampler);
