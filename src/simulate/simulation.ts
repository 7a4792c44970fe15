/**
 * The simulated cluster: nodes, pods and the controllers that react to them (ReplicaSet/StatefulSet/DaemonSet
 * controllers, readiness, termination, node lifecycle), driven by the event loop. Scenarios act on it through the
 * public methods; the scheduler, eviction, drain and Karpenter modules read and change it.
 */
import type { NodeTemplate } from './cluster.js';
import { EventLoop } from './engine.js';
import { nodeMatches, tolerates, untoleratedTaint } from './node-matching.js';
import { pdbStatus, type PdbStatus } from './pdb.js';
import { NodeTable } from './node-table.js';
import { mayPreempt, planPreemption, type PreemptionPlan } from './preemption.js';
import { findNode, nodeRejection, type ScheduleResult } from './scheduler.js';
import { SimPdb, SimWorkload, StaticFit, type SimNode, type SimPod } from './state.js';
import { CounterRegistry, TopologyKeys } from './topology.js';
import { WorkloadIndex } from './workload-index.js';
import { pdbSelects, type ModelInput } from './workloads.js';
import { LABEL_HOSTNAME, LABEL_ZONE } from './cluster.js';
import { selectorMatches } from '../model/workloads.js';

/** Node lifecycle (B.8): NodeMonitorGracePeriod 40 s, then the default unreachable toleration of 300 s. */
export const NODE_MONITOR_GRACE_MS = 40_000;
export const DEFAULT_UNREACHABLE_TOLERATION_MS = 300_000;

export interface Provisioner {
  /** Called after a scheduling pass with the pods that did not fit anywhere. */
  provision(pods: readonly SimPod[]): void;
}

export class Simulation {
  readonly loop = new EventLoop();
  readonly topology = new TopologyKeys();
  readonly registry = new CounterRegistry(this.topology);
  /** Live nodes in creation order (the scheduler's scan order); deleted nodes are dropped lazily. */
  nodes: SimNode[] = [];
  /** The scheduler's packed copy of the nodes; every change of a node's free resources or flags is mirrored here. */
  readonly table: NodeTable;
  readonly nodeByName = new Map<string, SimNode>();
  readonly workloads: SimWorkload[];
  readonly workloadByKey = new Map<string, SimWorkload>();
  /** The DaemonSets, which every joining node is checked against (the other workloads need no look per node). */
  private readonly daemons: SimWorkload[];
  readonly pdbs: SimPdb[];
  provisioner: Provisioner | undefined;
  /**
   * KubeSchedulerConfiguration `percentageOfNodesToScore`. The simulator runs with 5 (the floor of kube-scheduler's
   * adaptive default, and a valid setting) so that large clusters stay fast; below 100 nodes every node is scored
   * either way. undefined = the adaptive default.
   */
  percentageOfNodesToScore: number | undefined = 5;
  /** kube-scheduler's rotating start index (nextStartNodeIndex). */
  nextStartNode = 0;
  /** A node was deleted and kube-scheduler's start index has not been clamped to the live count yet. */
  private deletionsUnsettled = false;
  /** `nodes` still holds deleted nodes. */
  private nodesStale = false;
  private nodeSeq = 0;
  private podSeq = 0;
  private pending = new Set<SimPod>();
  private passRequested = false;
  /**
   * The lowest priority among the workloads whose pods preemption may delete (not DaemonSets): a pod at or below it
   * has nothing to preempt, which spares clusters without priorities the search.
   */
  readonly lowestPreemptiblePriority: number;
  /**
   * Bumped on every change a consolidation decision depends on (a pod bound, leaving or changing readiness, a node
   * joining, leaving or being cordoned): a decision taken at one value holds while it stays the same.
   */
  changes = 0;
  /** Called whenever a workload's ready count changes (scenarios watch availability through this). */
  onReadyChange: ((w: SimWorkload) => void) | undefined;

  constructor(model: ModelInput) {
    this.workloads = model.workloads.map((spec, i) => new SimWorkload(i, spec));
    for (const w of this.workloads) this.workloadByKey.set(w.spec.key, w);
    this.daemons = this.workloads.filter((w) => w.isDaemon);
    this.lowestPreemptiblePriority = Math.min(...this.workloads.filter((w) => !w.isDaemon).map((w) => w.spec.pod.priority));
    this.shareStaticFits();
    const index = new WorkloadIndex(this.workloads);
    this.pdbs = model.pdbs.map((spec) => {
      const pdb = new SimPdb(spec);
      pdb.workloads = index.candidates(spec.namespace, spec.selector).filter((w) => pdbSelects(spec, w.spec));
      for (const w of pdb.workloads) w.pdbs.push(pdb);
      return pdb;
    });
    // Zone and hostname are always registered: reports and Karpenter read them.
    this.topology.keyIndex(LABEL_ZONE);
    this.topology.keyIndex(LABEL_HOSTNAME);
    this.registerCounters(index);
    // Every topology key is registered by now (the counters above); node domains never grow after this.
    this.table = new NodeTable(this.topology.keys.length);
  }

  /** Workloads whose pods have the same node selector, required node affinity and tolerations share a fit cache. */
  private shareStaticFits(): void {
    const byShape = new Map<string, StaticFit>();
    for (const w of this.workloads) {
      const { nodeSelector, requiredNodeTerms, tolerations } = w.spec.pod;
      const shape = JSON.stringify([nodeSelector, requiredNodeTerms ?? null, tolerations]);
      const shared = byShape.get(shape);
      if (shared) w.staticFit = shared;
      else byShape.set(shape, w.staticFit);
    }
  }

  get now(): number {
    return this.loop.now;
  }

  private registerCounters(index: WorkloadIndex): void {
    const counterFor = (ns: string, key: string, selector: any) => {
      const before = this.registry.counters.length;
      const c = this.registry.counter(ns, key, selector);
      if (this.registry.counters.length > before) {
        for (const w of index.candidates(ns, selector)) if (c.matches(w.spec.namespace, w.spec.pod.labels)) w.counters.push(c);
      }
      return c;
    };
    for (const w of this.workloads) {
      const { pod, namespace } = w.spec;
      for (const constraint of pod.spread) {
        const counter = counterFor(namespace, constraint.topologyKey, constraint.selector);
        const selfMatch = counter.matches(namespace, pod.labels) ? 1 : 0;
        if (constraint.hard) w.hardSpread.push({ constraint, counter, selfMatch });
        else w.softSpread.push({ counter, maxSkew: constraint.maxSkew });
      }
      if (pod.systemDefaultSpread && w.spec.selector && !w.isDaemon) {
        // B.4 system defaults: {hostname, ScheduleAnyway, 3} and {zone, ScheduleAnyway, 5} over the owner's selector.
        w.softSpread.push({ counter: counterFor(namespace, LABEL_HOSTNAME, w.spec.selector), maxSkew: 3 });
        w.softSpread.push({ counter: counterFor(namespace, LABEL_ZONE, w.spec.selector), maxSkew: 5 });
      }
      for (const term of pod.antiAffinity) w.antiAffinity.push(counterFor(namespace, term.topologyKey, term.selector));
      for (const term of pod.affinity) {
        const counter = counterFor(namespace, term.topologyKey, term.selector);
        w.affinity.push({ counter, selfMatch: counter.matches(namespace, pod.labels) });
      }
    }
    // Symmetry of required anti-affinity: an existing pod's term keeps matching pods out of its domain.
    for (const owner of this.workloads) {
      for (const term of owner.spec.pod.antiAffinity) {
        const ownerPods = counterFor(owner.spec.namespace, term.topologyKey, ownerSelector(owner));
        for (const w of index.candidates(owner.spec.namespace, term.selector)) {
          if (w !== owner && w.spec.namespace === owner.spec.namespace && selectorMatches(term.selector, w.spec.pod.labels)) {
            w.antiAffinityOfOthers.push(ownerPods);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------------
  // Nodes

  liveNodes(): SimNode[] {
    this.settleDeletions();
    if (this.nodesStale) {
      this.nodes = this.nodes.filter((n) => !n.deleted);
      this.nodesStale = false;
    }
    return this.nodes;
  }

  /** The live nodes as the scheduler scans them (same order and count as liveNodes(), without building the array). */
  schedulingTable(): NodeTable {
    this.settleDeletions();
    return this.table;
  }

  /** After deletions the start index wraps to 0 when it points past the live nodes (as before any scan). */
  private settleDeletions(): void {
    if (!this.deletionsUnsettled) return;
    this.deletionsUnsettled = false;
    this.nodesStale = true;
    if (this.nextStartNode >= this.table.live) this.nextStartNode = 0;
  }

  addNode(template: NodeTemplate): SimNode {
    const node: SimNode = {
      id: this.nodeSeq++,
      slot: -1,
      name: template.name,
      zone: template.zone,
      group: template.group,
      instanceType: template.instanceType,
      capacityType: template.capacityType,
      labels: template.labels,
      taints: template.taints,
      allocatable: template.allocatable,
      freeCpu: template.allocatable.cpuMillis,
      freeMemory: template.allocatable.memoryBytes,
      freePods: template.allocatable.pods,
      domains: this.topology.domainsOf(template.labels),
      cordoned: template.unschedulable,
      down: false,
      deleted: false,
      pods: new Set(),
      template,
      podEventAt: this.now,
      joinedAt: this.now,
    };
    this.changes++;
    this.nodes.push(node);
    this.table.add(node);
    this.nodeByName.set(node.name, node);
    for (const w of this.daemons) if (daemonWanted(w, node)) this.createPod(w, node);
    this.requestSchedule();
    return node;
  }

  cordon(node: SimNode): void {
    this.changes++;
    node.cordoned = true;
    this.table.sync(node);
  }

  uncordon(node: SimNode): void {
    this.changes++;
    node.cordoned = false;
    this.table.sync(node);
    this.requestSchedule();
  }

  /** A node stops (zone outage, hardware failure): its pods stop serving now; B.8 timing decides when they go. */
  failNode(node: SimNode): void {
    if (node.down || node.deleted) return;
    this.changes++;
    node.down = true;
    this.table.sync(node);
    for (const pod of node.pods) this.setUnready(pod);
    for (const pod of [...node.pods]) {
      const toleration = unreachableTolerationMs(pod);
      if (toleration === undefined) continue;
      this.loop.after(NODE_MONITOR_GRACE_MS + toleration, () => {
        // Taint-based eviction: the pod is marked for deletion, but the kubelet cannot confirm, so it stays
        // Terminating until the node comes back or is deleted (StatefulSets wait for that: at most one pod per ordinal).
        if (node.down && pod.node === node && !pod.terminating) this.startTerminating(pod);
      });
    }
  }

  recoverNode(node: SimNode): void {
    if (!node.down || node.deleted) return;
    this.changes++;
    node.down = false;
    this.table.sync(node);
    for (const pod of [...node.pods]) {
      if (pod.terminating) this.removePod(pod);
      else this.scheduleReady(pod);
    }
    this.requestSchedule();
  }

  /** The machine is gone (replaced, reclaimed): remaining pods are deleted without grace (no PDB applies). */
  deleteNode(node: SimNode): void {
    if (node.deleted) return;
    this.changes++;
    for (const pod of [...node.pods]) this.removePod(pod);
    node.deleted = true;
    this.table.remove(node);
    this.nodeByName.delete(node.name);
    this.deletionsUnsettled = true;
    this.requestSchedule();
  }

  // ------------------------------------------------------------------------------------------------------
  // Pods

  /** Starts every workload's pods and binds them at time 0, Ready at once (the steady state before a scenario). */
  placeInitialPods(): void {
    for (const w of this.workloads) if (!w.isDaemon) this.reconcile(w);
    this.schedulePass();
    for (const w of this.workloads) {
      for (const pod of w.pods) {
        if (pod.node && !pod.ready) {
          pod.generation++;
          this.markReady(pod);
        }
      }
    }
  }

  private createPod(w: SimWorkload, daemonNode?: SimNode): SimPod {
    const ordinal = w.nextOrdinal++;
    const pod: SimPod = {
      id: this.podSeq++,
      name: daemonNode ? `${w.spec.name}-${daemonNode.name}` : `${w.spec.name}-${ordinal}`,
      w,
      node: null,
      ready: false,
      terminating: false,
      counted: false,
      generation: 0,
    };
    if (daemonNode) pod.daemonNode = daemonNode;
    w.pods.add(pod);
    w.active++;
    this.pending.add(pod);
    this.requestSchedule();
    return pod;
  }

  /** The ReplicaSet/StatefulSet controller: create or delete pods until the count matches `desired`. */
  reconcile(w: SimWorkload): void {
    if (w.isDaemon) return;
    // A StatefulSet recreates an ordinal only once the old pod object is gone; a ReplicaSet ignores terminating pods.
    const have = w.spec.kind === 'StatefulSet' ? w.pods.size : w.active;
    if (have < w.desired) {
      for (let i = have; i < w.desired; i++) this.createPod(w);
    } else if (w.active > w.desired) {
      // ReplicaSet deletion ranking: unscheduled before scheduled, not ready before ready, newest first.
      const victims = [...w.pods]
        .filter((p) => !p.terminating)
        .sort((a, b) => Number(!!a.node) - Number(!!b.node) || Number(a.ready) - Number(b.ready) || b.id - a.id)
        .slice(0, w.active - w.desired);
      for (const pod of victims) this.deletePod(pod, pod.w.spec.pod.graceSeconds * 1000);
    }
  }

  setDesired(w: SimWorkload, replicas: number): void {
    w.desired = replicas;
    this.reconcile(w);
  }

  /** Graceful deletion (eviction, scale-down): Terminating now, gone after the grace period. */
  deletePod(pod: SimPod, graceMs: number): void {
    if (pod.terminating) return;
    this.startTerminating(pod);
    if (!pod.node) {
      this.removePod(pod);
      return;
    }
    const node = pod.node;
    this.loop.after(graceMs, () => {
      if (!node.down && pod.node === node) this.removePod(pod);
    });
  }

  private startTerminating(pod: SimPod): void {
    this.changes++;
    if (pod.node) pod.node.podEventAt = this.now;
    pod.terminating = true;
    pod.w.active--;
    this.setUnready(pod);
    this.uncount(pod);
    this.clearPending(pod);
    this.reconcile(pod.w);
    this.requestSchedule();
  }

  private removePod(pod: SimPod): void {
    this.changes++;
    if (!pod.terminating) {
      pod.terminating = true;
      pod.w.active--;
      this.setUnready(pod);
      this.uncount(pod);
      this.clearPending(pod);
    }
    const node = pod.node;
    if (node) {
      node.freeCpu += pod.w.spec.pod.cpuMillis;
      node.freeMemory += pod.w.spec.pod.memoryBytes;
      node.freePods += 1;
      this.table.sync(node);
      node.pods.delete(pod);
      node.podEventAt = this.now;
      pod.node = null;
    }
    pod.w.pods.delete(pod);
    this.reconcile(pod.w);
    this.requestSchedule();
  }

  bind(pod: SimPod, node: SimNode): void {
    const shape = pod.w.spec.pod;
    node.freeCpu -= shape.cpuMillis;
    node.freeMemory -= shape.memoryBytes;
    node.freePods -= 1;
    this.table.sync(node);
    node.pods.add(pod);
    pod.node = node;
    pod.boundAt = this.now;
    node.podEventAt = this.now;
    this.changes++;
    this.clearPending(pod);
    for (const c of pod.w.counters) c.add(node.domains[c.keyIndex]!, 1);
    pod.counted = true;
    this.scheduleReady(pod);
  }

  private scheduleReady(pod: SimPod): void {
    const gen = ++pod.generation;
    this.loop.after(pod.w.spec.pod.readyDelaySeconds * 1000, () => {
      if (pod.generation === gen && !pod.terminating && pod.node && !pod.node.down) this.markReady(pod);
    });
  }

  private markReady(pod: SimPod): void {
    if (pod.ready) return;
    pod.ready = true;
    pod.w.ready++;
    this.recordReady(pod.w);
  }

  private setUnready(pod: SimPod): void {
    pod.generation++;
    if (!pod.ready) return;
    pod.ready = false;
    pod.w.ready--;
    this.recordReady(pod.w);
  }

  private uncount(pod: SimPod): void {
    if (!pod.counted || !pod.node) return;
    for (const c of pod.w.counters) c.add(pod.node.domains[c.keyIndex]!, -1);
    pod.counted = false;
  }

  private clearPending(pod: SimPod): void {
    this.releaseNomination(pod);
    if (!this.pending.delete(pod)) return;
    if (pod.pendingSince !== undefined) {
      pod.w.pendingPodMs += this.now - pod.pendingSince;
      pod.w.pendingNow--;
      pod.pendingSince = undefined;
    }
  }

  private recordReady(w: SimWorkload): void {
    this.changes++;
    const s = w.series;
    const t = this.now;
    if (s.length >= 2 && s[s.length - 2] === t) s[s.length - 1] = w.ready;
    else s.push(t, w.ready);
    this.onReadyChange?.(w);
  }

  // ------------------------------------------------------------------------------------------------------
  // Scheduling

  requestSchedule(): void {
    if (this.passRequested) return;
    this.passRequested = true;
    this.loop.after(0, this.runPass);
  }

  /** One function for every requested pass: a request happens on nearly every pod change. */
  private readonly runPass = (): void => this.schedulePass();

  /** One scheduling cycle over the queue: highest priority first, then oldest (the activeQ order). */
  schedulePass(): void {
    this.passRequested = false;
    if (this.pending.size === 0) return;
    const queue = [...this.pending].sort((a, b) => b.w.spec.pod.priority - a.w.spec.pod.priority || a.id - b.id);
    const failed: SimPod[] = [];
    // Workloads whose pods found nothing to preempt in this pass: their next pods would search the same nodes.
    const noPreemption = new Set<SimWorkload>();
    for (const pod of queue) {
      const nominated = pod.nominatedNode;
      this.releaseNomination(pod);
      const result = pod.daemonNode ? this.fitDaemonPod(pod, pod.daemonNode) : this.placeNominated(pod, nominated) ?? findNode(this, pod);
      if (result.node) {
        this.bind(pod, result.node);
        continue;
      }
      pod.lastReason = result.reason;
      pod.w.reasons.set(result.reason!, (pod.w.reasons.get(result.reason!) ?? 0) + 1);
      if (pod.pendingSince === undefined) {
        pod.pendingSince = this.now;
        pod.w.pendingNow++;
        pod.w.maxPending = Math.max(pod.w.maxPending, pod.w.pendingNow);
      }
      if (nominated && !nominated.deleted && !nominated.down && hasLowerPriorityTerminating(nominated, pod)) {
        // PodEligibleToPreemptOthers: victims on the nominated node are still terminating, so wait for them (not on a
        // lost node, where they stay Terminating until it returns).
        this.nominate(pod, nominated);
      } else if (!pod.daemonNode && !noPreemption.has(pod.w) && mayPreempt(this, pod)) {
        const plan = planPreemption(this, pod);
        if (plan) this.preempt(pod, plan);
        else noPreemption.add(pod.w);
      }
      // Karpenter leaves nominated pods alone: the scheduler has made room for them.
      if (!pod.nominatedNode) failed.push(pod);
    }
    if (failed.length > 0) this.provisioner?.provision(failed);
  }

  /** A pod nominated by an earlier preemption goes to that node first when it fits there now (as kube-scheduler does). */
  private placeNominated(pod: SimPod, node: SimNode | undefined): ScheduleResult | undefined {
    if (!node || node.deleted || nodeRejection(this, pod, node) !== undefined) return undefined;
    return { node };
  }

  /**
   * Preemption (preemption.ts): the victims get a graceful deletion with their own grace period, not an eviction
   * (PDBs only steered the choice), and the preemptor is nominated to the node. Lower-priority pods nominated there
   * lose their nomination, as upstream clears them.
   */
  private preempt(pod: SimPod, plan: PreemptionPlan): void {
    for (const other of this.pending) {
      if (other.nominatedNode === plan.node && other.w.spec.pod.priority < pod.w.spec.pod.priority) this.releaseNomination(other);
    }
    for (const victim of plan.victims) {
      victim.w.preempted++;
      this.deletePod(victim, victim.w.spec.pod.graceSeconds * 1000);
    }
    this.nominate(pod, plan.node);
  }

  /**
   * Holds the pod's requests on the node it was nominated to, so that lower-priority pods do not take the room its
   * victims leave (upstream counts nominated pods in the filters of pods of lower or equal priority). Free resources
   * may go negative while the victims terminate.
   */
  private nominate(pod: SimPod, node: SimNode): void {
    const shape = pod.w.spec.pod;
    pod.nominatedNode = node;
    node.freeCpu -= shape.cpuMillis;
    node.freeMemory -= shape.memoryBytes;
    node.freePods -= 1;
    this.table.sync(node);
  }

  private releaseNomination(pod: SimPod): void {
    const node = pod.nominatedNode;
    if (!node) return;
    pod.nominatedNode = undefined;
    if (node.deleted) return;
    const shape = pod.w.spec.pod;
    node.freeCpu += shape.cpuMillis;
    node.freeMemory += shape.memoryBytes;
    node.freePods += 1;
    this.table.sync(node);
  }

  private fitDaemonPod(pod: SimPod, node: SimNode): { node?: SimNode; reason?: string } {
    if (node.deleted) {
      this.removePod(pod);
      return { reason: 'node deleted' };
    }
    const shape = pod.w.spec.pod;
    if (node.freeCpu >= shape.cpuMillis && node.freeMemory >= shape.memoryBytes && node.freePods >= 1) return { node };
    return { reason: `0/1 nodes are available: 1 Insufficient ${node.freeCpu < shape.cpuMillis ? 'cpu' : node.freeMemory < shape.memoryBytes ? 'memory' : 'pods'}.` };
  }

  /** Forgets what happened while the initial cluster was being provisioned: the scenario starts from here. */
  resetSchedulingStats(): void {
    for (const w of this.workloads) {
      w.pendingPodMs = 0;
      w.preempted = 0;
      w.maxPending = w.pendingNow;
      w.reasons.clear();
      for (const pod of w.pods) {
        if (pod.pendingSince === undefined) continue;
        pod.pendingSince = this.now;
        if (pod.lastReason) w.reasons.set(pod.lastReason, (w.reasons.get(pod.lastReason) ?? 0) + 1);
      }
    }
  }

  /** Pods pending right now. */
  pendingPods(): SimPod[] {
    return [...this.pending];
  }

  // ------------------------------------------------------------------------------------------------------
  // PDB status

  pdbStatus(pdb: SimPdb): PdbStatus {
    let expectedScale = 0;
    let matchedPods = 0;
    let currentHealthy = 0;
    let scaleUnresolvable = false;
    for (const w of pdb.workloads) {
      if (w.isDaemon) scaleUnresolvable = true;
      else expectedScale += w.desired;
      matchedPods += w.pods.size;
      currentHealthy += w.ready;
    }
    return pdbStatus(pdb.spec, { expectedScale, matchedPods, currentHealthy, scaleUnresolvable });
  }
}

function hasLowerPriorityTerminating(node: SimNode, pod: SimPod): boolean {
  for (const p of node.pods) if (p.terminating && p.w.spec.pod.priority < pod.w.spec.pod.priority) return true;
  return false;
}

function ownerSelector(w: SimWorkload): any {
  return { matchLabels: w.spec.pod.labels };
}

/** The DaemonSet controller places a pod on every node its selector, affinity and taints admit. */
function daemonWanted(w: SimWorkload, node: SimNode): boolean {
  const pod = w.spec.pod;
  if (!nodeMatches(pod.nodeSelector, pod.requiredNodeTerms, node.labels, node.name)) return false;
  // DaemonSet pods get NoSchedule tolerations for unschedulable/not-ready nodes automatically; node taints count.
  return untoleratedTaint(node.taints, pod.tolerations) === undefined;
}

/** How long a pod tolerates an unreachable node (B.8); undefined = forever (e.g. DaemonSet pods). */
function unreachableTolerationMs(pod: SimPod): number | undefined {
  if (pod.w.isDaemon) return undefined;
  const taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
  const explicit = pod.w.spec.pod.tolerations.find((t) => tolerates([t], taint));
  if (!explicit) return DEFAULT_UNREACHABLE_TOLERATION_MS;
  const seconds = explicit.tolerationSeconds;
  return typeof seconds === 'number' ? Math.max(0, seconds) * 1000 : undefined;
}
