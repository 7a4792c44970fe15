import type { GitHubClient } from './client.js';
import { isAuthoredBy } from './identity.js';
import { hasSummaryMarker, SUMMARY_MARKER } from './markers.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_COMMENT_LENGTH = 65_536;

export type SummaryCommentAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface SummaryCommentOptions {
  issueNumber: number;
  /** Markdown without the marker. */
  markdown: string;
  identity: string;
  /** With no findings we only update an existing comment (to show the fix), never start one. */
  hasFindings: boolean;
}

/**
 * Keeps one summary comment per PR, edited in place on every run. The previous one is found by
 * its marker among all pages of comments, and only if we wrote it: a marker pasted by someone
 * else does not make their comment ours.
 */
export async function upsertSummaryComment(client: GitHubClient, options: SummaryCommentOptions): Promise<SummaryCommentAction> {
  const body = withMarker(options.markdown);
  const comments = await client.listIssueComments(options.issueNumber);
  const existing = comments.find((c) => isAuthoredBy(c.author, options.identity) && hasSummaryMarker(c.body));
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await client.updateIssueComment(existing.id, body);
    return 'updated';
  }
  if (!options.hasFindings) return 'skipped';
  await client.createIssueComment(options.issueNumber, body);
  return 'created';
}

function withMarker(markdown: string): string {
  const suffix = `\n${SUMMARY_MARKER}\n`;
  const room = MAX_COMMENT_LENGTH - suffix.length - 100;
  const text = markdown.length > room ? `${truncateMarkdown(markdown, room)}\n\n…(truncated; see the job summary)` : markdown.trimEnd();
  return `${text}${suffix}`;
}

/**
 * At most `room` characters of Markdown, cut at a line end and never inside a code fence: half a
 * Mermaid block would render as a broken chart, or swallow the rest of the comment as code.
 */
export function truncateMarkdown(markdown: string, room: number): string {
  if (markdown.length <= room) return markdown;
  let cut = markdown.lastIndexOf('\n', room);
  if (cut < 0) return markdown.slice(0, room);
  const kept = markdown.slice(0, cut);
  const fences = [...kept.matchAll(/^\s*```/gm)];
  if (fences.length % 2 === 1) cut = fences[fences.length - 1]!.index!;
  return markdown.slice(0, cut).trimEnd();
}
