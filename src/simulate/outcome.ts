/** What one scenario run reports: plain data, ordered deterministically, ready for JSON, text and Markdown. */

export interface WorkloadOutcome {
  workload: string;
  kind: string;
  namespace: string;
  name: string;
  file: string;
  desired: number;
  minReady: number;
  /** The PDB's desiredHealthy at the start, when exactly one PDB covers just this workload. */
  pdbFloor?: number;
  belowFloorSeconds: number;
  zeroSeconds: number;
  maxPending: number;
  pendingPodSeconds: number;
  /** FailedScheduling messages seen, most frequent first. */
  unschedulableReasons: string[];
  /** Pods already pending when the scenario started: they fit nowhere even before any disruption (absent when none). */
  pendingAtStart?: number;
  /**
   * When a pod's requests exceed every node the cluster has and every instance type its NodePools may launch: what it
   * needs against the largest on offer ("needs 4 cpu per pod; ... m5.xlarge, has 3920m allocatable").
   */
  noFit?: string;
  /** Pods deleted by kube-scheduler preemption to make room for higher-priority pods (absent when none). */
  preempted?: number;
  /** Ready replicas over time, [seconds, ready] (downsampled to the minimum per bucket) when the workload dipped. */
  series?: Array<[number, number]>;
}

export interface DrainReport {
  node: string;
  /** `unfinished`: still running when the simulation ended (no timeout, blocked for good). */
  status: 'drained' | 'timed-out' | 'failed' | 'unfinished';
  startSeconds: number;
  durationSeconds: number;
  rejections: number;
  blockingPdbs: string[];
  remainingPods: string[];
  messages: string[];
  /** Per blocking PDB, its first refusal with the budget's numbers at that moment: why the drain could not go on. */
  refusals: DrainRefusal[];
}

export interface DrainRefusal {
  pdb: string;
  pod: string;
  /** 429: the budget allowed no disruption; 500: the pod is under more than one PDB. */
  code: 429 | 500;
  /** Whether the refused pod was Ready (an unready pod is refused only while the budget is short, B.1.6). */
  podReady: boolean;
  desiredHealthy: number;
  currentHealthy: number;
  expectedPods: number;
  disruptionsAllowed: number;
  /** The PDB lets unready pods go (`unhealthyPodEvictionPolicy: AlwaysAllow`). */
  alwaysAllowUnhealthy: boolean;
}

/** How far a rolling upgrade got: the comparison judges an upgrade that stalls, not only the pods it moved. */
export interface UpgradeOutcome {
  /** Nodes the upgrade set out to replace. */
  nodes: number;
  /** Nodes replaced (their drain finished, or timed out and `onTimeout=continue` replaced them anyway). */
  upgraded: number;
  /** Of those, replaced after a drain that did not finish: their pods were deleted without PDB checks. */
  forced: number;
  /** Every node was replaced. */
  completed: boolean;
  /** Time until the last replacement node joined, or until the upgrade stopped or the simulation ended. */
  durationSeconds: number;
  /** The node whose drain held the upgrade when it stopped (abort, or a drain without timeout still blocked). */
  stoppedAt?: string;
}

/** What Karpenter's disruption loop did after demand dropped, and which nodes it could not consolidate and why. */
export interface ConsolidationOutcome {
  /** Nodes of the NodePools when demand dropped, and when the run ended. */
  nodesBefore: number;
  nodesAfter: number;
  /** The disruption commands Karpenter carried out, in order. */
  actions: ConsolidationAction[];
  /** Nodes Karpenter launched for pods that found no room (its simulation and kube-scheduler disagreed), not as replacements. */
  launched: number;
  /** Nodes that could have been removed or replaced but were not, with what kept each. */
  blocked: BlockedNode[];
}

export interface ConsolidationAction {
  /** When Karpenter decided (a poll of its disruption loop). */
  atSeconds: number;
  /** `empty`: Emptiness; `underutilized`: single-node consolidation (A.4 method order). */
  method: 'empty' | 'underutilized';
  nodes: Array<{ node: string; instanceType: string }>;
  /** The cheaper node launched first, for a replacement. */
  replacement?: { node: string; instanceType: string };
  /** When the last of the nodes was gone; absent while a drain was still running at the end. */
  doneSeconds?: number;
}

export interface BlockedNode {
  node: string;
  pool: string;
  instanceType: string;
  /** What consolidation would do without the blockers: `delete`, or `replace with m5.large`. */
  could: string;
  reasons: ConsolidationBlock[];
}

export type ConsolidationBlockKind =
  | 'pod-do-not-disrupt'
  | 'node-do-not-disrupt'
  | 'pdb'
  | 'multiple-pdbs'
  | 'budget'
  | 'consolidate-after-never'
  | 'when-empty';

export interface ConsolidationBlock {
  kind: ConsolidationBlockKind;
  /** The object to change, as the model keys it: a workload, a PodDisruptionBudget or a NodePool (`NodePool//general`). */
  object: string;
  /** One clause naming it: `pod web-0 of Deployment/shop/web has karpenter.sh/do-not-disrupt: "true"`. */
  why: string;
  /** For `budget`: its index in spec.disruption.budgets (-1: the default budget). */
  budget?: number;
  /** For `pod-do-not-disrupt`: the pod, and the annotation's value. */
  pod?: string;
  value?: string;
  /** For `pdb` and `multiple-pdbs`: the budget's numbers, as a drain's refusal gives them. */
  refusal?: DrainRefusal;
}

export interface HpaOutcome {
  hpa: string;
  workload: string;
  minReplicas: number;
  maxReplicas: number;
  peakReplicas: number;
  /** The largest replica count the metrics asked for before min/max and rate limits. */
  peakRecommended: number;
  /** Time at maxReplicas while the metrics asked for more. */
  saturatedSeconds: number;
  series: Array<[number, number]>;
}

export interface ScenarioOutcome {
  /** e.g. `zone-outage:us-east-1a`. */
  id: string;
  scenario: string;
  description: string;
  params: Record<string, string | number>;
  durationSeconds: number;
  events: number;
  workloads: WorkloadOutcome[];
  drains: DrainReport[];
  hpas: HpaOutcome[];
  /** rolling-upgrade only. */
  upgrade?: UpgradeOutcome;
  /** consolidation only. */
  consolidation?: ConsolidationOutcome;
  notes: string[];
}
