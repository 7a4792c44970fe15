/**
 * Go's `strconv.Quote`, because Kubernetes' CEL error messages embed user input with `%q` and
 * rule authors (and the upstream test vectors) match on those messages.
 */

const SHORT_ESCAPES: Record<string, string> = {
  '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
  '\\': '\\\\', '"': '\\"',
};

/** Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const escaped = SHORT_ESCAPES[ch];
    if (escaped) out += escaped;
    else if (PRINTABLE.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0)!;
      // A lone surrogate cannot come from valid UTF-8; Go would print the replacement character.
      if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
      else if (code < 0x80) out += `\\x${hex(code, 2)}`;
      else if (code < 0x10000) out += `\\u${hex(code, 4)}`;
      else out += `\\U${hex(code, 8)}`;
    }
  }
  return `${out}"`;
}
