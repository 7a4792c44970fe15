import type { Finding, ManifestObject } from '../model/types.js';

export const IGNORE_ANNOTATION = 'resilint.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'resilint.io/ignore-reason';

/**
 * Marks findings suppressed by the object's `resilint.io/ignore: "rule-a,rule-b"` annotation
 * (`*` or `all` for every rule). The annotation may sit on the object or on its pod template.
 * Suppressed findings are kept and counted, never dropped, so JSON and SARIF still show them.
 */
export function applySuppressions(findings: Finding[], o: ManifestObject, podTemplateAnnotations?: Record<string, unknown>): void {
  const sources = [o.raw.metadata?.annotations, podTemplateAnnotations];
  for (const f of findings) {
    for (const annotations of sources) {
      if (!annotations || typeof annotations !== 'object') continue;
      const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
      if (typeof value !== 'string') continue;
      const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
      if (ids.includes(f.ruleId) || ids.includes('*') || ids.includes('all')) {
        f.suppressed = true;
        const reason = (annotations as Record<string, unknown>)[IGNORE_REASON_ANNOTATION];
        f.suppressionReason = typeof reason === 'string' ? reason : `${IGNORE_ANNOTATION} annotation`;
        break;
      }
    }
  }
}
