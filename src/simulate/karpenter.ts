/**
 * Karpenter as a provisioner (B.6, A.4): pending pods that fit nowhere are placed, largest cpu first, as Karpenter's
 * scheduler does: on a launched NodeClaim whose node has not joined yet and still has room, else on a claim planned
 * in this round, else on a new claim. A new claim gets the smallest admitted instance type that holds its pods plus
 * the DaemonSet overhead, within the NodePool's limits (capacity, not allocatable), in the zone with the fewest nodes
 * of that pool (live, in flight and planned in this round) that the pods admit. The node joins after `launchSeconds`.
 * Spot is chosen when the NodePool allows it. On a spot interruption notice the pods of the reclaimed nodes are
 * planned at once (B.6: the replacement launches in parallel with the drain; A.4: pods on deleting nodes are part of
 * the scheduling pass), and their replacements, once evicted, take the room planned for them.
 *
 * Like Karpenter's scheduler, packing honours the pods' zone topology spread (required, and
 * preferred ones too, which Karpenter treats as required while it can) counted over running pods,
 * nodes in flight and the claims being planned, and required anti-affinity on the hostname: a pod
 * does not join a claim that would skew its workload across zones or share a node with a pod it
 * must avoid, and a new claim goes to the zone where its workload has the fewest pods. A pod that fits nowhere that
 * way has its ScheduleAnyway spreads dropped one at a time and is tried again (A.4 relaxation, step 5); DoNotSchedule
 * spreads are never relaxed.
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
import { isShortage, nodeRejection } from './scheduler.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPod, SimWorkload } from './state.js';
import type { DomainCounter } from './topology.js';
import type { PodShape, SpreadConstraint } from './workloads.js';
import { cpuMillis, formatCpu, formatMemory, memoryBytes } from './units.js';

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
  /** Requests of the pods that still need the claim (for an in-flight claim: refreshed every round). */
  cpu: number;
  memory: number;
  count: number;
  type: InstanceType;
}

interface Overhead {
  cpu: number;
  memory: number;
  pods: number;
}

/** Why a new claim could not be made for a pod: a NodePool's limits, or nothing but the pod's size. */
interface ClaimFailure {
  limited?: string;
}

export class KarpenterProvisioner {
  launchMs: number;
  /** Zones Karpenter may not launch in (a zone outage). */
  unavailableZones = new Set<string>();
  private nominated = new WeakSet<SimPod>();
  /** Zone of the in-flight claim each nominated pod waits for (spread counts include them). */
  private nominatedZone = new Map<SimPod, string>();
  /** Launched claims whose nodes have not joined yet: Karpenter places new pods on them first (A.4 step 1). */
  private inflightClaims = new Set<Claim>();
  /** Nodes under an interruption notice: their pods are planned elsewhere, and they no longer count as capacity. */
  private deleting = new WeakSet<SimNode>();
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
  /** The pods this round places that are still bound to a node under an interruption notice. */
  private roundMoving: SimPod[] = [];
  private readonly daemons: PodShape[];
  /** Per workload, whether its pods are larger than every admitted instance type (pools and DaemonSets never change). */
  private oversized = new Map<SimWorkload, string | undefined>();
  private overheads = new Map<string, Overhead>();

  constructor(
    private readonly sim: Simulation,
    readonly pools: NodePoolModel[],
    private readonly zones: string[],
    launchSeconds = DEFAULT_LAUNCH_SECONDS,
  ) {
    this.launchMs = launchSeconds * 1000;
    this.daemons = sim.workloads.filter((w) => w.isDaemon).map((w) => w.spec.pod);
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

  /** DaemonSet overhead per pool and zone, asked for every claim a pod is tried on: computed once (neither changes). */
  private daemonOverhead(pool: NodePoolModel, zone: string): Overhead {
    const key = `${pool.name}\u0000${zone}`;
    let overhead = this.overheads.get(key);
    if (!overhead) {
      overhead = daemonOverhead(this.daemons, pool, zone);
      this.overheads.set(key, overhead);
    }
    return overhead;
  }

  /** Places the pods the scheduler could not (called after each scheduling pass). */
  provision(pods: readonly SimPod[]): void {
    if (this.pools.length === 0) return;
    for (const pod of pods) this.noteMiss(pod);
    this.plan(pods.filter((p) => !this.nominated.has(p) && !p.daemonNode && !this.givenUp.has(p)));
  }

  /**
   * An interruption notice for `nodes` (B.6): Karpenter launches their replacement now, planning the pods still on
   * them as if they were pending (A.4). When those pods are evicted, their replacements take the room planned here.
   */
  replaceNodes(nodes: readonly SimNode[]): void {
    for (const node of nodes) this.deleting.add(node);
    if (this.pools.length === 0) return;
    const pods = nodes.flatMap((n) => [...n.pods].filter((p) => !p.terminating && !p.daemonNode && !this.nominated.has(p)));
    if (pods.length > 0) this.plan(pods);
  }

  /**
   * A pod still needs its claim while it is not terminating and not placed for good: pending, or bound to a node
   * under an interruption notice.
   */
  private waiting(pod: SimPod): boolean {
    return !pod.terminating && (!pod.node || this.deleting.has(pod.node));
  }

  private plan(pods: readonly SimPod[]): void {
    this.used.clear();
    this.eligibleZoneCache.clear();
    this.roundCounts.clear();
    for (const claim of this.inflightClaims) this.refresh(claim);
    const todo = [...pods].sort(
      (a, b) => b.w.spec.pod.cpuMillis - a.w.spec.pod.cpuMillis || b.w.spec.pod.memoryBytes - a.w.spec.pod.memoryBytes || a.id - b.id,
    );
    this.roundMoving = todo.filter((p) => p.node !== null);
    const claims: Claim[] = [];
    for (const pod of todo) {
      let failure: ClaimFailure = {};
      // A.4: on failure the pod's preferences are relaxed one step at a time; the one we model is step 5, dropping
      // a ScheduleAnyway spread (in the pod's order), until none is left.
      const relaxable = this.zoneSpreads(pod).filter((s) => !s.constraint.hard).length;
      let placed = false;
      for (let relaxed = 0; relaxed <= relaxable && !placed; relaxed++) {
        const result = this.place(pod, claims, relaxed);
        if (result === true) placed = true;
        else failure = result;
      }
      if (!placed) this.explainFailure(pod, failure);
    }
    this.roundMoving = [];
    for (const claim of claims) this.launch(claim);
  }

  /** Recounts what an in-flight claim holds: pods that no longer need it (gone, placed elsewhere) free their room. */
  private refresh(claim: Claim): void {
    claim.cpu = 0;
    claim.memory = 0;
    claim.count = 0;
    for (const p of claim.pods) {
      if (!this.waiting(p)) continue;
      claim.cpu += p.w.spec.pod.cpuMillis;
      claim.memory += p.w.spec.pod.memoryBytes;
      claim.count++;
    }
  }

  /**
   * One placement attempt (A.4): an in-flight claim with room, a claim planned in this round (its type may grow), a
   * new claim. `relaxed` ScheduleAnyway zone spreads of the pod are ignored.
   */
  private place(pod: SimPod, claims: Claim[], relaxed: number): true | ClaimFailure {
    const shape = pod.w.spec.pod;
    for (const claim of this.inflightClaims) {
      const overhead = this.daemonOverhead(claim.pool, claim.zone);
      const room = claim.type.allocatable;
      if (claim.cpu + shape.cpuMillis + overhead.cpu > room.cpuMillis) continue;
      if (claim.memory + shape.memoryBytes + overhead.memory > room.memoryBytes) continue;
      if (claim.count + 1 + overhead.pods > room.pods) continue;
      if (!this.spreadAllows(pod, claim.pool, claim.zone, claims, relaxed) || !this.admits(claim.pool, claim.zone, pod)) continue;
      if (avoids(pod, claim.pods.filter((p) => this.waiting(p)))) continue;
      claim.pods.push(pod);
      claim.cpu += shape.cpuMillis;
      claim.memory += shape.memoryBytes;
      claim.count++;
      this.nominate(pod, claim);
      this.countPlanned(pod, claim.zone);
      return true;
    }
    for (const claim of claims) {
      if (!this.spreadAllows(pod, claim.pool, claim.zone, claims, relaxed) || avoids(pod, claim.pods)) continue;
      const type = this.fits(claim.pool, claim.zone, claim.cpu + shape.cpuMillis, claim.memory + shape.memoryBytes, claim.count + 1);
      if (!type || !this.admits(claim.pool, claim.zone, pod) || !this.withinLimits(claim.pool, type, claim.type)) continue;
      claim.pods.push(pod);
      this.countPlanned(pod, claim.zone);
      claim.cpu += shape.cpuMillis;
      claim.memory += shape.memoryBytes;
      claim.count++;
      this.charge(claim.pool, type, claim.type);
      claim.type = type;
      return true;
    }
    const fresh = this.newClaim(pod, claims, relaxed);
    if ('pool' in fresh) {
      claims.push(fresh);
      this.countPlanned(pod, fresh.zone);
      return true;
    }
    return fresh;
  }

  private nominate(pod: SimPod, claim: Claim): void {
    this.nominated.add(pod);
    this.nominatedZone.set(pod, claim.zone);
  }

  /**
   * A node Karpenter launches of its own accord (a consolidation replacement, A.4): empty, in flight like any claim
   * (pending pods may be planned onto it), joining after the launch delay. Returns the node's name.
   */
  launchNode(pool: NodePoolModel, zone: string, type: InstanceType, onJoin: (node: SimNode) => void): string {
    return this.launch({ pool, zone, pods: [], cpu: 0, memory: 0, count: 0, type }, onJoin);
  }

  /** Whether the pod waits for a node Karpenter launched for it. */
  isPlanned(pod: SimPod): boolean {
    return this.nominated.has(pod);
  }

  /** Launches a planned claim: its pods wait for it, and its node joins after the launch delay. */
  private launch(claim: Claim, onJoin?: (node: SimNode) => void): string {
    for (const pod of claim.pods) this.nominate(pod, claim);
    this.inflightClaims.add(claim);
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
      this.inflightClaims.delete(claim);
      for (const pod of claim.pods) {
        this.nominated.delete(pod);
        this.nominatedZone.delete(pod);
      }
      inflight.cpu -= capacity.cpu;
      inflight.memory -= capacity.memory;
      const node = this.sim.addNode(template);
      for (const pod of claim.pods) if (!pod.node && !pod.terminating) this.joinedFor.set(pod, node);
      onJoin?.(node);
    });
    return name;
  }

  /** Adds Karpenter's reason to a pod it placed nowhere: a NodePool's limits, or a pod larger than every type. */
  private explainFailure(pod: SimPod, failure: ClaimFailure): void {
    if (failure.limited) {
      explain(pod, `Karpenter: NodePool ${failure.limited} reached its limits.`);
      this.limitHits.set(failure.limited, (this.limitHits.get(failure.limited) ?? 0) + 1);
      return;
    }
    if (!this.oversized.has(pod.w)) this.oversized.set(pod.w, oversizedPodReason(pod.w.spec.pod, this.pools, { zones: this.zones, daemons: this.daemons }));
    const oversized = this.oversized.get(pod.w);
    if (oversized) explain(pod, oversized);
  }

  /**
   * Counts a launched node the pod still did not schedule on (it is pending in the pass after the node joined).
   * The second such node makes Karpenter give up on the pod: without this, any disagreement between this planner and
   * kube-scheduler would launch a node per launch delay until the horizon (or the NodePool's limits). A node that is
   * merely full is no disagreement: kube-scheduler does not honour Karpenter's plan, so an older pending pod may
   * have taken the room, and the pod gets a claim again.
   */
  private noteMiss(pod: SimPod): void {
    const node = this.joinedFor.get(pod);
    if (node) {
      this.joinedFor.delete(pod);
      const rejection = node.deleted ? undefined : nodeRejection(this.sim, pod, node);
      if (rejection === undefined || !isShortage(rejection)) {
        const misses = (this.misses.get(pod) ?? 0) + 1;
        this.misses.set(pod, misses);
        if (misses >= 2) {
          const why = rejection ?? 'it was gone before the pod could use it';
          this.givenUp.set(pod, `Karpenter: launched ${node.name} but the pod does not fit there: ${why}.`);
        }
      }
    }
    const givenUp = this.givenUp.get(pod);
    if (givenUp) explain(pod, givenUp);
  }

  /**
   * Whether one more pod in `zone` keeps every zone spread of the pod within maxSkew (B.4's skew: this zone's count
   * minus the smallest count over the domains, 0 with fewer domains than minDomains). The first `relaxed`
   * ScheduleAnyway spreads do not count (A.4 relaxation).
   */
  private spreadAllows(pod: SimPod, pool: NodePoolModel, zone: string, claims: readonly Claim[], relaxed: number): boolean {
    const spreads = this.zoneSpreads(pod);
    let skipped = 0;
    for (let i = 0; i < spreads.length; i++) {
      const spread = spreads[i]!;
      if (!spread.constraint.hard && skipped < relaxed) {
        skipped++;
        continue;
      }
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
   * an in-flight node and those planned in this round (Karpenter counts both). A pod on a node under an interruption
   * notice counts where it is planned to go, not where it is.
   */
  private zoneCounts(pod: SimPod, counter: DomainCounter, claims: readonly Claim[]): ReadonlyMap<string, number> {
    const cached = this.roundCounts.get(counter);
    if (cached) return cached;
    // Nothing binds during a round, and the pod being placed is neither nominated nor planned yet, so
    // one count per counter serves every check of the round (kept current by countPlanned).
    const counts = new Map<string, number>();
    const add = (zone: string, n = 1) => counts.set(zone, (counts.get(zone) ?? 0) + n);
    const leaving = (p: SimPod) => {
      if (p.counted && p.node && this.deleting.has(p.node)) add(p.node.zone, -1);
    };
    const zoneKey = this.sim.topology.keyIndex(LABEL_ZONE);
    for (const [zone, id] of this.sim.topology.valueIds[zoneKey]!) add(zone, counter.get(id));
    for (const [p, zone] of this.nominatedZone) {
      if (p === pod || !this.waiting(p) || !p.w.counters.includes(counter)) continue;
      add(zone);
      leaving(p);
    }
    for (const p of this.roundMoving) if (p.w.counters.includes(counter)) leaving(p);
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
    return poolAdmits(pool, zone, pod.w.spec.pod);
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

  /**
   * The pool's nodes per zone for choosing a new claim's zone: live nodes not under an interruption notice, claims in
   * flight and claims planned in this round (otherwise one round would put every node in the same zone).
   */
  private nodesPerZone(pool: NodePoolModel, claims: readonly Claim[]): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (zone: string) => counts.set(zone, (counts.get(zone) ?? 0) + 1);
    for (const n of this.sim.liveNodes()) if (n.group === pool.name && !this.deleting.has(n)) add(n.zone);
    for (const claim of this.inflightClaims) if (claim.pool === pool) add(claim.zone);
    for (const claim of claims) if (claim.pool === pool) add(claim.zone);
    return counts;
  }

  private newClaim(pod: SimPod, claims: readonly Claim[], relaxed: number): Claim | ClaimFailure {
    const shape = pod.w.spec.pod;
    let limited: string | undefined;
    // The zone with the fewest pods of the first spread still in force; a relaxed pod keeps that as a tie-breaker.
    const spread = this.zoneSpreads(pod)[0];
    const podsByZone = spread ? this.zoneCounts(pod, spread.counter, claims) : undefined;
    for (const pool of this.pools) {
      const zones = (pool.zones ?? this.zones).filter((z) => !this.unavailableZones.has(z));
      const counts = this.nodesPerZone(pool, claims);
      const ordered = [...zones].sort(
        (a, b) =>
          (podsByZone ? (podsByZone.get(a) ?? 0) - (podsByZone.get(b) ?? 0) : 0) ||
          (counts.get(a) ?? 0) - (counts.get(b) ?? 0) ||
          (a < b ? -1 : 1),
      );
      for (const zone of ordered) {
        if (!this.admits(pool, zone, pod) || !this.spreadAllows(pod, pool, zone, claims, relaxed)) continue;
        const type = this.fits(pool, zone, shape.cpuMillis, shape.memoryBytes, 1);
        if (!type) continue;
        if (!this.withinLimits(pool, type)) {
          limited = pool.name;
          continue;
        }
        this.charge(pool, type);
        return { pool, zone, pods: [pod], cpu: shape.cpuMillis, memory: shape.memoryBytes, count: 1, type };
      }
    }
    return limited ? { limited } : {};
  }
}

/** Requests of the DaemonSet pods that would land on a node of the pool in `zone`. */
export function daemonOverhead(daemons: readonly PodPlacement[], pool: NodePoolModel, zone: string): Overhead {
  const labels = { ...pool.labels, [LABEL_ZONE]: zone };
  let cpu = 0;
  let memory = 0;
  let pods = 0;
  for (const shape of daemons) {
    if (untoleratedTaint(pool.taints, shape.tolerations)) continue;
    if (!nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, labels, '')) continue;
    cpu += shape.cpuMillis;
    memory += shape.memoryBytes;
    pods++;
  }
  return { cpu, memory, pods };
}

/** What of a pod decides which nodes and instance types can hold it. */
export type PodPlacement = Pick<PodShape, 'cpuMillis' | 'memoryBytes' | 'nodeSelector' | 'requiredNodeTerms' | 'tolerations'>;

/**
 * Whether a pool's nodes in `zone` can take the pod: its taints are tolerated and the pod's node selector and
 * required node affinity agree with the labels every node of the pool gets, including karpenter.sh/nodepool (a pod
 * pinned to another pool must not make this one launch: it would never schedule there, and an unlimited pool would
 * launch nodes for it forever). Instance-type labels are left to the instance-type choice.
 */
export function poolAdmits(pool: NodePoolModel, zone: string, shape: PodPlacement): boolean {
  if (untoleratedTaint(pool.taints, shape.tolerations)) return false;
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

/**
 * Why no NodePool can launch a node for the pod because of its size, or undefined when some admitted instance type
 * holds it (or no pool admits the pod at all, a different problem). Names, per NodePool that admits the pod, the
 * request against the largest admitted type's allocatable, e.g. "Karpenter: the pod requests 4 cpu, more than any
 * instance type NodePool general admits (largest: m5.xlarge, 3920m cpu allocatable)." DaemonSet pods that would run
 * on the node (`daemons`) count towards the request, as Karpenter adds them.
 */
export function oversizedPodReason(
  shape: PodPlacement,
  pools: readonly NodePoolModel[],
  context: { zones: readonly string[]; daemons?: readonly PodPlacement[] },
): string | undefined {
  const parts: string[] = [];
  for (const pool of pools) {
    const zones = (pool.zones ?? context.zones).filter((z) => poolAdmits(pool, z, shape));
    if (zones.length === 0) continue;
    // The zone with the least DaemonSet overhead is the pod's best chance.
    const overhead = zones
      .map((z) => daemonOverhead(context.daemons ?? [], pool, z))
      .reduce((a, b) => (a.cpu + a.memory / 2 ** 20 <= b.cpu + b.memory / 2 ** 20 ? a : b));
    const need = { cpuMillis: shape.cpuMillis + overhead.cpu, memoryBytes: shape.memoryBytes + overhead.memory, pods: 1 + overhead.pods };
    if (smallestFitting(pool.admitted, need)) return undefined;
    parts.push(oversizeClause(pool, shape, overhead, need));
  }
  return parts.length > 0 ? `Karpenter: ${parts.join(' ')}` : undefined;
}

function oversizeClause(pool: NodePoolModel, shape: PodPlacement, overhead: Overhead, need: { cpuMillis: number; memoryBytes: number; pods: number }): string {
  if (pool.admitted.length === 0) return `NodePool ${pool.name} admits no instance type of the catalog.`;
  const most = (key: 'cpuMillis' | 'memoryBytes' | 'pods') => pool.admitted.reduce((a, b) => (b.allocatable[key] > a.allocatable[key] ? b : a));
  const byCpu = most('cpuMillis');
  const byMemory = most('memoryBytes');
  const byPods = most('pods');
  const requests: string[] = [];
  const largest: string[] = [];
  const plus: string[] = [];
  if (need.cpuMillis > byCpu.allocatable.cpuMillis) {
    requests.push(`${formatCpu(shape.cpuMillis)} cpu`);
    largest.push(`${byCpu.name}, ${formatCpu(byCpu.allocatable.cpuMillis)} cpu`);
    if (overhead.cpu > 0) plus.push(`${formatCpu(overhead.cpu)} cpu`);
  }
  if (need.memoryBytes > byMemory.allocatable.memoryBytes) {
    requests.push(`${formatMemory(shape.memoryBytes)} memory`);
    largest.push(`${byMemory.name}, ${formatMemory(byMemory.allocatable.memoryBytes)} memory`);
    if (overhead.memory > 0) plus.push(`${formatMemory(overhead.memory)} memory`);
  }
  if (need.pods > byPods.allocatable.pods) {
    return `the DaemonSet pods (${overhead.pods}) leave no pod slot on any instance type NodePool ${pool.name} admits (largest: ${byPods.name}, ${byPods.allocatable.pods} pods).`;
  }
  const daemons = plus.length > 0 ? ` (plus ${plus.join(' and ')} for DaemonSet pods)` : '';
  if (requests.length === 0) {
    return `the pod requests ${formatCpu(shape.cpuMillis)} cpu and ${formatMemory(shape.memoryBytes)} memory${overhead.cpu + overhead.memory > 0 ? ' with its DaemonSet pods' : ''}, which no single instance type NodePool ${pool.name} admits has (most cpu: ${byCpu.name}; most memory: ${byMemory.name}).`;
  }
  const sameType = largest.length === 2 && byCpu === byMemory;
  const largestText = sameType
    ? `${byCpu.name}, ${formatCpu(byCpu.allocatable.cpuMillis)} cpu and ${formatMemory(byCpu.allocatable.memoryBytes)} memory`
    : largest.join('; ');
  return `the pod requests ${requests.join(' and ')}${daemons}, more than any instance type NodePool ${pool.name} admits (largest: ${largestText} allocatable).`;
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
