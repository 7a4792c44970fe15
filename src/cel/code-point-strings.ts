/**
 * cel-go's string-extension functions (ext/strings.go) with their exact semantics: indexes and
 * lengths count Unicode code points, not the UTF-16 code units JavaScript strings count, so
 * `'😀a'.indexOf('a')` is 1 and `'😀abc'.substring(1, 2)` is `'a'`; `lowerAscii`/`upperAscii`
 * change ASCII letters only; `trim` removes Go's `unicode.IsSpace` set.
 *
 * Most strings in manifests hold no surrogate pair, and there a code unit is a code point; those
 * take the fast path through JavaScript's own string methods. Only a string that holds a
 * character outside the Basic Multilingual Plane is split into code points.
 */
import { celError } from './runtime-values.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** The string's code points, or undefined when every code unit is one (the fast path). */
function codePoints(text: string): string[] | undefined {
  return SURROGATE.test(text) ? Array.from(text) : undefined;
}

function outOfRange(index: bigint | number): Error {
  return celError(`index out of range: ${index}`);
}

/** Index of `needle` in `hay` at or after code point `from` (both code-point arrays), or -1. */
function searchForward(hay: string[], needle: string[], from: number): number {
  outer: for (let i = from; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function searchBackward(hay: string[], needle: string[], from: number): number {
  outer: for (let i = Math.min(from, hay.length - needle.length); i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function charAt(text: string, index: bigint): string {
  const chars = codePoints(text);
  const length = chars?.length ?? text.length;
  if (index < 0n || index > BigInt(length)) throw outOfRange(index);
  // cel-go: the index one past the end gives the empty string, not an error.
  if (index === BigInt(length)) return '';
  return chars ? chars[Number(index)]! : text[Number(index)]!;
}

export function indexOf(text: string, search: string, offset = 0n): bigint {
  if (search === '') return offset;
  const chars = codePoints(text);
  const length = chars?.length ?? text.length;
  if (offset < 0n || offset >= BigInt(length)) {
    // cel-go's one-argument form searches from 0 and so cannot be out of range: `''.indexOf('a')` is -1.
    if (offset === 0n) return -1n;
    throw outOfRange(offset);
  }
  const from = Number(offset);
  if (!chars && !SURROGATE.test(search)) return BigInt(text.indexOf(search, from));
  return BigInt(searchForward(chars ?? Array.from(text), Array.from(search), from));
}

export function lastIndexOf(text: string, search: string, offset?: bigint): bigint {
  const chars = codePoints(text);
  const length = chars?.length ?? text.length;
  if (offset === undefined) {
    if (search === '') return BigInt(length);
    if (length === 0) return -1n;
    offset = BigInt(length - 1);
  }
  if (search === '') return offset;
  if (offset < 0n || offset >= BigInt(length)) throw outOfRange(offset);
  const from = Number(offset);
  if (!chars && !SURROGATE.test(search)) return BigInt(text.lastIndexOf(search, from));
  return BigInt(searchBackward(chars ?? Array.from(text), Array.from(search), from));
}

export function substring(text: string, start: bigint, end?: bigint): string {
  const chars = codePoints(text);
  const length = BigInt(chars?.length ?? text.length);
  if (end !== undefined && start > end) throw celError(`invalid substring range. start: ${start}, end: ${end}`);
  if (start < 0n || start > length) throw outOfRange(start);
  if (end !== undefined && (end < 0n || end > length)) throw outOfRange(end);
  const from = Number(start);
  const to = end === undefined ? undefined : Number(end);
  return chars ? chars.slice(from, to).join('') : text.slice(from, to);
}

export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

export function upperAscii(text: string): string {
  return text.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/**
 * Go's `unicode.IsSpace`: ASCII \t \n \v \f \r and space, U+0085, U+00A0, and the Unicode
 * White_Space characters above Latin-1. It differs from JavaScript's `trim` in U+0085 (space in
 * Go) and U+FEFF (space in JavaScript only).
 */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const GO_TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

export function trim(text: string): string {
  return text.replace(GO_TRIM, '');
}
