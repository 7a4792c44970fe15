/**
 * Incremental pod counts per topology domain, shared by the topology-spread and inter-pod (anti-)affinity filters.
 * Each distinct topology key gets an index and each of its values an integer id, so a node's domain is an array
 * lookup and a count is an array read: scheduling stays O(nodes scanned), never O(pods).
 */
import { selectorMatches } from '../model/workloads.js';
import type { LabelSelector } from './workloads.js';

export class TopologyKeys {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  /** Per key: value → domain id, and the reverse. */
  readonly valueIds: Array<Map<string, number>> = [];
  readonly values: string[][] = [];

  keyIndex(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.index.set(key, i);
      this.valueIds.push(new Map());
      this.values.push([]);
    }
    return i;
  }

  /** Domain ids of a node's labels for every registered key (-1: the node lacks the key). */
  domainsOf(labels: Readonly<Record<string, string>>): Int32Array {
    const out = new Int32Array(this.keys.length);
    for (let k = 0; k < this.keys.length; k++) {
      const value = labels[this.keys[k]!];
      if (value === undefined) {
        out[k] = -1;
        continue;
      }
      let id = this.valueIds[k]!.get(value);
      if (id === undefined) {
        id = this.values[k]!.length;
        this.values[k]!.push(value);
        this.valueIds[k]!.set(value, id);
      }
      out[k] = id;
    }
    return out;
  }
}

/** Counts of the pods matching `selector` in `namespace` (bound, not terminating: B.4) per domain of one key. */
export class DomainCounter {
  counts: number[] = [];
  /** Σ counts: whether any matching pod exists, without scanning every domain. */
  total = 0;
  constructor(
    readonly id: number,
    readonly keyIndex: number,
    readonly namespace: string,
    readonly selector: LabelSelector | undefined,
  ) {}

  /** B.4: an empty selector counts nothing; a null one matches nothing. */
  matches(namespace: string, labels: Record<string, string>): boolean {
    if (namespace !== this.namespace || !this.selector) return false;
    const s = this.selector;
    if (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0) return false;
    return selectorMatches(s, labels);
  }

  get(domain: number): number {
    return domain < 0 ? 0 : (this.counts[domain] ?? 0);
  }

  add(domain: number, delta: number): void {
    if (domain < 0) return;
    while (this.counts.length <= domain) this.counts.push(0);
    this.counts[domain]! += delta;
    this.total += delta;
  }
}

export class CounterRegistry {
  readonly counters: DomainCounter[] = [];
  private readonly byKey = new Map<string, DomainCounter>();
  constructor(readonly topology: TopologyKeys) {}

  counter(namespace: string, topologyKey: string, selector: LabelSelector | undefined): DomainCounter {
    const id = `${namespace}\u0000${topologyKey}\u0000${JSON.stringify(selector ?? null)}`;
    let c = this.byKey.get(id);
    if (!c) {
      c = new DomainCounter(this.counters.length, this.topology.keyIndex(topologyKey), namespace, selector);
      this.counters.push(c);
      this.byKey.set(id, c);
    }
    return c;
  }
}
