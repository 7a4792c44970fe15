/**
 * The Kubernetes URL CEL library beyond the upstream vectors: the rules of Go's
 * url.ParseRequestURI/url.Parse that Kubernetes' url()/isURL() inherit (k8s.io/apiserver
 * pkg/cel/library/urls.go).
 */
import { describe, expect, it } from 'vitest';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn');
const run = (expr: string, object: unknown = {}) => env.evaluate(expr, { object });

describe('url()', () => {
  it('accepts absolute URIs and absolute paths only', () => {
    expect(run('["https://example.com", "/a/b", "mailto:ops@example.com", "a/b", "", "//x"].map(s, isURL(s))')).toEqual([
      true, true, true, false, false, true,
    ]);
    expect(() => run('url("a/b")')).toThrow('URL parse error during conversion from string: parse "a/b": invalid URI for request');
    expect(() => run('url("https://a:b:c/")')).toThrow('invalid port ":c" after host');
    expect(() => run('url("https://host/%zz")')).toThrow('invalid URL escape "%zz"');
    expect(() => run('url("https://exa mple.com/")')).toThrow('invalid character " " in host name');
  });

  it('splits host and port, unbracketing IPv6 hostnames', () => {
    expect(run('url("https://[2001:db8::1]:8443/x").getHostname()')).toBe('2001:db8::1');
    expect(run('url("https://[2001:db8::1]:8443/x").getPort()')).toBe('8443');
    expect(run('url("HTTPS://Example.com/").getScheme()')).toBe('https');
    expect(run('url("https://user:pw@example.com/").getHost()')).toBe('example.com');
  });

  it('keeps the path as written when it is validly escaped, re-escapes it otherwise', () => {
    expect(run('url("https://example.com/a%2Fb").getEscapedPath()')).toBe('/a%2Fb');
    expect(run('url("https://example.com/ü").getEscapedPath()')).toBe('/%C3%BC');
    expect(run('url("https://example.com/a#frag").getEscapedPath()')).toBe('/a');
  });

  it('decodes the query like Go url.ParseQuery, dropping pairs with ";"', () => {
    expect(run('url("/p?a=1+2&b=%41&a=3&c").getQuery()')).toEqual(
      new Map([['a', ['1 2', '3']], ['b', ['A']], ['c', ['']]]),
    );
    expect(run('url("/p?a=1;b=2&c=3").getQuery()')).toEqual(new Map([['c', ['3']]]));
    expect(run('url(object.webhook).getQuery()["team"][0] == "sre"', { webhook: 'https://h/?team=sre' })).toBe(true);
  });
});
