import type { Finding } from '../model/types.js';

/**
 * Every reporter lists findings in one order — file, line, column, rule id — so outputs are
 * stable for snapshots, diffs between runs and PR comments. Message and fingerprint break the
 * remaining ties so the order is total. Plain code-unit comparison (not localeCompare) keeps it
 * independent of the machine's locale.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
