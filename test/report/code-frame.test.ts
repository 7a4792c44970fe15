import { describe, expect, it } from 'vitest';
import { palette } from '../../src/report/ansi.js';
import { renderCodeFrame } from '../../src/report/code-frame.js';

const style = { paint: palette(false), highlight: (s: string) => s };
const SOURCE = ['a: 1', 'b:', '  c: 2', '  d: 3', 'e: 4', 'f: 5', 'g: 6'].join('\n') + '\n';

describe('renderCodeFrame', () => {
  it('shows two lines either side with the marker spanning [column, endColumn)', () => {
    expect(renderCodeFrame(SOURCE, { line: 4, column: 3, endLine: 4, endColumn: 4 }, style)).toEqual([
      '  2 | b:',
      '  3 |   c: 2',
      '> 4 |   d: 3',
      '    |   ^',
      '  5 | e: 4',
      '  6 | f: 5',
    ]);
  });

  it('clips the context at the start and end of the file without an extra line for the final newline', () => {
    expect(renderCodeFrame(SOURCE, { line: 1, column: 1, endLine: 1, endColumn: 2 }, style)?.[0]).toBe('> 1 | a: 1');
    const last = renderCodeFrame(SOURCE, { line: 7, column: 1, endLine: 7, endColumn: 5 }, style)!;
    expect(last.at(-2)).toBe('> 7 | g: 6');
    expect(last.at(-1)).toBe('    | ^^^^');
  });

  it('marks to the end of the line when the range continues on later lines', () => {
    const frame = renderCodeFrame(SOURCE, { line: 2, column: 1, endLine: 4, endColumn: 7 }, style)!;
    expect(frame[frame.indexOf('> 2 | b:') + 1]).toBe('    | ^^');
  });

  it('still shows one marker when the range is empty or past the end of the text', () => {
    const frame = renderCodeFrame(SOURCE, { line: 2, column: 3, endLine: 2, endColumn: 3 }, style)!;
    expect(frame[frame.indexOf('> 2 | b:') + 1]).toBe('    |   ^');
  });

  it('widens the gutter for two-digit line numbers', () => {
    const source = Array.from({ length: 12 }, (_, i) => `k${i + 1}: v`).join('\n');
    const frame = renderCodeFrame(source, { line: 9, column: 1, endLine: 9, endColumn: 3 }, style)!;
    expect(frame).toEqual([
      '   7 | k7: v',
      '   8 | k8: v',
      '>  9 | k9: v',
      '     | ^^',
      '  10 | k10: v',
      '  11 | k11: v',
    ]);
  });

  it('keeps tabs in the lead-in so the marker lines up', () => {
    const frame = renderCodeFrame('x: "\ta"\n', { line: 1, column: 6, endLine: 1, endColumn: 7 }, style)!;
    expect(frame[1]).toBe('    |     \t^');
  });

  it('handles CRLF sources', () => {
    expect(renderCodeFrame('a: 1\r\nb: 2\r\n', { line: 2, column: 1, endLine: 2, endColumn: 2 }, style)).toEqual([
      '  1 | a: 1',
      '> 2 | b: 2',
      '    | ^',
    ]);
  });

  it('returns undefined when the line is not in the source', () => {
    expect(renderCodeFrame(SOURCE, { line: 40, column: 1, endLine: 40, endColumn: 2 }, style)).toBeUndefined();
    expect(renderCodeFrame(SOURCE, { line: 0, column: 0, endLine: 0, endColumn: 0 }, style)).toBeUndefined();
  });
});

describe('frames from several files', () => {
  it('shows each file its own lines when findings alternate between files', () => {
    const other = ['x: 1', 'y: 2', 'z: 3'].join('\n');
    const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 2 });
    const focus = (frame: string[] | undefined) => frame?.find((l) => l.startsWith('>'));
    expect(focus(renderCodeFrame(SOURCE, at(3), style))).toBe('> 3 |   c: 2');
    expect(focus(renderCodeFrame(other, at(2), style))).toBe('> 2 | y: 2');
    expect(focus(renderCodeFrame(SOURCE, at(2), style))).toBe('> 2 | b:');
    expect(renderCodeFrame(other, at(5), style)).toBeUndefined();
  });
});
