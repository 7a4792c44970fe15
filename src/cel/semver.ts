/**
 * Semantic versions as Kubernetes' CEL `semver()` sees them: strict semver.org 2.0 parsing
 * with the error texts of github.com/blang/semver/v4 (which Kubernetes uses), and Kubernetes'
 * own `normalizeAndParse` for the `normalize` flag (k8s.io/apiserver pkg/cel/library/semverlib.go).
 */

export class SemverParseError extends Error {
  override readonly name = 'SemverParseError';
}

const DIGITS = /^[0-9]*$/;
const ALPHANUMERIC = /^[0-9A-Za-z-]*$/;
const hasLeadingZeroes = (s: string): boolean => s.length > 1 && s[0] === '0';
const MAX_UINT64 = (1n << 64n) - 1n;

/** Go `strconv.ParseUint(s, 10, 64)` for a string already known to hold only digits. */
function parseUint(s: string): bigint {
  if (s === '') throw new SemverParseError('strconv.ParseUint: parsing "": invalid syntax');
  const value = BigInt(s);
  if (value > MAX_UINT64) throw new SemverParseError(`strconv.ParseUint: parsing "${s}": value out of range`);
  return value;
}

function parseNumber(s: string, part: 'Major' | 'Minor' | 'Patch'): bigint {
  if (!DIGITS.test(s)) throw new SemverParseError(`Invalid character(s) found in ${part.toLowerCase()} number "${s}"`);
  if (hasLeadingZeroes(s)) throw new SemverParseError(`${part} number must not contain leading zeroes "${s}"`);
  return parseUint(s);
}

type PreRelease = bigint | string;

function parsePreRelease(s: string): PreRelease {
  if (s === '') throw new SemverParseError('Prerelease is empty');
  if (DIGITS.test(s)) {
    if (hasLeadingZeroes(s)) throw new SemverParseError(`Numeric PreRelease version must not contain leading zeroes "${s}"`);
    return parseUint(s);
  }
  if (ALPHANUMERIC.test(s)) return s;
  throw new SemverParseError(`Invalid character(s) found in prerelease "${s}"`);
}

/** semver.org precedence for one pre-release identifier: numbers sort before words. */
function comparePreRelease(a: PreRelease, b: PreRelease): -1 | 0 | 1 {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'bigint') return -1;
  if (typeof b === 'bigint') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export class Semver {
  private constructor(
    readonly major: bigint,
    readonly minor: bigint,
    readonly patch: bigint,
    readonly preRelease: readonly PreRelease[],
    readonly build: readonly string[],
  ) {}

  /** blang/semver `Parse`: exactly MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD], no "v", no spaces. */
  static parse(text: string): Semver {
    if (text === '') throw new SemverParseError('Version string empty');
    const parts = splitN(text, '.', 3);
    if (parts.length !== 3) throw new SemverParseError('No Major.Minor.Patch elements found');
    const major = parseNumber(parts[0]!, 'Major');
    const minor = parseNumber(parts[1]!, 'Minor');
    let patchText = parts[2]!;
    let build: string[] = [];
    let preRelease: string[] = [];
    const plus = patchText.indexOf('+');
    if (plus >= 0) {
      build = patchText.slice(plus + 1).split('.');
      patchText = patchText.slice(0, plus);
    }
    const dash = patchText.indexOf('-');
    if (dash >= 0) {
      preRelease = patchText.slice(dash + 1).split('.');
      patchText = patchText.slice(0, dash);
    }
    const patch = parseNumber(patchText, 'Patch');
    const pre = preRelease.map(parsePreRelease);
    for (const b of build) {
      if (b === '') throw new SemverParseError('Build meta data is empty');
      if (!ALPHANUMERIC.test(b)) throw new SemverParseError(`Invalid character(s) found in build meta data "${b}"`);
    }
    return new Semver(major, minor, patch, pre, build);
  }

  /**
   * Kubernetes' `normalizeAndParse`: drops a leading "v", strips leading zeros, and fills in a
   * missing minor or patch with 0 ("v01.1" is 1.1.0). Surrounding whitespace is not trimmed.
   */
  static parseNormalized(text: string): Semver {
    const parts = splitN(text.startsWith('v') ? text.slice(1) : text, '.', 3).map((p) => {
      if (p.length <= 1) return p;
      const trimmed = p.replace(/^0+/, '');
      return trimmed === '' || !/^[0-9]/.test(trimmed) ? `0${trimmed}` : trimmed;
    });
    if (parts.length < 3) {
      if (/[+-]/.test(parts[parts.length - 1]!)) {
        throw new SemverParseError('short version cannot contain PreRelease/Build meta data');
      }
      while (parts.length < 3) parts.push('0');
    }
    return Semver.parse(parts.join('.'));
  }

  static isValid(text: string, normalize = false): boolean {
    try {
      if (normalize) Semver.parseNormalized(text);
      else Semver.parse(text);
      return true;
    } catch (error) {
      if (error instanceof SemverParseError) return false;
      throw error;
    }
  }

  /** semver.org precedence; build metadata does not count. */
  compareTo(other: Semver): -1 | 0 | 1 {
    for (const [a, b] of [[this.major, other.major], [this.minor, other.minor], [this.patch, other.patch]] as const) {
      if (a !== b) return a < b ? -1 : 1;
    }
    const [p, q] = [this.preRelease, other.preRelease];
    if (p.length === 0 || q.length === 0) return p.length === q.length ? 0 : p.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.min(p.length, q.length); i++) {
      const c = comparePreRelease(p[i]!, q[i]!);
      if (c !== 0) return c;
    }
    return p.length === q.length ? 0 : p.length < q.length ? -1 : 1;
  }

  /** Equal precedence, as Kubernetes' `Semver.Equal` (blang `EQ`) decides. */
  equals(other: Semver): boolean {
    return this.compareTo(other) === 0;
  }

  toString(): string {
    const pre = this.preRelease.length ? `-${this.preRelease.join('.')}` : '';
    const build = this.build.length ? `+${this.build.join('.')}` : '';
    return `${this.major}.${this.minor}.${this.patch}${pre}${build}`;
  }
}

/** Go `strings.SplitN`: at most `n` parts, the last one keeping the remaining separators. */
function splitN(text: string, separator: string, n: number): string[] {
  const parts = text.split(separator);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(separator)];
}
