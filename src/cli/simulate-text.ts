import type { FailLevel } from '../config/load-config.js';
import { severityRank, type Finding, type LintResult } from '../model/types.js';
import { palette } from '../report/ansi.js';
import { plural } from '../report/counts.js';
import { sortFindings } from '../report/finding-order.js';
import { formatText } from '../report/text.js';
import { formatSimulationText, SIMULATION_RULES, type SimulationResult } from '../simulate/index.js';

export interface SimulationTextInput {
  result: SimulationResult;
  findings: Finding[];
  /** The findings that set the exit code (see `failingFindings`). */
  failing: Finding[];
  failLevel: FailLevel;
  /** Source text of the head's files, for code frames. */
  sources: Map<string, string>;
  /** What the head held, for the summary line. */
  scanned: { objects: number; files: number };
  color: boolean;
}

/**
 * The `simulate` text report: the scenario tables, then the findings exactly as `resilint` lint shows
 * them (file:line:col, severity, message, rule id, code frame), and a summary line that says why the
 * command exits as it does. The tables explain what happened; the findings are what to change and the
 * reason for exit 1, so they must not exist only in JSON.
 */
export function formatSimulationReport(input: SimulationTextInput): string {
  const paint = palette(input.color);
  const counts = severityCounts(input.findings);
  const asLint: LintResult = {
    findings: input.findings,
    rules: SIMULATION_RULES,
    summary: {
      ...input.scanned,
      ...counts,
      suppressed: input.findings.filter((f) => f.suppressed).length,
      skippedDocuments: 0,
      skippedFiles: 0,
    },
    // The simulation's notes are already under its tables.
    notes: [],
    sources: input.sources,
  };
  // formatText ends with its summary line; the exit reason belongs on that same line.
  const findingsText = formatText(asLint, { color: input.color }).trimEnd().split('\n');
  const summary = findingsText.pop()!;
  const heading = counts.errors + counts.warnings + counts.notices > 0 ? ['== Findings', ''] : [];
  return [formatSimulationText(input.result), ...heading, ...findingsText, ...howToFix(input.findings), summary + paint.gray(exitReason(input))].join('\n') + '\n';
}

/**
 * What to change for each finding that counts, in the findings' order: lint's text report leaves remediation to
 * JSON and SARIF, but a simulated problem's fix depends on the case (the budget's numbers, the replica count).
 */
function howToFix(findings: readonly Finding[]): string[] {
  const shown = sortFindings(findings.filter((f) => !f.suppressed && f.remediation));
  if (shown.length === 0) return [];
  const lines = ['== How to fix', ''];
  for (const f of shown) lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.ruleId}: ${f.remediation}`);
  return [...lines, ''];
}

/** Reported (unsuppressed) findings by severity, as lint's summary counts them; the JSON's `summary` too. */
export function severityCounts(findings: readonly Finding[]): { errors: number; warnings: number; notices: number } {
  const count = (severity: Finding['severity']) => findings.filter((f) => !f.suppressed && f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), notices: count('notice') };
}

/** Findings at or above the fail level, never suppressed ones: any of them makes `simulate` exit 1. */
export function failingFindings(findings: readonly Finding[], failLevel: FailLevel): Finding[] {
  if (failLevel === 'never') return [];
  return findings.filter((f) => !f.suppressed && severityRank(f.severity) >= severityRank(failLevel));
}

function exitReason({ findings, failing, failLevel, result }: SimulationTextInput): string {
  // With a base, "suppressed" means "the base had it too" (see simulationFindings); say so.
  const onBase = result.base ? findings.filter((f) => f.suppressed).length : 0;
  const baseNote = onBase > 0 ? ` (${onBase === 1 ? 'it is' : 'they are'} already on the base)` : '';
  if (failing.length > 0) {
    return `${baseNote} · exit 1 because ${plural(failing.length, 'problem')} ${failing.length === 1 ? 'is' : 'are'} at or above --fail-level ${failLevel}`;
  }
  if (!findings.some((f) => !f.suppressed)) return baseNote;
  return failLevel === 'never' ? ' · exit 0 (--fail-level never)' : ` · exit 0: none at or above --fail-level ${failLevel}`;
}
