import { describe, expect, it } from 'vitest';
import { isCommentable, isCommentableRange, parsePatch } from '../../src/github/diff-lines.js';

const MODIFIED = [
  '@@ -3,6 +3,7 @@ metadata:',
  '   name: api',
  ' spec:',
  '-  replicas: 1',
  '+  replicas: 3',
  '+  minReadySeconds: 5',
  '   template:',
  '     spec:',
  '@@ -40,3 +41,3 @@ spec:',
  '       - name: app',
  '-        image: app:1',
  '+        image: app:2',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatch: the new-side lines a review comment may sit on', () => {
  it('counts added and context lines on the RIGHT side and skips removed ones', () => {
    const lines = parsePatch(MODIFIED);
    expect([...lines.hunkOf.keys()]).toEqual([3, 4, 5, 6, 7, 8, 41, 42]);
  });

  it('does not count the "No newline at end of file" note as a line', () => {
    const lines = parsePatch(MODIFIED);
    expect(isCommentable(lines, 42)).toBe(true);
    expect(isCommentable(lines, 43)).toBe(false);
  });

  it('allows a range only inside one hunk (GitHub answers 422 otherwise)', () => {
    const lines = parsePatch(MODIFIED);
    expect(isCommentableRange(lines, 5, 7)).toBe(true);
    expect(isCommentableRange(lines, 7, 41)).toBe(false);
    expect(isCommentableRange(lines, 2, 5)).toBe(false);
  });

  it('has no commentable line for binary files and oversized diffs (no patch field)', () => {
    expect(parsePatch(undefined).hunkOf.size).toBe(0);
  });

  it('reads a hunk header without a line count (a one-line hunk)', () => {
    expect([...parsePatch('@@ -1 +1 @@\n-a\n+b').hunkOf.keys()]).toEqual([1]);
  });
});
