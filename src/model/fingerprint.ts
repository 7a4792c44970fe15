import { createHash } from 'node:crypto';

/**
 * A stable identity for a finding: built from what it is about (rule, validation, file, object,
 * field path), never from its line or wording, so PR comments survive edits above the finding and
 * rewording of messages.
 */
export function fingerprint(parts: readonly (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}
