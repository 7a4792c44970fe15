/**
 * The parts of cel-go's `ext.Strings` (as enabled by Kubernetes) that cel-js lacks: `charAt`,
 * `replace`, `reverse`, `strings.quote`. cel-js already provides `indexOf`, `lastIndexOf`,
 * `lowerAscii`, `upperAscii`, `split`, `substring`, `trim` and `join`; those are left alone.
 * Indexes here count code points, as in Go.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { celError } from './runtime-values.js';
import { registerNamespace } from './namespace.js';

function charAt(text: string, index: bigint): string {
  const chars = Array.from(text);
  if (index < 0n || index > BigInt(chars.length)) throw celError(`index out of range: ${index}`);
  return chars[Number(index)] ?? '';
}

function replace(text: string, search: string, replacement: string, limit = -1n): string {
  const unlimited = limit < 0n;
  if (search.length === 0) {
    // Like Go's strings.Replace: an empty search matches before every code point and at the end.
    const chars = Array.from(text);
    let result = '';
    for (let i = 0; i <= chars.length; i++) {
      if (unlimited || BigInt(i) < limit) result += replacement;
      result += chars[i] ?? '';
    }
    return result;
  }
  if (unlimited) return text.replaceAll(search, replacement);
  let result = '';
  let rest = text;
  for (let n = 0n; n < limit; n++) {
    const at = rest.indexOf(search);
    if (at < 0) break;
    result += rest.slice(0, at) + replacement;
    rest = rest.slice(at + search.length);
  }
  return result + rest;
}

const ESCAPES: Record<string, string> = {
  '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
  '\\': '\\\\', '"': '\\"',
};

/** `strings.quote`: a double-quoted CEL string literal that evaluates back to the input. */
export function quote(text: string): string {
  let out = '"';
  for (const ch of text) out += ESCAPES[ch] ?? ch;
  return `${out}"`;
}

export function registerStringsLibrary(env: Environment): void {
  env.registerFunction('string.charAt(int): string', charAt);
  env.registerFunction('string.replace(string, string): string', (t: string, s: string, r: string) => replace(t, s, r));
  env.registerFunction('string.replace(string, string, int): string', replace);
  env.registerFunction('string.reverse(): string', (t: string) => Array.from(t).reverse().join(''));
  const ns = registerNamespace(env, 'strings');
  env.registerFunction(`${ns}.quote(string): string`, (_: unknown, t: string) => quote(t));
}
