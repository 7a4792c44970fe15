/**
 * A pod's aggregated requests and limits: the totals that LimitRanger's `type: Pod` items, the
 * scheduler and ResourceQuota compare (kubernetes-semantics B.7 "Scopes", B.5 pod-level
 * resources). One formula for every resource name, so a rule and the simulator never disagree.
 */
import { Quantity } from '../cel/quantity.js';
import { effectiveResources, type NamedLimitRange, type ResourceList } from './effective-resources.js';
import { isRecord } from './workloads.js';

/** Per resource name, the pod's total; each quantity's text is how messages should print it. */
export interface PodResources {
  requests: Record<string, Quantity>;
  limits: Record<string, Quantity>;
}

type Role = 'container' | 'sidecar' | 'init';

interface PodContainer {
  role: Role;
  written: unknown;
}

/** A summand keeps the format Kubernetes keeps: that of the first non-zero operand. */
interface Amount {
  nanos: bigint;
  binary: boolean;
  /** The value as written, while it is still a single container's value. */
  text?: string;
}

type Totals = Map<string, Amount>;

/**
 * The pod's requests and limits after defaulting, as the apiserver sees the created pod: each
 * container's values are its effective ones (requests from limits, B.5, then the namespace's
 * LimitRange Container defaults, B.7), aggregated as `PodRequests`/`PodLimits` do:
 * Σ containers + Σ sidecars, or, when larger, the peak of an init container plus the sidecars
 * started before it. A container without a value for a resource adds nothing to that resource;
 * the total exists as soon as one container has it (upstream `addResourceList`, not the old
 * `sum` helper that dropped a resource unless every container set it). Pod-level
 * `spec.resources` replaces the aggregate for the cpu, memory and hugepages it sets.
 */
export function podResources(spec: unknown, limitRanges: readonly NamedLimitRange[]): PodResources {
  const pod = isRecord(spec) ? spec : {};
  const containers = podContainers(pod);
  const effective = containers.map((c) => ({ role: c.role, resources: effectiveResources(c.written, limitRanges).resources }));
  const requests = aggregate(effective.map((c) => ({ role: c.role, list: c.resources.requests })));
  const limits = aggregate(effective.map((c) => ({ role: c.role, list: c.resources.limits })));
  applyPodLevel(pod.resources, containers, requests, limits);
  return { requests: asQuantities(requests), limits: asQuantities(limits) };
}

/** Regular containers first, then init containers in start order, as the upstream loops visit them. */
function podContainers(pod: Record<string, unknown>): PodContainer[] {
  const out: PodContainer[] = [];
  for (const c of arrayOf(pod.containers)) out.push({ role: 'container', written: isRecord(c) ? c.resources : undefined });
  for (const c of arrayOf(pod.initContainers)) {
    const sidecar = isRecord(c) && c.restartPolicy === 'Always';
    out.push({ role: sidecar ? 'sidecar' : 'init', written: isRecord(c) ? c.resources : undefined });
  }
  return out;
}

function aggregate(containers: readonly { role: Role; list: ResourceList }[]): Totals {
  const total: Totals = new Map();
  for (const c of containers) if (c.role === 'container') addInto(total, amounts(c.list));
  const sidecars: Totals = new Map();
  const initPeak: Totals = new Map();
  for (const c of containers) {
    if (c.role === 'container') continue;
    const own = amounts(c.list);
    if (c.role === 'sidecar') {
      // A sidecar keeps running next to the app, and next to every init container after it.
      addInto(total, own);
      addInto(sidecars, own);
      maxInto(initPeak, sidecars);
    } else {
      const use = new Map(own);
      addInto(use, sidecars);
      maxInto(initPeak, use);
    }
  }
  maxInto(total, initPeak);
  return total;
}

/**
 * Pod-level resources (gate PodLevelResources, on by default from v1.34, B.5). API defaulting
 * (`defaultPodRequests`) runs before LimitRanger: when pod-level limits are set, a missing
 * pod-level cpu or memory request becomes the containers' aggregate request as written (limits
 * copied into requests, no LimitRange defaults yet), and any still missing one the pod-level
 * limit. LimitRanger then takes the pod-level values over the aggregate. `defaultPodLimits`
 * and the hugepage limit defaulting copy the containers' own aggregate, so they change nothing
 * here and are left out.
 */
function applyPodLevel(written: unknown, containers: readonly PodContainer[], requests: Totals, limits: Totals): void {
  if (!isRecord(written)) return;
  const podLimits = podLevelAmounts(written.limits);
  const podRequests = podLevelAmounts(written.requests);
  if (isRecord(written.limits) && Object.keys(written.limits).length > 0) {
    const asWritten = aggregate(containers.map((c) => ({ role: c.role, list: effectiveResources(c.written, []).resources.requests })));
    for (const [name, amount] of asWritten) {
      if (!podRequests.has(name) && podLevelResource(name) && !name.startsWith('hugepages-')) podRequests.set(name, amount);
    }
    for (const [name, amount] of podLimits) if (!podRequests.has(name)) podRequests.set(name, amount);
  }
  for (const [name, amount] of podRequests) requests.set(name, amount);
  for (const [name, amount] of podLimits) limits.set(name, amount);
}

/** The resources `spec.resources` may set (`IsSupportedPodLevelResource`). */
function podLevelResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');
}

function podLevelAmounts(value: unknown): Totals {
  const out: Totals = new Map();
  for (const [name, amount] of amounts(isRecord(value) ? value : {})) if (podLevelResource(name)) out.set(name, amount);
  return out;
}

/** The parseable quantities of a resource list; the apiserver refuses a pod with any other. */
function amounts(list: ResourceList): Totals {
  const out: Totals = new Map();
  for (const [name, value] of Object.entries(list)) {
    const amount = parseAmount(value);
    if (amount) out.set(name, amount);
  }
  return out;
}

function parseAmount(value: unknown): Amount | undefined {
  const text = typeof value === 'string' ? value : typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
  if (text === undefined) return undefined;
  try {
    return { nanos: Quantity.parse(text).nanos, binary: /[KMGTPE]i$/.test(text), text };
  } catch {
    return undefined;
  }
}

function addInto(target: Totals, add: Totals): void {
  for (const [name, amount] of add) {
    const current = target.get(name);
    if (!current) target.set(name, amount);
    else target.set(name, { nanos: current.nanos + amount.nanos, binary: current.nanos === 0n ? amount.binary : current.binary });
  }
}

function maxInto(target: Totals, other: Totals): void {
  for (const [name, amount] of other) {
    const current = target.get(name);
    if (!current || amount.nanos > current.nanos) target.set(name, amount);
  }
}

function asQuantities(totals: Totals): Record<string, Quantity> {
  const out: Record<string, Quantity> = {};
  for (const [name, amount] of totals) out[name] = new Quantity(amount.nanos, amount.text ?? canonicalText(amount.nanos, amount.binary));
  return out;
}

const NANOS_PER_UNIT = 1_000_000_000n;
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL_SUFFIXES: ReadonlyArray<readonly [number, string]> = [
  [18, 'E'], [15, 'P'], [12, 'T'], [9, 'G'], [6, 'M'], [3, 'k'], [0, ''], [-3, 'm'], [-6, 'u'], [-9, 'n'],
];

/**
 * A sum printed the way `Quantity.String()` prints it: whole binary units for a total of binary
 * quantities (`4Gi`), otherwise the largest decimal suffix that keeps the number whole (`1500m`).
 */
export function canonicalText(nanos: bigint, binary: boolean): string {
  if (nanos === 0n) return '0';
  const sign = nanos < 0n ? '-' : '';
  const magnitude = nanos < 0n ? -nanos : nanos;
  if (binary && magnitude % NANOS_PER_UNIT === 0n && magnitude >= 1024n * NANOS_PER_UNIT) {
    let whole = magnitude / NANOS_PER_UNIT;
    let step = 0;
    while (step < BINARY_SUFFIXES.length - 1 && whole % 1024n === 0n) {
      whole /= 1024n;
      step++;
    }
    return `${sign}${whole}${BINARY_SUFFIXES[step]}`;
  }
  for (const [exponent, suffix] of DECIMAL_SUFFIXES) {
    const unit = 10n ** BigInt(exponent + 9);
    if (magnitude % unit === 0n) return `${sign}${magnitude / unit}${suffix}`;
  }
  return `${sign}${magnitude}n`;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
