/**
 * IP addresses as Kubernetes' CEL `net.IP` sees them: Go's `netip.ParseAddr` step by step (so
 * error texts match), plus Kubernetes' own refusals (zones, IPv4-mapped IPv6). The canonical
 * text is `netip.Addr.String()`: dotted quad for IPv4, RFC 5952 for IPv6.
 */
import { goQuote } from './go-quote.js';

/** A refusal with the message Go's netip (or Kubernetes around it) would give. */
export class IPParseError extends Error {
  override readonly name = 'IPParseError';
}

/** `netip.parseAddrError.Error()`: the input, the reason, and optionally where parsing stopped. */
function addrError(input: string, reason: string, at?: string): IPParseError {
  const where = at ? ` (at ${goQuote(at)})` : '';
  return new IPParseError(`ParseAddr(${goQuote(input)}): ${reason}${where}`);
}

const isDecimal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Parses `input.slice(start, end)` as four decimal octets into `out[offset..offset+3]`. */
function parseIPv4Fields(input: string, start: number, end: number, out: Uint8Array, offset: number): void {
  const s = input.slice(start, end);
  let value = 0;
  let digits = 0;
  let field = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (isDecimal(c)) {
      // Leading zeros are refused: "010" was octal in some parsers, so it is ambiguous.
      if (digits === 1 && value === 0) throw addrError(input, 'IPv4 field has octet with leading zero');
      value = value * 10 + Number(c);
      digits++;
      if (value > 255) throw addrError(input, 'IPv4 field has value >255');
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') {
        throw addrError(input, 'IPv4 field must have at least one digit', s.slice(i));
      }
      if (field === 3) throw addrError(input, 'IPv4 address too long');
      out[offset + field++] = value;
      value = 0;
      digits = 0;
    } else {
      throw addrError(input, 'unexpected character', s.slice(i));
    }
  }
  if (field < 3) throw addrError(input, 'IPv4 address too short');
  out[offset + 3] = value;
}

function hexValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

interface ParsedAddr {
  bytes: Uint8Array;
  zone: string;
}

function parseIPv6(input: string): ParsedAddr {
  let s = input;
  let zone = '';
  const percent = s.indexOf('%');
  if (percent >= 0) {
    zone = s.slice(percent + 1);
    s = s.slice(0, percent);
    if (zone === '') throw addrError(input, 'zone must be a non-empty string');
  }
  const bytes = new Uint8Array(16);
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return { bytes, zone };
  }

  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const v = hexValue(s[off]!);
      if (v < 0) break;
      acc = acc * 16 + v;
      if (off > 3) throw addrError(input, 'each group must have 4 or less digits', s);
    }
    if (off === 0) throw addrError(input, 'each colon-separated field must have at least one digit', s);

    if (s[off] === '.') {
      // A trailing dotted quad stands for the last 32 bits.
      if (ellipsis < 0 && i !== 12) {
        throw addrError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      }
      if (i + 4 > 16) {
        throw addrError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      }
      const end = input.length - (zone ? zone.length + 1 : 0);
      parseIPv4Fields(input, end - s.length, end, bytes, i);
      s = '';
      i += 4;
      break;
    }

    bytes[i] = acc >> 8;
    bytes[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') throw addrError(input, 'unexpected character, want colon', s);
    if (s.length === 1) throw addrError(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) throw addrError(input, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') throw addrError(input, 'trailing garbage after address', s);

  if (i < 16) {
    if (ellipsis < 0) throw addrError(input, 'address string too short');
    const shift = 16 - i;
    bytes.copyWithin(ellipsis + shift, ellipsis, i);
    bytes.fill(0, ellipsis, ellipsis + shift);
  } else if (ellipsis >= 0) {
    throw addrError(input, 'the :: must expand to at least one field of zeros');
  }
  return { bytes, zone };
}

/** Go's `netip.ParseAddr`, which accepts zones and IPv4-mapped addresses (callers refuse them). */
export function parseAddr(input: string): ParsedAddr {
  for (const c of input) {
    if (c === '.') {
      const bytes = new Uint8Array(4);
      parseIPv4Fields(input, 0, input.length, bytes, 0);
      return { bytes, zone: '' };
    }
    if (c === ':') return parseIPv6(input);
    if (c === '%') throw addrError(input, 'missing IPv6 address');
  }
  throw addrError(input, 'unable to parse IP');
}

/** `::ffff:a.b.c.d`: an IPv4 address dressed as IPv6. */
function isIPv4Mapped(bytes: Uint8Array): boolean {
  if (bytes.length !== 16) return false;
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

function formatIPv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  // RFC 5952: the longest run of two or more zero groups becomes "::" (the first on a tie).
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
  }
  const hexGroups = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hexGroups.join(':');
  return `${hexGroups.slice(0, bestStart).join(':')}::${hexGroups.slice(bestStart + bestLength).join(':')}`;
}

/** An IPv4 (4 bytes) or IPv6 (16 bytes) address, never zoned, never IPv4-mapped. */
export class IPAddress {
  private constructor(readonly bytes: Uint8Array) {}

  /** Builds an address from raw bytes; used for CIDR network addresses. */
  static fromBytes(bytes: Uint8Array): IPAddress {
    return new IPAddress(Uint8Array.from(bytes));
  }

  /** Kubernetes' `parseIPAddr`, with its exact error texts. */
  static parse(text: string): IPAddress {
    let parsed: ParsedAddr;
    try {
      parsed = parseAddr(text);
    } catch (error) {
      if (!(error instanceof IPParseError)) throw error;
      throw new IPParseError(`IP Address ${goQuote(text)} parse error during conversion from string: ${error.message}`);
    }
    if (parsed.zone) throw new IPParseError(`IP address ${goQuote(text)} with zone value is not allowed`);
    if (isIPv4Mapped(parsed.bytes)) throw new IPParseError(`IPv4-mapped IPv6 address ${goQuote(text)} is not allowed`);
    return new IPAddress(parsed.bytes);
  }

  static isValid(text: string): boolean {
    try {
      IPAddress.parse(text);
      return true;
    } catch {
      return false;
    }
  }

  get family(): 4 | 6 {
    return this.bytes.length === 4 ? 4 : 6;
  }

  get bitLength(): 32 | 128 {
    return this.bytes.length === 4 ? 32 : 128;
  }

  equals(other: IPAddress): boolean {
    return this.bytes.length === other.bytes.length && this.bytes.every((b, i) => b === other.bytes[i]);
  }

  isUnspecified(): boolean {
    return this.bytes.every((b) => b === 0);
  }

  /** IPv4 127.0.0.0/8, IPv6 ::1. */
  isLoopback(): boolean {
    if (this.family === 4) return this.bytes[0] === 127;
    return this.bytes.every((b, i) => b === (i === 15 ? 1 : 0));
  }

  /** IPv4 224.0.0.0/4, IPv6 ff00::/8. */
  isMulticast(): boolean {
    return this.family === 4 ? (this.bytes[0]! & 0xf0) === 0xe0 : this.bytes[0] === 0xff;
  }

  /** IPv4 224.0.0.0/24; IPv6 multicast with link-local scope (ffX2::/16), as Go checks it. */
  isLinkLocalMulticast(): boolean {
    const b = this.bytes;
    if (this.family === 4) return b[0] === 224 && b[1] === 0 && b[2] === 0;
    return b[0] === 0xff && (b[1]! & 0x0f) === 0x02;
  }

  /** IPv4 169.254.0.0/16, IPv6 fe80::/10. */
  isLinkLocalUnicast(): boolean {
    const b = this.bytes;
    if (this.family === 4) return b[0] === 169 && b[1] === 254;
    return b[0] === 0xfe && (b[1]! & 0xc0) === 0x80;
  }

  /**
   * Go's definition: anything but unspecified, IPv4 broadcast, multicast, loopback and link-local
   * unicast. Private ranges (10/8, fc00::/7) therefore count as global unicast.
   */
  isGlobalUnicast(): boolean {
    if (this.isUnspecified()) return false;
    if (this.family === 4 && this.bytes.every((b) => b === 255)) return false;
    return !this.isMulticast() && !this.isLoopback() && !this.isLinkLocalUnicast();
  }

  /** The canonical form (`netip.Addr.String()`). */
  toString(): string {
    return this.family === 4 ? this.bytes.join('.') : formatIPv6(this.bytes);
  }
}
