import { describe, expect, it } from 'vitest';
import { createProgressLine } from '../../src/cli/progress.js';

function fakeTerminal() {
  let t = 0;
  const writes: string[] = [];
  const line = createProgressLine({ write: (s) => writes.push(s), now: () => t });
  return { line, writes, advance: (ms: number) => (t += ms) };
}

describe('progress line on stderr', () => {
  it('stays silent for runs shorter than a second', () => {
    const { line, writes, advance } = fakeTerminal();
    advance(400);
    line.update({ phase: 'loading', done: 3, total: 10 });
    advance(500);
    line.update({ phase: 'linting', done: 100, total: 1000 });
    line.done();
    expect(writes).toEqual([]);
  });

  it('rewrites one line with the phase and counts after a second, then erases it', () => {
    const { line, writes, advance } = fakeTerminal();
    advance(1200);
    line.update({ phase: 'linting', done: 4200, total: 10000 });
    advance(20);
    line.update({ phase: 'linting', done: 4300, total: 10000 }); // within the redraw interval: skipped
    advance(200);
    line.update({ phase: 'linting', done: 6400, total: 10000 });
    line.done();
    expect(writes).toEqual([
      '\r\u001b[Kresilint: linting 4,200 of 10,000 objects',
      '\r\u001b[Kresilint: linting 6,400 of 10,000 objects',
      '\r\u001b[K',
    ]);
  });
});
