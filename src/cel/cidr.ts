/**
 * CIDR prefixes as Kubernetes' CEL `net.CIDR` sees them: Go's `netip.ParsePrefix` (host bits
 * may be set, e.g. `192.168.0.1/24`, and are kept until `masked()`), minus IPv4-mapped IPv6.
 */
import { goQuote } from './go-quote.js';
import { IPAddress, IPParseError, parseAddr } from './ip-address.js';

const WRAPPER = 'network address parse error during conversion from string: ';

function prefixError(input: string, reason: string): IPParseError {
  return new IPParseError(`${WRAPPER}${WRAPPER}netip.ParsePrefix(${goQuote(input)}): ${reason}`);
}

/** `strconv.Atoi` behind a guard against signs and leading zeros; NaN when Go would refuse it. */
function parseBits(text: string): number {
  if (!/^(0|[1-9][0-9]*)$/.test(text)) return Number.NaN;
  // Atoi fails beyond int64; any such value is far out of range anyway.
  return text.length > 18 ? Number.NaN : Number(text);
}

export class CIDR {
  private constructor(
    readonly address: IPAddress,
    readonly prefixLength: number,
  ) {}

  /** Kubernetes' `parseCIDR`, with its exact (doubly wrapped) error texts. */
  static parse(text: string): CIDR {
    const slash = text.lastIndexOf('/');
    if (slash < 0) throw prefixError(text, "no '/'");
    let parsed;
    try {
      parsed = parseAddr(text.slice(0, slash));
    } catch (error) {
      if (error instanceof IPParseError) throw prefixError(text, error.message);
      throw error;
    }
    if (parsed.zone) throw prefixError(text, 'IPv6 zones cannot be present in a prefix');
    const bitsText = text.slice(slash + 1);
    const bits = parseBits(bitsText);
    if (Number.isNaN(bits)) throw prefixError(text, `bad bits after slash: ${goQuote(bitsText)}`);
    if (bits > parsed.bytes.length * 8) throw prefixError(text, 'prefix length out of range');
    const bytes = parsed.bytes;
    if (bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
      throw new IPParseError(`${WRAPPER}IPv4-mapped IPv6 address ${goQuote(text)} is not allowed`);
    }
    return new CIDR(IPAddress.fromBytes(bytes), bits);
  }

  static isValid(text: string): boolean {
    try {
      CIDR.parse(text);
      return true;
    } catch {
      return false;
    }
  }

  /** The network address: host bits cleared. */
  masked(): CIDR {
    return new CIDR(maskAddress(this.address, this.prefixLength), this.prefixLength);
  }

  /** Same family, and the first `prefixLength` bits agree (`netip.Prefix.Contains`). */
  containsIP(ip: IPAddress): boolean {
    if (ip.family !== this.address.family) return false;
    return maskAddress(ip, this.prefixLength).equals(maskAddress(this.address, this.prefixLength));
  }

  /** True when every address of `other` lies in this prefix. */
  containsCIDR(other: CIDR): boolean {
    return other.prefixLength >= this.prefixLength && this.containsIP(other.address);
  }

  /** Address and length both equal: `192.168.0.1/24` differs from its masked form. */
  equals(other: CIDR): boolean {
    return this.prefixLength === other.prefixLength && this.address.equals(other.address);
  }

  toString(): string {
    return `${this.address.toString()}/${this.prefixLength}`;
  }
}

function maskAddress(ip: IPAddress, bits: number): IPAddress {
  const bytes = Uint8Array.from(ip.bytes);
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    bytes[i] = bytes[i]! & (0xff << (8 - keep)) & 0xff;
  }
  return IPAddress.fromBytes(bytes);
}
