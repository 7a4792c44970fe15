/**
 * Standard CEL conversions that cel-js 8 lacks: `string(duration)`, `string(timestamp)`,
 * `int(timestamp)`, and the identities `duration(duration)` and `timestamp(timestamp)`.
 * Rule messages need the first two, e.g. `'grace period ' + string(duration('90s'))`.
 *
 * cel-js keeps timestamps as JavaScript Dates, so a timestamp has millisecond precision here
 * (cel-go keeps nanoseconds); durations keep their nanoseconds.
 */
import type { Environment } from '@marcbachmann/cel-js';

const DURATION = 'google.protobuf.Duration';
const TIMESTAMP = 'google.protobuf.Timestamp';
const NANOS_PER_SECOND = 1_000_000_000n;

interface DurationLike {
  readonly seconds: bigint;
  readonly nanos: number;
}

/** cel-go's form: seconds as the shortest decimal, then `s` (`90s`, `1.5s`, `-0.000000001s`). */
export function durationString(d: DurationLike): string {
  const total = d.seconds * NANOS_PER_SECOND + BigInt(d.nanos);
  const sign = total < 0n ? '-' : '';
  const abs = total < 0n ? -total : total;
  const fraction = (abs % NANOS_PER_SECOND).toString().padStart(9, '0').replace(/0+$/, '');
  return `${sign}${abs / NANOS_PER_SECOND}${fraction ? `.${fraction}` : ''}s`;
}

/** Go's RFC 3339 with nanoseconds, in UTC: the fraction without trailing zeros, none when whole. */
export function timestampString(t: Date): string {
  return t.toISOString().replace(/\.?0+Z$/, 'Z');
}

export function registerConversions(env: Environment): void {
  env.registerFunction(`string(${DURATION}): string`, durationString);
  env.registerFunction(`string(${TIMESTAMP}): string`, timestampString);
  // cel-go: seconds since the Unix epoch, rounded toward negative infinity (Go's Time.Unix).
  env.registerFunction(`int(${TIMESTAMP}): int`, (t: Date) => BigInt(Math.floor(t.getTime() / 1000)));
  env.registerFunction(`duration(${DURATION}): ${DURATION}`, (d: DurationLike) => d);
  env.registerFunction(`timestamp(${TIMESTAMP}): ${TIMESTAMP}`, (t: Date) => t);
}
