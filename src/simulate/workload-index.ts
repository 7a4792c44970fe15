/**
 * Which workloads a label selector can possibly match: those in its namespace that carry the selector's first
 * matchLabels pair. Every PDB, spread constraint and affinity term asks this once while the simulation is built;
 * answering from an index instead of testing every workload keeps that linear in the number of workloads.
 * Callers still run the exact selector match on the candidates.
 */
import type { SimWorkload } from './state.js';

export class WorkloadIndex {
  private readonly byNamespace = new Map<string, SimWorkload[]>();
  private readonly byLabel = new Map<string, SimWorkload[]>();

  constructor(workloads: readonly SimWorkload[]) {
    for (const w of workloads) {
      append(this.byNamespace, w.spec.namespace, w);
      for (const [k, v] of Object.entries(w.spec.pod.labels)) append(this.byLabel, labelKey(w.spec.namespace, k, v), w);
    }
  }

  /** Candidates in workload order (so results built from them keep the manifests' order). */
  candidates(namespace: string, selector: unknown): readonly SimWorkload[] {
    const matchLabels = (selector as { matchLabels?: unknown } | null | undefined)?.matchLabels;
    const first = matchLabels && typeof matchLabels === 'object' ? Object.entries(matchLabels)[0] : undefined;
    if (!first) return this.byNamespace.get(namespace) ?? [];
    return this.byLabel.get(labelKey(namespace, first[0], String(first[1]))) ?? [];
  }
}

function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

function append(map: Map<string, SimWorkload[]>, key: string, w: SimWorkload): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}
