import * as core from '@actions/core';
import type { Finding, Severity } from '../model/types.js';
import { toPortablePath } from '../report/portable-path.js';

/**
 * GitHub shows at most 10 annotations of each severity per step (and 50 per job); the rest are
 * dropped without a word. resilint annotates 9 of a severity and spends the tenth on saying how
 * many more there are and where they are, so nobody takes 10 annotations for the whole story.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotateOptions {
  /** Files the pull request touches: their findings take the limited annotation slots first. */
  changedFiles?: ReadonlySet<string>;
  /** Where every finding can be read, named by the overflow annotation. */
  elsewhere?: string;
}

/**
 * Reported findings as workflow annotations. They need no token and no permission, so they are
 * the floor under every other output; past GitHub's per-step limit the job summary and the JSON
 * report (which hold every finding) take over, and the last annotation says so.
 * GitHub only honours columns on single-line annotations, so ranges carry lines only.
 */
export function annotateFindings(findings: readonly Finding[], options: AnnotateOptions = {}): void {
  const elsewhere = options.elsewhere ?? 'the job summary and the findings-json output';
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const changed = options.changedFiles;
    // A stable partition: the PR's own files first, each group in report order.
    const ordered = changed ? [...ofSeverity.filter((f) => changed.has(f.file)), ...ofSeverity.filter((f) => !changed.has(f.file))] : ofSeverity;
    const fits = ordered.length <= ANNOTATIONS_PER_SEVERITY;
    const shown = fits ? ordered : ordered.slice(0, ANNOTATIONS_PER_SEVERITY - 1);
    for (const f of shown) annotate(f);
    if (!fits) {
      const more = ordered.length - shown.length;
      emit(severity, `resilint: ${more} more ${plural(severity, more)} not annotated here (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step); all ${ordered.length} are in ${elsewhere}.`, {
        title: `resilint: ${ordered.length} ${plural(severity, ordered.length)}`,
      });
    }
  }
}

function annotate(f: Finding): void {
  const properties: core.AnnotationProperties = {
    title: f.ruleId,
    file: toPortablePath(f.file),
    startLine: f.line,
    endLine: f.endLine,
  };
  if (f.endLine === f.line) {
    properties.startColumn = f.column;
    properties.endColumn = f.endColumn;
  }
  emit(f.severity, f.remediation ? `${f.message}\n${f.remediation}` : f.message, properties);
}

function emit(severity: Severity, message: string, properties: core.AnnotationProperties): void {
  if (severity === 'error') core.error(message, properties);
  else if (severity === 'warning') core.warning(message, properties);
  else core.notice(message, properties);
}

function plural(severity: Severity, n: number): string {
  return n === 1 ? severity : `${severity}s`;
}
