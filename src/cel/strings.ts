/**
 * cel-go's `ext.Strings` (version 2, as Kubernetes enables it since 1.29). cel-js lacks `charAt`,
 * `replace`, `reverse` and `strings.quote`; those are registered here under their own names.
 * cel-js has `indexOf`, `lastIndexOf`, `substring`, `lowerAscii`, `upperAscii` and `trim`, but
 * counts UTF-16 code units and uses JavaScript's case and space rules, and it does not let a
 * library replace a built-in overload. So the cel-go versions are registered under the names in
 * `STRING_METHOD_ROUTES`, and `compileExpression` routes every call of the built-in name to them
 * (as it does for `matches`). `split`, `join` and `size()` (which counts code points) are cel-js's.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { charAt, indexOf, lastIndexOf, lowerAscii, substring, trim, upperAscii } from './code-point-strings.js';
import { listIndexOf, listLastIndexOf } from './lists.js';
import { registerNamespace } from './namespace.js';

/**
 * Built-in method name → the name its cel-go version is registered under. The names are not
 * meant to be written by hand; they appear only in a "no matching overload" error when a `dyn`
 * receiver turns out to be neither a string nor a list.
 */
export const STRING_METHOD_ROUTES: Readonly<Record<string, string>> = Object.freeze({
  indexOf: 'goIndexOf',
  lastIndexOf: 'goLastIndexOf',
  substring: 'goSubstring',
  lowerAscii: 'goLowerAscii',
  upperAscii: 'goUpperAscii',
  trim: 'goTrim',
});

function registerRoutedMethods(env: Environment): void {
  const r = STRING_METHOD_ROUTES;
  env.registerFunction(`string.${r.indexOf}(string): int`, (t: string, s: string) => indexOf(t, s));
  env.registerFunction(`string.${r.indexOf}(string, int): int`, indexOf);
  // `indexOf`/`lastIndexOf` are also the Kubernetes list functions; a routed call may be on a list.
  env.registerFunction(`list<T>.${r.indexOf}(T): int`, listIndexOf);
  env.registerFunction(`string.${r.lastIndexOf}(string): int`, (t: string, s: string) => lastIndexOf(t, s));
  env.registerFunction(`string.${r.lastIndexOf}(string, int): int`, lastIndexOf);
  env.registerFunction(`list<T>.${r.lastIndexOf}(T): int`, listLastIndexOf);
  env.registerFunction(`string.${r.substring}(int): string`, (t: string, start: bigint) => substring(t, start));
  env.registerFunction(`string.${r.substring}(int, int): string`, substring);
  env.registerFunction(`string.${r.lowerAscii}(): string`, lowerAscii);
  env.registerFunction(`string.${r.upperAscii}(): string`, upperAscii);
  env.registerFunction(`string.${r.trim}(): string`, trim);
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
  registerRoutedMethods(env);
  env.registerFunction('string.charAt(int): string', charAt);
  env.registerFunction('string.replace(string, string): string', (t: string, s: string, r: string) => replace(t, s, r));
  env.registerFunction('string.replace(string, string, int): string', replace);
  env.registerFunction('string.reverse(): string', (t: string) => Array.from(t).reverse().join(''));
  const ns = registerNamespace(env, 'strings');
  env.registerFunction(`${ns}.quote(string): string`, (_: unknown, t: string) => quote(t));
}
