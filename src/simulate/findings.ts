/** Simulation problems as findings, so they flow through the same reports, PR comments and exit codes as rules. */
import { fingerprint } from '../model/fingerprint.js';
import type { Finding, RuleMeta } from '../model/types.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { problemKey, type ComparedProblem } from './compare.js';
import type { SimulationResult } from './index.js';
import { PROBLEM_SEVERITY, type Problem, type ProblemRule } from './problems.js';

const TITLES: Record<ProblemRule, string> = {
  'sim/drain-blocked': 'A node drain is blocked by this PodDisruptionBudget',
  'sim/availability-drop': 'Availability drops during a simulated disruption',
  'sim/unschedulable': 'Pods cannot be scheduled during a simulated disruption',
  'sim/unschedulable-at-start': 'Pods cannot be scheduled even before any disruption',
  'sim/zone-loss-outage': 'Losing one zone takes this workload to zero',
  'sim/hpa-saturated': 'The HPA saturates at maxReplicas under the replayed load',
  'sim/consolidation-blocked': 'Karpenter cannot consolidate nodes it could remove or replace',
};

/** The general advice, for `resilint rules` and `explain`; each finding carries the advice for its own case. */
const REMEDIATIONS: Record<ProblemRule, string> = {
  'sim/drain-blocked':
    'Let the budget allow a disruption when every pod is healthy (maxUnavailable: 1, or minAvailable below the replica count), select each pod with one budget only, and set unhealthyPodEvictionPolicy: AlwaysAllow so that pods that are not Ready can go.',
  'sim/availability-drop': 'Run at least two replicas with a PodDisruptionBudget, spread them across nodes, and keep the time until a new pod is Ready short.',
  'sim/unschedulable': 'Relax the placement constraint or request less, so that replacement pods fit on the remaining nodes.',
  'sim/unschedulable-at-start': 'Request no more than the largest node offers, or offer larger nodes; otherwise relax the constraint the scheduler names.',
  'sim/zone-loss-outage': 'Run at least two replicas, spread them across zones (topologySpreadConstraints on topology.kubernetes.io/zone) and do not pin the workload to a single zone.',
  'sim/hpa-saturated': 'Raise maxReplicas to cover the peak, or lower the per-pod load the target implies.',
  'sim/consolidation-blocked':
    'Annotate with karpenter.sh/do-not-disrupt only pods that must never move (or give it a duration), let every PodDisruptionBudget allow a disruption, and keep NodePool budgets above 0 nodes (a schedule for freezes) and consolidateAfter a duration rather than Never.',
};

/** Why each problem matters, for `resilint explain`. */
const RATIONALES: Record<ProblemRule, string> = {
  'sim/drain-blocked':
    'kubectl drain evicts pods through the Eviction API, which refuses (429) while the budget allows no disruption, and kubectl retries every 5 seconds until its timeout (none by default). A budget that allows no disruption when every pod is healthy, a pod selected by two budgets (refused with 500) or an unready pod under the default unhealthyPodEvictionPolicy holds up every node upgrade; upgrade tooling then gives up or deletes the pods without the budget.',
  'sim/availability-drop':
    'During a drain, a spot interruption or Karpenter consolidation the workload lost every ready replica, or fell below the floor its PodDisruptionBudget promises: users see errors while replacements start.',
  'sim/unschedulable':
    'Replacement pods found no node for longer than a node launch takes: the workload runs short until the disruption ends.',
  'sim/unschedulable-at-start':
    'Some pods fit no node the cluster has or its NodePools can launch, even before anything is disrupted: the manifests do not run as written, and a workload none of whose pods fit is down for good.',
  'sim/zone-loss-outage':
    'When every node of one zone stops, its pods stop serving at once and are replaced only after 340 seconds (node monitor grace period plus the default unreachable toleration): a workload with all its replicas in one zone is down for that long, or for the whole outage when it may not run elsewhere.',
  'sim/hpa-saturated':
    'The replayed load asked for more replicas than maxReplicas allows: the pods run hotter than the target for that long.',
  'sim/consolidation-blocked':
    'After demand drops, Karpenter deletes empty nodes and deletes or replaces underutilized ones when their pods fit elsewhere. A node is skipped while one of its pods has karpenter.sh/do-not-disrupt, while a pod\'s PodDisruptionBudget allows no disruption (or two budgets select it), when its NodePool carries do-not-disrupt, sets consolidateAfter: Never or a disruption budget of 0 nodes, and, under consolidationPolicy: WhenEmpty, until it is empty. The cluster keeps paying for such nodes.',
};

/** Rule metadata for reporters (SARIF `tool.driver.rules`, help text, `resilint rules` and `explain`). */
export const SIMULATION_RULES: Array<RuleMeta & { rationale: string }> = (Object.keys(TITLES) as ProblemRule[]).map((id) => ({
  id,
  severity: PROBLEM_SEVERITY[id],
  description: `${TITLES[id]}.`,
  remediation: REMEDIATIONS[id],
  rationale: RATIONALES[id],
  docsUrl: `${HOMEPAGE}/blob/v${VERSION.split('.')[0]}/docs/simulate.md#problems`,
  category: 'simulation',
}));

export function simulationFindings(result: SimulationResult): Finding[] {
  const compared = new Map<string, ComparedProblem>();
  for (const p of result.comparison?.problems ?? []) compared.set(p.key, p);
  const groups = new Map<string, Problem[]>();
  for (const p of result.head.problems) {
    const id = fingerprint([p.ruleId, '', p.identityFile ?? p.file, p.object.kind, p.object.namespace, p.object.name, p.fieldPath]);
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  const findings: Finding[] = [];
  for (const [id, problems] of groups) {
    const scenarios = [...new Set(problems.map((p) => p.scenario))];
    let suffix = '';
    let onBase = false;
    // The problem a reader must see first: one the change made new or worse, when there is one.
    let shown = problems[0]!;
    if (result.base) {
      const fresh = problems.map((p) => ({ p, c: compared.get(problemKey(p))! })).filter(({ c }) => c?.status === 'new');
      // A problem the base did not have at all comes before one it had in a milder form.
      const chosen = fresh.find(({ c }) => c.worse === undefined) ?? fresh[0];
      if (chosen) shown = chosen.p;
      suffix = !chosen ? ' Already on base.' : chosen.c.worse === undefined ? ' New in this change.' : ` Worse than on base: ${chosen.c.worse}.`;
      onBase = !chosen;
    }
    findings.push({
      ruleId: shown.ruleId,
      severity: PROBLEM_SEVERITY[shown.ruleId],
      message: `${TITLES[shown.ruleId]}: ${shown.detail} (scenario ${scenarios.join(', ')}).${suffix}`,
      file: shown.file,
      line: shown.line,
      column: shown.column,
      endLine: shown.endLine,
      endColumn: shown.endColumn,
      object: shown.object,
      fieldPath: shown.fieldPath,
      fingerprint: id,
      // A problem the base already had is kept and shown, but, like a suppressed finding, does not
      // fail the run: a change is judged by what it makes worse.
      suppressed: onBase,
      ...(onBase ? { suppressionReason: 'already on the base' } : {}),
      remediation: shown.remediation,
    });
  }
  // What fails the run first, then by place.
  return findings.sort(
    (a, b) => Number(a.suppressed) - Number(b.suppressed) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : 1)),
  );
}
