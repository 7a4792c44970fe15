/**
 * Hidden HTML-comment markers that let a later run recognise what an earlier run posted. They are
 * versioned (`v1`) so a future format can coexist, and carry the finding's fingerprint, which is
 * stable across line shifts and rewording, so a re-run can tell "already said" from "new".
 */

const PREFIX = '<!-- resilint:v1';

export const SUMMARY_MARKER = `${PREFIX} kind=summary -->`;

/** Fingerprints and rule ids are produced by us, but a rule id with a space would break parsing. */
function sanitize(value: string): string {
  return value.replace(/[^A-Za-z0-9._/:@-]/g, '_');
}

export function findingMarker(fingerprint: string, ruleId: string): string {
  return `${PREFIX} kind=finding fp=${sanitize(fingerprint)} rule=${sanitize(ruleId)} -->`;
}

export interface FindingMarker {
  fingerprint: string;
  ruleId: string;
}

const FINDING_MARKER = /<!-- resilint:v1 kind=finding fp=(\S+) rule=(\S+) -->/g;

/** Every finding marker in a body, in order (a review body lists several). */
export function parseFindingMarkers(body: string | null | undefined): FindingMarker[] {
  if (!body) return [];
  return [...body.matchAll(FINDING_MARKER)].map((m) => ({ fingerprint: m[1]!, ruleId: m[2]! }));
}

export function hasSummaryMarker(body: string | null | undefined): boolean {
  return !!body && body.includes(SUMMARY_MARKER);
}
