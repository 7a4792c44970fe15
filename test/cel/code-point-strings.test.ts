/**
 * cel-go's string extension (ext/strings.go) through the environment rule authors use: indexes
 * count code points, not UTF-16 code units, and edge cases behave as in cel-go and the cel-spec
 * string_ext vectors.
 */
import { describe, expect, it } from 'vitest';
import { run } from './run-expression.js';
import { indexOf, lastIndexOf } from '../../src/cel/code-point-strings.js';

describe('string functions count code points, as cel-go does', () => {
  it('indexOf and lastIndexOf give code-point positions past characters outside the BMP', () => {
    expect(run("'😀a'.indexOf('a')")).toBe(1n);
    expect(run("'😀a😀a'.lastIndexOf('a')")).toBe(3n);
    expect(run("'😀a😀a'.indexOf('a', 2)")).toBe(3n);
    expect(run("'😀a😀a'.lastIndexOf('😀', 1)")).toBe(0n);
    expect(run("'a😀b'.indexOf('😀b')")).toBe(1n);
  });

  it('substring and charAt never split a surrogate pair', () => {
    expect(run("'😀abc'.substring(1, 2)")).toBe('a');
    expect(run("'😀abc'.substring(1)")).toBe('abc');
    expect(run("'a😀b'.charAt(1)")).toBe('😀');
    expect(run("'ta©o©αT'.substring(2, 6)")).toBe('©o©α');
  });

  it('reads strings from manifests (dyn receivers) the same way', () => {
    expect(run('object.name.indexOf("-")', { name: '🚀-web' })).toBe(1n);
    expect(run('object.name.substring(2)', { name: '🚀-web' })).toBe('web');
  });

  it('size() counts code points too', () => {
    expect(run("'😀a'.size()")).toBe(2n);
    expect(run("size('😀a')")).toBe(2n);
  });
});

describe('edge cases from cel-go and the cel-spec string_ext vectors', () => {
  it('charAt at the length is the empty string; beyond it is an error', () => {
    expect(run("'ab'.charAt(2)")).toBe('');
    expect(() => run("'tacocat'.charAt(30)")).toThrow('index out of range: 30');
  });

  it('an empty search string matches at the offset, or at the end for lastIndexOf', () => {
    expect(run("'tacocat'.indexOf('')")).toBe(0n);
    expect(run("'tacocat'.indexOf('', 3)")).toBe(3n);
    expect(run("'tacocat'.lastIndexOf('')")).toBe(7n);
    expect(run("''.lastIndexOf('@@')")).toBe(-1n);
    expect(run("''.indexOf('a')")).toBe(-1n);
  });

  it('offsets outside the string are errors with cel-go messages', () => {
    expect(() => run("'tacocat'.indexOf('a', 30)")).toThrow('index out of range: 30');
    expect(() => run("'tacocat'.lastIndexOf('a', -1)")).toThrow('index out of range: -1');
    expect(() => run("'tacocat'.substring(40)")).toThrow('index out of range: 40');
    expect(() => run("'tacocat'.substring(1, 50)")).toThrow('index out of range: 50');
    expect(() => run("'tacocat'.substring(4, 3)")).toThrow('invalid substring range. start: 4, end: 3');
  });

  it('lastIndexOf with an offset finds overlapping matches that start at or before it', () => {
    expect(run("'bananananana'.lastIndexOf('nana', 7)")).toBe(6n);
    expect(run("'hello wello'.lastIndexOf('ello', 6)")).toBe(1n);
  });

  it('lowerAscii and upperAscii change ASCII letters only', () => {
    expect(run("'TacoCÆt'.lowerAscii()")).toBe('tacocÆt');
    expect(run("'tacoCαt'.upperAscii()")).toBe('TACOCαT');
  });

  it("trim removes Go's white space (U+0085 included, U+FEFF and U+200B kept)", () => {
    expect(run("'\\u0085\\u00a0\\u1680text '.trim()")).toBe('text');
    expect(run("'\\u180etext\\u200b\\ufeff'.trim()")).toBe('\u180etext\u200b\ufeff');
  });
});

describe('routing keeps the other meanings of the names', () => {
  it('indexOf and lastIndexOf on lists are still the Kubernetes list functions', () => {
    expect(run('[1, 2, 2].lastIndexOf(2)')).toBe(2n);
    expect(run('object.xs.indexOf("b")', { xs: ['a', 'b'] })).toBe(1n);
  });

  it('leaves method names inside string literals alone', () => {
    expect(run("'x.indexOf(y)'.indexOf('(')")).toBe(9n);
  });
});

describe('indexOf and lastIndexOf against a code-point reference', () => {
  // BMP-only samples take the fast path (JavaScript's own search); the others split code points.
  const samples = ['', 'a', 'abcabc', 'ta©o©αT', 'hello wello', 'a😀b😀a', '😀😀😀'];
  const needles = ['a', 'bc', '©', 'ello', 'zz', '😀', '😀a'];
  it('agree for every offset', () => {
    for (const text of samples) {
      const chars = Array.from(text);
      for (const needle of needles) {
        const width = Array.from(needle).length;
        const matchesAt = (i: number): boolean => chars.slice(i, i + width).join('') === needle;
        for (let at = 0; at < chars.length; at++) {
          const forward = chars.findIndex((_, i) => i >= at && matchesAt(i));
          expect(indexOf(text, needle, BigInt(at))).toBe(BigInt(forward));
          let backward = -1;
          for (let i = at; i >= 0 && backward < 0; i--) if (matchesAt(i)) backward = i;
          expect(lastIndexOf(text, needle, BigInt(at))).toBe(BigInt(backward));
        }
      }
    }
  });
});

describe('a failing routed method names the method the author wrote', () => {
  const failure = (expression: string, object: unknown) => {
    try {
      run(expression, object);
    } catch (error) {
      return { message: (error as Error).message, summary: (error as { summary?: string }).summary };
    }
    throw new Error(`${expression} did not fail`);
  };

  it.each([
    ["dyn(1).indexOf('a')", "'int.indexOf(string)'"],
    ['object.s.indexOf(1)', "'string.indexOf(int)'"],
    ["dyn([1]).lastIndexOf('a')", "'list.lastIndexOf(string)'"],
    ['dyn(1).substring(0)', "'int.substring(int)'"],
    ['object.s.matches(1)', "'string.matches(int)'"],
  ])('%s fails with no matching overload for %s', (expression, overload) => {
    const { message, summary } = failure(expression, { s: 'x' });
    expect(summary).toBe(`found no matching overload for ${overload}`);
    expect(message).toContain(overload);
    expect(message).not.toMatch(/\.(go[A-Z]\w*|re2Matches)\(/);
  });
});
