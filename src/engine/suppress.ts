import { closestId } from '../rules/closest-id.js';
import { objectFinding } from './object-finding.js';
import type { Finding, ManifestObject, PathSegment } from '../model/types.js';

export const IGNORE_ANNOTATION = 'resilint.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'resilint.io/ignore-reason';

/**
 * Marks findings suppressed by the object's `resilint.io/ignore: "rule-a,rule-b"` annotation
 * (`*` or `all` for every rule; `rule-a/validationId` for one validation of a rule). The
 * annotation may sit on the object or on its pod template. Suppressed findings are kept and
 * counted, never dropped, so JSON and SARIF still show them.
 */
export function applySuppressions(findings: Finding[], o: ManifestObject, podTemplateAnnotations?: Record<string, unknown>): void {
  const sources = [o.raw.metadata?.annotations, podTemplateAnnotations];
  for (const f of findings) {
    for (const annotations of sources) {
      if (!annotations || typeof annotations !== 'object') continue;
      const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
      if (typeof value !== 'string') continue;
      const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
      if (ids.includes(f.ruleId) || ids.includes('*') || ids.includes('all') || (f.validation !== undefined && ids.includes(`${f.ruleId}/${f.validation}`))) {
        f.suppressed = true;
        const reason = (annotations as Record<string, unknown>)[IGNORE_REASON_ANNOTATION];
        f.suppressionReason = typeof reason === 'string' ? reason : `${IGNORE_ANNOTATION} annotation`;
        break;
      }
    }
  }
}

/**
 * Marks a finding suppressed when a rule that supersedes its rule (`metadata.supersedes`) reports
 * at the same file, line and column of the same object: one cause, told once, by the more
 * specific rule. Kept and marked, like any suppressed finding; a superseding finding that is
 * itself suppressed hides nothing.
 */
export function applySupersedes(findings: Finding[], supersededBy: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const f of findings) {
    const by = supersededBy.get(f.ruleId);
    if (!by || f.suppressed) continue;
    const winner = findings.find((g) => !g.suppressed && by.has(g.ruleId) && g.file === f.file && g.line === f.line && g.column === f.column);
    if (winner) {
      f.suppressed = true;
      f.suppressionReason = `superseded by ${winner.ruleId}, which reports the same place`;
    }
  }
}

/**
 * A `resilint.io/ignore` that names a rule which does not exist (a typo such as `pdb-mising`)
 * suppresses nothing; say so at the annotation, or the user believes the finding is handled.
 */
export function unknownSuppressions(
  o: ManifestObject,
  template: { annotations?: Record<string, unknown>; path: PathSegment[] } | undefined,
  isKnown: (ruleId: string) => boolean,
  knownIds: readonly string[] = [],
): Finding[] {
  const out: Finding[] = [];
  const sources: Array<[unknown, PathSegment[]]> = [[o.raw.metadata?.annotations, ['metadata', 'annotations']]];
  if (template) sources.push([template.annotations, [...template.path, 'metadata', 'annotations']]);
  for (const [annotations, path] of sources) {
    if (!annotations || typeof annotations !== 'object') continue;
    const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
    if (typeof value !== 'string') continue;
    const unknown = value
      .split(',')
      .map((s) => s.trim())
      .filter((id) => id && id !== '*' && id !== 'all' && !isKnown(id));
    if (unknown.length === 0) continue;
    out.push(
      objectFinding(o, {
        ruleId: 'suppression-error',
        severity: 'warning',
        message:
          `${IGNORE_ANNOTATION} names unknown rule(s) ${unknown.map((id) => withGuess(id, knownIds)).join(', ')}, ` +
          'so it suppresses nothing for them (see `resilint rules`)',
        path: [...path, IGNORE_ANNOTATION],
        identity: ['suppression-error', o.identityFile ?? o.file, o.kind, o.namespace, o.name, unknown.join(',')],
      }),
    );
  }
  return out;
}

function withGuess(id: string, known: readonly string[]): string {
  const guess = closestId(id, known);
  return guess ? `${id} (did you mean ${guess}?)` : id;
}
