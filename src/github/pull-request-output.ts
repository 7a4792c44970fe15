import type { Finding } from '../model/types.js';
import type { FileUrl } from '../report/markdown.js';
import { isPermissionError, messageOf, statusOf } from './api-errors.js';
import type { ChangedFile } from './changed-files.js';
import type { GitHubClient, NewReviewComment } from './client.js';
import { hasReadOnlyToken, type RunContext } from './context.js';
import { resolveIdentity } from './identity.js';
import { planReview } from './review-plan.js';
import { upsertSummaryComment, type SummaryCommentAction } from './summary-comment.js';

export const COMMENT_MODES = ['review', 'summary', 'annotations', 'none'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface PullRequestOutputOptions {
  client: GitHubClient;
  run: RunContext;
  /** Reported (unsuppressed) findings. */
  findings: readonly Finding[];
  /** Findings on lines the PR head does not have (see action/head-lines.ts): listed, never inline. */
  notInline?: ReadonlySet<Finding>;
  changed: readonly ChangedFile[];
  /** The summary table (Markdown), also used for the sticky comment. */
  summaryMarkdown: string;
  mode: CommentMode;
  maxComments: number;
  fileUrl?: FileUrl;
  log: Logger;
}

export interface PullRequestOutcome {
  /** `fallback`: not allowed to comment; `failed`: another error. Annotations cover both. */
  status: 'posted' | 'skipped' | 'fallback' | 'failed';
  inlineComments: number;
  deletedComments: number;
  summaryComment?: SummaryCommentAction;
}

const FORK_RECIPE_HINT = 'For pull requests from forks, use the workflow_run recipe in the resilint Action docs.';

/**
 * Writes the PR conversation part of the output: the review (mode `review`) and the sticky summary
 * comment (modes `review` and `summary`). It never throws: commenting is a courtesy, the lint
 * result and the step's exit status do not depend on it, and annotations were already emitted.
 */
export async function writePullRequestOutput(options: PullRequestOutputOptions): Promise<PullRequestOutcome> {
  const outcome: PullRequestOutcome = { status: 'skipped', inlineComments: 0, deletedComments: 0 };
  const pr = options.run.pullRequest;
  if (!pr || options.mode === 'annotations' || options.mode === 'none') return outcome;
  const { log } = options;
  if (hasReadOnlyToken(options.run)) {
    log.warning(
      `Pull request #${pr.number} comes from a fork, so this run's token is read-only: no review or summary comment is posted. ` +
        `The findings are in the annotations and the job summary. ${FORK_RECIPE_HINT}`,
    );
    return { ...outcome, status: 'fallback' };
  }

  let identity: string;
  try {
    identity = await resolveIdentity(options.client);
  } catch (error) {
    return { ...outcome, status: reportFailure(error, pr.number, log) };
  }
  if (options.mode === 'review') {
    try {
      const [existingComments, existingReviews] = await Promise.all([
        options.client.listReviewComments(pr.number),
        options.client.listReviews(pr.number),
      ]);
      const plan = planReview({
        findings: options.findings,
        notInline: options.notInline,
        diff: new Map(options.changed.map((c) => [c.path, c.lines])),
        existingComments,
        existingReviews,
        identity,
        maxComments: options.maxComments,
        fileUrl: options.fileUrl,
      });
      if (plan.body) {
        outcome.inlineComments = await postReview(options.client, pr.number, pr.headSha, plan.body, plan.comments, log);
      }
      log.info(
        `Review: ${outcome.inlineComments} new inline, ${plan.overflow.length} over the limit, ${plan.outsideDiff.length} outside the diff, ` +
          `${plan.alreadyReported} already reported, ${plan.staleCommentIds.length} stale.`,
      );
      outcome.deletedComments = await deleteStaleComments(options.client, plan.staleCommentIds, log);
    } catch (error) {
      outcome.status = reportFailure(error, pr.number, log);
      // Not allowed to comment: the summary comment would be refused too.
      if (outcome.status === 'fallback') return outcome;
    }
  }
  // The summary comment does not depend on the review: it is posted even when the review failed.
  try {
    outcome.summaryComment = await upsertSummaryComment(options.client, {
      issueNumber: pr.number,
      markdown: options.summaryMarkdown,
      identity,
      hasFindings: options.findings.length > 0,
    });
    if (outcome.status === 'skipped') outcome.status = 'posted';
  } catch (error) {
    outcome.status = reportFailure(error, pr.number, log);
  }
  return outcome;
}

/**
 * Posts the review. When GitHub refuses its inline comments with 422 (a line it cannot resolve,
 * say, after a force-push moved the head), the same review is posted again with those comments
 * written into its body, so nothing is lost; their markers keep later runs from repeating them.
 */
async function postReview(client: GitHubClient, prNumber: number, headSha: string, body: string, comments: NewReviewComment[], log: Logger): Promise<number> {
  try {
    await client.createReview(prNumber, { commitId: headSha, body, comments });
    return comments.length;
  } catch (error) {
    if (statusOf(error) !== 422 || comments.length === 0) throw error;
    log.warning(`GitHub refused the inline comments (HTTP 422: ${messageOf(error)}); posting them in the review body instead.`);
    const listed = comments.map((c) => `- \`${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line}\` ${c.body.replace(/\n+/g, ' ')}`);
    await client.createReview(prNumber, { commitId: headSha, body: `${body}\n\n**Findings on changed lines** (GitHub could not place them inline):\n\n${listed.join('\n')}`, comments: [] });
    return 0;
  }
}

function reportFailure(error: unknown, prNumber: number, log: Logger): PullRequestOutcome['status'] {
  if (isPermissionError(error)) {
    log.warning(
      `resilint may not comment on pull request #${prNumber} (HTTP ${statusOf(error)}: ${messageOf(error)}). ` +
        `Falling back to annotations and the job summary; the findings are all there. ` +
        `Grant "permissions: pull-requests: write" to the job. ${FORK_RECIPE_HINT}`,
    );
    return 'fallback';
  }
  log.warning(`resilint could not comment on pull request #${prNumber}: ${messageOf(error)}. The findings are in the annotations and the job summary.`);
  return 'failed';
}

/** One failed delete (say, a comment removed by hand meanwhile) must not stop the others. */
async function deleteStaleComments(client: GitHubClient, ids: readonly number[], log: Logger): Promise<number> {
  let deleted = 0;
  for (const id of ids) {
    try {
      await client.deleteReviewComment(id);
      deleted++;
    } catch (error) {
      log.warning(`Could not delete outdated resilint comment ${id}: ${messageOf(error)}`);
    }
  }
  return deleted;
}
