/**
 * The CEL strings extension's `format` (Kubernetes library strings, version 1+):
 * `"%s has %d replicas".format([name, n])`. Clauses: `%s` (any value, lists and maps included),
 * `%d`, `%f` and `%e` (optional `.precision`, default 6), `%b`, `%o`, `%x`, `%X`, and `%%` for a
 * percent sign. Numbers print as cel-go prints them: `%f` rounds the exact binary value, ties to
 * even; NaN and infinities print as `NaN`, `Infinity` and `-Infinity`.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { celError } from './runtime-values.js';

export function registerStringFormat(env: Environment): void {
  env.registerFunction('string.format(list): string', (pattern: string, args: unknown[]) => formatString(pattern, args));
}

const CLAUSE = /%(?:(%)|(?:\.(\d+))?([a-zA-Z]))/g;

export function formatString(pattern: string, args: readonly unknown[]): string {
  let next = 0;
  return pattern.replace(CLAUSE, (_match, percent: string | undefined, precision: string | undefined, verb: string) => {
    if (percent) return '%';
    if (!'sdfeboxX'.includes(verb)) throw celError(`could not parse formatting clause: unrecognized formatting clause "${verb}"`);
    if (next >= args.length) throw celError(`index ${next} out of range`);
    const value = args[next++];
    return formatClause(verb, precision === undefined ? undefined : Number(precision), value);
  });
}

function formatClause(verb: string, precision: number | undefined, value: unknown): string {
  switch (verb) {
    case 's':
      return asString(value);
    case 'd': {
      const special = nonFinite(value);
      if (special !== undefined) return special;
      const int = integer(value);
      if (int === undefined) throw formatError(`decimal clause can only be used on integers, was given ${typeName(value)}`);
      return int.toString();
    }
    case 'f':
    case 'e': {
      const name = verb === 'f' ? 'fixed-point' : 'scientific';
      const n = typeof value === 'number' ? value : integer(value) !== undefined ? Number(integer(value)) : undefined;
      if (n === undefined) throw formatError(`${name} clause can only be used on doubles, was given ${typeName(value)}`);
      const special = nonFinite(n);
      if (special !== undefined) return special;
      return verb === 'f' ? fixed(n, precision ?? 6) : scientific(n, precision ?? 6);
    }
    case 'b': {
      if (typeof value === 'boolean') return value ? '1' : '0';
      const int = integer(value);
      if (int === undefined) throw formatError(`only integers and bools can be formatted as binary, was given ${typeName(value)}`);
      return int.toString(2);
    }
    case 'o': {
      const int = integer(value);
      if (int === undefined) throw formatError(`octal clause can only be used on integers, was given ${typeName(value)}`);
      return int.toString(8);
    }
    default: {
      const upper = verb === 'X';
      const int = integer(value);
      let hex: string;
      if (int !== undefined) hex = int.toString(16);
      else if (typeof value === 'string') hex = bytesToHex(new TextEncoder().encode(value));
      else if (value instanceof Uint8Array) hex = bytesToHex(value);
      else throw formatError(`only integers, byte buffers, and strings can be formatted as hex, was given ${typeName(value)}`);
      return upper ? hex.toUpperCase() : hex;
    }
  }
}

function formatError(message: string): Error {
  return celError(`error during formatting: ${message}`);
}

/** An int or uint as BigInt; undefined for anything else (doubles included). */
function integer(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (value !== null && typeof value === 'object' && value.constructor?.name === 'UnsignedInt') return BigInt((value as { valueOf(): bigint }).valueOf());
  return undefined;
}

function nonFinite(value: unknown): string | undefined {
  if (typeof value !== 'number' || Number.isFinite(value)) return undefined;
  return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}

/** `%s`: the value as cel-go's string conversion shows it; lists and maps recursively, map keys sorted. */
function asString(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return nonFinite(value) ?? String(value);
  if (integer(value) !== undefined) return integer(value)!.toString();
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  if (Array.isArray(value) || value instanceof Set) return `[${[...value].map(asString).join(', ')}]`;
  if (value instanceof Map || (typeof value === 'object' && (value.constructor === Object || value.constructor === undefined))) {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    const shown = entries.map(([k, v]) => [asString(k), asString(v)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${shown.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  }
  const name = (value as object).constructor?.name;
  // Durations print as seconds ("6347s"), types as their name; both stringify that way already.
  if (name === 'Duration') return String(value);
  if (name === 'Type') return String((value as { name?: unknown }).name ?? value);
  throw formatError(
    `string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given ${typeName(value)}`,
  );
}

function typeName(value: unknown): string {
  if (value === null) return 'null_type';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'boolean') return 'bool';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'google.protobuf.Timestamp';
  if (Array.isArray(value)) return 'list';
  const name = (value as object).constructor?.name;
  if (name === 'Duration') return 'google.protobuf.Duration';
  if (name === 'UnsignedInt') return 'uint';
  if (value instanceof Map || name === 'Object' || name === undefined) return 'map';
  return name;
}

function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/**
 * `%.<p>f` as Go prints it: the exact decimal expansion of the double, rounded to p places with
 * ties to even (JavaScript's toFixed rounds ties up: (2.5).toFixed(0) is "3", Go prints "2").
 */
function fixed(n: number, precision: number): string {
  const negative = n < 0 || Object.is(n, -0);
  const exact = Math.abs(n).toFixed(Math.min(100, precision + 30));
  const dot = exact.indexOf('.');
  let digits = exact.slice(0, dot) + exact.slice(dot + 1, dot + 1 + precision);
  const rest = exact.slice(dot + 1 + precision);
  const roundUp = rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(digits.at(-1)) % 2 === 1));
  if (roundUp) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const whole = digits.slice(0, digits.length - precision) || '0';
  const text = precision > 0 ? `${whole}.${digits.slice(digits.length - precision)}` : whole;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** `%.<p>e` as Go prints it: a two-digit (at least) signed exponent, `1.052033e+03`. */
function scientific(n: number, precision: number): string {
  const [mantissa, exponent] = n.toExponential(precision).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}
