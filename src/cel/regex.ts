/**
 * The Kubernetes regex library (k8s.io/apiserver `library.Regex`): `find` and `findAll` with
 * RE2 patterns. cel-js's built-in `matches` takes JavaScript syntax (no `(?i)`, no `\z`) and
 * compiles the pattern on every call, and cel-js does not let a library replace it; so
 * `compileExpression` routes every `s.matches(p)` to `re2Matches` below instead (see
 * `withRoutedMethods` in compile.ts), and validates the constant patterns of all three at
 * compile time, as Kubernetes does.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { RegexSyntaxError, compileRe2 } from './re2.js';
import { celError } from './runtime-values.js';

function compile(pattern: string, global: boolean): RegExp {
  try {
    return compileRe2(pattern, global);
  } catch (error) {
    if (error instanceof RegexSyntaxError) throw celError(error.message);
    throw error;
  }
}

function find(text: string, pattern: string): string {
  return compile(pattern, false).exec(text)?.[0] ?? '';
}

function findAll(text: string, pattern: string, limit = -1n): string[] {
  if (limit === 0n) return [];
  const found: string[] = [];
  for (const match of text.matchAll(compile(pattern, true))) {
    found.push(match[0]);
    if (limit > 0n && BigInt(found.length) >= limit) break;
  }
  return found;
}

/** The name `s.matches(p)` calls are rewritten to; not meant to be written by hand. */
export const RE2_MATCHES = 're2Matches';

function matches(text: string, pattern: string): boolean {
  return compile(pattern, false).test(text);
}

export function registerRegexLibrary(env: Environment): void {
  env.registerFunction(`string.${RE2_MATCHES}(string): bool`, matches);
  env.registerFunction('string.find(string): string', find);
  env.registerFunction('string.findAll(string): list<string>', (t: string, p: string) => findAll(t, p));
  env.registerFunction('string.findAll(string, int): list<string>', findAll);
}
