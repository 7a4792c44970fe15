import type { Finding, RuleMeta, Severity } from '../model/types.js';
import { ENGINE_RULES, isEngineRule } from '../model/engine-rules.js';
import { compareText } from './finding-order.js';

/**
 * Findings that come from no rule file still need a SARIF rule entry (results point at rules by
 * index). Their descriptions live here, in one place, as full sentences.
 */
function describeRuleless(ruleId: string): string {
  if (isEngineRule(ruleId)) return ENGINE_RULES[ruleId]!;
  if (ruleId.startsWith('sim/')) {
    return `The disruption simulator found a problem in scenario "${ruleId.slice('sim/'.length)}".`;
  }
  return `Findings reported as "${ruleId}".`;
}

/**
 * The rules a SARIF run lists: every known rule plus one synthesised entry per rule id that only
 * occurs in findings. Sorted by id so `ruleIndex` values are stable between runs.
 */
export function sarifRuleCatalog(rules: readonly RuleMeta[], findings: readonly Finding[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const rule of rules) byId.set(rule.id, rule);
  for (const f of findings) {
    if (byId.has(f.ruleId)) continue;
    byId.set(f.ruleId, synthesise(f));
  }
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

function synthesise(first: Finding): RuleMeta {
  const severity: Severity = first.severity;
  return {
    id: first.ruleId,
    severity,
    description: describeRuleless(first.ruleId),
    remediation: first.remediation,
    docsUrl: first.docsUrl,
  };
}
