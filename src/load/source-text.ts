import type { SourceRange } from '../model/types.js';

/**
 * A file's text with a lazily built line index, so offsets become 1-based line/column pairs only
 * for the few positions a report actually needs.
 */
export class SourceText {
  private lineStarts: Int32Array | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  private index(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    const starts: number[] = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.lineStarts = Int32Array.from(starts);
    return this.lineStarts;
  }

  /** 1-based line and column of a 0-based character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.index();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  range(start: number, end: number): SourceRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Offset of the end of the line containing `offset` (exclusive, before `\r\n`). */
  lineEnd(offset: number): number {
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    if (end > offset && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return end;
  }
}
