import { describe, expect, it } from 'vitest';
import { goQuote } from '../../src/cel/go-quote.js';

describe('goQuote (Go strconv.Quote, used in Kubernetes error texts)', () => {
  it('escapes quotes, backslashes and control characters like Go', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('\n\t\u0001\u007f')).toBe('"\\n\\t\\x01\\x7f"');
    expect(goQuote('\u200b')).toBe('"\\u200b"');
  });

  it('keeps printable non-ASCII text as it is', () => {
    expect(goQuote('héllo 世界')).toBe('"héllo 世界"');
  });
});
