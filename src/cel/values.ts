/**
 * Conversion between parsed YAML/JSON and CEL runtime values.
 *
 * `toCel` turns integral numbers into BigInt (CEL `int`) and keeps shared references shared:
 * YAML aliases make one object appear under many keys, and converting each appearance
 * separately would both waste time and let an "alias bomb" (a few lines of YAML that expand to
 * billions of nodes) exhaust memory. We therefore convert each distinct object once and, before
 * converting, measure the *expanded* size — what the value would be if every alias were copied —
 * using memoised subtree sizes, refusing values above a limit.
 *
 * A nested map entry whose value is null (`resources: null`, `requests: ~`) is left out, as the
 * apiserver leaves it out: such fields are `omitempty` pointers, maps and slices, so in the object
 * CEL sees the field is absent, `has(object.spec.resources)` is false and
 * `object.spec.?resources` is empty rather than a null that fails the next field access. Top-level
 * fields keep their null (a Role's `rules: null` stays null, as its Go field has no `omitempty`),
 * except `metadata`, `spec` and `status`, which are structs and never null.
 */
import { Quantity } from './quantity.js';

export const DEFAULT_MAX_NODES = 1_000_000;

/** Thrown when a value would expand beyond `maxNodes` (or is cyclic, which YAML can express). */
export class ValueTooLargeError extends Error {
  override readonly name = 'ValueTooLargeError';
  constructor(
    readonly maxNodes: number,
    readonly reason: 'too-many-nodes' | 'cycle' = 'too-many-nodes',
  ) {
    super(
      reason === 'cycle'
        ? 'value refers to itself (a cyclic YAML alias) and cannot be evaluated'
        : `value expands to more than ${maxNodes} nodes (possibly through YAML aliases) and was not evaluated`,
    );
  }
}

export interface ToCelOptions {
  maxNodes?: number;
}

interface Converted {
  value: unknown;
  /** Expanded node count of the subtree; -1 while the subtree is still being converted. */
  size: number;
}

/** Top-level fields of every object that are Go structs: null there means absent. */
const STRUCT_FIELDS = new Set(['metadata', 'spec', 'status']);

/** Small integers are by far the most common; reusing their BigInts avoids an allocation each. */
const SMALL_INTS: readonly bigint[] = Array.from({ length: 1025 }, (_, i) => BigInt(i));

function toInt(value: number): bigint {
  return value >= 0 && value <= 1024 ? SMALL_INTS[value]! : BigInt(value);
}

/**
 * One pass that converts each distinct object once and, from memoised subtree sizes, counts
 * nodes as if every shared reference were copied. The walk is linear in the *stored* size even
 * when the expanded size is astronomically large, so the check itself cannot be bombed.
 */
class Converter {
  private readonly seen = new Map<object, Converted>();
  /** Expanded size of the value most recently returned by `convert` (saves allocating a pair per node). */
  private lastSize = 0;

  constructor(private readonly maxNodes: number) {}

  /** `root`: the object itself, whose top-level nulls are kept (see the file comment). */
  convert(value: unknown, root = false): unknown {
    if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof Uint8Array) {
      this.lastSize = 1;
      return typeof value === 'number' && Number.isInteger(value) ? toInt(value) : value;
    }
    const done = this.seen.get(value);
    if (done) {
      if (done.size < 0) throw new ValueTooLargeError(this.maxNodes, 'cycle');
      this.lastSize = done.size;
      return done.value;
    }
    const entry: Converted = { value: undefined, size: -1 };
    this.seen.set(value, entry);
    let size = 1;
    if (Array.isArray(value)) {
      const list: unknown[] = new Array(value.length);
      entry.value = list;
      for (let i = 0; i < value.length; i++) {
        list[i] = this.convert(value[i]);
        size += this.lastSize;
        if (size > this.maxNodes) throw new ValueTooLargeError(this.maxNodes);
      }
    } else {
      const map: Record<string, unknown> = {};
      entry.value = map;
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const raw = (value as Record<string, unknown>)[k];
        if (raw === undefined || (raw === null && (!root || STRUCT_FIELDS.has(k)))) continue;
        const converted = this.convert(raw);
        // A YAML key named __proto__ must become a field, not the map's prototype.
        if (k === '__proto__') Object.defineProperty(map, k, { value: converted, enumerable: true, writable: true, configurable: true });
        else map[k] = converted;
        size += this.lastSize;
        if (size > this.maxNodes) throw new ValueTooLargeError(this.maxNodes);
      }
    }
    entry.size = size;
    this.lastSize = size;
    return entry.value;
  }
}

/**
 * Converts plain data (YAML/JSON) into CEL values. Throws `ValueTooLargeError` when the
 * expanded value has more than `maxNodes` nodes or is cyclic.
 */
export function toCel(value: unknown, options: ToCelOptions = {}): unknown {
  return new Converter(options.maxNodes ?? DEFAULT_MAX_NODES).convert(value, true);
}

/**
 * Converts a CEL result back to plain data for reports: safe BigInts become numbers (larger
 * ones become decimal strings so no digit is lost), quantities become their text, Maps become
 * objects. Other objects (durations, timestamps, optionals) are rendered with `String()`.
 */
export function fromCel(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Quantity) return value.toString();
  if (Array.isArray(value)) return value.map(fromCel);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[String(k)] = fromCel(v);
    return out;
  }
  if (value instanceof Date) return value.toISOString();
  if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromCel(v);
    return out;
  }
  if (value.constructor?.name === 'UnsignedInt') return fromCel(value.valueOf());
  return String(value);
}
