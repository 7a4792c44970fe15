/**
 * Parsing of the few units the simulator reads: resource quantities (cpu in millicores, memory in bytes, rounded up
 * the way `Quantity.MilliValue`/`Value` round) and durations (`90`, `90s`, `5m`, `1h30m`, Go style).
 */
import { Quantity } from '../cel/quantity.js';

const NANOS_PER_MILLI = 1_000_000n;
const NANOS_PER_UNIT = 1_000_000_000n;

function ceilDiv(n: bigint, d: bigint): bigint {
  return n >= 0n ? (n + d - 1n) / d : n / d;
}

/** Millicores of a cpu quantity (`"500m"`, `1`, `"1.5"`), or undefined when it does not parse. */
export function cpuMillis(value: unknown): number | undefined {
  const q = quantity(value);
  return q === undefined ? undefined : Number(ceilDiv(q.nanos, NANOS_PER_MILLI));
}

/** Bytes of a memory quantity (`"512Mi"`, `"1G"`), or undefined when it does not parse. */
export function memoryBytes(value: unknown): number | undefined {
  const q = quantity(value);
  return q === undefined ? undefined : Number(ceilDiv(q.nanos, NANOS_PER_UNIT));
}

/** A quantity as a plain number in its base unit (for custom metrics). */
export function quantityValue(value: unknown): number | undefined {
  const q = quantity(value);
  return q?.asApproximateFloat();
}

function quantity(value: unknown): Quantity | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Quantity.parse(String(value));
  if (typeof value !== 'string') return undefined;
  try {
    return Quantity.parse(value.trim());
  } catch {
    return undefined;
  }
}

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Seconds of a duration: a plain number means seconds; otherwise Go-style units (`1h30m`, `90s`, `500ms`). */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = part.exec(text); m; m = part.exec(text)) {
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    consumed = part.lastIndex;
  }
  return consumed === text.length && consumed > 0 ? total : undefined;
}

/** `1h5m30s`: a duration in seconds the way reports print it. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  return [h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : ''].join('') || '0s';
}

/** cpu as manifests write it: whole cores as `4`, otherwise millicores (`3920m`). */
export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** memory as manifests write it: whole GiB as `12Gi`, otherwise MiB rounded up (`14162Mi`). */
export function formatMemory(bytes: number): string {
  return bytes % 2 ** 30 === 0 ? `${bytes / 2 ** 30}Gi` : `${Math.ceil(bytes / 2 ** 20)}Mi`;
}
