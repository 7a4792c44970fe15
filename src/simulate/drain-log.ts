/**
 * The drains a scenario reports: those that met a refusal or did not end in `drained`, plus those still running
 * when the simulation ended. A drain without timeout (kubectl's default, `--timeout=0`) that a PDB blocks for good
 * never finishes, so it never reaches its onDone callback; without this log it would vanish from the report.
 */
import { drainNode, type DrainHandle, type DrainOptions, type DrainOutcome } from './drain.js';
import type { DrainReport } from './outcome.js';
import type { Simulation } from './simulation.js';
import type { SimNode } from './state.js';

export function toDrainReport(o: DrainOutcome): DrainReport {
  return {
    node: o.node,
    status: o.status,
    startSeconds: Math.round(o.startedMs / 1000),
    durationSeconds: Math.round((o.endedMs - o.startedMs) / 1000),
    rejections: o.rejections,
    blockingPdbs: o.blockingPdbs,
    remainingPods: o.remainingPods,
    messages: o.messages,
    refusals: o.refusals,
  };
}

function worthReporting(o: DrainOutcome): boolean {
  return o.rejections > 0 || o.status !== 'drained';
}

export class DrainLog {
  private readonly finished: DrainOutcome[] = [];
  private readonly started: DrainHandle[] = [];

  constructor(private readonly sim: Simulation) {}

  /** Starts a drain; `onDone` (optional) runs after the outcome is logged, as the scenario's next step. */
  drain(node: SimNode, options: Omit<DrainOptions, 'onDone'> & { onDone?: DrainOptions['onDone'] }): void {
    const handle = drainNode(this.sim, node, {
      ...options,
      onDone: (outcome) => {
        if (worthReporting(outcome)) this.finished.push(outcome);
        options.onDone?.(outcome);
      },
    });
    this.started.push(handle);
  }

  /** Reports in the order the drains ended; those still running at `endMs` come last, status `unfinished`. */
  reports(endMs: number): DrainReport[] {
    const running = this.started.flatMap((h) => {
      const o = h.unfinished();
      return o ? [{ ...o, endedMs: Math.max(o.startedMs, endMs) }] : [];
    });
    return [...this.finished, ...running].map(toDrainReport);
  }
}
