/**
 * URLs as Kubernetes' CEL `url()` sees them. Kubernetes validates with Go's
 * `url.ParseRequestURI` (absolute URI or absolute path) and then takes the parts from
 * `url.Parse`; this module follows both parsers' rules and error texts for the parts rule
 * authors can observe: scheme, host, hostname, port, escaped path and query.
 */
import { goQuote } from './go-quote.js';

export class URLParseError extends Error {
  override readonly name = 'URLParseError';
}

type Mode = 'path' | 'host' | 'query' | 'userinfo' | 'fragment';

const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/** Go's `shouldEscape` for the modes used here (ASCII only; other bytes are always escaped). */
function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if (mode === 'host' && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    if (mode === 'path') return c === '?';
    if (mode === 'userinfo') return c === '@' || c === '/' || c === '?' || c === ':';
    if (mode === 'query') return true;
    if (mode === 'fragment') return false;
  }
  if (mode === 'fragment' && `!()*`.includes(c)) return false;
  return true;
}

/** Go's `unescape`: decodes %XX (and `+` in query mode), refusing malformed escapes. */
function unescape(s: string, mode: Mode): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      if (!isHex(s[i + 1]) || !isHex(s[i + 2])) {
        throw new URLParseError(`invalid URL escape ${goQuote(s.slice(i, i + 3))}`);
      }
      // In a host, only %25 (the zone separator) or escapes of non-ASCII bytes may appear.
      if (mode === 'host' && parseInt(s[i + 1]!, 16) < 8 && s.slice(i, i + 3) !== '%25') {
        throw new URLParseError(`invalid URL escape ${goQuote(s.slice(i, i + 3))}`);
      }
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === '+' && mode === 'query') {
      bytes.push(0x20);
    } else {
      if (mode === 'host' && c < '\u0080' && shouldEscape(c, mode)) {
        throw new URLParseError(`invalid character ${goQuote(c)} in host name`);
      }
      bytes.push(...encoder.encode(c));
    }
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

/** Go's `escape` in path mode: what `EscapedPath` produces when the raw form cannot be kept. */
function escapePath(path: string): string {
  let out = '';
  for (const ch of path) {
    if (ch < '\u0080' && !shouldEscape(ch, 'path')) out += ch;
    else for (const b of new TextEncoder().encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Go's `validEncoded` for paths: may the raw path be returned as it was written? */
function validEncodedPath(raw: string): boolean {
  for (const c of raw) {
    if (`!$&'()*+,;=:@[]%`.includes(c)) continue;
    if (c >= '\u0080' || shouldEscape(c, 'path')) return false;
  }
  return true;
}

/** A port suffix, either empty or ':' followed by digits only. */
const validOptionalPort = (port: string): boolean => port === '' || /^:[0-9]*$/.test(port);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) throw new URLParseError("missing ']' in host");
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) throw new URLParseError(`invalid port ${goQuote(colonPort)} after host`);
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
      throw new URLParseError(`invalid port ${goQuote(host.slice(colon))} after host`);
    }
  }
  return unescape(host, 'host');
}

const USERINFO_CHARS = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

function parseAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  const host = parseHost(authority.slice(at + 1));
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!USERINFO_CHARS.test(userinfo)) throw new URLParseError('net/url: invalid userinfo');
    unescape(userinfo, 'userinfo');
  }
  return host;
}

/** `getScheme`: a letter, then letters, digits, `+`, `-`, `.`, ending at the first ':'. */
function splitScheme(raw: string): [scheme: string, rest: string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new URLParseError('missing protocol scheme');
      return [raw.slice(0, i).toLowerCase(), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

interface URLParts {
  scheme: string;
  opaque: string;
  host: string;
  path: string;
  rawPath: string;
  rawQuery: string;
}

/** Go's internal `parse(rawURL, viaRequest)`. */
function parseParts(raw: string, viaRequest: boolean): URLParts {
  // eslint-disable-next-line no-control-regex -- Go refuses ASCII control bytes anywhere
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw new URLParseError('net/url: invalid control character in URL');
  if (raw === '' && viaRequest) throw new URLParseError('empty url');
  const parts: URLParts = { scheme: '', opaque: '', host: '', path: '', rawPath: '', rawQuery: '' };
  if (raw === '*') return { ...parts, path: '*' };

  let rest: string;
  [parts.scheme, rest] = splitScheme(raw);
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      parts.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }

  if (!rest.startsWith('/')) {
    if (parts.scheme !== '') return { ...parts, opaque: rest };
    if (viaRequest) throw new URLParseError('invalid URI for request');
    const slash = rest.indexOf('/');
    if (rest.slice(0, slash < 0 ? rest.length : slash).includes(':')) {
      throw new URLParseError('first path segment in URL cannot contain colon');
    }
  }

  if ((parts.scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    const afterSlashes = rest.slice(2);
    const slash = afterSlashes.indexOf('/');
    const authority = slash < 0 ? afterSlashes : afterSlashes.slice(0, slash);
    rest = slash < 0 ? '' : afterSlashes.slice(slash);
    parts.host = parseAuthority(authority);
  }

  parts.path = unescape(rest, 'path');
  parts.rawPath = escapePath(parts.path) === rest ? '' : rest;
  return parts;
}

/**
 * Why Go's `url.ParseRequestURI` refuses `raw` (its `*url.Error` text, `parse "raw": reason`),
 * or undefined when it accepts it.
 */
export function requestURIError(raw: string): string | undefined {
  try {
    parseParts(raw, true);
    return undefined;
  } catch (error) {
    if (error instanceof URLParseError) return `parse ${goQuote(raw)}: ${error.message}`;
    throw error;
  }
}

function wrap(raw: string, error: unknown): never {
  if (error instanceof URLParseError) {
    throw new URLParseError(`URL parse error during conversion from string: parse ${goQuote(raw)}: ${error.message}`);
  }
  throw error;
}

/** Splits `host:port` the way Go's `url.URL.Hostname`/`Port` do. */
function splitHostPort(host: string): [hostname: string, port: string] {
  const colon = host.lastIndexOf(':');
  let hostname = host;
  let port = '';
  if (colon >= 0 && validOptionalPort(host.slice(colon))) {
    hostname = host.slice(0, colon);
    port = host.slice(colon + 1);
  }
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  return [hostname, port];
}

export class KubernetesURL {
  private constructor(
    private readonly text: string,
    private readonly parts: URLParts,
  ) {}

  /** `url()`: must be an absolute URI or an absolute path (Go `url.ParseRequestURI`). */
  static parse(raw: string): KubernetesURL {
    try {
      parseParts(raw, true);
      const hash = raw.indexOf('#');
      const parts = parseParts(hash < 0 ? raw : raw.slice(0, hash), false);
      if (hash >= 0) unescape(raw.slice(hash + 1), 'fragment');
      return new KubernetesURL(raw, parts);
    } catch (error) {
      return wrap(raw, error);
    }
  }

  static isValid(raw: string): boolean {
    try {
      parseParts(raw, true);
      return true;
    } catch {
      return false;
    }
  }

  get scheme(): string {
    return this.parts.scheme;
  }

  /** Host with port, IPv6 in brackets (`[::1]:80`). */
  get host(): string {
    return this.parts.host;
  }

  /** Host without port or brackets (`::1`). */
  get hostname(): string {
    return splitHostPort(this.parts.host)[0];
  }

  get port(): string {
    return splitHostPort(this.parts.host)[1];
  }

  /** The path as written when that is a valid encoding, otherwise re-escaped (`with%20space`). */
  get escapedPath(): string {
    const { rawPath, path } = this.parts;
    if (rawPath !== '' && validEncodedPath(rawPath)) {
      try {
        if (unescape(rawPath, 'path') === path) return rawPath;
      } catch {
        // fall through to re-escaping
      }
    }
    if (path === '*') return '*';
    return escapePath(path);
  }

  /**
   * Go's `url.ParseQuery`, skipping what it skips: empty keys, pairs with `;` (not a
   * separator since Go 1.17) and pairs with bad escapes. Repeated keys collect their values.
   */
  get query(): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const pair of this.parts.rawQuery.split('&')) {
      if (pair === '' || pair.includes(';')) continue;
      const eq = pair.indexOf('=');
      let key: string;
      let value: string;
      try {
        key = unescape(eq < 0 ? pair : pair.slice(0, eq), 'query');
        value = eq < 0 ? '' : unescape(pair.slice(eq + 1), 'query');
      } catch {
        continue;
      }
      const values = result.get(key) ?? [];
      values.push(value);
      result.set(key, values);
    }
    return result;
  }

  equals(other: KubernetesURL): boolean {
    return this.text === other.text;
  }

  toString(): string {
    return this.text;
  }
}
