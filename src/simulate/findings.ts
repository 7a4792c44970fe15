/** Simulation problems as findings, so they flow through the same reports, PR comments and exit codes as rules. */
import { fingerprint } from '../model/fingerprint.js';
import type { Finding, RuleMeta } from '../model/types.js';
import { problemKey, type ProblemStatus } from './compare.js';
import type { SimulationResult } from './index.js';
import { PROBLEM_SEVERITY, type Problem, type ProblemRule } from './problems.js';

const TITLES: Record<ProblemRule, string> = {
  'sim/drain-blocked': 'A node drain is blocked by this PodDisruptionBudget',
  'sim/availability-drop': 'Availability drops during a simulated disruption',
  'sim/unschedulable': 'Pods cannot be scheduled during a simulated disruption',
  'sim/zone-loss-outage': 'Losing one zone takes this workload to zero',
  'sim/hpa-saturated': 'The HPA saturates at maxReplicas under the replayed load',
};

const REMEDIATIONS: Record<ProblemRule, string> = {
  'sim/drain-blocked':
    'Allow at least one disruption: run more replicas than the budget requires, or use maxUnavailable: 1 instead of minAvailable equal to the replica count.',
  'sim/availability-drop': 'Run at least two replicas with a PodDisruptionBudget and spread them across nodes and zones.',
  'sim/unschedulable': 'Relax the placement constraint or request less, so that replacement pods fit on the remaining nodes.',
  'sim/zone-loss-outage': 'Spread replicas across zones (topologySpreadConstraints on topology.kubernetes.io/zone) and do not pin the workload to a single zone.',
  'sim/hpa-saturated': 'Raise maxReplicas to cover the peak, or lower the per-pod load the target implies.',
};

/** Rule metadata for reporters (SARIF `tool.driver.rules`, help text). */
export const SIMULATION_RULES: RuleMeta[] = (Object.keys(TITLES) as ProblemRule[]).map((id) => ({
  id,
  severity: PROBLEM_SEVERITY[id],
  description: `${TITLES[id]}.`,
  remediation: REMEDIATIONS[id],
  category: 'simulation',
}));

export function simulationFindings(result: SimulationResult): Finding[] {
  const status = new Map<string, ProblemStatus>();
  for (const p of result.comparison?.problems ?? []) status.set(p.key, p.status);
  const groups = new Map<string, Problem[]>();
  for (const p of result.head.problems) {
    const id = fingerprint([p.ruleId, '', p.file, p.object.kind, p.object.namespace, p.object.name, p.fieldPath]);
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  const findings: Finding[] = [];
  for (const [id, problems] of groups) {
    const first = problems[0]!;
    const scenarios = [...new Set(problems.map((p) => p.scenario))];
    let suffix = '';
    let onBase = false;
    if (result.base) {
      const isNew = problems.some((p) => status.get(problemKey(p)) === 'new');
      suffix = isNew ? ' New in this change.' : ' Already on base.';
      onBase = !isNew;
    }
    findings.push({
      ruleId: first.ruleId,
      severity: PROBLEM_SEVERITY[first.ruleId],
      message: `${TITLES[first.ruleId]}: ${first.detail} (scenario ${scenarios.join(', ')}).${suffix}`,
      file: first.file,
      line: first.line,
      column: first.column,
      endLine: first.endLine,
      endColumn: first.endColumn,
      object: first.object,
      fieldPath: first.fieldPath,
      fingerprint: id,
      // A problem the base already had is kept and shown, but, like a suppressed finding, does not
      // fail the run: a change is judged by what it makes worse.
      suppressed: onBase,
      ...(onBase ? { suppressionReason: 'already on the base' } : {}),
      remediation: REMEDIATIONS[first.ruleId],
    });
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : 1)));
}
