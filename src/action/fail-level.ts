import { severityRank, type Finding } from '../model/types.js';
import type { FailLevel } from './inputs.js';

/** Reported findings at or above the fail level; `never` lets every run pass. */
export function failingFindings(findings: readonly Finding[], failLevel: FailLevel): Finding[] {
  if (failLevel === 'never') return [];
  const threshold = severityRank(failLevel);
  return findings.filter((f) => !f.suppressed && severityRank(f.severity) >= threshold);
}
