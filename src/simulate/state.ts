/** The runtime objects of a simulation: nodes, pods, workloads and PDBs with the counts kept up to date. */
import type { Allocatable } from '../model/instance-types.js';
import type { NodeTemplate } from './cluster.js';
import type { Taint } from './node-matching.js';
import type { DomainCounter } from './topology.js';
import type { PdbSpec, SpreadConstraint, WorkloadSpec } from './workloads.js';

export interface SimNode {
  id: number;
  /** Slot in the scheduler's NodeTable (node-table.ts); changes when dead slots are compacted. */
  slot: number;
  name: string;
  zone: string;
  group: string;
  instanceType: string;
  capacityType: string;
  labels: Record<string, string>;
  taints: Taint[];
  allocatable: Allocatable;
  freeCpu: number;
  freeMemory: number;
  freePods: number;
  /** Domain id per registered topology key (topology.ts). */
  domains: Int32Array;
  cordoned: boolean;
  /** Lost (zone outage, failure): NotReady/unreachable, its pods do not serve. */
  down: boolean;
  deleted: boolean;
  pods: Set<SimPod>;
  template: NodeTemplate;
  /**
   * When a pod was last bound to the node or left it, or when the node joined: Karpenter's `lastPodEventTime`, from
   * which `consolidateAfter` counts (B.6).
   */
  podEventAt: number;
  /** When the node joined: Karpenter weighs a node's remaining lifetime (`expireAfter`) in its disruption cost. */
  joinedAt: number;
}

export interface SimPod {
  id: number;
  name: string;
  w: SimWorkload;
  node: SimNode | null;
  ready: boolean;
  terminating: boolean;
  /** Counted in the topology counters (bound and not terminating). */
  counted: boolean;
  /** Bumped whenever a pending readiness timer must be ignored. */
  generation: number;
  /** For DaemonSet pods: the node they belong to. */
  daemonNode?: SimNode;
  pendingSince?: number;
  lastReason?: string;
  /**
   * The node this pod preempted victims on (status.nominatedNodeName). Its requests are held there while the victims
   * terminate, so lower-priority pods cannot take the room it made (see preemption.ts).
   */
  nominatedNode?: SimNode;
  /** When the pod was bound to its node: a `karpenter.sh/do-not-disrupt` duration counts from its start (B.6). */
  boundAt?: number;
}

export interface HardSpread {
  constraint: SpreadConstraint;
  counter: DomainCounter;
  selfMatch: number;
}

export interface SoftSpread {
  counter: DomainCounter;
  maxSkew: number;
}

/**
 * Per node id: 0 unknown, 1 fits the node's labels and taints, 2 node affinity/selector, 3 taint. It depends only on
 * the pod's node selector, required node affinity and tolerations, so workloads that agree on those share one
 * instance: each node is then evaluated once per placement shape, not once per workload.
 */
export class StaticFit {
  byNode = new Int8Array(64);
  /** Highest node id whose fit is reflected in `misfits` (node ids grow in the scheduler's slot order). */
  checkedId = -1;
  /** Nodes this shape does not fit (labels or taints); deleted ones are dropped when next checked. */
  misfits: SimNode[] = [];
}

export class SimWorkload {
  desired: number;
  readonly pods = new Set<SimPod>();
  /** Pods that are not terminating (what the ReplicaSet controller counts). */
  active = 0;
  ready = 0;
  pdbs: SimPdb[] = [];
  /** Counters whose selector matches this workload's pods: updated on bind and termination. */
  counters: DomainCounter[] = [];
  hardSpread: HardSpread[] = [];
  /**
   * Per hard spread constraint, the domains of the nodes eligible for it (B.4 calPreFilterState). Eligibility
   * depends only on node labels and taints, so the lists hold until a node joins or leaves (NodeTable.membership).
   */
  spreadDomains: { membership: number; domains: number[][] } | undefined;
  softSpread: SoftSpread[] = [];
  antiAffinity: DomainCounter[] = [];
  affinity: Array<{ counter: DomainCounter; selfMatch: boolean }> = [];
  /** Anti-affinity terms of other workloads that select this workload's pods: counters of the owners' pods. */
  antiAffinityOfOthers: DomainCounter[] = [];
  /** Fit on each node's labels and taints; shared with workloads that place their pods the same way. */
  staticFit = new StaticFit();
  /** Flat [timeMs, ready, …] whenever ready changes. */
  readonly series: number[] = [];
  nextOrdinal = 0;
  pendingPodMs = 0;
  maxPending = 0;
  pendingNow = 0;
  reasons = new Map<string, number>();
  /** Pods of this workload deleted by kube-scheduler preemption since the scenario started. */
  preempted = 0;

  constructor(
    readonly index: number,
    readonly spec: WorkloadSpec,
  ) {
    this.desired = spec.replicas ?? 0;
  }

  get isDaemon(): boolean {
    return this.spec.kind === 'DaemonSet';
  }
}

export class SimPdb {
  workloads: SimWorkload[] = [];
  constructor(readonly spec: PdbSpec) {}
}
