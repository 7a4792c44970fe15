import { fingerprint } from '../model/fingerprint.js';
import type { Finding, ManifestObject, PathSegment, Severity } from '../model/types.js';

export interface ObjectFindingFields {
  ruleId: string;
  validation?: string;
  severity: Severity;
  message: string;
  /** The field at fault; the finding points at it, or at its nearest existing parent. Default: metadata.name. */
  path?: PathSegment[];
  /** Shown as `fieldPath`, when the finding names a field. */
  fieldPath?: string;
  /** What identifies the finding across runs (never line numbers, so it survives edits above it). */
  identity: Parameters<typeof fingerprint>[0];
}

/** A finding about one object, placed at a field of it: what rule findings, rule errors and suppression errors share. */
export function objectFinding(o: ManifestObject, f: ObjectFindingFields): Finding {
  const at = o.locate(f.path ?? ['metadata', 'name']);
  const finding: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: o.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    object: objectRef(o),
    fingerprint: fingerprint(f.identity),
    suppressed: false,
  };
  if (f.validation !== undefined) finding.validation = f.validation;
  if (f.fieldPath !== undefined) finding.fieldPath = f.fieldPath;
  return finding;
}

export function objectRef(o: ManifestObject) {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, name: o.name };
}
