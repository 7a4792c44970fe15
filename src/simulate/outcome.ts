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
  notes: string[];
}
