/**
 * Which instance types a Karpenter NodePool admits, computed the way Karpenter computes it.
 *
 * Karpenter turns every requirement into a value set (`kubernetes-sigs/karpenter:pkg/scheduling/requirement.go`):
 * `In` is a set, `NotIn`/`Exists` are complements, `Gt/Lt/Gte/Lte` are complements with inclusive integer bounds
 * (Gt N becomes Gte N+1). Requirements on the same key intersect (`Requirements.Add`), keeping the largest
 * `minValues`. An instance type passes when, for every key both sides define, the sets intersect; a type without
 * the label (`DoesNotExist` on its side) passes only if the NodePool's set for the key reads as `NotIn` or
 * `DoesNotExist` (`Requirements.Intersects`). See kubernetes-semantics.md B.6 for operators and minValues.
 */
import type { PathSegment } from './types.js';
import {
  INSTANCE_TYPE_LABEL_KEYS,
  type CapacityType,
  type InstanceType,
  type InstanceTypeCatalog,
} from './instance-types.js';

export interface Requirement {
  key: string;
  operator: string;
  values?: readonly string[];
  minValues?: number;
}

/** NodePool API generations; they differ only in where requirements live and in the capacity-type default. */
export type RequirementsDialect = 'v1' | 'v1beta1' | 'v1alpha5';

export const LABEL_CAPACITY_TYPE = 'karpenter.sh/capacity-type';

/**
 * Deprecated label keys Karpenter rewrites to their stable names before evaluating
 * (`kubernetes-sigs/karpenter:pkg/apis/v1/labels.go` NormalizedLabels; semantics doc B.6).
 */
export const NORMALIZED_LABELS: Readonly<Record<string, string>> = {
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
};

export function normalizeLabelKey(key: string): string {
  return NORMALIZED_LABELS[key] ?? key;
}

// ---------------------------------------------------------------------------------------------------------
// Value sets

interface ValueSet {
  /** true: every value except `values` (NotIn, Exists, bounds); false: exactly `values` (In, DoesNotExist). */
  complement: boolean;
  values: ReadonlySet<string>;
  /** Inclusive integer bounds; only kept on complements, as Karpenter drops them once a set is concrete. */
  gte?: number;
  lte?: number;
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt', 'Gte', 'Lte']);

function parseInteger(value: string): number | undefined {
  return /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}

/** The value set of one requirement, or a reason why the API server would have rejected it. */
function toValueSet(r: Requirement): ValueSet | string {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return values.length > 0 ? { complement: false, values: new Set(values) } : 'operator In needs at least one value';
    case 'NotIn':
      return values.length > 0 ? { complement: true, values: new Set(values) } : 'operator NotIn needs at least one value';
    case 'Exists':
      return { complement: true, values: new Set() };
    case 'DoesNotExist':
      return { complement: false, values: new Set() };
    case 'Gt':
    case 'Lt':
    case 'Gte':
    case 'Lte': {
      const bound = values.length === 1 ? parseInteger(values[0]!) : undefined;
      if (bound === undefined) return `operator ${r.operator} needs exactly one integer value`;
      const set: ValueSet = { complement: true, values: new Set() };
      if (r.operator === 'Gt') set.gte = bound + 1;
      if (r.operator === 'Gte') set.gte = bound;
      if (r.operator === 'Lt') set.lte = bound - 1;
      if (r.operator === 'Lte') set.lte = bound;
      return set;
    }
    default:
      return `unknown operator ${JSON.stringify(r.operator)} (expected one of ${[...OPERATORS].join(', ')})`;
  }
}

function withinBounds(value: string, gte: number | undefined, lte: number | undefined): boolean {
  if (gte === undefined && lte === undefined) return true;
  // With bounds set, a label value that is not an integer can never satisfy them.
  const n = parseInteger(value);
  if (n === undefined) return false;
  return (gte === undefined || n >= gte) && (lte === undefined || n <= lte);
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function intersect(a: ValueSet, b: ValueSet): ValueSet {
  const gte = maxDefined(a.gte, b.gte);
  const lte = minDefined(a.lte, b.lte);
  // Disjoint bounds collapse to DoesNotExist, exactly as Karpenter does.
  if (gte !== undefined && lte !== undefined && gte > lte) return { complement: false, values: new Set() };
  let values: string[];
  if (a.complement && b.complement) values = [...a.values, ...b.values];
  else if (a.complement) values = [...b.values].filter((v) => !a.values.has(v));
  else if (b.complement) values = [...a.values].filter((v) => !b.values.has(v));
  else values = [...a.values].filter((v) => b.values.has(v));
  const complement = a.complement && b.complement;
  // A complement keeps its excluded values as they are; a concrete set keeps only values inside the bounds.
  const kept = complement ? values : values.filter((v) => withinBounds(v, gte, lte));
  return complement ? { complement, values: new Set(kept), gte, lte } : { complement, values: new Set(kept) };
}

function has(set: ValueSet, value: string): boolean {
  return set.values.has(value) !== set.complement && withinBounds(value, set.gte, set.lte);
}

/** Karpenter's Requirement.Operator(): how a combined set reads. Bounds alone read as Exists. */
function effectiveOperator(set: ValueSet): 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' {
  if (set.complement) return set.values.size > 0 ? 'NotIn' : 'Exists';
  return set.values.size > 0 ? 'In' : 'DoesNotExist';
}

/** Whether an instance type whose label `key` has `value` (undefined: no such label) is compatible with `set`. */
function admitsValue(set: ValueSet, value: string | undefined): boolean {
  if (value === undefined) {
    const op = effectiveOperator(set);
    return op === 'NotIn' || op === 'DoesNotExist';
  }
  return has(set, value);
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation

/** Why a requirement does not narrow the instance types. */
export type NonFilteringReason =
  /** `karpenter.sh/capacity-type`: an offering property, see admitsCapacityType. */
  | 'capacity-type'
  /** Zone, region, zone id, tenancy, capacity reservations, placement groups: offering or NodeClass properties. */
  | 'offering'
  /** hostname, nodepool, ec2nodeclass: set on the node, not chosen through the instance type. */
  | 'node'
  /** `kubernetes.io/os`, `node.kubernetes.io/windows-build`: decided by the EC2NodeClass AMI family. */
  | 'node-class'
  /** A custom label: Karpenter puts it on the node; instance types do not define it. */
  | 'custom'
  /** An instance-type key this catalog has no data for (e.g. network bandwidth in parsed describe output). */
  | 'not-in-catalog'
  /** An unknown key in the restricted `karpenter.k8s.aws` domain; the NodePool CRD rejects it (typo?). */
  | 'unknown-aws-label'
  /** The requirement itself is malformed (see `problem`). */
  | 'invalid';

export interface RequirementEffect {
  index: number;
  /** The key as written. */
  key: string;
  /** The key after deprecated aliases are rewritten. */
  normalizedKey: string;
  operator: string;
  /** Whether the requirement narrows instance types at all. */
  filters: boolean;
  nonFilteringReason?: NonFilteringReason;
  problem?: string;
  /** How many catalog types this requirement admits on its own. */
  admittedAlone: number;
  /** How many more types the NodePool would admit without this requirement (others unchanged). */
  gainedIfRemoved: number;
}

export interface MinValuesCheck {
  key: string;
  /** The largest minValues among requirements on this key (Karpenter keeps the maximum). */
  minValues: number;
  /** Distinct values of the key among admitted types; undefined when the catalog cannot tell (offering keys). */
  distinctValues?: number;
  /** undefined when it cannot be judged from the catalog. */
  met?: boolean;
}

export interface RequirementsEvaluation {
  admitted: InstanceType[];
  perRequirement: RequirementEffect[];
  minValues: MinValuesCheck[];
  minValuesUnmet: MinValuesCheck[];
  /** The requirement whose removal gains the most types (first on ties), if removing any gains something. */
  mostRestrictive?: RequirementEffect;
}

const OFFERING_KEYS = new Set([
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'topology.k8s.aws/zone-id',
  'karpenter.k8s.aws/instance-tenancy',
  'karpenter.k8s.aws/capacity-reservation-type',
  'karpenter.k8s.aws/capacity-reservation-id',
  'karpenter.k8s.aws/capacity-reservation-interruptible',
  'karpenter.k8s.aws/placement-group-id',
  'karpenter.k8s.aws/placement-group-partition',
  'karpenter.k8s.aws/nitro-sandbox',
]);
const NODE_KEYS = new Set(['kubernetes.io/hostname', 'karpenter.sh/nodepool', 'karpenter.k8s.aws/ec2nodeclass']);
const NODE_CLASS_KEYS = new Set(['kubernetes.io/os', 'node.kubernetes.io/windows-build']);

function nonFilteringReason(key: string, known: ReadonlySet<string>): NonFilteringReason | undefined {
  if (known.has(key)) return undefined;
  if (key === LABEL_CAPACITY_TYPE) return 'capacity-type';
  if (OFFERING_KEYS.has(key)) return 'offering';
  if (NODE_KEYS.has(key)) return 'node';
  if (NODE_CLASS_KEYS.has(key)) return 'node-class';
  if (INSTANCE_TYPE_LABEL_KEYS.has(key)) return 'not-in-catalog';
  if (key.split('/')[0]!.endsWith('karpenter.k8s.aws')) return 'unknown-aws-label';
  return 'custom';
}

interface Prepared {
  requirement: Requirement;
  index: number;
  key: string;
  set?: ValueSet;
  reason?: NonFilteringReason;
  problem?: string;
}

function prepare(requirements: readonly Requirement[], known: ReadonlySet<string>): Prepared[] {
  return requirements.map((requirement, index) => {
    const key = normalizeLabelKey(requirement.key);
    const set = toValueSet(requirement);
    if (typeof set === 'string') return { requirement, index, key, reason: 'invalid', problem: set };
    const reason = nonFilteringReason(key, known);
    return reason ? { requirement, index, key, reason } : { requirement, index, key, set };
  });
}

/** Combined set per key over the filtering requirements, optionally leaving one requirement out. */
function combine(prepared: readonly Prepared[], skipIndex?: number): Map<string, ValueSet> {
  const byKey = new Map<string, ValueSet>();
  for (const p of prepared) {
    if (!p.set || p.index === skipIndex) continue;
    const existing = byKey.get(p.key);
    byKey.set(p.key, existing ? intersect(existing, p.set) : p.set);
  }
  return byKey;
}

function admittedBy(types: readonly InstanceType[], sets: ReadonlyMap<string, ValueSet>): InstanceType[] {
  const entries = [...sets];
  return types.filter((t) => entries.every(([key, set]) => admitsValue(set, t.labels[key])));
}

function checkMinValues(
  requirements: readonly Requirement[],
  admitted: readonly InstanceType[],
  known: ReadonlySet<string>,
): MinValuesCheck[] {
  const byKey = new Map<string, number>();
  for (const r of requirements) {
    if (typeof r.minValues !== 'number') continue;
    const key = normalizeLabelKey(r.key);
    byKey.set(key, Math.max(byKey.get(key) ?? 0, r.minValues));
  }
  return [...byKey].map(([key, minValues]) => {
    if (!known.has(key)) return { key, minValues };
    const distinct = new Set(admitted.map((t) => t.labels[key]).filter((v) => v !== undefined)).size;
    return { key, minValues, distinctValues: distinct, met: distinct >= minValues };
  });
}

/**
 * Evaluates NodePool requirements against a catalog: the admitted types, what each requirement contributes,
 * and whether minValues can be met. Requirements on offering, node or custom keys never filter (the catalog
 * has no offerings); malformed requirements are reported and skipped.
 */
export function evaluateRequirements(
  requirements: readonly Requirement[],
  catalog: InstanceTypeCatalog,
): RequirementsEvaluation {
  const known = catalog.labelKeys;
  const prepared = prepare(requirements, known);
  const admitted = admittedBy(catalog.types, combine(prepared));

  const perRequirement = prepared.map((p): RequirementEffect => {
    const base = {
      index: p.index,
      key: p.requirement.key,
      normalizedKey: p.key,
      operator: p.requirement.operator,
    };
    if (!p.set) {
      return {
        ...base,
        filters: false,
        nonFilteringReason: p.reason,
        ...(p.problem ? { problem: p.problem } : {}),
        admittedAlone: catalog.types.length,
        gainedIfRemoved: 0,
      };
    }
    const alone = admittedBy(catalog.types, new Map([[p.key, p.set]])).length;
    const without = admittedBy(catalog.types, combine(prepared, p.index)).length;
    return { ...base, filters: true, admittedAlone: alone, gainedIfRemoved: without - admitted.length };
  });

  const minValues = checkMinValues(requirements, admitted, known);
  const mostRestrictive = perRequirement.reduce<RequirementEffect | undefined>(
    (best, e) => (e.gainedIfRemoved > (best?.gainedIfRemoved ?? 0) ? e : best),
    undefined,
  );
  return {
    admitted,
    perRequirement,
    minValues,
    minValuesUnmet: minValues.filter((m) => m.met === false),
    ...(mostRestrictive ? { mostRestrictive } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Capacity type

const CAPACITY_TYPES: readonly CapacityType[] = ['on-demand', 'spot', 'reserved'];

/**
 * The capacity types a NodePool's requirements allow.
 *
 * Without a `karpenter.sh/capacity-type` requirement, v1 and v1beta1 NodePools allow every capacity type:
 * Karpenter reads an undefined key as `Exists` (`Requirements.Get`), and the AWS provider's getCapacityType then
 * launches spot whenever a spot offering fits (observed in aws/karpenter-provider-aws#5015; the old "defaults to
 * on-demand" doc note was removed in aws/karpenter-provider-aws#5026). Only v1alpha5 Provisioners had the AWS
 * defaulting webhook that added `capacity-type In [on-demand]`.
 */
export function admittedCapacityTypes(
  requirements: readonly Requirement[],
  dialect: RequirementsDialect = 'v1',
): CapacityType[] {
  const sets = requirements
    .filter((r) => normalizeLabelKey(r.key) === LABEL_CAPACITY_TYPE)
    .map(toValueSet)
    .filter((s): s is ValueSet => typeof s !== 'string');
  if (sets.length === 0) return dialect === 'v1alpha5' ? ['on-demand'] : [...CAPACITY_TYPES];
  const combined = sets.reduce(intersect);
  return CAPACITY_TYPES.filter((c) => has(combined, c));
}

export function admitsCapacityType(
  requirements: readonly Requirement[],
  capacityType: CapacityType,
  dialect: RequirementsDialect = 'v1',
): boolean {
  return admittedCapacityTypes(requirements, dialect).includes(capacityType);
}

// ---------------------------------------------------------------------------------------------------------
// Reading NodePools

export interface NodePoolRequirements {
  dialect: RequirementsDialect;
  requirements: Requirement[];
  /** Field path of the requirements list, for findings. */
  path: PathSegment[];
}

function asRequirement(item: unknown): Requirement | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const r = item as Record<string, unknown>;
  if (typeof r.key !== 'string' || typeof r.operator !== 'string') return undefined;
  const values = Array.isArray(r.values) ? r.values.map(String) : undefined;
  return {
    key: r.key,
    operator: r.operator,
    ...(values ? { values } : {}),
    ...(typeof r.minValues === 'number' ? { minValues: r.minValues } : {}),
  };
}

function dig(raw: unknown, path: readonly PathSegment[]): unknown {
  let at = raw;
  for (const segment of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[segment];
  }
  return at;
}

/**
 * The requirements of a Karpenter NodePool (`karpenter.sh/v1`, `v1beta1`: spec.template.spec.requirements) or
 * Provisioner (`karpenter.sh/v1alpha5`: spec.requirements); undefined for any other object. Entries without a
 * string key and operator are dropped (the API server would reject them).
 */
export function readNodePoolRequirements(raw: Record<string, unknown>): NodePoolRequirements | undefined {
  const apiVersion = raw.apiVersion;
  let dialect: RequirementsDialect;
  let path: PathSegment[];
  if (raw.kind === 'NodePool' && (apiVersion === 'karpenter.sh/v1' || apiVersion === 'karpenter.sh/v1beta1')) {
    dialect = apiVersion === 'karpenter.sh/v1' ? 'v1' : 'v1beta1';
    path = ['spec', 'template', 'spec', 'requirements'];
  } else if (raw.kind === 'Provisioner' && apiVersion === 'karpenter.sh/v1alpha5') {
    dialect = 'v1alpha5';
    path = ['spec', 'requirements'];
  } else {
    return undefined;
  }
  const list = dig(raw, path);
  const requirements = Array.isArray(list)
    ? list.map(asRequirement).filter((r): r is Requirement => r !== undefined)
    : [];
  return { dialect, requirements, path };
}

// ---------------------------------------------------------------------------------------------------------
// Sizing

export interface PodRequest {
  cpuMillis: number;
  memoryBytes: number;
  pods: number;
}

/** Types Karpenter launches only when nothing else fits (AWS provider filterExoticInstanceTypes). */
function isExotic(t: InstanceType): boolean {
  const size = t.labels['karpenter.k8s.aws/instance-size'] ?? '';
  return size.includes('metal') || t.gpuCount > 0 || 'karpenter.k8s.aws/instance-accelerator-count' in t.labels;
}

function bySize(a: InstanceType, b: InstanceType): number {
  return (
    a.allocatable.cpuMillis - b.allocatable.cpuMillis ||
    a.allocatable.memoryBytes - b.allocatable.memoryBytes ||
    a.vcpu - b.vcpu ||
    a.memoryMiB - b.memoryMiB ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * The smallest admitted type whose allocatable holds the request: smallest allocatable cpu, then memory, then
 * vCPU and memory as a price proxy (the catalog has no prices), then name. Like Karpenter, metal, GPU and
 * accelerator types are used only when no other type fits.
 */
export function smallestFitting(admitted: readonly InstanceType[], request: PodRequest): InstanceType | undefined {
  const fitting = admitted.filter(
    (t) =>
      t.allocatable.cpuMillis >= request.cpuMillis &&
      t.allocatable.memoryBytes >= request.memoryBytes &&
      t.allocatable.pods >= request.pods,
  );
  const generic = fitting.filter((t) => !isExotic(t));
  return [...(generic.length > 0 ? generic : fitting)].sort(bySize)[0];
}
