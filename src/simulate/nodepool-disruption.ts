/**
 * A NodePool's disruption settings (semantics B.6 "Disruption block") and the budget arithmetic that says how many
 * of its nodes Karpenter may disrupt right now for a reason (B.6 "Budget arithmetic").
 *
 * Stated simplifications: a budget with a `schedule` is treated as always active (the simulator evaluates no cron);
 * `Balanced` is treated as `WhenEmptyOrUnderutilized` (its score threshold is not modelled); v1beta1's
 * `WhenUnderutilized` is v1's `WhenEmptyOrUnderutilized`.
 */
import type { ManifestObject, PathSegment } from '../model/types.js';
import { isRecord } from '../model/workloads.js';
import type { NodePoolModel } from './karpenter.js';
import { durationSeconds } from './units.js';

export const DO_NOT_DISRUPT = 'karpenter.sh/do-not-disrupt';

export type DisruptionReason = 'Empty' | 'Underutilized';

export interface DisruptionBudget {
  /** Index in spec.disruption.budgets; -1 for the default budget (`nodes: 10%`) of a pool that sets none. */
  index: number;
  /** As written: `"10%"`, `"3"`, `"0"`. */
  nodes: string;
  /** undefined: every reason. */
  reasons: string[] | undefined;
  /** It has a schedule, which the simulator treats as always active. */
  scheduled: boolean;
}

export interface PoolDisruption {
  pool: string;
  object: ManifestObject;
  /** false for WhenEmpty: only empty nodes are consolidated. */
  underutilized: boolean;
  /** The policy as written, for messages (`WhenEmpty`, `Balanced`, …); undefined when defaulted. */
  policy: string | undefined;
  /** `Never` disables consolidation, emptiness included. Default 0 s. */
  consolidateAfterMs: number | 'Never';
  budgets: DisruptionBudget[];
  /** `expireAfter` (default 720h); undefined for Never. The disruption cost weighs a node's remaining lifetime. */
  expireAfterMs: number | undefined;
  /** The node template carries karpenter.sh/do-not-disrupt: "true", so every node of the pool is ineligible. */
  nodesDoNotDisrupt: boolean;
}

const DEFAULT_EXPIRE_AFTER_MS = 720 * 3600 * 1000;

export function readPoolDisruption(pool: NodePoolModel): PoolDisruption {
  const raw = pool.object.raw;
  const disruption = isRecord(raw.spec?.disruption) ? raw.spec.disruption : {};
  const policy = typeof disruption.consolidationPolicy === 'string' ? disruption.consolidationPolicy : undefined;
  const after = disruption.consolidateAfter;
  const consolidateAfterMs = after === 'Never' ? 'Never' : (durationSeconds(after) ?? 0) * 1000;
  // v1 moved expireAfter into the node template; v1beta1 kept it in the disruption block.
  const expire = raw.spec?.template?.spec?.expireAfter ?? disruption.expireAfter;
  const expireSeconds = expire === 'Never' ? undefined : durationSeconds(expire);
  const annotations = raw.spec?.template?.metadata?.annotations;
  return {
    pool: pool.name,
    object: pool.object,
    underutilized: policy !== 'WhenEmpty',
    policy,
    consolidateAfterMs,
    budgets: readBudgets(disruption.budgets),
    expireAfterMs: expire === 'Never' ? undefined : expireSeconds !== undefined ? expireSeconds * 1000 : DEFAULT_EXPIRE_AFTER_MS,
    nodesDoNotDisrupt: isRecord(annotations) && annotations[DO_NOT_DISRUPT] === 'true',
  };
}

function readBudgets(raw: unknown): DisruptionBudget[] {
  if (!Array.isArray(raw)) return [{ index: -1, nodes: '10%', reasons: undefined, scheduled: false }];
  return raw.map((b, index) => ({
    index,
    nodes: b?.nodes === undefined ? '10%' : String(b.nodes),
    reasons: Array.isArray(b?.reasons) && b.reasons.length > 0 ? b.reasons.map(String) : undefined,
    scheduled: typeof b?.schedule === 'string',
  }));
}

/** A budget's `nodes` against the pool's node count, percentages rounded up; an unreadable value fails closed to 0. */
export function budgetNodes(budget: DisruptionBudget, numNodes: number): number {
  const text = budget.nodes.trim();
  const percent = /^(\d+)%$/.exec(text);
  if (percent) return Math.ceil((Number(percent[1]) * numNodes) / 100);
  return /^\d+$/.test(text) ? Number(text) : 0;
}

export interface Allowance {
  /** Nodes that may be disrupted now for the reason. */
  allowed: number;
  /** The budget that sets the limit, when one does. */
  limitedBy?: DisruptionBudget;
}

/**
 * GetAllowedDisruptionsByReason (B.6): the minimum over the budgets that apply to the reason of their `nodes`
 * scaled to the pool's initialized nodes, less the nodes that are NotReady or already being disrupted.
 */
export function allowedDisruptions(d: PoolDisruption, reason: DisruptionReason, numNodes: number, unavailable: number): Allowance {
  let allowed = Number.MAX_SAFE_INTEGER;
  let limitedBy: DisruptionBudget | undefined;
  for (const budget of d.budgets) {
    if (budget.reasons && !budget.reasons.includes(reason)) continue;
    const n = budgetNodes(budget, numNodes);
    if (n < allowed) {
      allowed = n;
      limitedBy = budget;
    }
  }
  return { allowed: Math.max(0, allowed - unavailable), ...(limitedBy ? { limitedBy } : {}) };
}

/** Where the budget sits in the NodePool, for a finding's anchor. */
export function budgetPath(budget: Pick<DisruptionBudget, 'index'>): PathSegment[] {
  return budget.index < 0 ? ['spec', 'disruption'] : ['spec', 'disruption', 'budgets', budget.index, 'nodes'];
}

/**
 * A pod's `karpenter.sh/do-not-disrupt` (B.6): "true" blocks for good, a duration blocks that long after the pod
 * started, anything else is ignored (Karpenter raises an event). Returns how long it protects, in ms, or undefined.
 */
export function doNotDisruptMs(value: unknown): number | undefined {
  if (value === 'true') return Number.POSITIVE_INFINITY;
  if (typeof value !== 'string' || !/^[\d.]+(ms|s|m|h)/.test(value.trim())) return undefined;
  const seconds = durationSeconds(value);
  return seconds === undefined ? undefined : seconds * 1000;
}
