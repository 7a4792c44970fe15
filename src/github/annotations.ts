import * as core from '@actions/core';
import type { Finding } from '../model/types.js';
import { toPortablePath } from '../report/portable-path.js';

/**
 * Every reported finding as a workflow annotation. They need no token and no permission, so they
 * are the floor under every other output: when commenting is impossible nothing is lost.
 * GitHub only honours columns on single-line annotations, so ranges carry lines only.
 */
export function annotateFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
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
    const message = f.remediation ? `${f.message}\n${f.remediation}` : f.message;
    if (f.severity === 'error') core.error(message, properties);
    else if (f.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}
