import type { PathSegment } from './types.js';

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path the way Kubernetes writes field paths in validation errors and in
 * `x-kubernetes-validations` `fieldPath`: `spec.containers[0].resources`, with keys that are not
 * identifiers in brackets: `metadata.annotations['resilint.io/critical']`.
 */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (SIMPLE_KEY.test(seg)) out += out ? `.${seg}` : seg;
    else out += `['${seg.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return out;
}

/** Parses the notation of `formatFieldPath` (a leading `.` is allowed, as in CRD fieldPath). */
export function parseFieldPath(text: string): PathSegment[] {
  const path: PathSegment[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    const c = s[i];
    if (c === '.') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = findBracketEnd(s, i);
      const inner = s.slice(i + 1, close).trim();
      if (/^-?\d+$/.test(inner)) path.push(Number(inner));
      else if (/^'.*'$|^".*"$/s.test(inner)) path.push(inner.slice(1, -1).replace(/\\(.)/g, '$1'));
      else path.push(inner);
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < s.length && s[j] !== '.' && s[j] !== '[') j++;
    path.push(s.slice(i, j));
    i = j;
  }
  return path;
}

function findBracketEnd(s: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ']') return i;
  }
  throw new Error(`Unclosed '[' in field path: ${s}`);
}
