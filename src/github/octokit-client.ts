import { getOctokit } from '@actions/github';
import { statusOf } from './api-errors.js';
import type { GitHubClient } from './client.js';
import { withRetry } from './retry.js';

export interface OctokitClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** Where retries are reported; the Action passes `core.info`. */
  log?: (message: string) => void;
}

/**
 * The real {@link GitHubClient}: Octokit from `@actions/github` (which honours `GITHUB_API_URL`, so
 * GitHub Enterprise Server works), with every request wrapped in {@link withRetry} and every list
 * fully paginated (100 per page, following the `Link` header).
 */
export function createOctokitClient(options: OctokitClientOptions): GitHubClient {
  const octokit = getOctokit(options.token);
  octokit.hook.wrap('request', (request, requestOptions) =>
    withRetry(async () => request(requestOptions), { method: requestOptions.method, log: options.log }),
  );
  const repo = { owner: options.owner, repo: options.repo };

  return {
    async listPullFiles(pullNumber) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, previousFilename: f.previous_filename, status: f.status, patch: f.patch }));
    },
    async listReviewComments(pullNumber) {
      const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: pullNumber, per_page: 100 });
      return comments.map((c) => ({ id: c.id, body: c.body, author: c.user?.login, path: c.path, inReplyToId: c.in_reply_to_id }));
    },
    async listReviews(pullNumber) {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pullNumber, per_page: 100 });
      return reviews.map((r) => ({ id: r.id, body: r.body, author: r.user?.login }));
    },
    async createReview(pullNumber, review) {
      await octokit.rest.pulls.createReview({
        ...repo,
        pull_number: pullNumber,
        commit_id: review.commitId,
        event: 'COMMENT',
        body: review.body,
        comments: review.comments,
      });
    },
    async deleteReviewComment(commentId) {
      await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: commentId });
    },
    async listIssueComments(issueNumber) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login }));
    },
    async createIssueComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    },
    async updateIssueComment(commentId, body) {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
    },
    async authenticatedLogin() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error) {
        // Installation tokens (the Actions GITHUB_TOKEN, GitHub Apps) get 403 "Resource not
        // accessible by integration" here; the caller then assumes the Actions bot.
        const status = statusOf(error);
        if (status === 401 || status === 403 || status === 404) return undefined;
        throw error;
      }
    },
  };
}
