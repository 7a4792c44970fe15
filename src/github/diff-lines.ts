/**
 * Which lines of a file a review comment may be attached to. GitHub accepts a `side: RIGHT`
 * comment only on a line that appears in one of the PR diff's hunks on the new side (an added or
 * a context line), and a multi-line comment only when both ends sit in the same hunk. We read this
 * from the unified-diff `patch` that `pulls.listFiles` returns for each file.
 */
export interface CommentableLines {
  /** New-side line number → index of the hunk it belongs to. */
  readonly hunkOf: ReadonlyMap<number, number>;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * Parses a unified-diff patch (as in the `patch` field of a PR file). Lines are counted on the new
 * side only: `+` and ` ` advance it, `-` does not, and `\ No newline at end of file` is a note
 * about the previous line, not a line.
 */
export function parsePatch(patch: string | undefined): CommentableLines {
  const hunkOf = new Map<number, number>();
  if (!patch) return { hunkOf };
  let hunk = -1;
  let newLine = 0;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      hunk++;
      newLine = Number(header[1]);
      continue;
    }
    if (hunk < 0) continue;
    // `-` lines exist only on the old side and `\` notes (no newline at EOF) are not lines at all.
    const marker = text[0];
    if (marker === '+' || marker === ' ') {
      hunkOf.set(newLine, hunk);
      newLine++;
    }
  }
  return { hunkOf };
}

export function isCommentable(lines: CommentableLines, line: number): boolean {
  return lines.hunkOf.has(line);
}

/** A range comment needs both ends in the diff and in the same hunk, or GitHub rejects it with 422. */
export function isCommentableRange(lines: CommentableLines, startLine: number, endLine: number): boolean {
  const a = lines.hunkOf.get(startLine);
  const b = lines.hunkOf.get(endLine);
  return a !== undefined && a === b;
}
