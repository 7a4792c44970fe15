import type { Finding, LintResult, Severity } from '../model/types.js';

/** `1,204` — fixed to en-US so output does not depend on the machine's locale. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1 error`, `3 warnings`, `1,204 objects`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

export interface ProblemCounts {
  problems: number;
  bySeverity: Record<Severity, number>;
  /** Distinct files with at least one reported (unsuppressed) finding. */
  filesWithProblems: number;
  suppressed: number;
}

/**
 * Severity counts come from `result.summary`, the engine's single source of truth; the number of
 * files with problems is not in the summary, so it is derived from the reported findings.
 */
export function countProblems(result: LintResult): ProblemCounts {
  const { errors, warnings, notices, suppressed } = result.summary;
  return {
    problems: errors + warnings + notices,
    bySeverity: { error: errors, warning: warnings, notice: notices },
    filesWithProblems: new Set(reportedFindings(result.findings).map((f) => f.file)).size,
    suppressed,
  };
}

/** Findings a person should see: suppressed ones are only counted. */
export function reportedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}

/** `3 errors, 8 warnings, 1 notice` — zero counts are left out so the line stays short. */
export function severityBreakdown(bySeverity: Record<Severity, number>): string {
  const parts: string[] = [];
  if (bySeverity.error) parts.push(plural(bySeverity.error, 'error'));
  if (bySeverity.warning) parts.push(plural(bySeverity.warning, 'warning'));
  if (bySeverity.notice) parts.push(plural(bySeverity.notice, 'notice'));
  return parts.join(', ');
}

export interface RuleCount {
  ruleId: string;
  count: number;
  docsUrl?: string;
}

/**
 * The rules behind the reported findings, most findings first (then by id): where a large report
 * should start, and which rule a team may want to tune or turn off as a whole.
 */
export function countByRule(findings: readonly Finding[]): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  for (const f of reportedFindings(findings)) {
    const entry = byRule.get(f.ruleId);
    if (entry) {
      entry.count++;
      entry.docsUrl ??= f.docsUrl;
    } else byRule.set(f.ruleId, { ruleId: f.ruleId, count: 1, ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}) });
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
