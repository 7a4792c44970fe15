import type { Environment } from '@marcbachmann/cel-js';
import { formatFieldPath } from '../model/field-path.js';
import {
  loadBuiltinCatalog,
  offeringCatalog,
  LABEL_ARCH,
  LABEL_INSTANCE_TYPE,
  type InstanceType,
  type InstanceTypeCatalog,
} from '../model/instance-types.js';
import {
  admittedCapacityTypes,
  evaluateRequirements,
  LABEL_CAPACITY_TYPE,
  normalizeLabelKey,
  readNodePoolRequirements,
  type NodePoolRequirements,
  type Requirement,
  type RequirementsEvaluation,
} from '../model/karpenter-requirements.js';
import type { ManifestObject, PathSegment } from '../model/types.js';
import { navigate, type ContextHolder } from './cel-functions.js';
import { fromCel } from '../cel/values.js';
import type { RunContext } from './run-context.js';

const LABEL_NODEPOOL = 'karpenter.sh/nodepool';
const LABEL_ZONE = 'topology.kubernetes.io/zone';
/** AWS zone ids (`use1-az1`) map one-to-one to zones (semantics B.6), so they count zones as well. */
const LABEL_ZONE_ID = 'topology.k8s.aws/zone-id';
const ZONE_KEYS = [LABEL_ZONE, LABEL_ZONE_ID] as const;
/** How many admitted type names a message lists. */
const SAMPLE_SIZE = 5;

/**
 * The node labels a pod can require that a NodePool decides: which pool, its purchase option, and the
 * instance-type properties every Karpenter node carries. Other keys (custom labels, hostname) are left alone:
 * a NodePool's template labels or nodes outside Karpenter may provide them.
 */
const PLACEMENT_KEYS: ReadonlySet<string> = new Set([
  LABEL_CAPACITY_TYPE,
  LABEL_INSTANCE_TYPE,
  LABEL_NODEPOOL,
  LABEL_ARCH,
  LABEL_ZONE,
]);

/** The catalog rules count against: the user's (`--instance-types`) when given, else the built-in one. */
function catalogFor(run: RunContext): InstanceTypeCatalog {
  return (run as { catalog?: InstanceTypeCatalog }).catalog ?? loadBuiltinCatalog();
}

/** Evaluations are pure functions of the requirements, and several rules ask about the same NodePools. */
const evaluations = new WeakMap<InstanceTypeCatalog, Map<string, RequirementsEvaluation>>();

function evaluate(requirements: readonly Requirement[], catalog: InstanceTypeCatalog): RequirementsEvaluation {
  let cache = evaluations.get(catalog);
  if (!cache) evaluations.set(catalog, (cache = new Map()));
  const key = JSON.stringify(requirements);
  let result = cache.get(key);
  if (!result) cache.set(key, (result = evaluateRequirements(requirements, catalog)));
  return result;
}

/**
 * CEL functions about Karpenter NodePools, the EC2 instance-type catalog and where pods may land:
 *
 * - `nodePoolInstanceTypes(nodePool)`: what the NodePool's requirements admit (count, sample, capacity types,
 *   the requirement whose relaxation gains the most, unmet minValues).
 * - `karpenterPlacement(workload)`: whether any NodePool in the manifests can satisfy the pod's required node
 *   selection on the keys a NodePool decides.
 * - `selectedNodePools(workload)`: the NodePools a pod is pinned to through `karpenter.sh/nodepool`.
 * - `toleratesTaint(tolerations, taint)`: Kubernetes' `Toleration.ToleratesTaint` over a list.
 * - `schedulableZones(workload)`: the zones the pod can land in when the manifests bound them (`known`,
 *   `count`, `zones`, `source` for messages).
 */
export function registerKarpenterFunctions(env: Environment, holder: ContextHolder): void {
  const ctx = (): RunContext => {
    if (!holder.current) throw new Error('no lint run in progress');
    return holder.current;
  };
  env
    .registerFunction('nodePoolInstanceTypes(map): map', (o: unknown) => {
      const run = ctx();
      return describeNodePool(rawOf(o, run), catalogFor(run));
    })
    .registerFunction('karpenterPlacement(map): map', (o: unknown) => {
      const run = ctx();
      const owner = run.owner(o);
      return owner ? placement(owner, run) : unconstrained(0);
    })
    .registerFunction('selectedNodePools(map): map', (o: unknown) => {
      const run = ctx();
      const owner = run.owner(o);
      const spec = owner ? podSpecOf(owner, run) : undefined;
      return spec ? nodePoolSelection(spec.spec, spec.path) : { names: [], fieldPath: '' };
    })
    .registerFunction('toleratesTaint(list, map): bool', (tolerations: unknown[], taint: unknown) =>
      tolerations.some((t) => tolerates(asRecord(t), asRecord(taint))),
    )
    .registerFunction('schedulableZones(map): map', (o: unknown) => {
      const run = ctx();
      const owner = run.owner(o);
      return owner ? schedulableZones(owner, run) : unknownZones();
    });
}

// ---------------------------------------------------------------------------------------------------------
// nodePoolInstanceTypes

/** The object's parsed YAML (JS numbers), or the CEL value turned back into it when it is not a whole object. */
function rawOf(o: unknown, run: RunContext): Record<string, unknown> {
  return run.owner(o)?.raw ?? (fromCel(o) as Record<string, unknown>);
}

function describeNodePool(raw: Record<string, unknown>, catalog: InstanceTypeCatalog): Record<string, unknown> {
  const read = readNodePoolRequirements(raw);
  if (!read) {
    return {
      isNodePool: false,
      admits: false,
      capacityTypes: [],
      count: 0n,
      sample: [],
      bestRelaxation: '',
      bestRelaxationIndex: -1n,
      gained: 0n,
      relaxationHint: '',
      withoutSpot: 0n,
      minValuesUnmet: [],
      catalog: catalog.source,
    };
  }
  const capacityTypes = admittedCapacityTypes(read.requirements, read.dialect);
  const admitsSpot = capacityTypes.includes('spot');
  const evaluation = evaluate(read.requirements, catalog);
  // A spot NodePool can only buy spot from types EC2 sells as spot; on-demand-only ones (u-* high memory)
  // must not make it look diverse.
  const spotView = admitsSpot ? evaluate(read.requirements, offeringCatalog(catalog, 'spot')) : evaluation;
  const sourceIndex = sourceIndices(raw, read);
  const best = spotView.mostRestrictive;
  const bestRequirement = best ? read.requirements[best.index]! : undefined;
  return {
    isNodePool: true,
    admits: admitsSpot,
    capacityTypes,
    count: BigInt(spotView.admitted.length),
    sample: smallestFirst(spotView.admitted).slice(0, SAMPLE_SIZE).map((t) => t.name),
    bestRelaxation: bestRequirement ? requirementText(bestRequirement) : '',
    bestRelaxationIndex: BigInt(best ? sourceIndex[best.index]! : -1),
    gained: BigInt(best?.gainedIfRemoved ?? 0),
    relaxationHint: bestRequirement ? relaxationHint(bestRequirement, best!.gainedIfRemoved) : '',
    withoutSpot: BigInt(evaluation.admitted.length - spotView.admitted.length),
    minValuesUnmet: evaluation.minValuesUnmet.map((m) => {
      // The requirement that asks for the largest minValues on the key is the one to point at.
      const at = read.requirements.findIndex((r) => normalizeLabelKey(r.key) === m.key && r.minValues === m.minValues);
      return {
        key: m.key,
        minValues: BigInt(m.minValues),
        distinctValues: BigInt(m.distinctValues ?? 0),
        index: BigInt(at >= 0 ? sourceIndex[at]! : -1),
      };
    }),
    catalog: catalog.source,
  };
}

/**
 * Where each parsed requirement sits in the manifest's list: `readNodePoolRequirements` drops entries without
 * a string key and operator, so its indices can run behind the source's.
 */
function sourceIndices(raw: Record<string, unknown>, read: NodePoolRequirements): number[] {
  const list = navigate(raw, read.path);
  const out: number[] = [];
  if (!Array.isArray(list)) return out;
  list.forEach((item, i) => {
    const r = asRecord(item);
    if (typeof r.key === 'string' && typeof r.operator === 'string') out.push(i);
  });
  return out;
}

/** Types in the order people read a family: by vCPU, then memory (the catalog is sorted by name, m5.12xlarge first). */
function smallestFirst(types: readonly InstanceType[]): InstanceType[] {
  return [...types].sort((a, b) => a.vcpu - b.vcpu || a.memoryMiB - b.memoryMiB || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** What a requirement's values are, for advice: `instance-family` → families. */
const VALUE_NOUNS: Readonly<Record<string, string>> = {
  [LABEL_INSTANCE_TYPE]: 'instance types (other families or sizes)',
  [LABEL_ARCH]: 'architectures',
  'karpenter.k8s.aws/instance-family': 'families',
  'karpenter.k8s.aws/instance-category': 'categories',
  'karpenter.k8s.aws/instance-generation': 'generations',
  'karpenter.k8s.aws/instance-size': 'sizes',
  'karpenter.k8s.aws/instance-cpu': 'vCPU counts',
  'karpenter.k8s.aws/instance-cpu-manufacturer': 'CPU makers',
};

/**
 * How to widen the requirement that keeps out the most types, as advice: name more values, exclude fewer, or
 * loosen a bound. Never "drop it": a requirement usually exists for a reason (architecture, GPU, memory), and
 * `gained` (what removing it would admit) only says how much room there is.
 */
function relaxationHint(r: Requirement, gained: number): string {
  const text = `\`${requirementText(r)}\``;
  const room = ` (it keeps out ${gained} type(s) the other requirements allow)`;
  const noun = VALUE_NOUNS[normalizeLabelKey(r.key)] ?? 'values';
  switch (r.operator) {
    case 'In':
      return `name more ${noun} in ${text}${room}`;
    case 'NotIn':
      return `exclude fewer ${noun} in ${text}${room}`;
    case 'Gt':
    case 'Gte':
    case 'Lt':
    case 'Lte':
      return `loosen the bound in ${text}${room}`;
    default:
      return `reconsider ${text}${room}`;
  }
}

function requirementText(r: Requirement): string {
  const values = r.values && r.values.length > 0 ? ` [${r.values.join(', ')}]` : '';
  return `${r.key} ${r.operator}${values}`;
}

// ---------------------------------------------------------------------------------------------------------
// karpenterPlacement

interface PodRequirement extends Requirement {
  /** Where the requirement is written, for findings. */
  path: PathSegment[];
}

interface PodConstraint {
  /** nodeSelector entries on placement keys (all must hold). */
  selector: PodRequirement[];
  /** Required node-affinity terms, each reduced to its placement keys; the pod needs one of them. */
  terms: PodRequirement[][];
  selectorPath: PathSegment[];
  affinityPath: PathSegment[];
}

interface NodePoolInfo {
  object: ManifestObject;
  read: NodePoolRequirements;
}

function unconstrained(nodePools: number): Record<string, unknown> {
  return { constrained: false, nodePools: BigInt(nodePools), satisfiable: true, constraint: '', fieldPath: '', reasons: [] };
}

/**
 * Whether some NodePool in the manifests can launch a node for the pod, judged only on the keys a NodePool
 * decides (PLACEMENT_KEYS). The pod's nodeSelector must hold together with at least one required
 * node-affinity term (terms are ORed, expressions within a term ANDed), as in the scheduler's
 * `nodeaffinity` plugin; Karpenter in turn needs the pod's requirements to intersect the NodePool's and an
 * instance type to offer the result (semantics doc B.6).
 */
function placement(owner: ManifestObject, run: RunContext): Record<string, unknown> {
  const pools = nodePoolsOf(run, owner);
  const spec = podSpecOf(owner, run);
  if (!spec || pools.length === 0) return unconstrained(pools.length);
  const constraint = readConstraint(spec.spec, spec.path);
  const alternatives = constraint.terms.length > 0 ? constraint.terms.map((t) => [...constraint.selector, ...t]) : [constraint.selector];
  if (alternatives.every((a) => a.length === 0)) return unconstrained(pools.length);
  // A pod that asks to stay off Karpenter's nodes (Karpenter's own controller does, by default) runs
  // on nodes no NodePool describes; whether they exist is outside the manifests, so it is not judged.
  if (alternatives.some(offKarpenter)) return { ...unconstrained(pools.length), constrained: true };

  const catalog = catalogFor(run);
  const fits = (reqs: readonly PodRequirement[]) => pools.some((p) => mismatch(p, reqs, catalog) === undefined);
  if (alternatives.some(fits)) return { ...unconstrained(pools.length), constrained: true };

  // Blame the first single requirement that no NodePool meets even on its own; else the whole combination.
  const all = [...constraint.selector, ...constraint.terms.flat()];
  const culprit = all.find((r) => !fits([r]));
  const blamed = culprit ? [culprit] : alternatives[0]!;
  const fieldPath = culprit ? culprit.path : constraint.selector.length > 0 ? constraint.selectorPath : constraint.affinityPath;
  const reasons = pools.map((p) => `${refOf(p.object)}: ${mismatch(p, blamed, catalog) ?? 'fits this requirement alone'}`);
  return {
    constrained: true,
    nodePools: BigInt(pools.length),
    satisfiable: false,
    constraint: culprit ? requirementText(culprit) : describeConstraint(alternatives),
    fieldPath: formatFieldPath(fieldPath),
    reasons,
  };
}

/**
 * Requirements only nodes without Karpenter's labels meet: every node Karpenter launches carries
 * `karpenter.sh/nodepool` and `karpenter.sh/capacity-type` (B.6), so `DoesNotExist` on a
 * `karpenter.sh/` key, or `NotIn` on the NodePool name (which an unlabelled node also meets), picks
 * managed node groups, Fargate or other nodes instead.
 */
function offKarpenter(alternative: readonly PodRequirement[]): boolean {
  return alternative.some(
    (r) => r.key.startsWith('karpenter.sh/') && (r.operator === 'DoesNotExist' || (r.key === 'karpenter.sh/nodepool' && r.operator === 'NotIn')),
  );
}

/** The NodePools a pod of `owner` could land on; of two copies of one NodePool, the nearer one. */
function nodePoolsOf(run: RunContext, owner: ManifestObject): NodePoolInfo[] {
  const out: NodePoolInfo[] = [];
  for (const object of run.relations.nearest(run.relations.byKind.get('NodePool') ?? [], owner)) {
    const read = readNodePoolRequirements(object.raw);
    if (read) out.push({ object, read });
  }
  return out;
}

function describeConstraint(alternatives: readonly PodRequirement[][]): string {
  return alternatives.map((a) => a.map(requirementText).join(' and ')).join(' or ');
}

function readConstraint(spec: Record<string, unknown>, specPath: PathSegment[]): PodConstraint {
  const selectorPath = [...specPath, 'nodeSelector'];
  const selector: PodRequirement[] = [];
  for (const [key, value] of Object.entries(asRecord(spec.nodeSelector))) {
    if (PLACEMENT_KEYS.has(normalizeLabelKey(key)) && typeof value === 'string') {
      selector.push({ key, operator: 'In', values: [value], path: [...selectorPath, key] });
    }
  }
  const affinityPath = [...specPath, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'];
  const terms: PodRequirement[][] = [];
  const rawTerms = navigate(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
  if (Array.isArray(rawTerms)) {
    rawTerms.forEach((term, ti) => {
      const expressions = asRecord(term).matchExpressions;
      const reqs: PodRequirement[] = [];
      if (Array.isArray(expressions)) {
        expressions.forEach((e, ei) => {
          const r = asRecord(e);
          if (typeof r.key !== 'string' || typeof r.operator !== 'string' || !PLACEMENT_KEYS.has(normalizeLabelKey(r.key))) return;
          reqs.push({
            key: r.key,
            operator: r.operator,
            ...(Array.isArray(r.values) ? { values: r.values.map(String) } : {}),
            path: [...affinityPath, 'nodeSelectorTerms', ti, 'matchExpressions', ei],
          });
        });
      }
      terms.push(reqs);
    });
  }
  return { selector, terms, selectorPath, affinityPath };
}

/** Why the NodePool cannot satisfy these pod requirements, or undefined when it can. */
function mismatch(pool: NodePoolInfo, reqs: readonly PodRequirement[], catalog: InstanceTypeCatalog): string | undefined {
  const byKey = (key: string) => reqs.filter((r) => normalizeLabelKey(r.key) === key);
  const name = pool.object.name;

  const poolReqs = byKey(LABEL_NODEPOOL);
  if (!poolReqs.every((r) => admitsLabelValue(r, name))) return `its nodes carry ${LABEL_NODEPOOL}=${name}`;

  const capacityReqs = byKey(LABEL_CAPACITY_TYPE);
  const capacityTypes = admittedCapacityTypes(pool.read.requirements, pool.read.dialect);
  if (capacityReqs.length > 0 && !capacityTypes.some((c) => capacityReqs.every((r) => admitsLabelValue(r, c)))) {
    return `admits capacity types [${capacityTypes.join(', ')}]`;
  }

  const zoneReqs = byKey(LABEL_ZONE);
  const poolZones = pool.read.requirements.filter((r) => normalizeLabelKey(r.key) === LABEL_ZONE);
  if (zoneReqs.length > 0 && !someValueAdmitted([...poolZones, ...zoneReqs])) {
    return `limits zones to ${poolZones.map(requirementText).join(' and ')}`;
  }

  const typeReqs = [...byKey(LABEL_ARCH), ...byKey(LABEL_INSTANCE_TYPE)];
  if (typeReqs.length > 0 && !namesUnknownType(typeReqs, catalog)) {
    const combined = evaluate([...pool.read.requirements, ...typeReqs.map(stripPath)], catalog);
    if (combined.admitted.length === 0) {
      const own = evaluate(pool.read.requirements, catalog).admitted.length;
      return `none of its ${own} instance types has ${typeReqs.map(requirementText).join(' and ')}`;
    }
  }
  return undefined;
}

/** A pod naming an instance type the catalog lacks may know better than the catalog: do not judge it. */
function namesUnknownType(reqs: readonly Requirement[], catalog: InstanceTypeCatalog): boolean {
  return reqs.some(
    (r) => normalizeLabelKey(r.key) === LABEL_INSTANCE_TYPE && (r.values ?? []).some((v) => !catalog.byName.has(v)),
  );
}

function stripPath(r: PodRequirement): Requirement {
  return { key: r.key, operator: r.operator, ...(r.values ? { values: r.values } : {}) };
}

/**
 * Whether a node label with this value meets the requirement (`NodeSelectorRequirement` semantics; Karpenter's
 * Gte/Lte included). Unknown operators admit, since the API server would have rejected them anyway.
 */
function admitsLabelValue(r: Requirement, value: string): boolean {
  const values = r.values ?? [];
  const bound = values.length === 1 && /^[+-]?\d+$/.test(values[0]!) ? Number(values[0]) : undefined;
  const n = /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
  switch (r.operator) {
    case 'In':
      return values.includes(value);
    case 'NotIn':
      return !values.includes(value);
    case 'Exists':
      return true;
    case 'DoesNotExist':
      return false;
    case 'Gt':
      return bound !== undefined && n !== undefined && n > bound;
    case 'Lt':
      return bound !== undefined && n !== undefined && n < bound;
    case 'Gte':
      return bound !== undefined && n !== undefined && n >= bound;
    case 'Lte':
      return bound !== undefined && n !== undefined && n <= bound;
    default:
      return true;
  }
}

/**
 * Whether some value of a label that every node carries meets all requirements. Only `In` lists values; without
 * one, any name outside the `NotIn` lists would do, unless a requirement demands the label be absent.
 */
function someValueAdmitted(reqs: readonly Requirement[]): boolean {
  const listing = reqs.find((r) => r.operator === 'In');
  if (!listing) return !reqs.some((r) => r.operator === 'DoesNotExist');
  return (listing.values ?? []).some((v) => reqs.every((r) => admitsLabelValue(r, v)));
}

// ---------------------------------------------------------------------------------------------------------
// selectedNodePools, toleratesTaint

/**
 * The NodePools a pod can only land on: the `karpenter.sh/nodepool` nodeSelector value, or, when every
 * required node-affinity term lists pools with `In`, the union of those lists. Empty when unrestricted.
 */
function nodePoolSelection(spec: Record<string, unknown>, specPath: PathSegment[]): Record<string, unknown> {
  const selector = asRecord(spec.nodeSelector)[LABEL_NODEPOOL];
  if (typeof selector === 'string') {
    return { names: [selector], fieldPath: formatFieldPath([...specPath, 'nodeSelector', LABEL_NODEPOOL]) };
  }
  const constraint = readConstraint(spec, specPath);
  const perTerm = constraint.terms.map((t) => t.find((r) => r.key === LABEL_NODEPOOL && r.operator === 'In'));
  if (perTerm.length === 0 || perTerm.some((r) => r === undefined)) return { names: [], fieldPath: '' };
  const names = [...new Set(perTerm.flatMap((r) => r!.values ?? []))];
  return { names, fieldPath: formatFieldPath(perTerm[0]!.path) };
}

/** Kubernetes `Toleration.ToleratesTaint` (k8s.io/api core/v1 toleration.go). */
function tolerates(toleration: Record<string, unknown>, taint: Record<string, unknown>): boolean {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const effect = str(toleration.effect);
  if (effect !== '' && effect !== str(taint.effect)) return false;
  const key = str(toleration.key);
  if (key !== '' && key !== str(taint.key)) return false;
  switch (str(toleration.operator)) {
    case '':
    case 'Equal':
      return str(toleration.value) === str(taint.value);
    case 'Exists':
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------------------
// schedulableZones

/** The values a label may take under some requirements, or undefined when they do not list them (no `In`). */
function listedValues(reqs: readonly Requirement[]): Set<string> | undefined {
  const listing = reqs.filter((r) => r.operator === 'In');
  if (listing.length === 0) return undefined;
  const values = new Set(listing[0]!.values ?? []);
  for (const v of values) if (!reqs.every((r) => admitsLabelValue(r, v))) values.delete(v);
  return values;
}

function union(sets: readonly (Set<string> | undefined)[]): Set<string> | undefined {
  if (sets.length === 0 || sets.some((s) => s === undefined)) return undefined;
  return new Set(sets.flatMap((s) => [...s!]));
}

/**
 * Zones (per zone key) the pod's own nodeSelector and required node affinity allow. nodeSelector is an exact
 * match; affinity terms are ORed, so a key is bounded only when every term lists its values.
 */
function podZoneBounds(spec: Record<string, unknown>): Map<string, Set<string>> {
  const selector = asRecord(spec.nodeSelector);
  const rawTerms = navigate(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
  const terms = Array.isArray(rawTerms) ? rawTerms.map((t) => asRecord(t).matchExpressions).map((e) => (Array.isArray(e) ? e.map(asRecord) : [])) : [];
  const bounds = new Map<string, Set<string>>();
  for (const key of ZONE_KEYS) {
    const fromSelector = Object.entries(selector)
      .filter(([k, v]) => normalizeLabelKey(k) === key && typeof v === 'string')
      .map(([, v]) => new Set([v as string]));
    const fromTerms =
      terms.length === 0
        ? undefined
        : union(
            terms.map((exprs) =>
              listedValues(
                exprs
                  .filter((e) => typeof e.key === 'string' && normalizeLabelKey(e.key) === key && typeof e.operator === 'string')
                  .map((e) => ({ key: e.key as string, operator: e.operator as string, values: Array.isArray(e.values) ? e.values.map(String) : [] })),
              ),
            ),
          );
    // nodeSelector and affinity must both hold: intersect whatever each bounds.
    const all = [...fromSelector, ...(fromTerms ? [fromTerms] : [])];
    if (all.length > 0) bounds.set(key, new Set([...all[0]!].filter((z) => all.every((s) => s.has(z)))));
  }
  return bounds;
}

/** Zones (per zone key) the NodePools can launch into: bounded only when every pool lists them with `In`. */
function poolZoneBounds(pools: readonly NodePoolInfo[]): Map<string, Set<string>> {
  const bounds = new Map<string, Set<string>>();
  if (pools.length === 0) return bounds;
  for (const key of ZONE_KEYS) {
    const zones = union(pools.map((p) => listedValues(p.read.requirements.filter((r) => normalizeLabelKey(r.key) === key))));
    if (zones) bounds.set(key, zones);
  }
  return bounds;
}

function unknownZones(): Record<string, unknown> {
  return { known: false, count: 0n, zones: [], source: '', podBounded: false };
}

/**
 * How many zones the pod can run in, when the manifests say: the zones every Karpenter NodePool it may use
 * lists with `In` (pools it pins through `karpenter.sh/nodepool` only), intersected with the zones its own
 * nodeSelector or required node affinity allows. Zone ids count as zones (one-to-one, semantics B.6); with both
 * keys bounded the smaller count holds, since a node must satisfy both. Nodes outside Karpenter are not in the
 * manifests, so only NodePools bound the cluster's zones. `known` is false when nothing bounds them.
 */
function schedulableZones(owner: ManifestObject, run: RunContext): Record<string, unknown> {
  const spec = podSpecOf(owner, run);
  if (!spec) return unknownZones();
  const pinned = nodePoolSelection(spec.spec, spec.path).names as string[];
  const pools = nodePoolsOf(run, owner).filter((p) => pinned.length === 0 || pinned.includes(p.object.name));
  const fromPools = poolZoneBounds(pools);
  const fromPod = podZoneBounds(spec.spec);
  let best: { zones: string[]; source: string; podBounded: boolean } | undefined;
  for (const key of ZONE_KEYS) {
    const poolZones = fromPools.get(key);
    const podZones = fromPod.get(key);
    if (!poolZones && !podZones) continue;
    const zones = [...(poolZones ?? podZones)!].filter((z) => !podZones || podZones.has(z)).sort();
    const parts = [
      ...(poolZones ? [`NodePool${pools.length > 1 ? 's' : ''} ${pools.map((p) => p.object.name).join(', ')}`] : []),
      ...(podZones ? ["the pod's node selection"] : []),
    ];
    const source = `${zones.length > 0 ? zones.join(', ') : 'none'}: ${key} of ${parts.join(' and ')}`;
    if (!best || zones.length < best.zones.length) best = { zones, source, podBounded: podZones !== undefined };
  }
  if (!best) return unknownZones();
  // `podBounded`: the pod's own node selection bounds the zones, so no node outside the manifests can add one.
  return { known: true, count: BigInt(best.zones.length), zones: best.zones, source: best.source, podBounded: best.podBounded };
}

// ---------------------------------------------------------------------------------------------------------
// helpers

function podSpecOf(owner: ManifestObject, run: RunContext): { spec: Record<string, unknown>; path: PathSegment[] } | undefined {
  const template = run.relations.podTemplate(owner);
  if (!template) return undefined;
  const path = [...template.path, 'spec'];
  return { spec: asRecord(navigate(owner.raw, path)), path };
}

function refOf(o: ManifestObject): string {
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name} (${o.file}:${o.locate(['metadata', 'name']).line})`;
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

