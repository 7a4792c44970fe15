/**
 * Whether a node may be a consolidation candidate now (semantics B.6 "Candidate gating", `statenode.go`), and if
 * not, what keeps it: a `karpenter.sh/do-not-disrupt` pod or node template, a pod whose (single) PodDisruptionBudget
 * allows no disruption, a pod under two budgets, `consolidateAfter: Never`; or something that passes by itself (the
 * node is not initialized, already being deleted, nominated for a pending pod, or still inside `consolidateAfter`).
 */
import { podTemplateOf } from '../model/workloads.js';
import { DO_NOT_DISRUPT, doNotDisruptMs, type PoolDisruption } from './nodepool-disruption.js';
import { drainRefusal } from './drain.js';
import type { ConsolidationBlock } from './outcome.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPdb, SimPod, SimWorkload } from './state.js';
import { workloadKey } from './workloads.js';

export interface Gate {
  /** What keeps the node from being a candidate and will not pass by waiting; empty when nothing does. */
  blocks: ConsolidationBlock[];
  /** The node is not a candidate for a while: the time it may be (consolidateAfter, a do-not-disrupt duration). */
  until?: number;
  /** The node is not a candidate for now, for a reason that passes with other events (not reported). */
  busy?: boolean;
}

/** A pod Karpenter must move off a candidate: not a DaemonSet pod, not terminating (A.4 "reschedulable"). */
export function reschedulable(pod: SimPod): boolean {
  return !pod.w.isDaemon && !pod.terminating;
}

/** The node has no pod Karpenter would have to move: Emptiness may delete it. */
export function isEmpty(node: SimNode): boolean {
  for (const pod of node.pods) if (reschedulable(pod)) return false;
  return true;
}

export class CandidateGate {
  private readonly doNotDisrupt = new Map<SimWorkload, unknown>();

  constructor(
    private readonly sim: Simulation,
    /** Nodes marked for deletion (being drained, or waiting for their replacement). */
    private readonly marked: ReadonlySet<SimNode>,
  ) {}

  gate(node: SimNode, pool: PoolDisruption): Gate {
    if (node.deleted || node.down || this.marked.has(node)) return { blocks: [], busy: true };
    if (this.sim.pendingPods().some((p) => p.nominatedNode === node)) return { blocks: [], busy: true };
    const blocks: ConsolidationBlock[] = [];
    const object = workloadKey('NodePool', '', pool.pool);
    if (pool.nodesDoNotDisrupt) {
      blocks.push({ kind: 'node-do-not-disrupt', object, why: `NodePool ${pool.pool} puts ${DO_NOT_DISRUPT}: "true" on every node it launches` });
    }
    if (pool.consolidateAfterMs === 'Never') {
      blocks.push({ kind: 'consolidate-after-never', object, why: `NodePool ${pool.pool} sets consolidateAfter: Never` });
    }
    let until: number | undefined;
    const seenPdbs = new Set<SimPdb>();
    for (const pod of [...node.pods].sort((a, b) => a.id - b.id)) {
      if (!reschedulable(pod)) continue;
      const protectedFor = this.podDoNotDisrupt(pod);
      if (protectedFor !== undefined) {
        const end = (pod.boundAt ?? 0) + protectedFor.ms;
        if (end > this.sim.now) {
          if (protectedFor.ms === Number.POSITIVE_INFINITY) {
            blocks.push({
              kind: 'pod-do-not-disrupt',
              object: pod.w.spec.key,
              why: `pod ${pod.name} of ${pod.w.spec.key} has ${DO_NOT_DISRUPT}: "${protectedFor.value}"`,
              pod: pod.name,
              value: protectedFor.value,
            });
          } else {
            until = Math.max(until ?? 0, end);
          }
        }
      }
      const pdbBlock = this.pdbBlock(pod, seenPdbs);
      if (pdbBlock) blocks.push(pdbBlock);
    }
    if (pool.consolidateAfterMs !== 'Never') {
      // B.6: the timer restarts on every pod bound to or leaving the node, or counts from when it joined.
      const end = node.podEventAt + pool.consolidateAfterMs;
      if (end > this.sim.now) until = Math.max(until ?? 0, end);
    }
    return { blocks, ...(until !== undefined ? { until } : {}) };
  }

  /** A do-not-disrupt duration still running at the end of a run, as a block (it kept the node through the run). */
  activeDurations(node: SimNode): ConsolidationBlock[] {
    const out: ConsolidationBlock[] = [];
    for (const pod of [...node.pods].sort((a, b) => a.id - b.id)) {
      if (!reschedulable(pod)) continue;
      const p = this.podDoNotDisrupt(pod);
      if (p && p.ms !== Number.POSITIVE_INFINITY && (pod.boundAt ?? 0) + p.ms > this.sim.now) {
        out.push({
          kind: 'pod-do-not-disrupt',
          object: pod.w.spec.key,
          why: `pod ${pod.name} of ${pod.w.spec.key} has ${DO_NOT_DISRUPT}: "${p.value}", longer than the run`,
          pod: pod.name,
          value: p.value,
        });
      }
    }
    return out;
  }

  private podDoNotDisrupt(pod: SimPod): { ms: number; value: string } | undefined {
    if (!this.doNotDisrupt.has(pod.w)) {
      const annotations = podTemplateOf(pod.w.spec.object)?.metadata.annotations;
      this.doNotDisrupt.set(pod.w, annotations && typeof annotations === 'object' ? (annotations as Record<string, unknown>)[DO_NOT_DISRUPT] : undefined);
    }
    const value = this.doNotDisrupt.get(pod.w);
    const ms = doNotDisruptMs(value);
    return ms === undefined ? undefined : { ms, value: String(value) };
  }

  /**
   * B.6: every evictable pod's single PodDisruptionBudget must allow a disruption, unless the pod is unready and the
   * budget lets unhealthy pods go (AlwaysAllow); a pod under two budgets blocks the node (the Eviction API refuses it).
   */
  private pdbBlock(pod: SimPod, seen: Set<SimPdb>): ConsolidationBlock | undefined {
    const pdbs = pod.w.pdbs;
    if (pdbs.length === 0) return undefined;
    if (pdbs.length > 1) {
      if (pdbs.every((p) => seen.has(p))) return undefined;
      for (const p of pdbs) seen.add(p);
      const names = pdbs.map((p) => `${p.spec.namespace}/${p.spec.name}`).join(' and ');
      return {
        kind: 'multiple-pdbs',
        object: pdbs[0]!.spec.key,
        why: `pod ${pod.name} is selected by PodDisruptionBudgets ${names}, and the Eviction API refuses a pod under two budgets`,
        refusal: drainRefusal(this.sim, pod, pdbs[0]!, 500),
      };
    }
    const pdb = pdbs[0]!;
    if (seen.has(pdb)) return undefined;
    const status = this.sim.pdbStatus(pdb);
    if (status.disruptionsAllowed > 0 || (!pod.ready && pdb.spec.alwaysAllowUnhealthy)) return undefined;
    seen.add(pdb);
    return {
      kind: 'pdb',
      object: pdb.spec.key,
      why: `PodDisruptionBudget ${pdb.spec.namespace}/${pdb.spec.name} needs ${status.desiredHealthy} of its ${status.expectedCount} pod(s) healthy and has ${status.currentHealthy}, so it allows 0 disruptions (pod ${pod.name})`,
      refusal: drainRefusal(this.sim, pod, pdb, 429),
    };
  }
}

/** B.1.5: `minAvailable: 100%`, `maxUnavailable: 0` or `0%` allow no disruption ever (Karpenter's isFullyBlocking). */
export function fullyBlocking(pdb: SimPdb): boolean {
  const { minAvailable, maxUnavailable } = pdb.spec;
  return minAvailable === '100%' || maxUnavailable === 0 || maxUnavailable === '0%';
}
