import type { Finding } from '../model/types.js';
import { renderFindingsTable, type FileUrl } from '../report/markdown.js';
import type { NewReviewComment, Review, ReviewComment } from './client.js';
import { findingCommentBody } from './comment-body.js';
import { isCommentable, isCommentableRange, type CommentableLines } from './diff-lines.js';
import { byPriority } from './finding-priority.js';
import { isAuthoredBy } from './identity.js';
import { findingMarker, parseFindingMarkers } from './markers.js';

export interface ReviewPlanInput {
  /** Reported (unsuppressed) findings of this run. */
  findings: readonly Finding[];
  /** Findings that must not be commented inline (their line is not the head's). */
  notInline?: ReadonlySet<Finding>;
  /** Commentable lines per changed file path. */
  diff: ReadonlyMap<string, CommentableLines>;
  existingComments: readonly ReviewComment[];
  existingReviews: readonly Review[];
  /** Login our earlier comments were written by; others' comments are never touched. */
  identity: string;
  maxComments: number;
  /** Rows shown in each table of the review body. */
  maxTableRows?: number;
  fileUrl?: FileUrl;
}

export interface ReviewPlan {
  /** New inline comments, at most `maxComments`. */
  comments: NewReviewComment[];
  /** New findings on diff lines that did not fit under `maxComments`; listed in the body. */
  overflow: Finding[];
  /** New findings that cannot be commented inline (file unchanged there); listed in the body. */
  outsideDiff: Finding[];
  /** The review body; empty when there is nothing new to say (then no review is posted). */
  body: string;
  /** Our earlier inline comments whose finding is gone and which nobody answered. */
  staleCommentIds: number[];
  /** Findings skipped because an earlier run already reported them. */
  alreadyReported: number;
}

const DEFAULT_TABLE_ROWS = 50;

/**
 * Decides what one run posts, the way reviewdog does: one review, inline comments on diff lines
 * (a range only when both ends are in the same hunk), a table in the body for the rest, nothing
 * twice (fingerprints in markers of our earlier comments and review bodies), and stale comments of
 * ours removed unless someone replied to them.
 */
export function planReview(input: ReviewPlanInput): ReviewPlan {
  const ours = input.existingComments.filter((c) => isAuthoredBy(c.author, input.identity));
  const reported = new Set<string>();
  for (const c of ours) for (const m of parseFindingMarkers(c.body)) reported.add(m.fingerprint);
  for (const r of input.existingReviews) {
    if (isAuthoredBy(r.author, input.identity)) for (const m of parseFindingMarkers(r.body)) reported.add(m.fingerprint);
  }

  const comments: NewReviewComment[] = [];
  const overflow: Finding[] = [];
  const outsideDiff: Finding[] = [];
  const seen = new Set<string>();
  let alreadyReported = 0;
  // `maxComments` caps our inline comments on the PR, not per run: comments of ours that still
  // stand use up the room, so re-runs of a PR with many findings do not add another batch each time.
  const current = new Set(input.findings.map((f) => f.fingerprint));
  const standing = ours.filter((c) => c.inReplyToId === undefined && parseFindingMarkers(c.body).some((m) => current.has(m.fingerprint))).length;
  const room = Math.max(0, input.maxComments - standing);
  for (const f of byPriority(input.findings)) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    if (reported.has(f.fingerprint)) {
      alreadyReported++;
      continue;
    }
    const comment = input.notInline?.has(f) ? undefined : inlineComment(f, input.diff.get(f.file));
    if (!comment) outsideDiff.push(f);
    else if (comments.length < room) comments.push(comment);
    else overflow.push(f);
  }

  const answered = new Set(input.existingComments.filter((c) => c.inReplyToId !== undefined).map((c) => c.inReplyToId));
  const staleCommentIds = ours
    .filter((c) => c.inReplyToId === undefined && !answered.has(c.id))
    .filter((c) => {
      const markers = parseFindingMarkers(c.body);
      return markers.length > 0 && markers.every((m) => !current.has(m.fingerprint));
    })
    .map((c) => c.id);

  return {
    comments,
    overflow,
    outsideDiff,
    body: reviewBody(comments.length, overflow, outsideDiff, input),
    staleCommentIds,
    alreadyReported,
  };
}

function inlineComment(f: Finding, lines: CommentableLines | undefined): NewReviewComment | undefined {
  if (!lines || !isCommentable(lines, f.line)) return undefined;
  const body = findingCommentBody(f);
  if (f.endLine > f.line && isCommentableRange(lines, f.line, f.endLine)) {
    return { path: f.file, body, start_line: f.line, start_side: 'RIGHT', line: f.endLine, side: 'RIGHT' };
  }
  return { path: f.file, body, line: f.line, side: 'RIGHT' };
}

function reviewBody(inline: number, overflow: Finding[], outsideDiff: Finding[], input: ReviewPlanInput): string {
  if (inline === 0 && overflow.length === 0 && outsideDiff.length === 0) return '';
  const maxRows = input.maxTableRows ?? DEFAULT_TABLE_ROWS;
  const sections = ['### resilint'];
  const listed: Finding[] = [];
  if (inline) sections.push(`${count(inline, 'new finding')} commented inline below.`);
  if (overflow.length) {
    sections.push(
      `${count(overflow.length, 'more finding')} on changed lines ${overflow.length === 1 ? 'is' : 'are'} not commented inline (limit \`max-comments: ${input.maxComments}\`):`,
      table(overflow, maxRows, listed, input.fileUrl),
    );
  }
  if (outsideDiff.length) {
    sections.push(
      `${count(outsideDiff.length, 'finding')} outside the lines this PR changes:`,
      table(outsideDiff, maxRows, listed, input.fileUrl),
    );
  }
  // Only rows actually shown are marked as reported; the rest come back on the next run's body.
  sections.push(listed.map((f) => findingMarker(f.fingerprint, f.ruleId)).join('\n'));
  return sections.filter(Boolean).join('\n\n');
}

/** The findings arrive in priority order, so the first `maxRows` are the ones the table shows. */
function table(findings: Finding[], maxRows: number, listed: Finding[], fileUrl: FileUrl | undefined): string {
  const shown = findings.slice(0, maxRows);
  listed.push(...shown);
  const rendered = renderFindingsTable(shown, { maxRows: shown.length, fileUrl });
  const hidden = findings.length - shown.length;
  return hidden > 0 ? `${rendered}\n\n…and ${hidden} more (see the job summary)` : rendered;
}

function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
