import type { SourceRange } from '../model/types.js';
import type { Palette } from './ansi.js';

/** Lines shown above and below the line at fault. */
const CONTEXT_LINES = 2;

export interface CodeFrameStyle {
  paint: Palette;
  /** Colours the `>` pointer and the `^` marker, e.g. red for errors. */
  highlight: (text: string) => string;
}

/**
 * A few source lines around `range.line` with a line-number gutter and a `^` marker under the
 * flagged span, e.g.
 *
 *     10 |     spec:
 *   > 11 |       replicas: 1
 *        |       ^^^^^^^^
 *
 * Returns the frame's lines, or `undefined` when the line is not in the source (a stale source or
 * a finding without a real position), so callers simply print no frame.
 */
export function renderCodeFrame(
  source: string,
  range: SourceRange,
  style: CodeFrameStyle,
): string[] | undefined {
  const lines = linesOf(source);
  if (range.line < 1 || range.line > lines.length) return undefined;

  const first = Math.max(1, range.line - CONTEXT_LINES);
  const last = Math.min(lines.length, range.line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const { paint, highlight } = style;

  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1]!;
    const isFocus = n === range.line;
    const pointer = isFocus ? highlight('>') : ' ';
    const gutter = paint.gray(`${String(n).padStart(gutterWidth)} |`);
    frame.push(text === '' ? `${pointer} ${gutter}` : `${pointer} ${gutter} ${text}`);
    if (isFocus) {
      const emptyGutter = paint.gray(`${' '.repeat(gutterWidth)} |`);
      frame.push(`  ${emptyGutter} ${markerUnder(text, range, highlight)}`);
    }
  }
  return frame;
}

/**
 * `^` characters under columns [column, endColumn) — end exclusive, as in SARIF — or to the end
 * of the line when the range continues on later lines. Always at least one `^`, so a finding that
 * points just past the text (an absent field reported at its parent's end) is still visible.
 */
function markerUnder(text: string, range: SourceRange, highlight: (s: string) => string): string {
  const start = Math.max(1, range.column);
  const lineEnd = text.length + 1;
  const end =
    range.endLine === range.line ? Math.min(range.endColumn, lineEnd) : range.endLine > range.line ? lineEnd : start;
  const width = Math.max(1, end - start);
  // Keep tabs in the lead-in so the marker lines up however the terminal renders tabs.
  const leadIn = text.slice(0, start - 1).replace(/[^\t]/g, ' ') + ' '.repeat(Math.max(0, start - 1 - text.length));
  return leadIn + highlight('^'.repeat(width));
}

/**
 * The lines of the file the last frame came from. The text report frames findings file by file,
 * and splitting the whole file again for each finding made one large file (`helm template |
 * resilint -`, thousands of findings) quadratic: minutes instead of seconds.
 */
let cached: { source: string; lines: string[] } | undefined;

function linesOf(source: string): string[] {
  if (cached?.source !== source) cached = { source, lines: splitLines(source) };
  return cached.lines;
}

/** Splits on any line break; a final newline does not make an extra empty line. */
function splitLines(source: string): string[] {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
