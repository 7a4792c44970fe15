/**
 * Karpenter's scheduling simulation behind a consolidation decision (semantics A.4 "Simulation"): the candidate's
 * reschedulable pods, the pods on nodes already being deleted and the pending pods are placed, largest cpu first
 * (A.4 pod order), on the nodes that remain, and the pods that must move and fit none of them on at most one new
 * NodeClaim. The decision is valid only when every pod that must move finds a place; pending pods may stay pending.
 * A new NodeClaim must be cheaper than the candidate (A.4 price rule).
 *
 * A place is checked with kube-scheduler's filters (taints, node selector and required node affinity, pod count, cpu
 * and memory, DoNotSchedule topology spread, required pod affinity and anti-affinity) against the cluster as it would
 * be without the candidate: nothing in the simulation changes; moved pods are counted on the side.
 *
 * Stated simplifications: pods try every remaining node first (in the order the nodes joined) and only then the new
 * NodeClaim; nodes launched but not joined yet take no pods; pending pods never go on the new NodeClaim; NodePool
 * limits are not checked for the replacement (it is smaller than the node it replaces). Prices come from the size of
 * the instance type (vCPU, then memory), as the catalog has none: a replacement of the same capacity type must be
 * strictly smaller, an on-demand node may be replaced by a spot one no larger, and a spot node is never replaced
 * (spot-to-spot consolidation is behind a feature gate that is off by default, A.4).
 */
import type { InstanceType } from '../model/instance-types.js';
import { loadBuiltinCatalog } from '../model/instance-types.js';
import { smallestFitting } from '../model/karpenter-requirements.js';
import { LABEL_HOSTNAME, LABEL_ZONE, LABEL_CAPACITY_TYPE } from './cluster.js';
import { daemonOverhead, LABEL_NODEPOOL, poolAdmits, type NodePoolModel, type PodPlacement } from './karpenter.js';
import { nodeMatches, untoleratedTaint, type Taint } from './node-matching.js';
import { admitsStatically, affinityRejects } from './scheduler.js';
import type { Simulation } from './simulation.js';
import type { HardSpread, SimNode, SimPod, SimWorkload } from './state.js';
import type { DomainCounter } from './topology.js';

export interface FitRequest {
  /** The candidate node(s) and the nodes already being deleted: gone in the simulated cluster. */
  removed: ReadonlySet<SimNode>;
  /** The node whose removal is being decided: its zone is tried first for a new NodeClaim, its price bounds it. */
  candidate: SimNode;
  /** Pods that must find a place (reschedulable pods of the removed nodes). */
  moving: readonly SimPod[];
  /** Pending pods: they take room when they fit, and may stay pending. */
  pending: readonly SimPod[];
  /** Whether a remaining node may take moving pods (a node still inside its consolidateAfter may not, A.4). */
  receives: (node: SimNode) => boolean;
  /** NodePools a new NodeClaim may come from, heaviest first; empty: delete only. */
  pools: readonly NodePoolModel[];
  zones: readonly string[];
  daemons: readonly PodPlacement[];
}

export interface Replacement {
  pool: NodePoolModel;
  zone: string;
  type: InstanceType;
}

export type FitResult = { ok: true; replacement?: Replacement } | { ok: false; why: string };

/** One place a pod may go: a remaining node, or the NodeClaim being planned. */
interface Place {
  node?: SimNode;
  name: string;
  labels: Readonly<Record<string, string>>;
  taints: readonly Taint[];
  domains: ArrayLike<number>;
  freeCpu: number;
  freeMemory: number;
  freePods: number;
  receives: boolean;
}

/** Domain ids past every real one, for the labels of a node that does not exist yet. */
const VIRTUAL_DOMAIN = 1 << 30;

export function simulateConsolidation(sim: Simulation, request: FitRequest): FitResult {
  return new Trial(sim, request).run();
}

class Trial {
  /** Per counter, the change in its counts per domain that the moves make. */
  private readonly deltas = new Map<DomainCounter, Map<number, number>>();
  private readonly places: Place[];
  /** Per hard spread, its minimum as of `moves` (a minimum only changes when a pod is put somewhere). */
  private readonly mins = new Map<HardSpread, { moves: number; min: number }>();
  private readonly eligible = new Map<HardSpread, number[]>();
  private moves = 0;

  constructor(
    private readonly sim: Simulation,
    private readonly request: FitRequest,
  ) {
    this.places = sim
      .liveNodes()
      .filter((n) => !request.removed.has(n))
      .map((n) => ({
        node: n,
        name: n.name,
        labels: n.labels,
        taints: n.taints,
        domains: n.domains,
        freeCpu: n.freeCpu,
        freeMemory: n.freeMemory,
        freePods: n.freePods,
        receives: !n.cordoned && !n.down && request.receives(n),
      }));
    // Every pod on a removed node leaves its domains, DaemonSet pods included (they go with the node).
    for (const node of request.removed) for (const pod of node.pods) if (pod.counted) this.count(pod, node.domains, -1);
  }

  run(): FitResult {
    const byCpu = (a: SimPod, b: SimPod) =>
      b.w.spec.pod.cpuMillis - a.w.spec.pod.cpuMillis || b.w.spec.pod.memoryBytes - a.w.spec.pod.memoryBytes || a.id - b.id;
    const moving = new Set(this.request.moving);
    const left: SimPod[] = [];
    for (const pod of [...this.request.moving, ...this.request.pending].sort(byCpu)) {
      const place = this.places.find((p) => p.receives && this.fits(pod, p));
      if (place) this.put(pod, place);
      else if (moving.has(pod)) left.push(pod);
    }
    if (left.length === 0) return { ok: true };
    return this.replacement(left);
  }

  /** The one new NodeClaim (A.4: 0 or 1), from the first pool and zone that holds every pod left and is cheaper. */
  private replacement(left: readonly SimPod[]): FitResult {
    const { candidate, pools } = this.request;
    if (pools.length === 0) return { ok: false, why: `${describe(left[0]!)} fits no other node` };
    let why = `${describe(left[0]!)} fits no other node, and no cheaper NodeClaim holds ${left.length === 1 ? 'it' : `the ${left.length} pods that do not`}`;
    for (const pool of pools) {
      const zones = [...(pool.zones ?? this.request.zones)].sort((a, b) => Number(b === candidate.zone) - Number(a === candidate.zone) || (a < b ? -1 : 1));
      for (const zone of zones) {
        const undo = this.snapshot();
        const claim = this.claimPlace(pool, zone);
        this.places.push(claim);
        const overhead = daemonOverhead(this.request.daemons, pool, zone);
        let cpu = overhead.cpu;
        let memory = overhead.memory;
        let count = overhead.pods;
        let type: InstanceType | undefined;
        for (const pod of left) {
          const shape = pod.w.spec.pod;
          if (!poolAdmits(pool, zone, shape) || !this.fits(pod, claim)) {
            type = undefined;
            break;
          }
          cpu += shape.cpuMillis;
          memory += shape.memoryBytes;
          count++;
          type = smallestFitting(pool.admitted, { cpuMillis: cpu, memoryBytes: memory, pods: count });
          if (!type) break;
          this.put(pod, claim);
        }
        this.places.pop();
        this.restore(undo);
        if (!type) continue;
        if (cheaper(type, pool.capacityType, candidate)) return { ok: true, replacement: { pool, zone, type } };
        why = `its pods need a new ${type.name}, which is not cheaper than ${candidate.capacityType} ${candidate.instanceType}${candidate.capacityType === 'spot' ? ' (spot-to-spot consolidation is off by default)' : ''}`;
      }
    }
    return { ok: false, why };
  }

  /** A NodeClaim of the pool in `zone`, with the labels every node of the pool gets (its instance type is open). */
  private claimPlace(pool: NodePoolModel, zone: string): Place {
    const name = `new NodeClaim of NodePool ${pool.name}`;
    const labels: Record<string, string> = {
      ...pool.labels,
      [LABEL_ZONE]: zone,
      'topology.kubernetes.io/region': zone.replace(/[a-z]$/, ''),
      [LABEL_CAPACITY_TYPE]: pool.capacityType,
      [LABEL_NODEPOOL]: pool.name,
    };
    const topology = this.sim.topology;
    const domains = topology.keys.map((key, k) => {
      // A new node is a hostname domain of its own, with no pods yet.
      if (key === LABEL_HOSTNAME) return VIRTUAL_DOMAIN;
      const value = labels[key];
      if (value === undefined) return -1;
      return topology.valueIds[k]!.get(value) ?? VIRTUAL_DOMAIN + 1;
    });
    return { name, labels, taints: pool.taints, domains, freeCpu: Infinity, freeMemory: Infinity, freePods: Infinity, receives: true };
  }

  /** kube-scheduler's filters for the pod on the place, in the cluster as the moves so far have left it. */
  private fits(pod: SimPod, place: Place): boolean {
    const w = pod.w;
    const shape = w.spec.pod;
    if (place.node) {
      if (!admitsStatically(w, place.node)) return false;
    } else if (untoleratedTaint(place.taints, shape.tolerations) || !nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, place.labels, place.name)) {
      return false;
    }
    if (place.freePods < 1 || place.freeCpu < shape.cpuMillis || place.freeMemory < shape.memoryBytes) return false;
    for (const s of w.hardSpread) {
      const domain = place.domains[s.counter.keyIndex]!;
      if (domain < 0) return false;
      if (this.get(s.counter, domain) + s.selfMatch - this.spreadMin(w, s) > s.constraint.maxSkew) return false;
    }
    for (const c of w.antiAffinity) if (this.get(c, place.domains[c.keyIndex]!) > 0) return false;
    for (const c of w.antiAffinityOfOthers) if (this.get(c, place.domains[c.keyIndex]!) > 0) return false;
    for (const a of w.affinity) {
      // The first pod of a self-affine group may go anywhere (InterPodAffinity's special case).
      if (a.selfMatch && this.total(a.counter) === 0) continue;
      const domain = place.domains[a.counter.keyIndex]!;
      if (domain < 0 || this.get(a.counter, domain) === 0) return false;
    }
    return true;
  }

  /** B.4's global minimum over the domains eligible for the constraint, among the places that exist. */
  private spreadMin(w: SimWorkload, s: HardSpread): number {
    let domains = this.eligible.get(s);
    if (!domains) {
      const seen = new Set<number>();
      for (const p of this.places) {
        if (!w.hardSpread.every((h) => p.domains[h.counter.keyIndex]! >= 0)) continue;
        if (s.constraint.honorNodeAffinity && (p.node ? affinityRejects(w, p.node) : !nodeMatches(w.spec.pod.nodeSelector, w.spec.pod.requiredNodeTerms, p.labels, p.name))) continue;
        if (s.constraint.honorNodeTaints && untoleratedTaint(p.taints, w.spec.pod.tolerations)) continue;
        seen.add(p.domains[s.counter.keyIndex]!);
      }
      domains = [...seen];
      this.eligible.set(s, domains);
    }
    if (domains.length < s.constraint.minDomains) return 0;
    const cached = this.mins.get(s);
    if (cached?.moves === this.moves) return cached.min;
    let min = Number.POSITIVE_INFINITY;
    for (const d of domains) min = Math.min(min, this.get(s.counter, d));
    if (min === Number.POSITIVE_INFINITY) min = 0;
    this.mins.set(s, { moves: this.moves, min });
    return min;
  }

  private put(pod: SimPod, place: Place): void {
    const shape = pod.w.spec.pod;
    place.freeCpu -= shape.cpuMillis;
    place.freeMemory -= shape.memoryBytes;
    place.freePods -= 1;
    this.count(pod, place.domains, 1);
    this.moves++;
  }

  private count(pod: SimPod, domains: ArrayLike<number>, delta: number): void {
    for (const c of pod.w.counters) {
      const d = domains[c.keyIndex]!;
      if (d < 0) continue;
      let m = this.deltas.get(c);
      if (!m) this.deltas.set(c, (m = new Map()));
      m.set(d, (m.get(d) ?? 0) + delta);
    }
  }

  private get(c: DomainCounter, domain: number): number {
    if (domain < 0) return 0;
    return c.get(domain) + (this.deltas.get(c)?.get(domain) ?? 0);
  }

  private total(c: DomainCounter): number {
    let sum = c.total;
    for (const v of this.deltas.get(c)?.values() ?? []) sum += v;
    return sum;
  }

  /** The moves so far, to try a NodeClaim and take it back (the claim's domains also change eligibility). */
  private snapshot(): { deltas: Map<DomainCounter, Map<number, number>>; free: Array<[number, number, number]> } {
    this.eligible.clear();
    this.moves++;
    return {
      deltas: new Map([...this.deltas].map(([c, m]) => [c, new Map(m)])),
      free: this.places.map((p) => [p.freeCpu, p.freeMemory, p.freePods]),
    };
  }

  private restore(s: ReturnType<Trial['snapshot']>): void {
    this.deltas.clear();
    for (const [c, m] of s.deltas) this.deltas.set(c, m);
    s.free.forEach(([cpu, memory, pods], i) => Object.assign(this.places[i]!, { freeCpu: cpu, freeMemory: memory, freePods: pods }));
    this.eligible.clear();
    this.moves++;
  }
}

/** "pod web-3 (Deployment/shop/web, 500m cpu)". */
function describe(pod: SimPod): string {
  return `pod ${pod.name} (${pod.w.spec.key})`;
}

/** The price rule with size as the price (see above). */
export function cheaper(next: InstanceType, nextCapacity: string, current: SimNode): boolean {
  if (current.capacityType === 'spot') return false;
  const known = loadBuiltinCatalog().byName.get(current.instanceType);
  const size = known ? [known.vcpu * 1000, known.memoryMiB] : [current.allocatable.cpuMillis, current.allocatable.memoryBytes / 2 ** 20];
  const nextSize = known ? [next.vcpu * 1000, next.memoryMiB] : [next.allocatable.cpuMillis, next.allocatable.memoryBytes / 2 ** 20];
  const order = nextSize[0]! - size[0]! || nextSize[1]! - size[1]!;
  return nextCapacity === 'spot' ? order <= 0 : order < 0;
}
