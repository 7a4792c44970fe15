/**
 * The EC2 instance-type catalog: what each type offers in Karpenter's terms (its well-known labels) and how
 * big a node of that type is for pods (allocatable cpu, memory, pods). The built-in catalog ships with the
 * tool (`src/data/instance-types.json`); `parseDescribeInstanceTypes` builds one from the user's own
 * `aws ec2 describe-instance-types` output, e.g. to pin a region's list or to learn capacity types.
 */
import builtinData from '../data/instance-types.json' with { type: 'json' };

export type CapacityType = 'on-demand' | 'spot' | 'reserved';

export interface Allocatable {
  cpuMillis: number;
  memoryBytes: number;
  pods: number;
}

export interface InstanceType {
  name: string;
  /**
   * The type's single-valued Karpenter labels (`karpenter.k8s.aws/*`, `kubernetes.io/arch`, `kubernetes.io/os`,
   * `node.kubernetes.io/instance-type`). A key from INSTANCE_TYPE_LABEL_KEYS that is missing here means nodes
   * of this type do not carry that label (e.g. `instance-gpu-count` on a type without GPUs).
   */
  labels: Readonly<Record<string, string>>;
  vcpu: number;
  memoryMiB: number;
  arch: string;
  gpuCount: number;
  allocatable: Allocatable;
  /** Purchase options EC2 offers for the type, when the source says (the built-in catalog does not). */
  capacityTypes?: readonly CapacityType[];
}

export interface InstanceTypeCatalog {
  /** Where the facts come from, for messages. */
  source: string;
  /** Sorted by name. */
  types: readonly InstanceType[];
  byName: ReadonlyMap<string, InstanceType>;
  /**
   * The instance-type label keys this catalog has facts for. A type missing one of these labels really lacks
   * it; requirements on other keys cannot be judged from the catalog and must not filter.
   */
  labelKeys: ReadonlySet<string>;
}

/** A catalog input that is not usable; names the file so the CLI can report it as a usage error. */
export class InstanceCatalogError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'InstanceCatalogError';
  }
}

const AWS = 'karpenter.k8s.aws/';
export const LABEL_INSTANCE_TYPE = 'node.kubernetes.io/instance-type';
export const LABEL_ARCH = 'kubernetes.io/arch';
export const LABEL_OS = 'kubernetes.io/os';

/**
 * Label keys that are properties of the instance type itself. Karpenter's AWS provider defines every one of
 * them on every instance type, as `DoesNotExist` when the type lacks a value (the AWS provider's
 * `computeRequirements`), so a NodePool requirement on one of these keys
 * filters instance types. Offering-level keys (zone, capacity type, tenancy, capacity reservations) and node
 * keys (hostname, nodepool, custom labels) are deliberately absent, and so are `kubernetes.io/os` and
 * `node.kubernetes.io/windows-build`: Karpenter derives those from the EC2NodeClass AMI family, so the catalog's
 * `linux` (it was generated for AL2023) says nothing about a Windows NodePool. The list mirrors the well-known
 * `karpenter.k8s.aws` keys accepted by the NodePool CRD (`karpenter.sh_nodepools.yaml`).
 */
export const INSTANCE_TYPE_LABEL_KEYS: ReadonlySet<string> = new Set([
  LABEL_INSTANCE_TYPE,
  LABEL_ARCH,
  ...[
    'instance-category',
    'instance-family',
    'instance-generation',
    'instance-size',
    'instance-cpu',
    'instance-cpu-manufacturer',
    'instance-cpu-sustained-clock-speed-mhz',
    'instance-memory',
    'instance-hypervisor',
    'instance-ebs-bandwidth',
    'instance-network-bandwidth',
    'instance-gpu-name',
    'instance-gpu-manufacturer',
    'instance-gpu-count',
    'instance-gpu-memory',
    'instance-accelerator-name',
    'instance-accelerator-manufacturer',
    'instance-accelerator-count',
    'instance-local-nvme',
    'instance-encryption-in-transit-supported',
    'instance-capability-flex',
  ].map((k) => AWS + k),
]);

const MIB = 1024 * 1024;

function makeCatalog(source: string, types: InstanceType[], labelKeys: ReadonlySet<string>): InstanceTypeCatalog {
  const sorted = [...types].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { source, types: sorted, byName: new Map(sorted.map((t) => [t.name, t])), labelKeys };
}

function intLabel(labels: Readonly<Record<string, string>>, key: string): number {
  const value = labels[key];
  return value === undefined ? 0 : Number.parseInt(value, 10);
}

const offeringViews = new WeakMap<InstanceTypeCatalog, Map<CapacityType, InstanceTypeCatalog>>();

/**
 * The catalog narrowed to types EC2 sells with this purchase option (`SupportedUsageClasses`), e.g. no `u-*`
 * high-memory type for spot. A type whose source does not say (the built-in catalog) is kept: unknown is not
 * "unavailable". Returns the catalog itself when nothing is dropped; views are shared per catalog.
 */
export function offeringCatalog(catalog: InstanceTypeCatalog, capacityType: CapacityType): InstanceTypeCatalog {
  let views = offeringViews.get(catalog);
  if (!views) offeringViews.set(catalog, (views = new Map()));
  let view = views.get(capacityType);
  if (!view) {
    const offered = catalog.types.filter((t) => !t.capacityTypes || t.capacityTypes.includes(capacityType));
    view = offered.length === catalog.types.length ? catalog : makeCatalog(catalog.source, offered, catalog.labelKeys);
    views.set(capacityType, view);
  }
  return view;
}

// ---------------------------------------------------------------------------------------------------------
// Built-in catalog

interface BuiltinData {
  source: { repo: string; commit: string; path: string };
  names: string[];
  labels: Record<string, { values: string[]; rows: number[] }>;
  allocatable: { cpuMillis: number[]; memoryMiB: number[]; pods: number[] };
}

function decodeBuiltin(data: BuiltinData): InstanceTypeCatalog {
  const columns = Object.entries(data.labels);
  const types = data.names.map((name, row): InstanceType => {
    const labels: Record<string, string> = { [LABEL_INSTANCE_TYPE]: name };
    for (const [key, column] of columns) {
      const index = column.rows[row]!;
      if (index >= 0) labels[key] = column.values[index]!;
    }
    return {
      name,
      labels,
      vcpu: intLabel(labels, AWS + 'instance-cpu'),
      memoryMiB: intLabel(labels, AWS + 'instance-memory'),
      arch: labels[LABEL_ARCH] ?? '',
      gpuCount: intLabel(labels, AWS + 'instance-gpu-count'),
      allocatable: {
        cpuMillis: data.allocatable.cpuMillis[row]!,
        memoryBytes: data.allocatable.memoryMiB[row]! * MIB,
        pods: data.allocatable.pods[row]!,
      },
    };
  });
  const { repo, commit, path } = data.source;
  return makeCatalog(`${repo}@${commit.slice(0, 8)}:${path}`, types, INSTANCE_TYPE_LABEL_KEYS);
}

let builtin: InstanceTypeCatalog | undefined;

/** The catalog shipped with resilint (decoded on first use, then shared). */
export function loadBuiltinCatalog(): InstanceTypeCatalog {
  builtin ??= decodeBuiltin(builtinData as BuiltinData);
  return builtin;
}

// ---------------------------------------------------------------------------------------------------------
// `aws ec2 describe-instance-types` output

/** Network bandwidth comes from a table inside Karpenter, not from the EC2 API, so parsed catalogs lack it. */
const DESCRIBE_LABEL_KEYS: ReadonlySet<string> = new Set(
  [...INSTANCE_TYPE_LABEL_KEYS].filter((k) => k !== AWS + 'instance-network-bandwidth'),
);

/** Karpenter maps only these EC2 architectures to Kubernetes ones (`AWSToKubeArchitectures`). */
const KUBE_ARCH: Readonly<Record<string, string>> = { x86_64: 'amd64', arm64: 'arm64' };

/** Category and generation as Karpenter reads them from the name: `c7gd.large` → c, 7; `u-6tb1.metal` → u, 1. */
const NAME_SCHEME = /^([a-z]+)(-[0-9]+tb)?([0-9]+).*\./;

function kebabLower(s: string): string {
  return s.replaceAll(' ', '-').toLowerCase();
}

/**
 * What a node of this size leaves for pods with Karpenter's AL2023 defaults: 7.5 % VM memory overhead,
 * kube-reserved cpu (6 % of the first core, 1 % of the second, 0.5 % of the next two, 0.25 % of the rest),
 * kube-reserved memory 11 MiB per pod + 255 MiB, and the 100 Mi hard-eviction threshold. This reproduces the
 * built-in catalog exactly for amd64 types; Karpenter's reference lists arm64 types 59 MiB lower, which the
 * documented formula does not explain, so parsed arm64 types may be slightly optimistic.
 */
export function estimateAllocatable(vcpu: number, memoryMiB: number, pods: number): Allocatable {
  const tiers: Array<[number, number]> = [
    [1000, 0.06],
    [1000, 0.01],
    [2000, 0.005],
    [Number.POSITIVE_INFINITY, 0.0025],
  ];
  let remaining = vcpu * 1000;
  let reservedCpu = 0;
  for (const [size, share] of tiers) {
    const slice = Math.min(remaining, size);
    reservedCpu += slice * share;
    remaining -= slice;
  }
  const capacityMiB = memoryMiB - Math.ceil(memoryMiB * 0.075);
  const memory = capacityMiB - (11 * pods + 255) - 100;
  return {
    cpuMillis: vcpu * 1000 - Math.round(reservedCpu),
    memoryBytes: Math.max(0, memory) * MIB,
    pods,
  };
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(v: unknown): Json {
  return isObject(v) ? v : {};
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Labels Karpenter derives from one DescribeInstanceTypes entry (network bandwidth needs its static table, so it is left out). */
function deriveLabels(name: string, info: Json, vcpu: number, memoryMiB: number, arch: string): Record<string, string> {
  const labels: Record<string, string> = {
    [LABEL_INSTANCE_TYPE]: name,
    [LABEL_ARCH]: arch,
    [LABEL_OS]: 'linux',
    [AWS + 'instance-cpu']: String(vcpu),
    [AWS + 'instance-memory']: String(memoryMiB),
    // Karpenter labels metal types with an empty hypervisor rather than leaving the label out.
    [AWS + 'instance-hypervisor']: str(info.Hypervisor) ?? '',
  };
  const scheme = NAME_SCHEME.exec(name);
  if (scheme) {
    labels[AWS + 'instance-category'] = scheme[1]!;
    labels[AWS + 'instance-generation'] = scheme[3]!;
  }
  const parts = name.split('.');
  if (parts.length === 2) {
    labels[AWS + 'instance-family'] = parts[0]!;
    labels[AWS + 'instance-size'] = parts[1]!;
    labels[AWS + 'instance-capability-flex'] = String(parts[0]!.endsWith('-flex'));
  }
  const processor = obj(info.ProcessorInfo);
  const manufacturer = str(processor.Manufacturer);
  if (manufacturer) labels[AWS + 'instance-cpu-manufacturer'] = kebabLower(manufacturer);
  const ghz = num(processor.SustainedClockSpeedInGhz);
  if (ghz !== undefined) labels[AWS + 'instance-cpu-sustained-clock-speed-mhz'] = String(Math.round(ghz * 1000));
  const ebsMbps = num(obj(obj(info.EbsInfo).EbsOptimizedInfo).MaximumBandwidthInMbps);
  if (ebsMbps !== undefined) labels[AWS + 'instance-ebs-bandwidth'] = String(ebsMbps);
  const encryption = obj(info.NetworkInfo).EncryptionInTransitSupported;
  if (typeof encryption === 'boolean') labels[AWS + 'instance-encryption-in-transit-supported'] = String(encryption);
  // Karpenter only labels GPUs when the type has a single kind of GPU.
  const gpus = list(obj(info.GpuInfo).Gpus).map(obj);
  if (gpus.length === 1) {
    const gpu = gpus[0]!;
    labels[AWS + 'instance-gpu-name'] = kebabLower(str(gpu.Name) ?? '');
    labels[AWS + 'instance-gpu-manufacturer'] = kebabLower(str(gpu.Manufacturer) ?? '');
    labels[AWS + 'instance-gpu-count'] = String(num(gpu.Count) ?? 0);
    labels[AWS + 'instance-gpu-memory'] = String(num(obj(gpu.MemoryInfo).SizeInMiB) ?? 0);
  }
  const accelerators = list(obj(info.InferenceAcceleratorInfo).Accelerators).map(obj);
  const neuron = list(obj(info.NeuronInfo).NeuronDevices).map(obj);
  if (accelerators.length === 1) {
    const a = accelerators[0]!;
    labels[AWS + 'instance-accelerator-name'] = kebabLower(str(a.Name) ?? '');
    labels[AWS + 'instance-accelerator-manufacturer'] = kebabLower(str(a.Manufacturer) ?? '');
    labels[AWS + 'instance-accelerator-count'] = String(num(a.Count) ?? 0);
  } else if (neuron.length === 1) {
    labels[AWS + 'instance-accelerator-name'] = kebabLower(str(neuron[0]!.Name) ?? '');
    labels[AWS + 'instance-accelerator-manufacturer'] = 'aws';
    labels[AWS + 'instance-accelerator-count'] = String(num(neuron[0]!.Count) ?? 0);
  }
  // An absent NvmeSupport (older API output) counts as NVMe, as in Karpenter, which only excludes "unsupported".
  const storage = info.InstanceStorageInfo;
  if (isObject(storage) && storage.NvmeSupport !== 'unsupported') {
    const gb = num(storage.TotalSizeInGB);
    if (gb !== undefined) labels[AWS + 'instance-local-nvme'] = String(gb);
  }
  return labels;
}

/** ENI-limited max pods, the Karpenter default on AL2023 when `maxPods` is not set. */
function eniMaxPods(info: Json): number {
  const network = obj(info.NetworkInfo);
  const enis = num(network.MaximumNetworkInterfaces);
  const ips = num(network.Ipv4AddressesPerInterface);
  return enis !== undefined && ips !== undefined ? enis * (ips - 1) + 2 : 110;
}

function parseEntry(entry: unknown, index: number, file: string): InstanceType | undefined {
  if (!isObject(entry)) throw new InstanceCatalogError(file, `InstanceTypes[${index}] is not an object`);
  const name = str(entry.InstanceType);
  const vcpu = num(obj(entry.VCpuInfo).DefaultVCpus);
  const memoryMiB = num(obj(entry.MemoryInfo).SizeInMiB);
  if (!name || vcpu === undefined || memoryMiB === undefined) {
    throw new InstanceCatalogError(
      file,
      `InstanceTypes[${index}] lacks InstanceType, VCpuInfo.DefaultVCpus or MemoryInfo.SizeInMiB`,
    );
  }
  // Karpenter cannot launch types whose architecture it does not map, nor paravirtual-only types.
  const arch = list(obj(entry.ProcessorInfo).SupportedArchitectures)
    .map((a) => KUBE_ARCH[String(a)])
    .find((a) => a !== undefined);
  const virtualization = entry.SupportedVirtualizationTypes;
  if (!arch || (Array.isArray(virtualization) && !virtualization.includes('hvm'))) return undefined;

  const labels = deriveLabels(name, entry, vcpu, memoryMiB, arch);
  const capacityTypes = list(entry.SupportedUsageClasses).filter(
    (c): c is CapacityType => c === 'on-demand' || c === 'spot',
  );
  return {
    name,
    labels,
    vcpu,
    memoryMiB,
    arch,
    gpuCount: intLabel(labels, AWS + 'instance-gpu-count'),
    allocatable: estimateAllocatable(vcpu, memoryMiB, eniMaxPods(entry)),
    capacityTypes,
  };
}

/**
 * Builds a catalog from what `aws ec2 describe-instance-types` prints (`{"InstanceTypes": [...]}`), deriving
 * the labels Karpenter would put on each type. Types Karpenter cannot launch (paravirtual-only, unmapped
 * architectures) are left out; allocatable is estimated with `estimateAllocatable` and ENI-limited pods.
 * Throws InstanceCatalogError naming `file` when the input has the wrong shape.
 */
export function parseDescribeInstanceTypes(json: unknown, file: string): InstanceTypeCatalog {
  if (!isObject(json) || !Array.isArray(json.InstanceTypes)) {
    throw new InstanceCatalogError(file, 'expected the output of `aws ec2 describe-instance-types`: an object with an "InstanceTypes" list');
  }
  const types = json.InstanceTypes.map((entry, i) => parseEntry(entry, i, file)).filter(
    (t): t is InstanceType => t !== undefined,
  );
  return makeCatalog(file, types, DESCRIBE_LABEL_KEYS);
}

/** Reads describe-instance-types JSON text (e.g. a file's contents), with a typed error when it is not JSON. */
export function parseDescribeInstanceTypesText(text: string, file: string): InstanceTypeCatalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InstanceCatalogError(file, `not valid JSON (${(error as Error).message})`);
  }
  return parseDescribeInstanceTypes(json, file);
}
