/**
 * Draining a node the way `kubectl drain --ignore-daemonsets --delete-emptydir-data --timeout=T` does (B.2):
 * cordon, then evict every non-DaemonSet pod concurrently; a 429 is retried every 5 s, any other error (the 500
 * for two PDBs) fails that pod; the drain finishes when every evicted pod is gone or the global timeout passes.
 * The two flags are what upgrade tooling passes: without --ignore-daemonsets kubectl refuses every node that runs a
 * DaemonSet pod, and without --delete-emptydir-data it aborts a node with an emptyDir pod before any eviction
 * (B.2 step 3). Karpenter's terminator (B.6, B.1.7) is the same loop with exponential backoff from 100 ms to 10 s.
 */
import { evict } from './eviction.js';
import type { DrainRefusal } from './outcome.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPdb, SimPod } from './state.js';

export const KUBECTL_RETRY_MS = 5_000;
/** kubectl's waitForDelete polls the pod every second. */
export const KUBECTL_POLL_MS = 1_000;

export type DrainCaller = 'kubectl' | 'karpenter';

export interface DrainOutcome {
  node: string;
  startedMs: number;
  endedMs: number;
  /** `unfinished`: still running when the simulation ended (a drain without timeout that a PDB blocks for good). */
  status: 'drained' | 'timed-out' | 'failed' | 'unfinished';
  /** 429 responses seen (each retry counts). */
  rejections: number;
  /** PDBs that answered 429 or 500, by key. */
  blockingPdbs: string[];
  /** Pods still on the node when the drain ended without success. */
  remainingPods: string[];
  messages: string[];
  /** Each blocking PDB's first refusal, with the budget's numbers then (the "why" a report shows). */
  refusals: DrainRefusal[];
}

export interface DrainOptions {
  caller: DrainCaller;
  /** 0 = no timeout (kubectl's default). */
  timeoutMs: number;
  onDone: (outcome: DrainOutcome) => void;
}

/** A started drain; `unfinished()` reads where it stands when the simulation ends without it having finished. */
export interface DrainHandle {
  /** The outcome so far, status `unfinished`, or undefined when the drain has already finished (and reported). */
  unfinished(): DrainOutcome | undefined;
}

export function drainNode(sim: Simulation, node: SimNode, options: DrainOptions): DrainHandle {
  const started = sim.now;
  const deadline = options.timeoutMs > 0 ? started + options.timeoutMs : Number.POSITIVE_INFINITY;
  const blocking = new Map<string, SimPdb>();
  const messages = new Set<string>();
  const failedPods = new Set<SimPod>();
  const refusals = new Map<string, DrainRefusal>();
  let rejections = 0;
  let finished = false;
  sim.cordon(node);
  const targets = [...node.pods].filter((p) => !p.w.isDaemon);

  const outcome = (status: DrainOutcome['status']): DrainOutcome => ({
    node: node.name,
    startedMs: started,
    endedMs: sim.now,
    status,
    rejections,
    blockingPdbs: [...blocking.keys()].sort(),
    remainingPods: status === 'drained' ? [] : targets.filter((p) => p.node === node).map((p) => p.name).sort(),
    messages: [...messages].sort(),
    refusals: [...refusals.values()].sort((a, b) => (a.pdb < b.pdb ? -1 : a.pdb > b.pdb ? 1 : 0)),
  });
  // One refusal per budget, the first: its numbers are what stopped the drain when it first could not go on.
  const noteRefusal = (pod: SimPod, pdb: SimPdb, code: 429 | 500) => {
    if (!refusals.has(pdb.spec.key)) refusals.set(pdb.spec.key, drainRefusal(sim, pod, pdb, code));
  };
  const finish = (status: DrainOutcome['status']) => {
    if (finished) return;
    finished = true;
    options.onDone(outcome(status));
  };
  // A drain without timeout that a PDB blocks never calls onDone; the scenario asks for it when time runs out.
  const handle: DrainHandle = { unfinished: () => (finished ? undefined : outcome('unfinished')) };

  const gone = (p: SimPod) => p.node !== node;
  const check = () => {
    if (finished) return;
    if (targets.every((p) => gone(p) || failedPods.has(p))) {
      finish(failedPods.size > 0 ? 'failed' : 'drained');
    }
  };

  const attempt = (pod: SimPod, backoffMs: number) => {
    if (finished) return;
    if (sim.now >= deadline) {
      finish('timed-out');
      return;
    }
    if (gone(pod)) return check();
    const result = evict(sim, pod);
    if (result.code === 201) {
      waitForDelete(pod);
      return;
    }
    if (result.code === 500 && options.caller === 'kubectl') {
      for (const pdb of result.pdbs) {
        blocking.set(pdb.spec.key, pdb);
        noteRefusal(pod, pdb, 500);
      }
      messages.add(`${pod.name}: ${result.message}`);
      failedPods.add(pod);
      return check();
    }
    rejections++;
    if (result.code === 429) {
      blocking.set(result.pdb.spec.key, result.pdb);
      noteRefusal(pod, result.pdb, 429);
      messages.add(result.message);
    } else {
      for (const pdb of result.pdbs) {
        blocking.set(pdb.spec.key, pdb);
        noteRefusal(pod, pdb, 500);
      }
      messages.add(result.message);
    }
    const delay = options.caller === 'kubectl' ? KUBECTL_RETRY_MS : backoffMs;
    sim.loop.after(delay, () => attempt(pod, Math.min(backoffMs * 2, 10_000)));
  };

  const waitForDelete = (pod: SimPod) => {
    const poll = () => {
      if (finished) return;
      if (gone(pod)) return check();
      if (sim.now >= deadline) return finish('timed-out');
      sim.loop.after(KUBECTL_POLL_MS, poll);
    };
    // The pod cannot be gone before its grace period ends, so the polls before that are skipped (same outcome).
    const graceMs = pod.w.spec.pod.graceSeconds * 1000;
    sim.loop.after(Math.max(KUBECTL_POLL_MS, Math.ceil(graceMs / KUBECTL_POLL_MS) * KUBECTL_POLL_MS), poll);
  };

  if (deadline !== Number.POSITIVE_INFINITY) sim.loop.at(deadline, () => finish('timed-out'));
  if (targets.length === 0) {
    sim.loop.after(0, () => finish('drained'));
    return handle;
  }
  for (const pod of targets) attempt(pod, 100);
  return handle;
}

/** A budget's refusal of `pod`'s eviction, with the numbers that decided it (reported by drains and consolidation). */
export function drainRefusal(sim: Simulation, pod: SimPod, pdb: SimPdb, code: 429 | 500): DrainRefusal {
  const status = sim.pdbStatus(pdb);
  return {
    pdb: pdb.spec.key,
    pod: pod.name,
    code,
    podReady: pod.ready,
    desiredHealthy: status.desiredHealthy,
    currentHealthy: status.currentHealthy,
    expectedPods: status.expectedCount,
    disruptionsAllowed: status.disruptionsAllowed,
    alwaysAllowUnhealthy: pdb.spec.alwaysAllowUnhealthy,
  };
}
