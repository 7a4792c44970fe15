/**
 * Karpenter as a provisioner (B.6, A.4): pending pods that fit nowhere are packed, largest cpu first, into planned
 * NodeClaims; each claim gets the smallest admitted instance type that holds its pods plus the DaemonSet overhead,
 * within the NodePool's limits (capacity, not allocatable), in the zone with the fewest nodes of that pool that the
 * pods admit. The node joins after `launchSeconds`. Spot is chosen when the NodePool allows it.
 *
 * Like Karpenter's scheduler, packing honours the pods' zone topology spread (required, and
 * preferred ones too, which Karpenter treats as required while it can) counted over running pods,
 * nodes in flight and the claims being planned, and required anti-affinity on the hostname: a pod
 * does not join a claim that would skew its workload across zones or share a node with a pod it
 * must avoid, and a new claim goes to the zone where its workload has the fewest pods.
 *
 * The zones a spread is measured over are the scheduler's (B.4): every zone with an eligible node, a lost zone
 * included (its nodes stay until deleted), plus the zones the pool can launch in. Leaving the lost zone out would let
 * every new node pass here and fail in kube-scheduler. As a safety net for the remaining differences between the two
 * models, a pod that did not schedule on the node launched for it gets one more claim, then none.
 */
import type { InstanceTypeCatalog, InstanceType } from '../model/instance-types.js';
import { loadBuiltinCatalog } from '../model/instance-types.js';
import {
  admittedCapacityTypes,
  evaluateRequirements,
  readNodePoolRequirements,
  smallestFitting,
} from '../model/karpenter-requirements.js';
import type { ManifestObject } from '../model/types.js';
import { selectorMatches } from '../model/workloads.js';
import { LABEL_HOSTNAME, LABEL_ZONE, nodeLabels, type NodeTemplate } from './cluster.js';
import { nodeMatches, untoleratedTaint, type Taint } from './node-matching.js';
import { nodeRejection } from './scheduler.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPod, SimWorkload } from './state.js';
import type { DomainCounter } from './topology.js';
import type { SpreadConstraint } from './workloads.js';
import { cpuMillis, memoryBytes } from './units.js';

/** Time from NodeClaim creation to a Ready node (launch, boot, join); a stated default. */
export const DEFAULT_LAUNCH_SECONDS = 60;

/** The label Karpenter puts on every node of a NodePool. */
export const LABEL_NODEPOOL = 'karpenter.sh/nodepool';

export interface NodePoolModel {
  name: string;
  object: ManifestObject;
  weight: number;
  admitted: InstanceType[];
  zones: string[] | undefined;
  capacityType: string;
  labels: Record<string, string>;
  taints: Taint[];
  limitCpuMillis: number;
  limitMemoryBytes: number;
}

export function readNodePools(objects: readonly ManifestObject[], catalog: InstanceTypeCatalog = loadBuiltinCatalog()): NodePoolModel[] {
  const pools: NodePoolModel[] = [];
  for (const o of objects) {
    const reqs = readNodePoolRequirements(o.raw);
    if (!reqs || o.kind !== 'NodePool') continue;
    const template = o.raw.spec?.template ?? {};
    const zoneReq = reqs.requirements.find((r) => r.key === LABEL_ZONE && r.operator === 'In');
    const capacityTypes = admittedCapacityTypes(reqs.requirements, reqs.dialect);
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(template.metadata?.labels ?? {})) labels[k] = String(v);
    pools.push({
      name: o.name,
      object: o,
      weight: typeof o.raw.spec?.weight === 'number' ? o.raw.spec.weight : 0,
      admitted: evaluateRequirements(reqs.requirements, catalog).admitted,
      zones: zoneReq?.values ? [...zoneReq.values] : undefined,
      capacityType: capacityTypes.includes('spot') ? 'spot' : (capacityTypes[0] ?? 'on-demand'),
      labels,
      taints: Array.isArray(template.spec?.taints) ? template.spec.taints : [],
      limitCpuMillis: cpuMillis(o.raw.spec?.limits?.cpu) ?? Number.POSITIVE_INFINITY,
      limitMemoryBytes: memoryBytes(o.raw.spec?.limits?.memory) ?? Number.POSITIVE_INFINITY,
    });
  }
  return pools.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
}

interface Claim {
  pool: NodePoolModel;
  zone: string;
  pods: SimPod[];
  cpu: number;
  memory: number;
  type: InstanceType;
}

export class KarpenterProvisioner {
  launchMs: number;
  /** Zones Karpenter may not launch in (a zone outage). */
  unavailableZones = new Set<string>();
  private nominated = new WeakSet<SimPod>();
  /** Zone of the in-flight claim each nominated pod waits for (spread counts include them). */
  private nominatedZone = new Map<SimPod, string>();
  private claimSeq = 0;
  /** Pods that found no NodePool, with the reason (reported as unschedulable). */
  readonly limitHits = new Map<string, number>();
  private used = new Map<string, { cpu: number; memory: number }>();
  /** Capacity of launched claims whose nodes have not joined yet; limits count them (Karpenter's in-flight state). */
  private inflight = new Map<string, { cpu: number; memory: number }>();
  /**
   * Pods whose claim's node joined; if they are still pending after that, the node did not help them. Weak: a pod
   * that scheduled is never pending again, so its entry is never read.
   */
  private joinedFor = new WeakMap<SimPod, SimNode>();
  /** Per pod: launched nodes it did not schedule on. */
  private misses = new WeakMap<SimPod, number>();
  /** Pods Karpenter launches nothing more for, with the reason shown in their unschedulable reasons. */
  private givenUp = new WeakMap<SimPod, string>();
  /** Per provision call: the zones of the live nodes eligible for a workload's zone spread constraints. */
  private eligibleZoneCache = new Map<SimWorkload, Array<Set<string>>>();
  /** Per spread counter, its pods per zone in this provisioning round: computed once, then kept up to date as pods join claims. */
  private roundCounts = new Map<DomainCounter, Map<string, number>>();

  constructor(
    private readonly sim: Simulation,
    readonly pools: NodePoolModel[],
    private readonly zones: string[],
    launchSeconds = DEFAULT_LAUNCH_SECONDS,
  ) {
    this.launchMs = launchSeconds * 1000;
  }

  /** Capacity a pool already uses (existing and planned nodes), for its limits. */
  private usage(pool: NodePoolModel): { cpu: number; memory: number } {
    let u = this.used.get(pool.name);
    if (!u) {
      const pending = this.inflight.get(pool.name);
      u = { cpu: pending?.cpu ?? 0, memory: pending?.memory ?? 0 };
      for (const n of this.sim.liveNodes()) {
        if (n.group !== pool.name) continue;
        const t = pool.admitted.find((x) => x.name === n.instanceType);
        u.cpu += t ? t.vcpu * 1000 : n.allocatable.cpuMillis;
        u.memory += t ? t.memoryMiB * 2 ** 20 : n.allocatable.memoryBytes;
      }
      this.used.set(pool.name, u);
    }
    return u;
  }

  private daemonOverhead(pool: NodePoolModel, zone: string): { cpu: number; memory: number; pods: number } {
    const labels = { ...pool.labels, [LABEL_ZONE]: zone };
    let cpu = 0;
    let memory = 0;
    let pods = 0;
    for (const w of this.sim.workloads) {
      if (!w.isDaemon) continue;
      const shape = w.spec.pod;
      if (untoleratedTaint(pool.taints, shape.tolerations)) continue;
      if (!nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, labels, '')) continue;
      cpu += shape.cpuMillis;
      memory += shape.memoryBytes;
      pods++;
    }
    return { cpu, memory, pods };
  }

  provision(pods: readonly SimPod[]): void {
    if (this.pools.length === 0) return;
    this.used.clear();
    this.eligibleZoneCache.clear();
    this.roundCounts.clear();
    for (const pod of pods) this.noteMiss(pod);
    const todo = pods
      .filter((p) => !this.nominated.has(p) && !p.daemonNode && !this.givenUp.has(p))
      .sort((a, b) => b.w.spec.pod.cpuMillis - a.w.spec.pod.cpuMillis || b.w.spec.pod.memoryBytes - a.w.spec.pod.memoryBytes || a.id - b.id);
    const claims: Claim[] = [];
    for (const pod of todo) {
      const shape = pod.w.spec.pod;
      let placed = false;
      for (const claim of claims) {
        if (!this.spreadAllows(pod, claim.pool, claim.zone, claims) || avoids(pod, claim.pods)) continue;
        const type = this.fits(claim.pool, claim.zone, claim.cpu + shape.cpuMillis, claim.memory + shape.memoryBytes, claim.pods.length + 1);
        if (!type || !this.admits(claim.pool, claim.zone, pod) || !this.withinLimits(claim.pool, type, claim.type)) continue;
        claim.pods.push(pod);
        this.countPlanned(pod, claim.zone);
        claim.cpu += shape.cpuMillis;
        claim.memory += shape.memoryBytes;
        this.charge(claim.pool, type, claim.type);
        claim.type = type;
        placed = true;
        break;
      }
      if (placed) continue;
      const fresh = this.newClaim(pod, claims);
      if (fresh) {
        claims.push(fresh);
        this.countPlanned(pod, fresh.zone);
      }
    }
    for (const claim of claims) {
      for (const pod of claim.pods) {
        this.nominated.add(pod);
        this.nominatedZone.set(pod, claim.zone);
      }
      const capacity = { cpu: claim.type.vcpu * 1000, memory: claim.type.memoryMiB * 2 ** 20 };
      const inflight = this.inflight.get(claim.pool.name) ?? { cpu: 0, memory: 0 };
      inflight.cpu += capacity.cpu;
      inflight.memory += capacity.memory;
      this.inflight.set(claim.pool.name, inflight);
      const name = `${claim.pool.name}-${String(this.claimSeq++).padStart(5, '0')}`;
      const template: NodeTemplate = {
        name,
        zone: claim.zone,
        instanceType: claim.type.name,
        capacityType: claim.pool.capacityType,
        labels: nodeLabels(name, claim.zone, claim.type, claim.type.name, claim.pool.capacityType, {
          ...claim.pool.labels,
          [LABEL_NODEPOOL]: claim.pool.name,
        }),
        taints: claim.pool.taints,
        allocatable: claim.type.allocatable,
        group: claim.pool.name,
        unschedulable: false,
      };
      this.sim.loop.after(this.launchMs, () => {
        for (const pod of claim.pods) {
          this.nominated.delete(pod);
          this.nominatedZone.delete(pod);
        }
        inflight.cpu -= capacity.cpu;
        inflight.memory -= capacity.memory;
        const node = this.sim.addNode(template);
        for (const pod of claim.pods) if (!pod.node && !pod.terminating) this.joinedFor.set(pod, node);
      });
    }
  }

  /**
   * Counts a launched node the pod still did not schedule on (it is pending in the pass after the node joined).
   * The second such node makes Karpenter give up on the pod: without this, any disagreement between this planner and
   * kube-scheduler would launch a node per launch delay until the horizon (or the NodePool's limits).
   */
  private noteMiss(pod: SimPod): void {
    const node = this.joinedFor.get(pod);
    if (node) {
      this.joinedFor.delete(pod);
      const misses = (this.misses.get(pod) ?? 0) + 1;
      this.misses.set(pod, misses);
      if (misses >= 2) {
        const why = (!node.deleted && nodeRejection(this.sim, pod, node)) || 'it was gone before the pod could use it';
        this.givenUp.set(pod, `Karpenter: launched ${node.name} but the pod does not fit there: ${why}.`);
      }
    }
    const givenUp = this.givenUp.get(pod);
    if (givenUp) explain(pod, givenUp);
  }

  /**
   * Whether one more pod in `zone` keeps every zone spread of the pod within maxSkew (B.4's skew: this zone's count
   * minus the smallest count over the domains, 0 with fewer domains than minDomains).
   */
  private spreadAllows(pod: SimPod, pool: NodePoolModel, zone: string, claims: readonly Claim[]): boolean {
    const spreads = this.zoneSpreads(pod);
    for (let i = 0; i < spreads.length; i++) {
      const spread = spreads[i]!;
      const counts = this.zoneCounts(pod, spread.counter, claims);
      const domains = this.spreadDomains(pod, pool, i);
      domains.add(zone);
      const after = (z: string) => (counts.get(z) ?? 0) + (z === zone ? 1 : 0);
      let lowest = Number.POSITIVE_INFINITY;
      for (const z of domains) lowest = Math.min(lowest, after(z));
      if (domains.size < spread.constraint.minDomains) lowest = 0;
      if (after(zone) - lowest > spread.constraint.maxSkew) return false;
    }
    return true;
  }

  /** The pod's zone spread constraints (required or preferred) that count its own pods, with their counters. */
  private zoneSpreads(pod: SimPod): Array<{ constraint: SpreadConstraint; counter: DomainCounter }> {
    const { namespace, pod: shape } = pod.w.spec;
    const out: Array<{ constraint: SpreadConstraint; counter: DomainCounter }> = [];
    for (const constraint of shape.spread) {
      if (constraint.topologyKey !== LABEL_ZONE) continue;
      // The scheduler registered this counter when the simulation started; asking again returns the same one.
      const counter = this.sim.registry.counter(namespace, LABEL_ZONE, constraint.selector);
      if (counter.matches(namespace, shape.labels)) out.push({ constraint, counter });
    }
    return out;
  }

  /**
   * The zones spread constraint `index` is measured over: the scheduler's domains (zones of live nodes that pass the
   * constraint's node inclusion policies, lost ones included, B.4) and the zones the pool may launch the pod in.
   */
  private spreadDomains(pod: SimPod, pool: NodePoolModel, index: number): Set<string> {
    let perConstraint = this.eligibleZoneCache.get(pod.w);
    if (!perConstraint) {
      perConstraint = this.zoneSpreads(pod).map(({ constraint }) => eligibleZones(this.sim.liveNodes(), pod.w, constraint));
      this.eligibleZoneCache.set(pod.w, perConstraint);
    }
    const domains = new Set(perConstraint[index]);
    for (const z of pool.zones ?? this.zones) if (!this.unavailableZones.has(z) && this.admits(pool, z, pod)) domains.add(z);
    return domains;
  }

  /**
   * Pods the counter matches per zone, as kube-scheduler counts them (bound, not terminating), plus those waiting for
   * an in-flight node and those planned in this round (Karpenter counts both).
   */
  private zoneCounts(pod: SimPod, counter: DomainCounter, claims: readonly Claim[]): ReadonlyMap<string, number> {
    const cached = this.roundCounts.get(counter);
    if (cached) return cached;
    // Nothing binds during a round, and the pod being placed is neither nominated nor planned yet, so
    // one count per counter serves every check of the round (kept current by countPlanned).
    const counts = new Map<string, number>();
    const add = (zone: string, n = 1) => counts.set(zone, (counts.get(zone) ?? 0) + n);
    const zoneKey = this.sim.topology.keyIndex(LABEL_ZONE);
    for (const [zone, id] of this.sim.topology.valueIds[zoneKey]!) add(zone, counter.get(id));
    for (const [p, zone] of this.nominatedZone) if (p !== pod && !p.terminating && p.w.counters.includes(counter)) add(zone);
    for (const claim of claims) for (const p of claim.pods) if (p !== pod && p.w.counters.includes(counter)) add(claim.zone);
    this.roundCounts.set(counter, counts);
    return counts;
  }

  /** A pod just joined a claim in `zone`: the round's counts of the counters matching it go up. */
  private countPlanned(pod: SimPod, zone: string): void {
    for (const [counter, counts] of this.roundCounts) {
      if (pod.w.counters.includes(counter)) counts.set(zone, (counts.get(zone) ?? 0) + 1);
    }
  }

  private fits(pool: NodePoolModel, zone: string, cpu: number, memory: number, pods: number): InstanceType | undefined {
    const overhead = this.daemonOverhead(pool, zone);
    return smallestFitting(pool.admitted, { cpuMillis: cpu + overhead.cpu, memoryBytes: memory + overhead.memory, pods: pods + overhead.pods });
  }

  private admits(pool: NodePoolModel, zone: string, pod: SimPod): boolean {
    const shape = pod.w.spec.pod;
    if (untoleratedTaint(pool.taints, shape.tolerations)) return false;
    // Instance-type labels are left to smallestFitting; the pod's selector must agree with the labels every node of
    // the pool gets, including karpenter.sh/nodepool: a pod pinned to another pool must not make this one launch
    // (it would never schedule there, and an unlimited pool would launch nodes for it forever).
    const labels: Record<string, string> = {
      ...pool.labels,
      [LABEL_ZONE]: zone,
      'karpenter.sh/capacity-type': pool.capacityType,
      [LABEL_NODEPOOL]: pool.name,
    };
    const relevant = Object.fromEntries(Object.entries(shape.nodeSelector).filter(([k]) => k in labels || k === LABEL_ZONE));
    const terms = shape.requiredNodeTerms?.map((t) => ({
      ...t,
      matchExpressions: (t.matchExpressions ?? []).filter((e) => e.key in labels),
    }));
    const termsToCheck = terms?.some((t) => (t.matchExpressions ?? []).length === 0) ? undefined : terms;
    return nodeMatches(relevant, termsToCheck, labels, '');
  }

  private withinLimits(pool: NodePoolModel, next: InstanceType, previous?: InstanceType): boolean {
    const u = this.usage(pool);
    const cpu = u.cpu + next.vcpu * 1000 - (previous ? previous.vcpu * 1000 : 0);
    const memory = u.memory + next.memoryMiB * 2 ** 20 - (previous ? previous.memoryMiB * 2 ** 20 : 0);
    return cpu <= pool.limitCpuMillis && memory <= pool.limitMemoryBytes;
  }

  private charge(pool: NodePoolModel, next: InstanceType, previous?: InstanceType): void {
    const u = this.usage(pool);
    u.cpu += next.vcpu * 1000 - (previous ? previous.vcpu * 1000 : 0);
    u.memory += (next.memoryMiB - (previous ? previous.memoryMiB : 0)) * 2 ** 20;
  }

  private newClaim(pod: SimPod, claims: readonly Claim[]): Claim | undefined {
    const shape = pod.w.spec.pod;
    let limited: string | undefined;
    const spread = this.zoneSpreads(pod)[0];
    const podsByZone = spread ? this.zoneCounts(pod, spread.counter, claims) : undefined;
    for (const pool of this.pools) {
      const zones = (pool.zones ?? this.zones).filter((z) => !this.unavailableZones.has(z));
      const counts = new Map<string, number>();
      for (const n of this.sim.liveNodes()) if (n.group === pool.name) counts.set(n.zone, (counts.get(n.zone) ?? 0) + 1);
      const ordered = [...zones].sort(
        (a, b) =>
          (podsByZone ? (podsByZone.get(a) ?? 0) - (podsByZone.get(b) ?? 0) : 0) ||
          (counts.get(a) ?? 0) - (counts.get(b) ?? 0) ||
          (a < b ? -1 : 1),
      );
      for (const zone of ordered) {
        if (!this.admits(pool, zone, pod) || !this.spreadAllows(pod, pool, zone, claims)) continue;
        const type = this.fits(pool, zone, shape.cpuMillis, shape.memoryBytes, 1);
        if (!type) continue;
        if (!this.withinLimits(pool, type)) {
          limited = pool.name;
          continue;
        }
        this.charge(pool, type);
        return { pool, zone, pods: [pod], cpu: shape.cpuMillis, memory: shape.memoryBytes, type };
      }
    }
    if (limited) {
      explain(pod, `Karpenter: NodePool ${limited} reached its limits.`);
      this.limitHits.set(limited, (this.limitHits.get(limited) ?? 0) + 1);
    }
    return undefined;
  }
}

/**
 * Appends Karpenter's message to the scheduler's for this pass, as the pod's events would show both: the pass just
 * counted the scheduler's message alone, so that count moves to the combined one.
 */
function explain(pod: SimPod, karpenterMessage: string): void {
  if (pod.lastReason?.endsWith(karpenterMessage)) return;
  const reason = `${pod.lastReason ? `${pod.lastReason} ` : ''}${karpenterMessage}`;
  if (pod.lastReason !== undefined) {
    const count = (pod.w.reasons.get(pod.lastReason) ?? 1) - 1;
    if (count > 0) pod.w.reasons.set(pod.lastReason, count);
    else pod.w.reasons.delete(pod.lastReason);
  }
  pod.w.reasons.set(reason, (pod.w.reasons.get(reason) ?? 0) + 1);
  pod.lastReason = reason;
}

/** Zones of the nodes that B.4's inclusion policies let count as domains of this constraint for the workload's pods. */
function eligibleZones(nodes: readonly SimNode[], w: SimWorkload, constraint: SpreadConstraint): Set<string> {
  const shape = w.spec.pod;
  const zones = new Set<string>();
  for (const node of nodes) {
    const zone = node.labels[LABEL_ZONE];
    if (zone === undefined || zones.has(zone)) continue;
    if (constraint.honorNodeAffinity && !nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, node.labels, node.name)) continue;
    if (constraint.honorNodeTaints && untoleratedTaint(node.taints, shape.tolerations)) continue;
    zones.add(zone);
  }
  return zones;
}

/** Whether the pod's required hostname anti-affinity forbids sharing a node with any of `pods`. */
function avoids(pod: SimPod, pods: readonly SimPod[]): boolean {
  const terms = pod.w.spec.pod.antiAffinity.filter((t) => t.topologyKey === LABEL_HOSTNAME);
  if (terms.length === 0) return false;
  return pods.some((other) => other.w.spec.namespace === pod.w.spec.namespace && terms.some((t) => selectorMatches(t.selector, other.w.spec.pod.labels)));
}
