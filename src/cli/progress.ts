import type { LintProgress } from '../engine/lint.js';

export interface ProgressOptions {
  /** Writes to the terminal (stderr). */
  write: (text: string) => void;
  /** Milliseconds since some fixed point; injectable so tests need no real clock. */
  now?: () => number;
  /** Nothing is shown for runs shorter than this. */
  delayMs?: number;
  /** At most one redraw per interval. */
  intervalMs?: number;
}

export interface ProgressLine {
  update(progress: LintProgress): void;
  /** Erases the line, if one was drawn, so the report starts on a clean terminal. */
  done(): void;
}

const CLEAR_LINE = '\r\u001b[K';

/**
 * A single self-rewriting status line on stderr for long runs ("resilint: linting 4,200 of
 * 10,000 objects"). Quiet for the first second, so ordinary runs print nothing extra.
 */
export function createProgressLine(options: ProgressOptions): ProgressLine {
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(progress) {
      const t = now();
      if (t - started < delayMs || t - lastDraw < intervalMs) return;
      lastDraw = t;
      drawn = true;
      options.write(`${CLEAR_LINE}resilint: ${describe(progress)}`);
    },
    done() {
      if (drawn) options.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

function describe(p: LintProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const what = p.phase === 'loading' ? 'files' : 'objects';
  return `${p.phase} ${n(p.done)} of ${n(p.total)} ${what}`;
}
