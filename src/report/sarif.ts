import { STDIN_FILE } from '../load/load-manifests.js';
import type { Finding, LintResult, RelatedLocation, RuleMeta, Severity } from '../model/types.js';
import { sortFindings } from './finding-order.js';
import { toPortablePath } from './portable-path.js';
import { sarifRuleCatalog } from './sarif-rules.js';
import { TOOL_INFORMATION_URI, TOOL_NAME } from './tool-info.js';

export interface SarifOptions {
  toolVersion: string;
  /** Overrides `tool.driver.informationUri`. */
  informationUri?: string;
}

/** The OASIS schema location for SARIF 2.1.0 (errata 01, the current standard text). */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Key of `partialFingerprints`; bump the version when the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'resilint/v1';

/** Artifact URIs are relative to the checkout root, which the consumer (e.g. code scanning) knows. */
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a rule catalogue
 * (including synthesised entries for `parse-error`, `rule-error` and `sim/*`), and one result per
 * finding. Suppressed findings stay in the log with an `inSource` suppression, as the spec wants,
 * so viewers can show them as dismissed.
 */
export function formatSarif(result: LintResult, options: SarifOptions): string {
  const rules = sarifRuleCatalog(result.rules, result.findings);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: options.toolVersion,
            informationUri: options.informationUri ?? TOOL_INFORMATION_URI,
            rules: rules.map(toReportingDescriptor),
          },
        },
        // js-yaml reads JavaScript strings, so columns count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results: sortFindings(result.findings).map((f) => toResult(f, ruleIndex.get(f.ruleId)!)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'notice' ? 'note' : severity;
}

function toReportingDescriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    help: rule.remediation ? helpFor(rule.remediation, rule.docsUrl) : undefined,
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: rule.category ? { tags: [rule.category] } : undefined,
  };
}

function helpFor(remediation: string, docsUrl: string | undefined) {
  return {
    text: docsUrl ? `${remediation} See ${docsUrl}` : remediation,
    markdown: docsUrl ? `${remediation}\n\n[Documentation](${docsUrl})` : remediation,
  };
}

function toResult(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(f.file),
          region: region(f.line, f.column, f.endLine, f.endColumn),
        },
        logicalLocations: f.object
          ? [
              {
                name: f.object.name,
                fullyQualifiedName: [f.object.namespace, f.object.kind, f.object.name].filter(Boolean).join('/'),
                kind: 'resource',
              },
            ]
          : undefined,
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    relatedLocations: f.related?.length ? f.related.map(toRelatedLocation) : undefined,
    suppressions: f.suppressed
      ? [{ kind: f.suppressionKind ?? 'inSource', ...(f.suppressionReason ? { justification: f.suppressionReason } : {}) }]
      : undefined,
    properties: f.fieldPath || f.validation ? { fieldPath: f.fieldPath, validation: f.validation } : undefined,
  };
}

function toRelatedLocation(related: RelatedLocation, i: number) {
  return {
    id: i + 1,
    physicalLocation: {
      artifactLocation: artifact(related.file),
      region: region(related.line, related.column),
    },
    message: { text: related.message },
  };
}

/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, …). */
function artifact(file: string) {
  const uri = toPortablePath(file).split('/').map(encodeURIComponent).join('/');
  // Piped manifests are no file in the checkout: under %SRCROOT% a viewer (code scanning) would look
  // for a file named `<stdin>` in the repository. Without a base the URI names the stream only.
  if (file === STDIN_FILE) return { uri, description: { text: 'Manifests read from standard input.' } };
  return { uri, uriBaseId: SRCROOT };
}

/**
 * SARIF regions are 1-based with an exclusive end column; a position the loader could not pin
 * down (0) is moved to the file's first line rather than producing an invalid log, and an end
 * before the start is dropped.
 */
function region(line: number, column: number, endLine?: number, endColumn?: number) {
  const startLine = Math.max(1, line);
  const startColumn = Math.max(1, column);
  const hasEnd = endLine !== undefined && endColumn !== undefined && endColumn >= 1 && endLine >= startLine;
  const endValid = hasEnd && (endLine > startLine || endColumn >= startColumn);
  return endValid ? { startLine, startColumn, endLine, endColumn } : { startLine, startColumn };
}

/** Short descriptions are one sentence: the text up to the first `. ` (or all of it). */
function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end === -1 ? text : text.slice(0, end + 1);
}
