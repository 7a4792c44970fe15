import { describe, expect, it } from 'vitest';
import { RegexSyntaxError, compileRe2, translateRe2 } from '../../src/cel/re2.js';

const matches = (pattern: string, text: string) => compileRe2(pattern).test(text);

describe('RE2 translation', () => {
  it('rejects backreferences and lookaround instead of giving them JavaScript meaning', () => {
    expect(() => translateRe2('(a)\\1')).toThrow(/backreferences are not supported/);
    expect(() => translateRe2('a(?=b)')).toThrow(/lookaround/);
    expect(() => translateRe2('(?<!x)y')).toThrow(RegexSyntaxError);
  });

  it('reports unbalanced groups in Go regexp words', () => {
    expect(() => translateRe2(')')).toThrow('error parsing regexp: unexpected ): `)`');
    expect(() => translateRe2('(a')).toThrow('error parsing regexp: missing closing ): `(a`');
    expect(() => translateRe2('x++')).toThrow(RegexSyntaxError);
    expect(() => translateRe2('a{1001}')).toThrow(/invalid repeat count/);
  });

  it('supports RE2-only syntax', () => {
    expect(matches('(?i)^abc$', 'ABC')).toBe(true);
    expect(matches('(?P<word>\\w+)', 'hi')).toBe(true);
    expect(matches('^[[:alpha:]]+$', 'abc')).toBe(true);
    expect(matches('^[[:digit:]]+$', 'ab')).toBe(false);
    expect(matches('\\Aab\\z', 'ab')).toBe(true);
    expect(matches('\\Q.*\\E', 'a.*b')).toBe(true);
    expect(matches('\\Q.*\\E', 'ab')).toBe(false);
    expect(matches('^\\pL+$', 'héllo')).toBe(true);
    expect(matches('a{', 'a{')).toBe(true);
    expect(matches('^[]a]+$', ']a')).toBe(true);
  });

  it('uses RE2 meanings where JavaScript differs', () => {
    // RE2 `.` matches \r; `\s` is ASCII whitespace only.
    expect(matches('^a.b$', 'a\rb')).toBe(true);
    expect(matches('\\s', '\u00a0')).toBe(false);
    expect(matches('(?s)a.b', 'a\nb')).toBe(true);
    expect(matches('a.b', 'a\nb')).toBe(false);
  });
});
