/**
 * A stable identity for a finding: built from what it is about (rule, validation, file, object,
 * field path), never from its line or wording, so PR comments survive edits above the finding and
 * rewording of messages. 64-bit FNV-1a (as two 32-bit halves): cheap enough to run for every
 * finding, and ample to tell findings of one repository apart.
 */
export function fingerprint(parts: readonly (string | number | undefined)[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  const text = parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 15), 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
