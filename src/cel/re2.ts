/**
 * Translates RE2 patterns (the syntax Kubernetes CEL uses) into JavaScript RegExps, and rejects
 * what RE2 does not accept — backreferences and lookaround above all — instead of silently
 * giving them JavaScript's meaning. Errors read like Go's `regexp` errors
 * ("error parsing regexp: missing closing ): `(a`") because rule authors compare against the
 * Kubernetes documentation.
 *
 * Known gaps: inline flags are honoured only as a leading `(?flags)` group (Node 20 has no
 * scoped modifiers); `\S` inside a character class keeps JavaScript's Unicode meaning.
 */

export class RegexSyntaxError extends Error {
  override readonly name = 'RegexSyntaxError';
}

const MAX_REPEAT = 1000;
const RE2_SPACE = '\\t\\n\\f\\r ';
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9', graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: RE2_SPACE + '\\v',
  upper: 'A-Z', word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\\x07', f: '\\f', n: '\\n', r: '\\r', t: '\\t', v: '\\v', d: '\\d', D: '\\D', w: '\\w', W: '\\W',
  b: '\\b', B: '\\B',
};

const hex = (ch: string): string => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

class Translator {
  private pos = 0;
  private out = '';
  private depth = 0;
  flags = 'u';

  constructor(private readonly pattern: string) {}

  fail(reason: string): never {
    throw new RegexSyntaxError(`error parsing regexp: ${reason}: \`${this.pattern}\``);
  }

  run(): string {
    this.leadingFlags();
    while (this.pos < this.pattern.length) this.token();
    if (this.depth > 0) this.fail('missing closing )');
    return this.out;
  }

  private leadingFlags(): void {
    const m = /^\(\?([imsU]+)\)/.exec(this.pattern);
    if (!m) return;
    for (const f of m[1]!) {
      if (f === 'U') this.fail('invalid or unsupported Perl syntax: ungreedy flag (?U) is not supported');
      if (!this.flags.includes(f)) this.flags += f;
    }
    this.pos = m[0].length;
  }

  private token(): void {
    const ch = this.pattern[this.pos]!;
    switch (ch) {
      case '\\':
        this.out += this.escape(false);
        return;
      case '[':
        this.charClass();
        return;
      case '(':
        this.group();
        return;
      case ')':
        if (this.depth === 0) this.fail('unexpected )');
        this.depth--;
        this.out += ')';
        this.pos++;
        return;
      case '.':
        // RE2's `.` excludes only \n (JS also excludes \r and line separators).
        this.out += this.flags.includes('s') ? '[\\s\\S]' : '[^\\n]';
        this.pos++;
        return;
      case '{':
        this.braces();
        return;
      case '}':
        this.out += '\\}';
        this.pos++;
        return;
      default:
        this.out += ch;
        this.pos++;
    }
  }

  /** `{n}`, `{n,}`, `{n,m}` are repeats (RE2 caps them at 1000); any other `{` is a literal. */
  private braces(): void {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
    if (!m) {
      this.out += '\\{';
      this.pos++;
      return;
    }
    const min = Number(m[1]);
    const max = m[3] ? Number(m[3]) : min;
    if (min > MAX_REPEAT || max > MAX_REPEAT || (m[3] && max < min)) this.fail(`invalid repeat count: \`${m[0]}\``);
    this.out += m[0];
    this.pos += m[0].length;
  }

  private group(): void {
    const rest = this.pattern.slice(this.pos);
    if (/^\(\?(=|!|<=|<!)/.test(rest)) this.fail('invalid or unsupported Perl syntax: lookaround `(?=`, `(?!`, `(?<=`, `(?<!` is not supported');
    this.depth++;
    const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
    if (named) {
      this.out += `(?<${named[1]}>`;
      this.pos += named[0].length;
    } else if (rest.startsWith('(?:')) {
      this.out += '(?:';
      this.pos += 3;
    } else if (rest.startsWith('(?')) {
      this.fail('invalid or unsupported Perl syntax: only a leading (?flags) group is supported, not `' + rest.slice(0, 4) + '`');
    } else {
      this.out += '(';
      this.pos++;
    }
  }

  private charClass(): void {
    this.pos++;
    let body = '';
    if (this.pattern[this.pos] === '^') {
      body += '^';
      this.pos++;
    }
    // A `]` right after `[` or `[^` is a literal in RE2.
    if (this.pattern[this.pos] === ']') {
      body += '\\]';
      this.pos++;
    }
    for (;;) {
      const ch = this.pattern[this.pos];
      if (ch === undefined) this.fail('missing closing ]');
      if (ch === ']') break;
      if (ch === '\\') {
        body += this.escape(true);
        continue;
      }
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.pattern.slice(this.pos));
      if (posix) {
        const ranges = POSIX_CLASSES[posix[2]!];
        if (!ranges) this.fail(`invalid character class range: \`${posix[0]}\``);
        if (posix[1]) this.fail(`negated POSIX class \`${posix[0]}\` is not supported`);
        body += ranges;
        this.pos += posix[0].length;
        continue;
      }
      // Characters that are special inside a JS `u` class but literal in RE2.
      body += ch === '[' || ch === '/' || ch === '{' || ch === '}' || ch === '|' || ch === '(' || ch === ')' ? `\\${ch}` : ch;
      this.pos++;
    }
    this.pos++;
    this.out += `[${body}]`;
  }

  /** Translates the escape at `pos` (which points at the backslash). */
  private escape(inClass: boolean): string {
    const next = this.pattern[this.pos + 1];
    if (next === undefined) this.fail('trailing backslash at end of expression');
    this.pos += 2;
    if (next >= '1' && next <= '9') this.fail(`invalid escape sequence: \`\\${next}\` (backreferences are not supported)`);
    if (next === 's') return inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
    if (next === 'S' && !inClass) return `[^${RE2_SPACE}]`;
    if (next === 'S') return '\\S';
    if (next === 'A' && !inClass) return '(?<![\\s\\S])';
    if (next === 'z' && !inClass) return '(?![\\s\\S])';
    if (next === 'Q') return this.quoted(inClass);
    if (next === 'p' || next === 'P') return this.unicodeClass(next);
    if (next === 'x') return this.hexEscape();
    if (next === '0') return '\\x00';
    const simple = SIMPLE_ESCAPES[next];
    if (simple && !(inClass && (next === 'b' || next === 'B'))) return simple;
    if (/[A-Za-z0-9]/.test(next)) this.fail(`invalid escape sequence: \`\\${next}\``);
    return hex(next);
  }

  /** `\Q...\E` quotes everything up to `\E` (or the end). */
  private quoted(inClass: boolean): string {
    const end = this.pattern.indexOf('\\E', this.pos);
    const literal = this.pattern.slice(this.pos, end < 0 ? undefined : end);
    this.pos = end < 0 ? this.pattern.length : end + 2;
    const escaped = Array.from(literal, (c) => (/[A-Za-z0-9 ]/.test(c) ? c : hex(c))).join('');
    return inClass ? escaped : `(?:${escaped})`;
  }

  private unicodeClass(kind: string): string {
    const braced = /^\{(\^?)([A-Za-z_]+)\}/.exec(this.pattern.slice(this.pos));
    let name: string;
    let negate = kind === 'P';
    if (braced) {
      name = braced[2]!;
      if (braced[1]) negate = !negate;
      this.pos += braced[0].length;
    } else {
      name = this.pattern[this.pos] ?? '';
      if (!/[A-Za-z]/.test(name)) this.fail('invalid character class range: `\\' + kind + '`');
      this.pos++;
    }
    // One- and two-letter names are general categories; longer ones are scripts.
    const property = name === 'Any' ? 'Any' : name.length <= 2 ? name : `Script=${name}`;
    try {
      new RegExp(`\\p{${property}}`, 'u');
    } catch {
      this.fail(`invalid character class range: \`\\${kind}{${name}}\``);
    }
    return `\\${negate ? 'P' : 'p'}{${property}}`;
  }

  private hexEscape(): string {
    const rest = this.pattern.slice(this.pos);
    const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
    const plain = /^[0-9A-Fa-f]{2}/.exec(rest);
    const digits = braced?.[1] ?? plain?.[0];
    if (!digits || parseInt(digits, 16) > 0x10ffff) this.fail('invalid escape sequence: `\\x`');
    this.pos += (braced ?? plain)![0].length;
    return `\\u{${digits}}`;
  }
}

export interface TranslatedRegex {
  source: string;
  flags: string;
}

/** Translates an RE2 pattern, or throws `RegexSyntaxError`. */
export function translateRe2(pattern: string): TranslatedRegex {
  const translator = new Translator(pattern);
  const source = translator.run();
  try {
    new RegExp(source, translator.flags);
  } catch (error) {
    // Whatever JS still rejects (e.g. `x**`, `a++`) RE2 rejects too.
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
    translator.fail(`invalid or unsupported syntax (${reason})`);
  }
  return { source, flags: translator.flags };
}

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 512;

/** A compiled RegExp for an RE2 pattern, cached because rules apply the same pattern to every object. */
export function compileRe2(pattern: string, global = false): RegExp {
  const key = `${global ? 'g' : '-'}${pattern}`;
  let regex = cache.get(key);
  if (!regex) {
    const { source, flags } = translateRe2(pattern);
    regex = new RegExp(source, global ? `${flags}g` : flags);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, regex);
  }
  // Global regexes keep state in lastIndex; reset it so cached instances are safe to reuse.
  regex.lastIndex = 0;
  return regex;
}
