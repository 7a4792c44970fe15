/**
 * `npm run bench`: generates 10,000 mixed objects (Deployments, StatefulSets, PDBs, HPAs,
 * Services) and prints, from one run: parse-only time (plain js-yaml loadAll of the same files),
 * full lint time with the built-in pack, their ratio, objects per second and peak RSS.
 * Targets: lint at most 2x parse-only; peak RSS under 500 MB. Ratios, not absolute times, are
 * what to compare across machines.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { lint } from '../src/engine/lint.js';
import { loadManifests } from '../src/load/load-manifests.js';
import { NodeRecorder } from '../src/load/yaml-positions.js';

const OBJECTS = Number(process.env.BENCH_OBJECTS ?? 10_000);
const PER_FILE = 100;

function app(i: number): string[] {
  const ns = `team-${i % 25}`;
  const name = `svc-${i}`;
  const kind = i % 4 === 0 ? 'StatefulSet' : 'Deployment';
  const replicas = 1 + (i % 5);
  return [
    `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
  namespace: ${ns}
  labels: {app: ${name}, tier: backend}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}, tier: backend}
    spec:
      priorityClassName: ${i % 10 === 0 ? 'system-cluster-critical' : 'standard'}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector: {matchLabels: {app: ${name}}}
      containers:
        - name: app
          image: registry.example.com/${name}:1.${i % 30}.0
          ports: [{containerPort: 8080, name: http}]
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {cpu: "${i % 3 === 0 ? '250m' : '1'}", memory: 512Mi}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
            periodSeconds: 10
          livenessProbe:
            httpGet: {path: /livez, port: http}`,
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  ${i % 7 === 0 ? `minAvailable: ${replicas}` : 'maxUnavailable: 1'}
  selector:
    matchLabels: {app: ${name}}`,
    `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: ${kind}, name: ${name}}
  minReplicas: ${replicas}
  maxReplicas: ${replicas * 3}
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}`,
    `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector: {app: ${name}}
  ports: [{port: 80, targetPort: http}]`,
  ];
}

const dir = mkdtempSync(path.join(tmpdir(), 'resilint-bench-'));
let docs: string[] = [];
let fileNo = 0;
let bytes = 0;
for (let i = 0; docs.length < OBJECTS || docs.length % PER_FILE !== 0; i++) {
  docs.push(...app(i));
  while (docs.length >= PER_FILE) {
    const text = docs.splice(0, PER_FILE).join('\n---\n') + '\n';
    bytes += text.length;
    writeFileSync(path.join(dir, `file-${String(fileNo++).padStart(4, '0')}.yaml`), text);
  }
  if (fileNo * PER_FILE >= OBJECTS) break;
}
docs = [];

function parseOnly(): number {
  let n = 0;
  for (const f of readdirSync(dir).sort()) n += yaml.loadAll(readFileSync(path.join(dir, f), 'utf8')).length;
  return n;
}

// Wall time, and this process's CPU time: on a shared machine the CPU ratio is the steadier one.
const time = <T>(fn: () => T): [T, number, number] => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = fn();
  const cpu = process.cpuUsage(c);
  return [r, performance.now() - t, (cpu.user + cpu.system) / 1000];
};

/** The middle of three runs: one slow run on a shared machine should not decide the ratio. */
function median3<T>(fn: () => T): [T, number, number] {
  const runs = [time(fn), time(fn), time(fn)].sort((a, b) => a[1] - b[1]);
  return runs[1]!;
}

/**
 * The issue's loader target, "position tracking may cost at most 30% over plain loadAll", measured
 * as exactly that: the same parse with and without the position recorder, both keeping what they
 * parse (as a linter must). The whole loader (file checks, objects) is printed separately.
 */
const texts = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
function parseKeeping(withPositions: boolean): number {
  const kept: unknown[] = [];
  for (const text of texts) {
    if (!withPositions) kept.push(yaml.loadAll(text));
    else {
      const recorder = new NodeRecorder(text.length); // sized as the loader sizes it
      kept.push(yaml.loadAll(text, null, { listener: recorder.listener } as yaml.LoadOptions), recorder);
    }
  }
  return kept.length;
}

parseOnly(); // warm up the parser's code paths once, as the first lint run below warms nothing else
const [parsed, parseMs, parseCpuMs] = median3(parseOnly);

// First run: what `resilint <dir>` costs (a fresh process: cold JIT, nothing cached).
const [result, lintMs, lintCpuMs] = time(() => lint({ paths: [dir], cwd: dir }));
const peakRss = process.resourceUsage().maxRSS / 1024;
// The whole loader (reading, checks, positions, objects), warm like parse-only.
// Ratios of two steps are taken from alternating runs (five of each, medians), so that a slow
// stretch on a shared machine falls on both sides instead of on one.
function alternating(a: () => unknown, b: () => unknown, rounds = 5): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(time(a)[1]);
    bs.push(time(b)[1]);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(as), median(bs)];
}
const [plainForLoadMs, loadMs] = alternating(parseOnly, () => loadManifests([dir], { cwd: dir }));
parseKeeping(true);
const [plainKeptMs, trackedKeptMs] = alternating(() => parseKeeping(false), () => parseKeeping(true));
// Warm runs: the engine's steady-state cost, once V8 has optimised it (a long-lived process).
const [, warmMs, warmCpuMs] = median3(() => lint({ paths: [dir], cwd: dir }));
rmSync(dir, { recursive: true, force: true });

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (ms: number, cpuMs: number) => `${(ms / parseMs).toFixed(2)}x wall, ${(cpuMs / parseCpuMs).toFixed(2)}x CPU`;
console.log(`corpus: ${parsed.toLocaleString('en-US')} objects in ${fileNo} files, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`rules: ${result.rules.length} built-in; findings: ${result.findings.length.toLocaleString('en-US')}`);
console.log(`parse-only (js-yaml loadAll):  ${fmt(parseMs)}   (median of 3)`);
console.log(`position tracking:             ${(trackedKeptMs / plainKeptMs).toFixed(2)}x the same loadAll without it   (target <= 1.3x; both keep their results; alternating runs, medians)`);
console.log(`whole loader:                  ${fmt(loadMs)}   (${(loadMs / plainForLoadMs).toFixed(2)}x parse-only: positions, file checks, objects; alternating runs, medians)`);
console.log(`full lint, first run:          ${fmt(lintMs)}`);
console.log(`full lint, warm (median of 3): ${fmt(warmMs)}`);
console.log(`lint / parse-only, first run:  ${ratio(lintMs, lintCpuMs)}   (target <= 2x)`);
console.log(`lint / parse-only, warm:       ${ratio(warmMs, warmCpuMs)}`);
console.log(`objects per second (first):   ${Math.round(result.summary.objects / (lintMs / 1000)).toLocaleString('en-US')}`);
console.log(`peak RSS (first run):          ${peakRss.toFixed(0)} MB   (target < 500 MB)`);
