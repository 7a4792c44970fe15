import type { Finding, LintResult } from '../model/types.js';
import { sortFindings } from './finding-order.js';
import { toPortablePath } from './portable-path.js';
import { TOOL_NAME } from './tool-info.js';

export interface JsonOptions {
  /** resilint's own version, written to `tool.version`. */
  toolVersion: string;
}

/**
 * The JSON contract (version 1). Key order is part of the contract — consumers diff these files —
 * so objects are built literally in contract order; extra keys only ever come after the contract
 * keys. Absent values are `null` rather than missing so every finding has the same shape.
 */
export function formatJson(result: LintResult, options: JsonOptions): string {
  const { files, objects, errors, warnings, notices, suppressed, skippedDocuments, skippedFiles } = result.summary;
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    summary: { files, objects, errors, warnings, notices, suppressed, skippedDocuments, skippedFiles },
    findings: sortFindings(result.findings).map(toJsonFinding),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function toJsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: toPortablePath(f.file),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    object: f.object
      ? { apiVersion: f.object.apiVersion, kind: f.object.kind, namespace: f.object.namespace ?? null, name: f.object.name }
      : null,
    fieldPath: f.fieldPath ?? null,
    fingerprint: f.fingerprint,
    suppressed: f.suppressed,
    // Extras: JSON.stringify drops the undefined ones, so they appear only when known.
    validation: f.validation,
    suppressionReason: f.suppressionReason,
    remediation: f.remediation,
    docsUrl: f.docsUrl,
    related: f.related?.map((r) => ({ file: toPortablePath(r.file), line: r.line, column: r.column, message: r.message })),
  };
}
