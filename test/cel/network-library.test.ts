/**
 * The Kubernetes IP/CIDR CEL libraries beyond the upstream vectors: the parsing rules the
 * library docs state (k8s.io/apiserver pkg/cel/library/ip.go, cidr.go: no IPv4-mapped IPv6, no
 * zones, no leading zeros in IPv4 octets) and Go netip's canonical forms.
 */
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/cel/compile.js';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn');
const run = (expr: string, object: unknown = {}) => env.evaluate(expr, { object });

describe('ip()', () => {
  it('refuses what Kubernetes refuses (ip.go: mapped IPv6, zones, leading zeros)', () => {
    expect(() => run('ip("::ffff:1.2.3.4")')).toThrow('IPv4-mapped IPv6 address "::ffff:1.2.3.4" is not allowed');
    expect(() => run('ip("fe80::1%eth0")')).toThrow('IP address "fe80::1%eth0" with zone value is not allowed');
    expect(() => run('ip("010.0.0.1")')).toThrow('ParseAddr("010.0.0.1"): IPv4 field has octet with leading zero');
    expect(() => run('ip("127.0.0.256")')).toThrow('IPv4 field has value >255');
    expect(() => run('ip(":::1")')).toThrow(/each colon-separated field must have at least one digit/);
    expect(run('["::ffff:1.2.3.4", "fe80::1%eth0", "1.2.3", "", "1.2.3.4"].map(s, isIP(s))')).toEqual([
      false, false, false, false, true,
    ]);
  });

  it('prints the canonical form Go prints (RFC 5952 for IPv6)', () => {
    expect(run('string(ip("2001:DB8:0:0:0:0:0:ABCD"))')).toBe('2001:db8::abcd');
    expect(run('string(ip("2001:db8:0:0:1:0:0:1"))')).toBe('2001:db8::1:0:0:1');
    expect(run('string(ip("2001:db8:0:1:1:1:1:1"))')).toBe('2001:db8:0:1:1:1:1:1');
    expect(run('string(ip("::1.2.3.4"))')).toBe('::102:304');
    expect(run('string(ip("::"))')).toBe('::');
  });

  it('ip.isCanonical tells whether a field can be compared as a string', () => {
    expect(run('ip.isCanonical("2001:db8::abcd")')).toBe(true);
    expect(run('ip.isCanonical("2001:db8::0:0:0:abcd")')).toBe(false);
    expect(run('ip.isCanonical("2001:DB8::ABCD")')).toBe(false);
  });

  it('classifies addresses like Go netip', () => {
    expect(run('ip("10.0.0.1").isGlobalUnicast()')).toBe(true); // private ranges count as global
    expect(run('ip("fd00::1").isGlobalUnicast()')).toBe(true);
    expect(run('ip("0.0.0.0").isGlobalUnicast()')).toBe(false);
    expect(run('ip("169.254.1.1").isGlobalUnicast()')).toBe(false);
    expect(run('ip("127.255.0.1").isLoopback()')).toBe(true);
    expect(run('ip("::2").isLoopback()')).toBe(false);
    expect(run('ip("ff12::1").isLinkLocalMulticast()')).toBe(true); // any flags, link-local scope
    expect(run('ip("ff05::1").isLinkLocalMulticast()')).toBe(false);
    expect(run('ip("febf::1").isLinkLocalUnicast()')).toBe(true);
    expect(run('ip("fec0::1").isLinkLocalUnicast()')).toBe(false);
  });

  it('compares addresses by value, whatever the spelling', () => {
    expect(run('ip("2001:db8::1") == ip("2001:DB8:0::1")')).toBe(true);
    expect(run('ip("1.2.3.4") in [ip("1.2.3.4")]')).toBe(true);
    expect(run('ip("::") == ip("0.0.0.0")')).toBe(false);
  });
});

describe('cidr()', () => {
  it('keeps host bits until masked(), and equality sees them', () => {
    expect(run('cidr("192.168.0.1/24").ip()')).toEqual(run('ip("192.168.0.1")'));
    expect(run('cidr("192.168.0.1/24") == cidr("192.168.0.1/24").masked()')).toBe(false);
    expect(run('string(cidr("10.1.2.3/8").masked())')).toBe('10.0.0.0/8');
    expect(run('string(cidr("2001:DB8:ffff::/36").masked())')).toBe('2001:db8:f000::/36');
  });

  it('contains addresses and prefixes of its own family only', () => {
    expect(run('cidr("0.0.0.0/0").containsIP("::1")')).toBe(false);
    expect(run('cidr("::/0").containsIP("1.2.3.4")')).toBe(false);
    expect(run('cidr("10.0.0.0/8").containsCIDR("10.200.0.0/16")')).toBe(true);
    expect(run('cidr("10.0.0.0/8").containsCIDR("11.0.0.0/16")')).toBe(false);
    expect(run('cidr("192.168.0.0/16").containsCIDR(cidr("192.168.10.1/24"))')).toBe(true);
    expect(run('cidr("10.0.0.0/8").containsIP(object.podIP)', { podIP: '10.9.8.7' })).toBe(true);
  });

  it('refuses bad prefixes with Go netip.ParsePrefix reasons', () => {
    expect(() => run('cidr("10.0.0.0/33")')).toThrow('netip.ParsePrefix("10.0.0.0/33"): prefix length out of range');
    expect(() => run('cidr("10.0.0.0/08")')).toThrow('bad bits after slash: "08"');
    expect(() => run('cidr("10.0.0.0")')).toThrow(`netip.ParsePrefix("10.0.0.0"): no '/'`);
    expect(() => run('cidr("fe80::1%eth0/64")')).toThrow('IPv6 zones cannot be present in a prefix');
    expect(() => run('cidr("::ffff:1.2.3.4/120")')).toThrow('IPv4-mapped IPv6 address "::ffff:1.2.3.4/120" is not allowed');
    expect(() => run('cidr("1.2.3/8")')).toThrow('netip.ParsePrefix("1.2.3/8"): ParseAddr("1.2.3"): IPv4 address too short');
    expect(run('["::1/128", "10.0.0.0/8", "10.0.0.0/33", "10.0.0.0"].map(s, isCIDR(s))')).toEqual([true, true, false, false]);
  });
});

describe('type checking', () => {
  it('types the values so that wrong arguments are compile errors', () => {
    expect(compileExpression(env, 'ip("1.2.3.4").family() == 4').ok).toBe(true);
    expect(compileExpression(env, 'cidr("10.0.0.0/8").prefixLength() > 8').ok).toBe(true);
    expect(compileExpression(env, 'ip("1.2.3.4").prefixLength()').ok).toBe(false);
    expect(compileExpression(env, 'isCIDR(ip("1.2.3.4"))').ok).toBe(false);
    expect(run('type(cidr("10.0.0.0/8").ip()) == net.IP && type(cidr("10.0.0.0/8")) == net.CIDR')).toBe(true);
  });
});
