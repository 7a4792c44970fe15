/**
 * The shared vocabulary of resilint: what a loaded manifest object is, where a field sits in its
 * source file, and what a finding carries. Every stage (load → model → rules → simulate → report)
 * speaks these types, so they stay small and free of behaviour.
 */

export type Severity = 'error' | 'warning' | 'notice';

/** Severity order, highest first; `never` as a fail level means "nothing fails". */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

/** A 1-based source range: lines and columns as editors and GitHub count them. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One step of a field path: a map key or a list index. */
export type PathSegment = string | number;

/** Identifies a Kubernetes object the way people name it. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  /** Effective namespace; absent for cluster-scoped kinds. */
  namespace?: string;
  name: string;
}

/**
 * A Kubernetes object loaded from a file. `raw` is the value as parsed (plain JSON-like data,
 * integers as JS numbers); `locate` maps a field path to the exact source range of that field,
 * falling back to the nearest existing parent when the field is absent.
 */
export interface ManifestObject extends ObjectRef {
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  /**
   * Path relative to the repository root, when the run's working directory is below it: what
   * fingerprints are made of, so a baseline or a PR comment written from one directory still
   * matches a run from another. Absent means `file`.
   */
  identityFile?: string;
  /** Index of the YAML document within the file (0-based). */
  docIndex: number;
  /** Index within a `List` kind's `items`, when the object came from one. */
  listIndex?: number;
  raw: Record<string, any>;
  /** Range of the whole object (its document, or its item in a List). */
  range: SourceRange;
  /** Source range of the field at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathSegment[]): LocatedField;
}

export interface LocatedField extends SourceRange {
  /** How much of the requested path exists; equal to the path length when the field exists. */
  matchedSegments: number;
}

/** A related location named by a finding, e.g. the PDB that makes a workload undrainable. */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Finding {
  /** Rule id (kebab-case), `parse-error`, `rule-error`, or `sim/<scenario>`. */
  ruleId: string;
  /** Validation id within the rule (camelCase), when the rule has several. */
  validation?: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  object?: ObjectRef;
  /** The field at fault, in the Kubernetes fieldPath notation (`spec.containers[0].resources`). */
  fieldPath?: string;
  /** Stable across line shifts and rewording: rule, validation, file, object, field path. */
  fingerprint: string;
  suppressed: boolean;
  suppressionReason?: string;
  /** SARIF's suppression kind: `external` for a baseline, else the annotation in the source. */
  suppressionKind?: 'inSource' | 'external';
  remediation?: string;
  docsUrl?: string;
  related?: RelatedLocation[];
}

/** What a reporter needs to know about a rule (SARIF `tool.driver.rules`, docs links, help). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  remediation?: string;
  docsUrl?: string;
  category?: string;
}

export interface LintSummary {
  files: number;
  objects: number;
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  /** Documents without apiVersion/kind (counted, not linted). */
  skippedDocuments: number;
  /** Files skipped on purpose, e.g. Helm templates. */
  skippedFiles: number;
}

export interface LintResult {
  findings: Finding[];
  rules: RuleMeta[];
  summary: LintSummary;
  /** Informational lines for the user (skipped Helm templates, policies applied without binding, …). */
  notes: string[];
  /** Source text of every file that has a finding, for code frames. Keyed by `Finding.file`. */
  sources: Map<string, string>;
  /** Rule files that failed to load or compile (the CLI exits 2 when there are any). */
  ruleErrors?: number;
}
