import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: string; line: number; column: number };

/**
 * Reads a manifest file as UTF-8 text, refusing what cannot be a manifest before it reaches the
 * parser: files over the size limit (never read into memory), binary files, UTF-16 and invalid
 * UTF-8 (with the line and column of the first bad byte).
 */
export function readManifestFile(absPath: string, maxBytes: number): ReadOutcome {
  const size = statSync(absPath).size;
  if (size > maxBytes) {
    return {
      ok: false,
      reason: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)`,
      line: 1,
      column: 1,
    };
  }
  const bytes = Buffer.alloc(size);
  const fd = openSync(absPath, 'r');
  try {
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  return decodeManifestBytes(bytes);
}

export function decodeManifestBytes(bytes: Uint8Array): ReadOutcome {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return { ok: false, reason: 'file is UTF-16 encoded; save it as UTF-8', line: 1, column: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = lineColumnOfByte(bytes, nul);
    return { ok: false, reason: 'binary file (contains a NUL byte), not a manifest', ...at };
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const at = lineColumnOfByte(bytes, bad);
    return { ok: false, reason: `invalid UTF-8 byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}; save the file as UTF-8`, ...at };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A byte order mark is not content (YAML allows one at the start of a stream), and editors do not
  // count it as a column: drop it, so the first key stays at column 1 for the parser and the report.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineColumnOfByte(b: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (b[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}
