/**
 * `sim/consolidation-blocked`: nodes the consolidation scenario could have removed or replaced, kept by something a
 * manifest says. One problem per responsible object and scenario, anchored at the field to change: the pod
 * template's karpenter.sh/do-not-disrupt annotation, the PodDisruptionBudget's minAvailable/maxUnavailable, or the
 * NodePool's setting (consolidateAfter, the budget's nodes, its template's do-not-disrupt, consolidationPolicy).
 */
import type { ManifestObject, PathSegment } from '../model/types.js';
import { podTemplateOf } from '../model/workloads.js';
import { budgetPath, DO_NOT_DISRUPT } from './nodepool-disruption.js';
import type { BlockedNode, ConsolidationBlock, ConsolidationBlockKind, ScenarioOutcome } from './outcome.js';
import { anchor, drainRemedy, pdbField, type Problem } from './problems.js';
import { workloadKey, type ModelInput } from './workloads.js';

/** When a NodePool keeps nodes for several reasons, the one its finding points at: the one that blocks most. */
const POOL_ORDER: ConsolidationBlockKind[] = ['consolidate-after-never', 'budget', 'node-do-not-disrupt', 'when-empty'];

interface Group {
  first: ConsolidationBlock;
  blocks: ConsolidationBlock[];
  nodes: BlockedNode[];
}

export function consolidationProblems(outcomes: readonly ScenarioOutcome[], model: ModelInput, nodePools: readonly ManifestObject[]): Problem[] {
  const workloads = new Map(model.workloads.map((w) => [w.key, w]));
  const pdbs = new Map(model.pdbs.map((p) => [p.key, p]));
  // The first NodePool of a name wins, as the scenario reads its settings.
  const pools = new Map<string, ManifestObject>();
  for (const o of nodePools) if (!pools.has(workloadKey('NodePool', '', o.name))) pools.set(workloadKey('NodePool', '', o.name), o);
  const problems: Problem[] = [];
  for (const s of outcomes) {
    const groups = new Map<string, Group>();
    for (const node of s.consolidation?.blocked ?? []) {
      for (const block of node.reasons) {
        const g = groups.get(block.object) ?? { first: block, blocks: [], nodes: [] };
        g.blocks.push(block);
        if (!g.nodes.includes(node)) g.nodes.push(node);
        groups.set(block.object, g);
      }
    }
    for (const [key, g] of groups) {
      const problem = toProblem(s.id, g, {
        workload: workloads.get(key),
        pdb: pdbs.get(key),
        pool: pools.get(key),
      });
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

function toProblem(
  scenario: string,
  g: Group,
  objects: { workload: ModelInput['workloads'][number] | undefined; pdb: ModelInput['pdbs'][number] | undefined; pool: ManifestObject | undefined },
): Problem | undefined {
  const lead = leading(g.blocks);
  const base = { ruleId: 'sim/consolidation-blocked' as const, scenario, measures: [{ label: 'nodes kept', value: g.nodes.length, unit: 'count' as const }] };
  const kinds = [...new Set(g.blocks.map((b) => b.kind))];
  const whys = [...new Set([leadWhy(lead, g.blocks), ...kinds.filter((k) => k !== lead.kind).map((k) => g.blocks.find((b) => b.kind === k)!.why)])];
  const detail = `${kept(g.nodes)}: ${whys.join('; ')}`;
  switch (lead.kind) {
    case 'pod-do-not-disrupt': {
      const w = objects.workload;
      if (!w) return undefined;
      const template = podTemplateOf(w.object);
      const path: PathSegment[] = template ? [...template.path, 'metadata', 'annotations', DO_NOT_DISRUPT] : ['metadata'];
      return {
        ...base,
        ...anchor(w.object, path),
        detail,
        remediation:
          `Remove ${DO_NOT_DISRUPT} from the pod template, or set it to a duration such as "30m" that protects a pod only while it starts; ` +
          'a PodDisruptionBudget (maxUnavailable: 1) keeps the workload available while Karpenter moves its pods one at a time.',
      };
    }
    case 'pdb':
    case 'multiple-pdbs': {
      const pdb = objects.pdb;
      if (!pdb) return undefined;
      const r = lead.refusal;
      // A budget short of healthy pods at the end of the run is not a drain's timeout: say what keeps it short.
      const remediation =
        r && r.code === 429 && r.podReady && r.desiredHealthy < r.expectedPods
          ? `Only ${r.currentHealthy} of the ${r.expectedPods} pods were healthy and the budget needs ${r.desiredHealthy}: make sure every pod can be scheduled and gets Ready, so that the budget allows a disruption again.`
          : drainRemedy(pdb, r);
      return { ...base, ...anchor(pdb.object, pdbField(pdb)), detail, remediation };
    }
    default: {
      const pool = objects.pool;
      if (!pool) return undefined;
      return { ...base, ...anchor(pool, poolPath(lead)), detail, remediation: poolRemedy(lead) };
    }
  }
}

/** One workload's pods on several nodes are named together: "pods web-0, web-1 of Deployment/shop/web have …". */
function leadWhy(lead: ConsolidationBlock, blocks: readonly ConsolidationBlock[]): string {
  if (lead.kind !== 'pod-do-not-disrupt') return lead.why;
  const pods = [...new Set(blocks.filter((b) => b.kind === lead.kind && b.value === lead.value).map((b) => b.pod))];
  if (pods.length < 2) return lead.why;
  return `pods ${pods.join(', ')} of ${lead.object} have ${DO_NOT_DISRUPT}: "${lead.value}"`;
}

function leading(blocks: readonly ConsolidationBlock[]): ConsolidationBlock {
  const rank = (b: ConsolidationBlock) => {
    const i = POOL_ORDER.indexOf(b.kind);
    return i < 0 ? -1 : i;
  };
  return [...blocks].sort((a, b) => rank(a) - rank(b))[0]!;
}

/** "keeps node general-00003 (could be deleted)", "keeps 4 nodes (general-00001 could be replaced with m5.large, …)". */
function kept(nodes: readonly BlockedNode[]): string {
  const each = (n: BlockedNode) => `${n.node} could be ${n.could === 'delete' ? 'deleted' : n.could.replace(/^replace/, 'replaced')}`;
  if (nodes.length === 1) return `keeps node ${nodes[0]!.node} from consolidation (it ${each(nodes[0]!).replace(/^\S+ /, '')})`;
  const listed = nodes.slice(0, 3).map(each).join(', ');
  return `keeps ${nodes.length} nodes from consolidation (${listed}${nodes.length > 3 ? ', …' : ''})`;
}

function poolPath(block: ConsolidationBlock): PathSegment[] {
  switch (block.kind) {
    case 'consolidate-after-never':
      return ['spec', 'disruption', 'consolidateAfter'];
    case 'budget':
      return budgetPath({ index: block.budget ?? -1 });
    case 'node-do-not-disrupt':
      return ['spec', 'template', 'metadata', 'annotations', DO_NOT_DISRUPT];
    default:
      return ['spec', 'disruption', 'consolidationPolicy'];
  }
}

function poolRemedy(block: ConsolidationBlock): string {
  switch (block.kind) {
    case 'consolidate-after-never':
      return 'Set consolidateAfter to a duration (the default is 0s; 5m rides out short dips): Never turns consolidation off, empty nodes included, so the NodePool keeps every node it launches.';
    case 'budget':
      return 'Let this budget allow at least one node (the default is nodes: "10%"), or give it a schedule and duration so that the freeze holds only in the window that needs it: nodes: "0" stops consolidation for good.';
    case 'node-do-not-disrupt':
      return `Remove ${DO_NOT_DISRUPT} from the NodePool's template annotations: it makes every node of the pool ineligible for consolidation. Annotate only the pods that must not move.`;
    default:
      return 'Use consolidationPolicy: WhenEmptyOrUnderutilized (the default) if Karpenter should move pods off underutilized nodes; WhenEmpty waits until a node has no pods left.';
  }
}
