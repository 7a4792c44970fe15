/**
 * The cluster the scenarios run on: a resilint cluster spec (node groups), the output of
 * `kubectl get nodes -o yaml`, or the embedded default (3 zones × 3 m5.xlarge, allocatable from the instance-type
 * catalog). Karpenter NodePools among the manifests become provisioners (see karpenter.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadManifestText } from '../load/load-manifests.js';
import { loadBuiltinCatalog, type Allocatable, type InstanceType } from '../model/instance-types.js';
import type { ManifestObject, PathSegment } from '../model/types.js';
import { isRecord } from '../model/workloads.js';
import { SimulationInputError } from './errors.js';
import type { Taint } from './node-matching.js';
import { cpuMillis, memoryBytes } from './units.js';

export const LABEL_ZONE = 'topology.kubernetes.io/zone';
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_CAPACITY_TYPE = 'karpenter.sh/capacity-type';
export const CLUSTER_API_VERSION = 'simulate.resilint.dev/v1alpha1';

export interface NodeTemplate {
  name: string;
  zone: string;
  instanceType: string;
  capacityType: string;
  labels: Record<string, string>;
  taints: Taint[];
  allocatable: Allocatable;
  /** Node group (cluster spec), NodePool (Karpenter) or `nodes` (kubectl list); rolling upgrades replace within it. */
  group: string;
  unschedulable: boolean;
}

export interface ClusterModel {
  /** Said in the report: which cluster was used. */
  source: string;
  nodes: NodeTemplate[];
  zones: string[];
}

export const DEFAULT_ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
export const DEFAULT_INSTANCE_TYPE = 'm5.xlarge';
export const DEFAULT_NODES_PER_ZONE = 3;

export function instanceType(name: string): InstanceType | undefined {
  return loadBuiltinCatalog().byName.get(name);
}

/** Labels a node of this type carries (well-known labels, the type's Karpenter labels, then the group's own). */
export function nodeLabels(
  name: string,
  zone: string,
  type: InstanceType | undefined,
  typeName: string,
  capacityType: string,
  extra: Record<string, string>,
): Record<string, string> {
  return {
    ...(type?.labels ?? {}),
    'node.kubernetes.io/instance-type': typeName,
    [LABEL_HOSTNAME]: name,
    [LABEL_ZONE]: zone,
    'topology.kubernetes.io/region': zone.replace(/[a-z]$/, ''),
    [LABEL_CAPACITY_TYPE]: capacityType,
    ...extra,
  };
}

export function defaultCluster(nodesPerZone = DEFAULT_NODES_PER_ZONE, zones = DEFAULT_ZONES, typeName = DEFAULT_INSTANCE_TYPE): ClusterModel {
  const type = instanceType(typeName)!;
  const nodes: NodeTemplate[] = [];
  for (let i = 0; i < nodesPerZone; i++) {
    for (const zone of zones) {
      const name = `default-${zone}-${i}`;
      nodes.push({
        name,
        zone,
        instanceType: typeName,
        capacityType: 'on-demand',
        labels: nodeLabels(name, zone, type, typeName, 'on-demand', {}),
        taints: [],
        allocatable: type.allocatable,
        group: 'default',
        unschedulable: false,
      });
    }
  }
  nodes.sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    source: `built-in default: ${zones.length} zones × ${nodesPerZone} ${typeName} (allocatable ${type.allocatable.cpuMillis}m cpu, ${Math.floor(type.allocatable.memoryBytes / 2 ** 20)}Mi memory, ${type.allocatable.pods} pods)`,
    nodes,
    zones: [...zones],
  };
}

function fail(o: ManifestObject, at: PathSegment[], detail: string): never {
  throw new SimulationInputError(o.file, o.locate(at).line, detail);
}

/** Reads `--cluster <file>`. */
export function readClusterFile(file: string, cwd: string): ClusterModel {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new SimulationInputError(file, 1, `cannot read the cluster file (${(e as Error).message})`);
  }
  const loaded = loadManifestText(text, file);
  if (loaded.problems.length > 0) {
    const p = loaded.problems[0]!;
    throw new SimulationInputError(file, p.line, `the cluster file does not parse: ${p.message}`);
  }
  const model = clusterFromObjects(loaded.objects, file);
  if (!model) throw new SimulationInputError(file, 1, `expected a ${CLUSTER_API_VERSION} Cluster or a v1 List of Nodes`);
  return model;
}

/** A cluster from a `Cluster` spec or from Node objects; undefined when the objects hold neither. */
export function clusterFromObjects(objects: readonly ManifestObject[], label: string): ClusterModel | undefined {
  const spec = objects.find((o) => o.kind === 'Cluster' && o.apiVersion === CLUSTER_API_VERSION);
  if (spec) return fromClusterSpec(spec);
  const nodes = objects.filter((o) => o.kind === 'Node' && o.apiVersion === 'v1');
  if (nodes.length > 0) return fromNodeList(nodes, label);
  return undefined;
}

/** The fields a Cluster spec understands: anything else is a typo that would silently run on defaults. */
const SPEC_FIELDS = ['nodeGroups'];
const NODE_GROUP_FIELDS = ['name', 'count', 'zones', 'instanceType', 'capacityType', 'labels', 'taints', 'allocatable'];
const ALLOCATABLE_FIELDS = ['cpu', 'memory', 'pods'];
const TAINT_FIELDS = ['key', 'value', 'effect'];
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** Fails at the first key of `value` not in `allowed`, naming the allowed ones. */
function checkFields(o: ManifestObject, at: PathSegment[], value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  const unknown = Object.keys(value).find((k) => !allowed.includes(k));
  if (unknown !== undefined) fail(o, [...at, unknown], `${what}: unknown field "${unknown}" (allowed: ${allowed.join(', ')})`);
}

function fromClusterSpec(o: ManifestObject): ClusterModel {
  if (isRecord(o.raw.spec)) checkFields(o, ['spec'], o.raw.spec, SPEC_FIELDS, 'spec');
  const groups = o.raw.spec?.nodeGroups;
  if (!Array.isArray(groups) || groups.length === 0) fail(o, ['spec', 'nodeGroups'], 'spec.nodeGroups must list at least one node group');
  const nodes: NodeTemplate[] = [];
  const zones = new Set<string>();
  groups.forEach((g: any, i: number) => {
    const at = ['spec', 'nodeGroups', i];
    if (!isRecord(g)) fail(o, at, 'a node group must be a mapping');
    const name = typeof g.name === 'string' ? g.name : `group-${i}`;
    checkFields(o, at, g, NODE_GROUP_FIELDS, `node group ${name}`);
    const count = g.count;
    if (!Number.isInteger(count) || count < 0) fail(o, [...at, 'count'], `node group ${name}: count must be a non-negative integer`);
    if (g.zones !== undefined && (!Array.isArray(g.zones) || g.zones.length === 0 || !g.zones.every((z: unknown) => typeof z === 'string'))) {
      fail(o, [...at, 'zones'], `node group ${name}: zones must be a non-empty list of zone names, e.g. [us-east-1a, us-east-1b]`);
    }
    const groupZones: string[] = g.zones ?? DEFAULT_ZONES;
    if (g.instanceType !== undefined && typeof g.instanceType !== 'string') fail(o, [...at, 'instanceType'], `node group ${name}: instanceType must be a name such as m5.xlarge`);
    const typeName = typeof g.instanceType === 'string' ? g.instanceType : DEFAULT_INSTANCE_TYPE;
    const type = instanceType(typeName);
    if (g.allocatable !== undefined) {
      if (!isRecord(g.allocatable)) fail(o, [...at, 'allocatable'], `node group ${name}: allocatable must be a mapping of cpu, memory and pods`);
      checkFields(o, [...at, 'allocatable'], g.allocatable, ALLOCATABLE_FIELDS, `node group ${name} allocatable`);
    }
    const allocatable = g.allocatable ? readAllocatable(g.allocatable) : type?.allocatable;
    if (!allocatable && g.allocatable) fail(o, [...at, 'allocatable'], `node group ${name}: allocatable needs cpu and memory quantities (and pods as a number, default 110)`);
    if (!allocatable) fail(o, [...at, 'instanceType'], `node group ${name}: unknown instance type ${typeName} (give allocatable explicitly)`);
    const capacityType = g.capacityType === 'spot' ? 'spot' : 'on-demand';
    if (g.capacityType !== undefined && g.capacityType !== 'spot' && g.capacityType !== 'on-demand') {
      fail(o, [...at, 'capacityType'], `node group ${name}: capacityType must be on-demand or spot`);
    }
    if (g.labels !== undefined && !isRecord(g.labels)) fail(o, [...at, 'labels'], `node group ${name}: labels must be a mapping of label to value`);
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(isRecord(g.labels) ? g.labels : {})) labels[k] = String(v);
    const taints = readGroupTaints(o, [...at, 'taints'], g.taints, name);
    // Nodes are spread round-robin over the group's zones, as a zone-balanced auto scaling group would.
    for (let n = 0; n < count; n++) {
      const zone = groupZones[n % groupZones.length]!;
      zones.add(zone);
      const nodeName = `${name}-${zone}-${Math.floor(n / groupZones.length)}`;
      nodes.push({
        name: nodeName,
        zone,
        instanceType: typeName,
        capacityType,
        labels: nodeLabels(nodeName, zone, type, typeName, capacityType, labels),
        taints,
        allocatable,
        group: name,
        unschedulable: false,
      });
    }
  });
  nodes.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { source: `${o.file} (Cluster ${o.name}: ${nodes.length} nodes)`, nodes, zones: [...zones].sort() };
}

/** A node group's taints, strictly: a taint without a key or a valid effect would otherwise vanish from the run. */
function readGroupTaints(o: ManifestObject, at: PathSegment[], raw: unknown, group: string): Taint[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(o, at, `node group ${group}: taints must be a list of {key, value, effect}`);
  return raw.map((t: unknown, i: number) => {
    if (!isRecord(t)) fail(o, [...at, i], `node group ${group}: a taint must be a mapping of key, value and effect`);
    checkFields(o, [...at, i], t, TAINT_FIELDS, `node group ${group} taint`);
    if (typeof t.key !== 'string' || t.key === '') fail(o, [...at, i], `node group ${group}: a taint needs a key`);
    if (typeof t.effect !== 'string' || !TAINT_EFFECTS.includes(t.effect)) {
      fail(o, [...at, i, ...(t.effect === undefined ? [] : ['effect'])], `node group ${group}: taint ${t.key} needs an effect: ${TAINT_EFFECTS.join(', ')}`);
    }
    return { key: t.key, ...(t.value !== undefined ? { value: String(t.value) } : {}), effect: t.effect };
  });
}

function readAllocatable(raw: any): Allocatable | undefined {
  const cpu = cpuMillis(raw?.cpu);
  const memory = memoryBytes(raw?.memory);
  const pods = raw?.pods === undefined ? 110 : Number(raw.pods);
  if (cpu === undefined || memory === undefined || !Number.isFinite(pods)) return undefined;
  return { cpuMillis: cpu, memoryBytes: memory, pods };
}

/** Node taints from the API server (kubectl get nodes), which always have a key and an effect. */
function readTaints(raw: unknown): Taint[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((t) => isRecord(t) && typeof t.key === 'string' && typeof t.effect === 'string')
    .map((t: any) => ({ key: t.key, ...(t.value !== undefined ? { value: String(t.value) } : {}), effect: t.effect }));
}

function fromNodeList(objects: readonly ManifestObject[], label: string): ClusterModel {
  const nodes = objects.map((o): NodeTemplate => {
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(isRecord(o.raw.metadata?.labels) ? o.raw.metadata.labels : {})) labels[k] = String(v);
    const allocatable = readAllocatable(o.raw.status?.allocatable);
    if (!allocatable) fail(o, ['status', 'allocatable'], `node ${o.name}: status.allocatable needs cpu and memory`);
    const zone = labels[LABEL_ZONE] ?? labels['failure-domain.beta.kubernetes.io/zone'] ?? 'unknown';
    const eksCapacity = labels['eks.amazonaws.com/capacityType'];
    const capacityType = labels[LABEL_CAPACITY_TYPE] ?? (eksCapacity === 'SPOT' ? 'spot' : 'on-demand');
    labels[LABEL_HOSTNAME] ??= o.name;
    labels[LABEL_ZONE] ??= zone;
    return {
      name: o.name,
      zone,
      instanceType: labels['node.kubernetes.io/instance-type'] ?? 'unknown',
      capacityType,
      labels,
      taints: readTaints(o.raw.spec?.taints),
      allocatable,
      group: labels['karpenter.sh/nodepool'] ?? labels['eks.amazonaws.com/nodegroup'] ?? 'nodes',
      unschedulable: o.raw.spec?.unschedulable === true,
    };
  });
  nodes.sort((a, b) => (a.name < b.name ? -1 : 1));
  const zones = [...new Set(nodes.map((n) => n.zone))].sort();
  return { source: `${label} (${nodes.length} nodes from kubectl get nodes)`, nodes, zones };
}
