/**
 * The Kubernetes IP and CIDR CEL libraries (k8s.io/apiserver `library.IP` and `library.CIDR`,
 * Kubernetes 1.30+): `ip()`, `isIP()`, `ip.isCanonical()`, the `net.IP` methods, `cidr()`,
 * `isCIDR()`, the `net.CIDR` methods, `string()` of both, and the type names `net.IP` and
 * `net.CIDR`. Parsing and error texts follow Go's netip, as Kubernetes uses it.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { CIDR } from './cidr.js';
import { IPAddress, IPParseError } from './ip-address.js';
import { registerNamespace, registerTypeNamespace } from './namespace.js';
import { celError } from './runtime-values.js';

export const IP_TYPE = 'net.IP';
export const CIDR_TYPE = 'net.CIDR';

function orCelError<T>(parse: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parse(text);
    } catch (error) {
      if (error instanceof IPParseError) throw celError(error.message);
      throw error;
    }
  };
}

const parseIP = orCelError((text) => IPAddress.parse(text));
const parseCIDR = orCelError((text) => CIDR.parse(text));

function registerIpLibrary(env: Environment): void {
  const ip = IP_TYPE;
  env.registerType(ip, IPAddress);
  env.registerOperator(`${ip} == ${ip}`, (a: IPAddress, b: IPAddress) => a.equals(b));
  env.registerFunction(`ip(string): ${ip}`, parseIP);
  env.registerFunction('isIP(string): bool', (text: string) => IPAddress.isValid(text));
  env.registerFunction(`string(${ip}): string`, (a: IPAddress) => a.toString());
  env.registerFunction(`${ip}.family(): int`, (a: IPAddress) => BigInt(a.family));
  env.registerFunction(`${ip}.isUnspecified(): bool`, (a: IPAddress) => a.isUnspecified());
  env.registerFunction(`${ip}.isLoopback(): bool`, (a: IPAddress) => a.isLoopback());
  env.registerFunction(`${ip}.isLinkLocalMulticast(): bool`, (a: IPAddress) => a.isLinkLocalMulticast());
  env.registerFunction(`${ip}.isLinkLocalUnicast(): bool`, (a: IPAddress) => a.isLinkLocalUnicast());
  env.registerFunction(`${ip}.isGlobalUnicast(): bool`, (a: IPAddress) => a.isGlobalUnicast());
  // `ip.isCanonical(s)`: canonical text is the one form `string(ip(s))` gives back, so fields
  // holding canonical IPs can be compared as strings.
  const ns = registerNamespace(env, 'ip');
  env.registerFunction(`${ns}.isCanonical(string): bool`, (_: unknown, text: string) => parseIP(text).toString() === text);
}

function registerCidrLibrary(env: Environment): void {
  const c = CIDR_TYPE;
  env.registerType(c, CIDR);
  env.registerOperator(`${c} == ${c}`, (a: CIDR, b: CIDR) => a.equals(b));
  env.registerFunction(`cidr(string): ${c}`, parseCIDR);
  env.registerFunction('isCIDR(string): bool', (text: string) => CIDR.isValid(text));
  env.registerFunction(`string(${c}): string`, (a: CIDR) => a.toString());
  env.registerFunction(`${c}.containsIP(${IP_TYPE}): bool`, (a: CIDR, b: IPAddress) => a.containsIP(b));
  env.registerFunction(`${c}.containsIP(string): bool`, (a: CIDR, b: string) => a.containsIP(parseIP(b)));
  env.registerFunction(`${c}.containsCIDR(${c}): bool`, (a: CIDR, b: CIDR) => a.containsCIDR(b));
  env.registerFunction(`${c}.containsCIDR(string): bool`, (a: CIDR, b: string) => a.containsCIDR(parseCIDR(b)));
  env.registerFunction(`${c}.ip(): ${IP_TYPE}`, (a: CIDR) => a.address);
  env.registerFunction(`${c}.masked(): ${c}`, (a: CIDR) => a.masked());
  env.registerFunction(`${c}.prefixLength(): int`, (a: CIDR) => BigInt(a.prefixLength));
}

export function registerNetworkLibrary(env: Environment): void {
  registerIpLibrary(env);
  registerCidrLibrary(env);
  registerTypeNamespace(env, 'net', {
    IP: env.evaluate('type(ip("0.0.0.0"))'),
    CIDR: env.evaluate('type(cidr("0.0.0.0/0"))'),
  });
}
