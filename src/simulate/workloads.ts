/**
 * What the simulator needs from the manifests: the pod each workload stamps out (requests, priority, placement
 * constraints, readiness delay, grace period), the PodDisruptionBudgets and the HorizontalPodAutoscalers.
 * Requests default from limits as the API server does for v1.Pod (semantics B.5).
 */
import type { NamedLimitRange } from '../model/effective-resources.js';
import { podResources } from '../model/pod-resources.js';
import { podTemplateOf, selectorMatches, isRecord } from '../model/workloads.js';
import type { ManifestObject } from '../model/types.js';
import type { NodeSelectorTerm, Toleration } from './node-matching.js';
import { cpuMillis, memoryBytes } from './units.js';

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** Readiness delay when a container has no readiness probe: the container counts as Ready once started. */
export const DEFAULT_READY_SECONDS = 5;
/** `terminationGracePeriodSeconds` default (core/v1). */
export const DEFAULT_GRACE_SECONDS = 30;

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

export interface SpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  hard: boolean;
  selector: LabelSelector | undefined;
  /** B.4: nil → 1. */
  minDomains: number;
  honorNodeAffinity: boolean;
  honorNodeTaints: boolean;
}

export interface PodAffinityTerm {
  selector: LabelSelector | undefined;
  topologyKey: string;
}

export interface PodShape {
  labels: Record<string, string>;
  cpuMillis: number;
  memoryBytes: number;
  priority: number;
  /** PriorityClass `preemptionPolicy` (default PreemptLowerPriority): `Never` pods wait instead of preempting. */
  preemptsLowerPriority: boolean;
  nodeSelector: Record<string, string>;
  requiredNodeTerms: NodeSelectorTerm[] | undefined;
  tolerations: Toleration[];
  spread: SpreadConstraint[];
  /** True when the pod set no constraints, so the scheduler's system default (soft) spreading applies. */
  systemDefaultSpread: boolean;
  antiAffinity: PodAffinityTerm[];
  affinity: PodAffinityTerm[];
  readyDelaySeconds: number;
  graceSeconds: number;
}

export interface WorkloadSpec {
  key: string;
  kind: WorkloadKind;
  namespace: string;
  name: string;
  object: ManifestObject;
  /** spec.replicas (default 1); DaemonSets: undefined (one per eligible node). */
  replicas: number | undefined;
  selector: LabelSelector | undefined;
  pod: PodShape;
}

export interface PdbSpec {
  key: string;
  namespace: string;
  name: string;
  object: ManifestObject;
  selector: unknown;
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  alwaysAllowUnhealthy: boolean;
}

export type MetricSource = 'Resource' | 'ContainerResource' | 'Pods' | 'Object' | 'External';
export type TargetType = 'Utilization' | 'AverageValue' | 'Value';

export interface MetricSpec {
  source: MetricSource;
  /** `cpu`, `memory` or the custom metric's name; load traces refer to it. */
  name: string;
  targetType: TargetType;
  /** Percent for Utilization; base units (millicores for cpu, bytes for memory, plain for others) otherwise. */
  target: number;
}

export interface ScalingPolicy {
  type: 'Pods' | 'Percent';
  value: number;
  periodSeconds: number;
}

export interface ScalingRules {
  stabilizationWindowSeconds: number;
  selectPolicy: 'Max' | 'Min' | 'Disabled';
  policies: ScalingPolicy[];
  tolerance?: number;
}

export interface HpaSpec {
  key: string;
  namespace: string;
  name: string;
  object: ManifestObject;
  targetKey: string;
  minReplicas: number;
  maxReplicas: number;
  metrics: MetricSpec[];
  /** undefined = `spec.behavior` is nil: the legacy normalization path (B.3). */
  behavior: { scaleUp: ScalingRules; scaleDown: ScalingRules } | undefined;
}

/** A KEDA ScaledObject: only its replica range matters here (it scales through an HPA of its own). */
export interface ScaledObjectSpec {
  key: string;
  object: ManifestObject;
  targetKey: string;
  /** `minReplicaCount`, default 0 (KEDA scales to zero). */
  minReplicas: number;
  /** `maxReplicaCount`, default 100. */
  maxReplicas: number;
}

export interface ModelInput {
  workloads: WorkloadSpec[];
  pdbs: PdbSpec[];
  hpas: HpaSpec[];
  /** Only the consolidation scenario reads them (the peak it starts from); absent in models built by hand. */
  scaledObjects?: ScaledObjectSpec[];
  notes: string[];
}

export function workloadKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

/** Builds the simulation model from the loaded manifests (objects of other kinds are ignored). */
export function readModel(objects: readonly ManifestObject[]): ModelInput {
  const notes: string[] = [];
  const priorities = priorityClasses(objects);
  const limitRanges = limitRangesByNamespace(objects);
  const workloads: WorkloadSpec[] = [];
  for (const o of objects) {
    if (!(WORKLOAD_KINDS as readonly string[]).includes(o.kind) || !o.apiVersion.startsWith('apps/')) continue;
    const template = podTemplateOf(o);
    if (!template) continue;
    const namespace = o.namespace ?? 'default';
    const kind = o.kind as WorkloadKind;
    const replicas = kind === 'DaemonSet' ? undefined : typeof o.raw.spec?.replicas === 'number' ? o.raw.spec.replicas : 1;
    workloads.push({
      key: workloadKey(kind, namespace, o.name),
      kind,
      namespace,
      name: o.name,
      object: o,
      replicas,
      selector: isRecord(o.raw.spec?.selector) ? o.raw.spec.selector : undefined,
      pod: podShape(template.spec, template.labels, priorities, limitRanges.get(namespace) ?? []),
    });
  }
  workloads.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // The same workload twice (e.g. two overlays loaded together): the first one wins, as a kubectl apply would leave one.
  const unique = firstOfEach(workloads, 'workload', notes, 'same kind, namespace and name');
  // Budgets and autoscalers defined twice are one object too: two copies of a PDB would otherwise
  // put every pod under "two" budgets, and the Eviction API refuses those pods outright.
  const pdbs = firstOfEach(objects.filter((o) => o.kind === 'PodDisruptionBudget').map(readPdb), 'PodDisruptionBudget', notes);
  const hpas = firstOfEach(
    objects
      .filter((o) => o.kind === 'HorizontalPodAutoscaler')
      .map((o) => readHpa(o, notes))
      .filter((h): h is HpaSpec => h !== undefined),
    'HorizontalPodAutoscaler',
    notes,
  );
  applyHpaBounds(unique, hpas);
  const scaledObjects = objects.filter((o) => o.kind === 'ScaledObject' && o.apiVersion.startsWith('keda.sh/')).map(readScaledObject).filter((x) => x !== undefined);
  // A Pod without a controller is never recreated or rescheduled, so there is nothing to replay; say so rather
  // than let it vanish from the tables.
  const barePods = objects.filter((o) => o.kind === 'Pod' && o.apiVersion === 'v1').length;
  if (barePods > 0) notes.push(`${barePods} bare Pod(s) not simulated: the simulator replays controllers (${WORKLOAD_KINDS.join(', ')}).`);
  return { workloads: unique, pdbs, hpas, scaledObjects, notes };
}

/** KEDA defaults the target's kind to Deployment, minReplicaCount to 0 and maxReplicaCount to 100. */
function readScaledObject(o: ManifestObject): ScaledObjectSpec | undefined {
  const spec = o.raw.spec ?? {};
  const ref = spec.scaleTargetRef;
  if (!isRecord(ref) || typeof ref.name !== 'string') return undefined;
  const namespace = o.namespace ?? 'default';
  return {
    key: `ScaledObject/${namespace}/${o.name}`,
    object: o,
    targetKey: workloadKey(typeof ref.kind === 'string' ? ref.kind : 'Deployment', namespace, ref.name),
    minReplicas: typeof spec.minReplicaCount === 'number' ? spec.minReplicaCount : 0,
    maxReplicas: typeof spec.maxReplicaCount === 'number' ? spec.maxReplicaCount : 100,
  };
}

/** The first of each key, in order; the number dropped goes into the notes. */
function firstOfEach<T extends { key: string }>(items: readonly T[], kind: string, notes: string[], same = 'same namespace and name'): T[] {
  const seen = new Set<string>();
  const out = items.filter((item) => !seen.has(item.key) && seen.add(item.key));
  if (out.length < items.length) notes.push(`${items.length - out.length} duplicate ${kind}(s) ignored (${same}).`);
  return out;
}

/**
 * An HPA's first sync moves its target into [minReplicas, maxReplicas] whatever the metrics say
 * (B.3), so a Deployment that leaves `replicas` to its HPA runs minReplicas pods, not the default
 * 1, in every scenario. A target scaled to 0 stays there: autoscaling is then off.
 */
function applyHpaBounds(workloads: WorkloadSpec[], hpas: readonly HpaSpec[]): void {
  const byTarget = new Map<string, HpaSpec>();
  for (const h of hpas) if (!byTarget.has(h.targetKey)) byTarget.set(h.targetKey, h);
  for (const w of workloads) {
    const hpa = byTarget.get(w.key);
    if (!hpa || w.replicas === undefined || w.replicas === 0) continue;
    w.replicas = Math.min(Math.max(w.replicas, hpa.minReplicas), Math.max(hpa.minReplicas, hpa.maxReplicas));
  }
}

/** A PriorityClass as the Priority admission plugin copies it into a pod: its value and whether it may preempt. */
interface PriorityClassInfo {
  value: number;
  preempts: boolean;
}

interface PriorityClasses {
  byName: Map<string, PriorityClassInfo>;
  globalDefault: PriorityClassInfo;
}

function priorityClasses(objects: readonly ManifestObject[]): PriorityClasses {
  // Built-in classes (scheduling/v1): values fixed by the API server.
  const byName = new Map<string, PriorityClassInfo>([
    ['system-cluster-critical', { value: 2_000_000_000, preempts: true }],
    ['system-node-critical', { value: 2_000_001_000, preempts: true }],
  ]);
  let globalDefault: PriorityClassInfo = { value: 0, preempts: true };
  for (const o of objects) {
    if (o.kind !== 'PriorityClass' || typeof o.raw.value !== 'number') continue;
    const info = { value: o.raw.value, preempts: o.raw.preemptionPolicy !== 'Never' };
    byName.set(o.name, info);
    if (o.raw.globalDefault === true) globalDefault = info;
  }
  return { byName, globalDefault };
}

function list(v: unknown): any[] {
  return Array.isArray(v) ? v : [];
}

/** The LimitRanges of each namespace, in manifest order (the order LimitRanger defaults are taken in). */
function limitRangesByNamespace(objects: readonly ManifestObject[]): Map<string, NamedLimitRange[]> {
  const out = new Map<string, NamedLimitRange[]>();
  for (const o of objects) {
    if (o.kind !== 'LimitRange') continue;
    const namespace = o.namespace ?? 'default';
    const list = out.get(namespace) ?? [];
    list.push({ source: `${namespace}/${o.name}`, value: o.raw });
    out.set(namespace, list);
  }
  return out;
}

/**
 * The pod's cpu and memory requests as the scheduler counts them (B.7 "Scopes": containers and
 * sidecars, or an init container plus the sidecars started before it; pod-level `spec.resources`
 * when set), each container's request as the created pod has it: defaulted from its limits (B.5),
 * then from the LimitRanges of its namespace (B.7, checklist 6: before computing fit).
 */
function podRequests(spec: Record<string, any>, limitRanges: readonly NamedLimitRange[]): { cpu: number; memory: number } {
  const { requests } = podResources(spec, limitRanges);
  return { cpu: cpuMillis(requests.cpu?.toString()) ?? 0, memory: memoryBytes(requests.memory?.toString()) ?? 0 };
}

/** Seconds from start to Ready: the slowest container's probe needs initialDelay + period × successThreshold. */
function readyDelay(spec: Record<string, any>): number {
  let delay = DEFAULT_READY_SECONDS;
  for (const c of list(spec.containers)) {
    const probe = c?.readinessProbe;
    if (!isRecord(probe)) continue;
    const initial = typeof probe.initialDelaySeconds === 'number' ? probe.initialDelaySeconds : 0;
    const period = typeof probe.periodSeconds === 'number' ? probe.periodSeconds : 10;
    const success = typeof probe.successThreshold === 'number' ? probe.successThreshold : 1;
    delay = Math.max(delay, initial + period * success);
  }
  return delay;
}

function withMatchLabelKeys(selector: unknown, keys: unknown, labels: Record<string, string>): LabelSelector | undefined {
  if (!isRecord(selector)) return undefined;
  const extra = list(keys).filter((k): k is string => typeof k === 'string' && k in labels);
  if (extra.length === 0) return selector as LabelSelector;
  const matchLabels = { ...(selector.matchLabels ?? {}) };
  for (const k of extra) matchLabels[k] = labels[k]!;
  return { ...(selector as LabelSelector), matchLabels };
}

function podShape(
  spec: Record<string, any>,
  labels: Record<string, string>,
  priorities: PriorityClasses,
  limitRanges: readonly NamedLimitRange[],
): PodShape {
  const req = podRequests(spec, limitRanges);
  const affinity = spec.affinity ?? {};
  const required = affinity.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  const spreadRaw = list(spec.topologySpreadConstraints);
  const spread = spreadRaw.map(
    (c): SpreadConstraint => ({
      maxSkew: typeof c?.maxSkew === 'number' ? c.maxSkew : 1,
      topologyKey: String(c?.topologyKey ?? ''),
      hard: c?.whenUnsatisfiable !== 'ScheduleAnyway',
      selector: withMatchLabelKeys(c?.labelSelector, c?.matchLabelKeys, labels),
      minDomains: typeof c?.minDomains === 'number' ? c.minDomains : 1,
      honorNodeAffinity: c?.nodeAffinityPolicy !== 'Ignore',
      honorNodeTaints: c?.nodeTaintsPolicy === 'Honor',
    }),
  );
  const terms = (v: unknown): PodAffinityTerm[] =>
    list(v).map((t) => ({ selector: isRecord(t?.labelSelector) ? t.labelSelector : undefined, topologyKey: String(t?.topologyKey ?? '') }));
  const priorityClass = typeof spec.priorityClassName === 'string' ? priorities.byName.get(spec.priorityClassName) : priorities.globalDefault;
  const priority =
    typeof spec.priority === 'number'
      ? spec.priority
      : typeof spec.priorityClassName === 'string'
        ? (priorityClass?.value ?? 0)
        : priorities.globalDefault.value;
  // The Priority admission plugin copies the class's policy into the pod; without a class the pod's own field counts.
  const preemptsLowerPriority = priorityClass ? priorityClass.preempts : spec.preemptionPolicy !== 'Never';
  const nodeSelector: Record<string, string> = {};
  for (const [k, v] of Object.entries(isRecord(spec.nodeSelector) ? spec.nodeSelector : {})) nodeSelector[k] = String(v);
  return {
    labels,
    cpuMillis: req.cpu,
    memoryBytes: req.memory,
    priority,
    preemptsLowerPriority,
    nodeSelector,
    requiredNodeTerms: Array.isArray(required) ? required : undefined,
    tolerations: list(spec.tolerations),
    spread,
    systemDefaultSpread: spreadRaw.length === 0,
    antiAffinity: terms(affinity.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution),
    affinity: terms(affinity.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution),
    readyDelaySeconds: readyDelay(spec),
    graceSeconds: typeof spec.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : DEFAULT_GRACE_SECONDS,
  };
}

function readPdb(o: ManifestObject): PdbSpec {
  const spec = o.raw.spec ?? {};
  const namespace = o.namespace ?? 'default';
  return {
    key: `PodDisruptionBudget/${namespace}/${o.name}`,
    namespace,
    name: o.name,
    object: o,
    selector: spec.selector,
    ...(spec.minAvailable !== undefined ? { minAvailable: spec.minAvailable } : {}),
    ...(spec.maxUnavailable !== undefined ? { maxUnavailable: spec.maxUnavailable } : {}),
    alwaysAllowUnhealthy: spec.unhealthyPodEvictionPolicy === 'AlwaysAllow',
  };
}

/** Whether the PDB's selector matches a workload's pods (all pods of a workload carry the template labels). */
export function pdbSelects(pdb: PdbSpec, workload: WorkloadSpec): boolean {
  return pdb.namespace === workload.namespace && selectorMatches(pdb.selector, workload.pod.labels);
}

// ---------------------------------------------------------------------------------------------------------
// HPA (autoscaling/v2 and v1), defaults from B.3

const DEFAULT_SCALE_UP: ScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};
const DEFAULT_SCALE_DOWN: ScalingRules = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

function rules(raw: unknown, defaults: ScalingRules): ScalingRules {
  if (!isRecord(raw)) return defaults;
  const policies = list(raw.policies)
    .filter((p) => (p?.type === 'Pods' || p?.type === 'Percent') && typeof p.value === 'number')
    .map((p): ScalingPolicy => ({ type: p.type, value: p.value, periodSeconds: typeof p.periodSeconds === 'number' ? p.periodSeconds : 15 }));
  const tolerance = typeof raw.tolerance === 'string' || typeof raw.tolerance === 'number' ? Number(raw.tolerance) : undefined;
  return {
    stabilizationWindowSeconds:
      typeof raw.stabilizationWindowSeconds === 'number' ? raw.stabilizationWindowSeconds : defaults.stabilizationWindowSeconds,
    selectPolicy: raw.selectPolicy === 'Min' || raw.selectPolicy === 'Disabled' ? raw.selectPolicy : 'Max',
    policies: policies.length > 0 ? policies : defaults.policies,
    ...(tolerance !== undefined && Number.isFinite(tolerance) ? { tolerance } : {}),
  };
}

function metricTarget(source: MetricSource, name: string, target: any): MetricSpec | undefined {
  const type = target?.type as TargetType;
  if (type === 'Utilization' && typeof target.averageUtilization === 'number') {
    return { source, name, targetType: type, target: target.averageUtilization };
  }
  const raw = type === 'AverageValue' ? target.averageValue : type === 'Value' ? target.value : undefined;
  if (raw === undefined) return undefined;
  const value = name === 'cpu' ? cpuMillis(raw) : name === 'memory' ? memoryBytes(raw) : Number(cpuMillis(raw)) / 1000;
  return value === undefined || Number.isNaN(value) ? undefined : { source, name, targetType: type, target: value };
}

function readMetric(m: any): MetricSpec | undefined {
  switch (m?.type) {
    case 'Resource':
      return metricTarget('Resource', String(m.resource?.name), m.resource?.target);
    case 'ContainerResource':
      return metricTarget('ContainerResource', String(m.containerResource?.name), m.containerResource?.target);
    case 'Pods':
      return metricTarget('Pods', String(m.pods?.metric?.name), m.pods?.target);
    case 'Object':
      return metricTarget('Object', String(m.object?.metric?.name), m.object?.target);
    case 'External':
      return metricTarget('External', String(m.external?.metric?.name), m.external?.target);
    default:
      return undefined;
  }
}

function readHpa(o: ManifestObject, notes: string[]): HpaSpec | undefined {
  const spec = o.raw.spec ?? {};
  const ref = spec.scaleTargetRef;
  if (!isRecord(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return undefined;
  const namespace = o.namespace ?? 'default';
  const v1 = o.apiVersion === 'autoscaling/v1';
  let metrics: MetricSpec[];
  if (v1) {
    const target = typeof spec.targetCPUUtilizationPercentage === 'number' ? spec.targetCPUUtilizationPercentage : 80;
    metrics = [{ source: 'Resource', name: 'cpu', targetType: 'Utilization', target }];
  } else {
    const rawMetrics = list(spec.metrics);
    metrics = rawMetrics.map(readMetric).filter((m): m is MetricSpec => m !== undefined);
    if (rawMetrics.length === 0) metrics = [{ source: 'Resource', name: 'cpu', targetType: 'Utilization', target: 80 }];
    if (metrics.length < rawMetrics.length) notes.push(`${o.file}: HPA ${o.name}: some metrics could not be read and are ignored.`);
  }
  const behavior = !v1 && isRecord(spec.behavior)
    ? { scaleUp: rules(spec.behavior.scaleUp, DEFAULT_SCALE_UP), scaleDown: rules(spec.behavior.scaleDown, DEFAULT_SCALE_DOWN) }
    : undefined;
  return {
    key: `HorizontalPodAutoscaler/${namespace}/${o.name}`,
    namespace,
    name: o.name,
    object: o,
    targetKey: workloadKey(ref.kind, namespace, ref.name),
    minReplicas: typeof spec.minReplicas === 'number' ? spec.minReplicas : 1,
    maxReplicas: typeof spec.maxReplicas === 'number' ? spec.maxReplicas : 1,
    metrics,
    behavior,
  };
}
