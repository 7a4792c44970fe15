import { severityRank, type Finding } from '../model/types.js';
import { sortFindings } from '../report/finding-order.js';

/**
 * Most severe first, then file/line order: when a cap cuts a list, what is cut is the least
 * important. The same order everywhere keeps runs stable.
 */
export function byPriority(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}
