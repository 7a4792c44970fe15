/**
 * Kubernetes `resource.Quantity` for CEL: parsing that follows apimachinery's
 * `ParseQuantity` step by step, and exact arithmetic.
 *
 * After parsing, Kubernetes rounds every quantity up (away from zero) to nano precision, so a
 * quantity is exactly an integer number of nano-units. We store that integer as a BigInt, which
 * makes `quantity("1") == quantity("1000m")` and `quantity("1Gi") == quantity("1024Mi")` exact.
 */

/** The message texts are the ones apimachinery returns, because CEL users match on them. */
export const QUANTITY_FORMAT_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const ERR_FORMAT = `quantities must match the regular expression '${QUANTITY_FORMAT_PATTERN}'`;
const ERR_SUFFIX = "unable to parse quantity's suffix";

const NANOS_PER_UNIT = 1_000_000_000n;
const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
/** Binary-SI quantities are capped at this magnitude by apimachinery (it is max int64). */
const MAX_BINARY_NANOS = MAX_INT64 * NANOS_PER_UNIT;
/**
 * Go accepts any int64 exponent; we refuse exponents whose power of ten would be an enormous
 * BigInt. Real manifests never come close.
 */
const MAX_DECIMAL_EXPONENT = 4096;

export class QuantityParseError extends Error {
  override readonly name = 'QuantityParseError';
}

type SuffixMeaning = { base: 2 | 10; exponent: number };

const DECIMAL_SI: Record<string, number> = {
  n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18,
};
const BINARY_SI: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

/** The suffix's meaning, undefined when it has none, or the reason it is refused. */
function interpretSuffix(suffix: string): SuffixMeaning | undefined | string {
  if (suffix in DECIMAL_SI) return { base: 10, exponent: DECIMAL_SI[suffix]! };
  if (suffix in BINARY_SI) return { base: 2, exponent: BINARY_SI[suffix]! };
  // "e3", "E-2", "e+5": a decimal exponent. A lone "E" is exa and was handled above.
  if (/^[eE][+-]?[0-9]+$/.test(suffix)) {
    const exponent = Number(suffix.slice(1));
    if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) return `quantity exponent ${suffix.slice(1)} is out of the supported range`;
    return { base: 10, exponent };
  }
  return undefined;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const SUFFIX_CHARS = 'eEinumkKMGTP';

interface QuantityParts {
  positive: boolean;
  whole: string;
  fraction: string;
  suffix: string;
}

/** Splits a quantity string the way apimachinery's `parseQuantityString` does; undefined when it does not match. */
function splitQuantity(text: string): QuantityParts | undefined {
  let pos = 0;
  let positive = true;
  if (text[0] === '-') { positive = false; pos++; } else if (text[0] === '+') pos++;

  const wholeStart = pos;
  while (isDigit(text[pos])) pos++;
  const whole = text.slice(wholeStart, pos);

  let fraction = '';
  if (text[pos] === '.') {
    const fractionStart = ++pos;
    while (isDigit(text[pos])) pos++;
    fraction = text.slice(fractionStart, pos);
  }

  const suffixStart = pos;
  while (pos < text.length && SUFFIX_CHARS.includes(text[pos]!)) pos++;
  if (text[pos] === '-' || text[pos] === '+') pos++;
  while (isDigit(text[pos])) pos++;
  if (pos < text.length) return undefined;
  return { positive, whole, fraction, suffix: text.slice(suffixStart) };
}

/** Integer division rounding the magnitude up, for non-negative operands. */
function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator - 1n) / denominator;
}

/**
 * The value in nanos, or why the text is no quantity. Failures are returned, not thrown:
 * `isQuantity` runs on every container's resources, and building an Error (with its stack) for
 * each empty or odd value was a measurable share of a lint run.
 */
function parseNanos(text: string): bigint | string {
  if (text.length === 0) return ERR_FORMAT;
  const parts = splitQuantity(text);
  if (!parts) return ERR_FORMAT;
  const meaning = interpretSuffix(parts.suffix);
  if (meaning === undefined) return ERR_SUFFIX;
  if (typeof meaning === 'string') return meaning;

  // value = digits / 10^fractionLength, scaled by the suffix; Kubernetes strips all-empty digit
  // runs to zero (so "Ki" or "." parse as 0).
  const digits = BigInt((parts.whole + parts.fraction) || '0');
  let numerator = digits * NANOS_PER_UNIT;
  let denominator = 10n ** BigInt(parts.fraction.length);
  if (meaning.base === 2) numerator <<= BigInt(meaning.exponent);
  else if (meaning.exponent >= 0) numerator *= 10n ** BigInt(meaning.exponent);
  else denominator *= 10n ** BigInt(-meaning.exponent);

  // Round non-zero values up to one nano so that asking for a tiny amount never yields zero.
  let nanos = ceilDiv(numerator, denominator);
  if (meaning.base === 2 && nanos > MAX_BINARY_NANOS) nanos = MAX_BINARY_NANOS;
  return parts.positive ? nanos : -nanos;
}

/** An immutable Kubernetes quantity; `nanos` is the exact value times 10^9. */
export class Quantity {
  constructor(
    readonly nanos: bigint,
    /** The text it was parsed from, kept so that `fromCel` can give users back what they wrote. */
    readonly text?: string,
  ) {}

  static parse(text: string): Quantity {
    const nanos = parseNanos(text);
    if (typeof nanos === 'string') throw new QuantityParseError(nanos);
    return new Quantity(nanos, text);
  }

  static fromInteger(value: bigint): Quantity {
    return new Quantity(value * NANOS_PER_UNIT);
  }

  compareTo(other: Quantity): -1 | 0 | 1 {
    return this.nanos < other.nanos ? -1 : this.nanos > other.nanos ? 1 : 0;
  }

  equals(other: Quantity): boolean {
    return this.nanos === other.nanos;
  }

  add(other: Quantity): Quantity {
    return new Quantity(this.nanos + other.nanos);
  }

  sub(other: Quantity): Quantity {
    return new Quantity(this.nanos - other.nanos);
  }

  sign(): -1 | 0 | 1 {
    return this.nanos < 0n ? -1 : this.nanos > 0n ? 1 : 0;
  }

  /** True when the value is a whole number that fits int64, as `Quantity.AsInt64` requires. */
  isInteger(): boolean {
    if (this.nanos % NANOS_PER_UNIT !== 0n) return false;
    const whole = this.nanos / NANOS_PER_UNIT;
    return whole >= MIN_INT64 && whole <= MAX_INT64;
  }

  /** The integer value, or undefined when `isInteger()` is false. */
  asInteger(): bigint | undefined {
    return this.isInteger() ? this.nanos / NANOS_PER_UNIT : undefined;
  }

  asApproximateFloat(): number {
    const whole = this.nanos / NANOS_PER_UNIT;
    const rest = this.nanos % NANOS_PER_UNIT;
    return Number(whole) + Number(rest) / 1e9;
  }

  /** The parsed text when known, otherwise a plain decimal rendering of the exact value. */
  toString(): string {
    if (this.text !== undefined) return this.text;
    const negative = this.nanos < 0n;
    const magnitude = negative ? -this.nanos : this.nanos;
    const whole = magnitude / NANOS_PER_UNIT;
    const fraction = (magnitude % NANOS_PER_UNIT).toString().padStart(9, '0').replace(/0+$/, '');
    return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
  }
}

export function isQuantity(text: string): boolean {
  return typeof parseNanos(text) !== 'string';
}
