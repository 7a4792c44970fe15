/**
 * The Kubernetes semver CEL library (k8s.io/apiserver `library.SemverLib`, Kubernetes 1.31+,
 * with the version-1 `normalize` overloads): `semver()`, `isSemver()` and the
 * `kubernetes.Semver` methods.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { celError } from './runtime-values.js';
import { Semver, SemverParseError } from './semver.js';

export const SEMVER_TYPE = 'kubernetes.Semver';

function parseOrThrow(text: string, normalize = false): Semver {
  try {
    return normalize ? Semver.parseNormalized(text) : Semver.parse(text);
  } catch (error) {
    if (error instanceof SemverParseError) throw celError(error.message);
    throw error;
  }
}

export function registerSemverLibrary(env: Environment): void {
  const s = SEMVER_TYPE;
  env.registerType(s, Semver);
  env.registerOperator(`${s} == ${s}`, (a: Semver, b: Semver) => a.equals(b));
  env.registerFunction(`semver(string): ${s}`, (text: string) => parseOrThrow(text));
  env.registerFunction(`semver(string, bool): ${s}`, parseOrThrow);
  env.registerFunction('isSemver(string): bool', (text: string) => Semver.isValid(text));
  env.registerFunction('isSemver(string, bool): bool', (text: string, normalize: boolean) => Semver.isValid(text, normalize));
  env.registerFunction(`${s}.major(): int`, (v: Semver) => v.major);
  env.registerFunction(`${s}.minor(): int`, (v: Semver) => v.minor);
  env.registerFunction(`${s}.patch(): int`, (v: Semver) => v.patch);
  env.registerFunction(`${s}.compareTo(${s}): int`, (a: Semver, b: Semver) => BigInt(a.compareTo(b)));
  env.registerFunction(`${s}.isLessThan(${s}): bool`, (a: Semver, b: Semver) => a.compareTo(b) < 0);
  env.registerFunction(`${s}.isGreaterThan(${s}): bool`, (a: Semver, b: Semver) => a.compareTo(b) > 0);
}
