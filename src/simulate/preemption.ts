/**
 * kube-scheduler's DefaultPreemption PostFilter, simplified and stated (docs/simulate.md "Preemption"): when a pod
 * fits no node, find the node where deleting lower-priority pods makes it fit, and the fewest, least important such
 * pods there. Source: kubernetes.io "Pod Priority and Preemption" and the DefaultPreemption plugin
 * (SelectVictimsOnNode, pickOneNodeForPreemption).
 *
 * Each candidate node is tried by taking the would-be victims off it for real (free resources, topology counters) and
 * asking the scheduler's own filters (nodeRejection), then putting them back: the plan changes nothing.
 */
import { nodeRejection } from './scheduler.js';
import type { Simulation } from './simulation.js';
import type { SimNode, SimPod } from './state.js';

export interface PreemptionPlan {
  node: SimNode;
  /** Most important first. */
  victims: SimPod[];
  /** Victims whose deletion takes a PodDisruptionBudget below its floor (allowed, but minimised). */
  pdbViolations: number;
}

/** DefaultPreemption's dry run covers max(100, 10 % of the nodes) candidates (minCandidateNodesPercentage/Absolute). */
export function candidatesToFind(nodes: number): number {
  return Math.min(nodes, Math.max(100, Math.floor(nodes / 10)));
}

/**
 * Whether `pod` may preempt at all: its PriorityClass does not say `preemptionPolicy: Never`, and some running pod
 * has a strictly lower priority (equal priority never preempts). DaemonSet pods are left out (see docs).
 */
export function mayPreempt(sim: Simulation, pod: SimPod): boolean {
  const shape = pod.w.spec.pod;
  return !pod.w.isDaemon && shape.preemptsLowerPriority && shape.priority > sim.lowestPreemptiblePriority;
}

/** The node and victims that let `pod` schedule, or undefined when no node can make room by preemption. */
export function planPreemption(sim: Simulation, pod: SimPod): PreemptionPlan | undefined {
  const priority = pod.w.spec.pod.priority;
  const nodes = sim.liveNodes();
  const want = candidatesToFind(nodes.length);
  let best: PreemptionPlan | undefined;
  let candidates = 0;
  let withoutViolation = 0;
  for (const node of nodes) {
    // Cordoned and lost nodes reject the pod whatever runs there (UnschedulableAndUnresolvable upstream).
    if (node.cordoned || node.down) continue;
    const lower: SimPod[] = [];
    const leaving: SimPod[] = [];
    for (const p of node.pods) {
      if (p.w.isDaemon || p.w.spec.pod.priority >= priority) continue;
      (p.terminating ? leaving : lower).push(p);
    }
    if (lower.length === 0 || !roomAfterRemoving(pod, node, [...lower, ...leaving])) continue;
    const plan = victimsOn(sim, pod, node, lower, leaving);
    if (!plan) continue;
    candidates++;
    if (plan.pdbViolations === 0) withoutViolation++;
    if (!best || betterPlan(plan, best)) best = plan;
    // Upstream stops its dry run once it has enough candidates and at least one that violates no PDB.
    if (withoutViolation > 0 && candidates >= want) break;
  }
  return best;
}

/** Cheap resource check before the dry run: even with every lower-priority pod gone, would the requests fit? */
function roomAfterRemoving(pod: SimPod, node: SimNode, lower: readonly SimPod[]): boolean {
  let cpu = node.freeCpu;
  let memory = node.freeMemory;
  let count = node.freePods;
  for (const p of lower) {
    cpu += p.w.spec.pod.cpuMillis;
    memory += p.w.spec.pod.memoryBytes;
    count++;
  }
  const shape = pod.w.spec.pod;
  return cpu >= shape.cpuMillis && memory >= shape.memoryBytes && count >= 1;
}

/**
 * SelectVictimsOnNode: take every lower-priority pod off; if the pod then fits, put them back one by one, most
 * important first, those whose deletion would violate a PDB before the others, keeping each one that still leaves
 * room. What cannot go back are the victims.
 *
 * Lower-priority pods already terminating (`leaving`, e.g. an earlier preemption's victims) stay off and are not
 * victims again: their room is on its way. Upstream lists them among the potential victims too, which can make a
 * second preemptor on the node delete more pods than it needs.
 */
function victimsOn(sim: Simulation, pod: SimPod, node: SimNode, lower: SimPod[], leaving: readonly SimPod[]): PreemptionPlan | undefined {
  lower.sort(moreImportantFirst);
  for (const p of leaving) takeOff(p, node);
  for (const p of lower) takeOff(p, node);
  sim.table.sync(node);
  if (nodeRejection(sim, pod, node) !== undefined) {
    for (const p of leaving) putBack(p, node);
    for (const p of lower) putBack(p, node);
    sim.table.sync(node);
    return undefined;
  }
  const violating = pdbViolators(sim, lower);
  const victims: SimPod[] = [];
  let pdbViolations = 0;
  const reprieve = (p: SimPod): void => {
    putBack(p, node);
    sim.table.sync(node);
    if (nodeRejection(sim, pod, node) === undefined) return;
    takeOff(p, node);
    sim.table.sync(node);
    victims.push(p);
    if (violating.has(p)) pdbViolations++;
  };
  for (const p of lower) if (violating.has(p)) reprieve(p);
  for (const p of lower) if (!violating.has(p)) reprieve(p);
  for (const p of leaving) putBack(p, node);
  for (const p of victims) putBack(p, node);
  sim.table.sync(node);
  if (victims.length === 0) return undefined;
  victims.sort(moreImportantFirst);
  return { node, victims, pdbViolations };
}

/** Higher priority first, then the older pod (MoreImportantPod; pod ids grow with creation time). */
function moreImportantFirst(a: SimPod, b: SimPod): number {
  return b.w.spec.pod.priority - a.w.spec.pod.priority || a.id - b.id;
}

/**
 * filterPodsWithPDBViolation: walking the pods most important first, each one uses up one disruption of every PDB
 * that selects it; a pod that takes a PDB below zero would violate it.
 */
function pdbViolators(sim: Simulation, pods: readonly SimPod[]): Set<SimPod> {
  const allowed = new Map<object, number>();
  const violating = new Set<SimPod>();
  for (const p of pods) {
    for (const pdb of p.w.pdbs) {
      const left = (allowed.get(pdb) ?? sim.pdbStatus(pdb).disruptionsAllowed) - 1;
      allowed.set(pdb, left);
      if (left < 0) violating.add(p);
    }
  }
  return violating;
}

/**
 * pickOneNodeForPreemption, in its order: fewest PDB violations, lowest highest-victim priority, smallest sum of
 * priorities (each shifted by 2^31 as upstream does, so fewer victims weigh in), fewest victims, and the latest
 * start among the highest-priority victims. A full tie keeps the earlier node in scan order.
 */
export function betterPlan(a: PreemptionPlan, b: PreemptionPlan): boolean {
  if (a.pdbViolations !== b.pdbViolations) return a.pdbViolations < b.pdbViolations;
  const topA = a.victims[0]!.w.spec.pod.priority;
  const topB = b.victims[0]!.w.spec.pod.priority;
  if (topA !== topB) return topA < topB;
  const sumA = shiftedPrioritySum(a.victims);
  const sumB = shiftedPrioritySum(b.victims);
  if (sumA !== sumB) return sumA < sumB;
  if (a.victims.length !== b.victims.length) return a.victims.length < b.victims.length;
  return earliestTopVictim(a) > earliestTopVictim(b);
}

function shiftedPrioritySum(victims: readonly SimPod[]): number {
  let sum = 0;
  for (const p of victims) sum += p.w.spec.pod.priority + 2 ** 31;
  return sum;
}

/** The oldest (lowest id) pod among the victims that share the highest priority. */
function earliestTopVictim(plan: PreemptionPlan): number {
  const top = plan.victims[0]!.w.spec.pod.priority;
  let earliest = Number.POSITIVE_INFINITY;
  for (const p of plan.victims) if (p.w.spec.pod.priority === top) earliest = Math.min(earliest, p.id);
  return earliest;
}

/** The dry run's removal: the pod's requests and topology counts leave the node (synced by the caller). */
function takeOff(pod: SimPod, node: SimNode): void {
  adjust(pod, node, 1);
}

function putBack(pod: SimPod, node: SimNode): void {
  adjust(pod, node, -1);
}

function adjust(pod: SimPod, node: SimNode, sign: 1 | -1): void {
  const shape = pod.w.spec.pod;
  node.freeCpu += sign * shape.cpuMillis;
  node.freeMemory += sign * shape.memoryBytes;
  node.freePods += sign;
  if (pod.counted) for (const c of pod.w.counters) c.add(node.domains[c.keyIndex]!, -sign);
}
