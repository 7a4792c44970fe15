/**
 * Karpenter's disruption loop, for consolidation (semantics A.4 "Consolidation", B.6): every 10 s it looks for one
 * action, Emptiness first (every empty candidate, within the budgets for reason Empty), then single-node consolidation
 * (candidates by disruption cost; the first whose pods fit the other nodes plus at most one cheaper new node, within
 * the budget for reason Underutilized). An action is checked again 15 s later (commandValidationDelay) before it
 * runs. A replacement is launched first and the candidate is drained once it has joined; draining taints the node
 * and evicts every pod through the Eviction API at once, with Karpenter's backoff (PDBs respected), and the instance
 * goes when the node is empty.
 *
 * Stated simplifications: drift, expiry and multi-node consolidation are not run; termination evicts in one tier
 * (critical pods are not kept for last); there is no terminationGracePeriod, so a drain waits as long as it takes.
 */
import { simulateConsolidation, type Replacement } from './consolidation-fit.js';
import { CandidateGate, fullyBlocking, isEmpty, reschedulable, type Gate } from './consolidation-gate.js';
import type { DrainLog } from './drain-log.js';
import type { NodePoolModel, KarpenterProvisioner } from './karpenter.js';
import { allowedDisruptions, budgetNodes, type DisruptionReason, type PoolDisruption } from './nodepool-disruption.js';
import type { BlockedNode, ConsolidationAction, ConsolidationBlock } from './outcome.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPod } from './state.js';
import { podTemplateOf } from '../model/workloads.js';
import { workloadKey } from './workloads.js';
import type { PodPlacement } from './karpenter.js';

/** The disruption controller's polling period (A.4). */
export const POLL_MS = 10_000;
/** commandValidationDelay (A.4): an action is checked again this long after it was chosen. */
export const VALIDATION_MS = 15_000;

const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

interface Command {
  method: 'empty' | 'underutilized';
  nodes: SimNode[];
  replacement?: Replacement;
}

export interface DisruptionSetup {
  sim: Simulation;
  karpenter: KarpenterProvisioner | undefined;
  pools: readonly NodePoolModel[];
  settings: ReadonlyMap<string, PoolDisruption>;
  zones: readonly string[];
  drains: DrainLog;
  /** The loop stops polling after this time. */
  endMs: number;
}

export class DisruptionController {
  readonly actions: ConsolidationAction[] = [];
  /** Nodes marked for deletion: waiting for their replacement, or draining. */
  readonly marked = new Set<SimNode>();
  /** Names of the nodes launched as replacements. */
  readonly replacements = new Set<string>();
  private readonly gate: CandidateGate;
  private readonly daemons: PodPlacement[];
  /** The last poll found nothing to do: its answer holds while nothing changes and no timer opens a node. */
  private idle: { changes: number; until: number } | undefined;

  constructor(private readonly setup: DisruptionSetup) {
    this.gate = new CandidateGate(setup.sim, this.marked);
    this.daemons = setup.sim.workloads.filter((w) => w.isDaemon).map((w) => w.spec.pod);
  }

  start(): void {
    this.setup.sim.loop.at(0, () => this.poll());
  }

  private poll(): void {
    const { sim, endMs } = this.setup;
    if (sim.now > endMs) return;
    if (this.idle && this.idle.changes === sim.changes && sim.now < this.idle.until) return this.pollAgain();
    const { command, until } = this.decide();
    if (command) {
      this.idle = undefined;
      sim.loop.after(VALIDATION_MS, () => {
        const checked = this.validate(command);
        if (checked) this.execute(checked, sim.now - VALIDATION_MS);
        sim.loop.after(POLL_MS, () => this.poll());
      });
      return;
    }
    this.idle = { changes: sim.changes, until: until ?? Number.POSITIVE_INFINITY };
    this.pollAgain();
  }

  /**
   * The next poll. When nothing else is under way, polling could only find something new once a node's timer
   * opens (consolidateAfter, a do-not-disrupt duration): the loop then sleeps until that poll, or stops.
   */
  private pollAgain(): void {
    const { sim, endMs } = this.setup;
    if (sim.loop.pending > 0) {
      sim.loop.after(POLL_MS, () => this.poll());
      return;
    }
    const until = this.idle?.until ?? Number.POSITIVE_INFINITY;
    if (until > endMs) return;
    sim.loop.at(sim.now + Math.max(POLL_MS, Math.ceil((until - sim.now) / POLL_MS) * POLL_MS), () => this.poll());
  }

  /** Managed nodes (of a NodePool the manifests define), in the order they joined. */
  managedNodes(): SimNode[] {
    return this.setup.sim.liveNodes().filter((n) => this.setup.settings.has(n.group));
  }

  /** B.6 budget arithmetic for the pool now: its initialized nodes, less those NotReady or being disrupted. */
  private allowance(pool: PoolDisruption, reason: DisruptionReason): ReturnType<typeof allowedDisruptions> & { numNodes: number } {
    const nodes = this.managedNodes().filter((n) => n.group === pool.pool);
    const unavailable = nodes.filter((n) => n.down || this.marked.has(n)).length;
    return { ...allowedDisruptions(pool, reason, nodes.length, unavailable), numNodes: nodes.length };
  }

  private decide(): { command?: Command; until?: number } {
    const { sim, settings } = this.setup;
    let until: number | undefined;
    const open: Array<{ node: SimNode; pool: PoolDisruption }> = [];
    for (const node of this.managedNodes()) {
      const pool = settings.get(node.group)!;
      const g = this.gate.gate(node, pool);
      if (g.busy || g.blocks.length > 0) continue;
      if (g.until !== undefined && g.until > sim.now) {
        until = Math.min(until ?? Number.POSITIVE_INFINITY, g.until);
        continue;
      }
      open.push({ node, pool });
    }
    const empty = this.emptiness(open.filter((c) => isEmpty(c.node)));
    if (empty) return { command: empty };
    return { ...(until !== undefined ? { until } : {}), ...this.singleNode(open) };
  }

  /** Emptiness (A.4): every empty candidate, as many per pool as its budget for reason Empty allows. */
  private emptiness(candidates: ReadonlyArray<{ node: SimNode; pool: PoolDisruption }>): Command | undefined {
    const nodes: SimNode[] = [];
    const left = new Map<PoolDisruption, number>();
    for (const { node, pool } of candidates) {
      if (!left.has(pool)) left.set(pool, this.allowance(pool, 'Empty').allowed);
      const n = left.get(pool)!;
      if (n <= 0) continue;
      left.set(pool, n - 1);
      nodes.push(node);
    }
    return nodes.length > 0 ? { method: 'empty', nodes } : undefined;
  }

  /** Single-node consolidation (A.4): the cheapest candidate to disrupt whose pods fit elsewhere. */
  private singleNode(candidates: ReadonlyArray<{ node: SimNode; pool: PoolDisruption }>): { command?: Command } {
    const allowed = new Map<PoolDisruption, number>();
    const eligible = candidates.filter(({ pool }) => {
      if (!pool.underutilized) return false;
      if (!allowed.has(pool)) allowed.set(pool, this.allowance(pool, 'Underutilized').allowed);
      return allowed.get(pool)! > 0;
    });
    const ranked = eligible.map((c) => ({ ...c, cost: this.disruptionCost(c.node, c.pool) })).sort((a, b) => a.cost - b.cost || a.node.id - b.node.id);
    for (const { node } of ranked) {
      const fit = this.fit(node, false);
      if (fit.ok) return { command: { method: 'underutilized', nodes: [node], ...(fit.replacement ? { replacement: fit.replacement } : {}) } };
    }
    return {};
  }

  /**
   * Whether the node's pods fit elsewhere (with at most one cheaper new node). `everyPod`: also the pods that keep
   * the node today (do-not-disrupt, a budget at 0), to tell whether only they stand in the way.
   */
  private fit(node: SimNode, everyPod: boolean): ReturnType<typeof simulateConsolidation> {
    const { sim, karpenter, settings, pools, zones } = this.setup;
    const removed = new Set<SimNode>([node, ...this.marked]);
    // A.4: the candidate's reschedulable pods and those on nodes being deleted, except pods behind a fully blocking PDB.
    const moving = [...removed].flatMap((n) => [...n.pods].filter((p) => reschedulable(p) && (everyPod || !p.w.pdbs.some(fullyBlocking))));
    const pending = sim.pendingPods().filter((p: SimPod) => !p.daemonNode && !p.nominatedNode && !karpenter?.isPlanned(p));
    return simulateConsolidation(sim, {
      removed,
      candidate: node,
      moving,
      pending,
      // A.4 placement step 1: the candidate's pods do not go to nodes still inside their consolidateAfter.
      receives: (n) => {
        const pool = settings.get(n.group);
        return !pool || pool.consolidateAfterMs === 'Never' || n.podEventAt + pool.consolidateAfterMs <= sim.now;
      },
      pools,
      zones,
      daemons: this.daemons,
    });
  }

  /**
   * B.6 disruption cost: Σ over the pods of clamp(1 + deletion cost / 2^27 + priority / 2^25, −10, 10), times the
   * share of the node's lifetime (expireAfter) still ahead.
   */
  private disruptionCost(node: SimNode, pool: PoolDisruption): number {
    let cost = 0;
    for (const pod of node.pods) {
      if (!reschedulable(pod)) continue;
      const annotation = podTemplateOf(pod.w.spec.object)?.metadata.annotations?.[DELETION_COST];
      const deletionCost = Number.isFinite(Number(annotation)) ? Number(annotation) : 0;
      cost += Math.min(10, Math.max(-10, 1 + deletionCost / 2 ** 27 + pod.w.spec.pod.priority / 2 ** 25));
    }
    if (pool.expireAfterMs === undefined) return cost;
    const age = this.setup.sim.now - node.joinedAt;
    return cost * Math.min(1, Math.max(0, (pool.expireAfterMs - age) / pool.expireAfterMs));
  }

  /** commandValidationDelay: the nodes must still be candidates and the action still valid (A.4). */
  private validate(command: Command): Command | undefined {
    const { settings, sim } = this.setup;
    for (const node of command.nodes) {
      const g: Gate = this.gate.gate(node, settings.get(node.group)!);
      if (g.busy || g.blocks.length > 0 || (g.until !== undefined && g.until > sim.now)) return undefined;
    }
    if (command.method === 'empty') {
      const still = command.nodes.filter((n) => isEmpty(n));
      return still.length > 0 ? { ...command, nodes: still } : undefined;
    }
    const pool = settings.get(command.nodes[0]!.group)!;
    if (this.allowance(pool, 'Underutilized').allowed <= 0) return undefined;
    const fit = this.fit(command.nodes[0]!, false);
    if (!fit.ok) return undefined;
    return { method: command.method, nodes: command.nodes, ...(fit.replacement ? { replacement: fit.replacement } : {}) };
  }

  private execute(command: Command, decidedAt: number): void {
    const { karpenter, sim } = this.setup;
    // The candidates are tainted (karpenter.sh/disrupted:NoSchedule) as soon as the command runs, so nothing new
    // lands on them while a replacement launches.
    for (const node of command.nodes) {
      this.marked.add(node);
      sim.cordon(node);
    }
    const action: ConsolidationAction = {
      atSeconds: Math.round(decidedAt / 1000),
      method: command.method,
      nodes: command.nodes.map((n) => ({ node: n.name, instanceType: n.instanceType })),
    };
    this.actions.push(action);
    const terminate = () => {
      let left = command.nodes.length;
      for (const node of command.nodes) this.terminate(node, () => {
        if (--left === 0) action.doneSeconds = Math.round(this.setup.sim.now / 1000);
      });
    };
    const r = command.replacement;
    if (r && karpenter) {
      // The replacement joins before the candidate is drained, so its pods have somewhere to go (A.4).
      const name = karpenter.launchNode(r.pool, r.zone, r.type, terminate);
      this.replacements.add(name);
      action.replacement = { node: name, instanceType: r.type.name };
    } else {
      terminate();
    }
  }

  /** Karpenter's termination (B.6): taint, evict through the Eviction API with backoff, then the instance goes. */
  private terminate(node: SimNode, gone: () => void): void {
    const { sim, drains } = this.setup;
    drains.drain(node, {
      caller: 'karpenter',
      timeoutMs: 0,
      onDone: () => {
        sim.deleteNode(node);
        this.marked.delete(node);
        gone();
      },
    });
  }

  /**
   * At the end of a run: the nodes consolidation would remove or replace but for something that will not pass by
   * waiting, with every such thing named. Nodes that are needed (their pods fit nowhere else) are not listed.
   */
  blockedNodes(): BlockedNode[] {
    const { settings } = this.setup;
    const out: BlockedNode[] = [];
    for (const node of [...this.managedNodes()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const pool = settings.get(node.group)!;
      const g = this.gate.gate(node, pool);
      if (g.busy) continue;
      const empty = isEmpty(node);
      const reasons: ConsolidationBlock[] = [...g.blocks, ...this.gate.activeDurations(node)];
      const object = workloadKey('NodePool', '', pool.pool);
      if (!empty && !pool.underutilized) {
        reasons.push({ kind: 'when-empty', object, why: `NodePool ${pool.pool} sets consolidationPolicy: WhenEmpty, which removes only nodes without pods` });
      }
      const allowance = this.allowance(pool, empty ? 'Empty' : 'Underutilized');
      if (allowance.allowed === 0 && allowance.limitedBy && budgetNodes(allowance.limitedBy, allowance.numNodes) === 0) {
        const b = allowance.limitedBy;
        const scheduled = b.scheduled ? ' (its schedule is treated as always active)' : '';
        reasons.push({
          kind: 'budget',
          object,
          budget: b.index,
          why: `NodePool ${pool.pool}'s disruption budget nodes: "${b.nodes}" allows 0 of its ${allowance.numNodes} node(s) to be disrupted${scheduled}`,
        });
      }
      // A node also inside consolidateAfter is reported all the same: that wait passes, the reasons do not.
      if (reasons.length === 0) continue;
      const fit = empty ? { ok: true as const } : this.fit(node, true);
      if (!fit.ok) continue;
      const could = 'replacement' in fit && fit.replacement ? `replace with ${fit.replacement.type.name}` : 'delete';
      out.push({ node: node.name, pool: pool.pool, instanceType: node.instanceType, could, reasons });
    }
    return out;
  }

  /** Managed nodes still inside consolidateAfter at the end, per pool: the run was too short to see them go. */
  waiting(): Map<string, number> {
    const out = new Map<string, number>();
    for (const node of this.managedNodes()) {
      const pool = this.setup.settings.get(node.group)!;
      const g = this.gate.gate(node, pool);
      if (!g.busy && g.blocks.length === 0 && g.until !== undefined && g.until > this.setup.sim.now) out.set(pool.pool, (out.get(pool.pool) ?? 0) + 1);
    }
    return out;
  }
}
