/**
 * The slice of the GitHub REST API the Action uses, as plain data. Everything that talks to a pull
 * request goes through this port, so the review, dedupe and summary logic is tested against a
 * fake (test/helpers/fake-github.ts) and the real Octokit adapter stays a few lines of mapping.
 */

export interface PullFile {
  /** Path on the PR head (the new name of a renamed file). */
  filename: string;
  previousFilename?: string;
  /** `added`, `modified`, `removed`, `renamed`, `copied`, `changed` or `unchanged`. */
  status: string;
  /** Unified diff; absent for binary files and for diffs too large for the API. */
  patch?: string;
}

export interface ReviewComment {
  id: number;
  body: string;
  /** Login of the author; absent for deleted ("ghost") accounts. */
  author?: string;
  path: string;
  /** Set on replies: the id of the comment this one answers. */
  inReplyToId?: number;
}

export interface IssueComment {
  id: number;
  body: string;
  author?: string;
}

export interface Review {
  id: number;
  body: string;
  author?: string;
}

/** A comment inside a new review, in the `line`/`side` form (the legacy `position` is deprecated). */
export interface NewReviewComment {
  path: string;
  body: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
}

export interface NewReview {
  commitId: string;
  body: string;
  comments: NewReviewComment[];
}

export interface GitHubClient {
  listPullFiles(pullNumber: number): Promise<PullFile[]>;
  listReviewComments(pullNumber: number): Promise<ReviewComment[]>;
  listReviews(pullNumber: number): Promise<Review[]>;
  /** Posts one review with event `COMMENT`: it neither approves nor blocks the PR. */
  createReview(pullNumber: number, review: NewReview): Promise<void>;
  deleteReviewComment(commentId: number): Promise<void>;
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<void>;
  updateIssueComment(commentId: number, body: string): Promise<void>;
  /** `GET /user`; undefined when the token may not call it (the Actions GITHUB_TOKEN may not). */
  authenticatedLogin(): Promise<string | undefined>;
}
