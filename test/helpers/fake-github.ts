import type { GitHubClient, IssueComment, NewReview, PullFile, Review, ReviewComment } from '../../src/github/client.js';
import { parsePatch } from '../../src/github/diff-lines.js';

/** An error shaped like Octokit's RequestError (status + response headers). */
export class FakeRequestError extends Error {
  readonly response: { headers: Record<string, string> };
  constructor(readonly status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.response = { headers };
  }
}

type Operation = keyof GitHubClient;

/** A stored review comment also remembers where it sits, which the port does not need to read. */
export type StoredReviewComment = ReviewComment & { line?: number; startLine?: number };

/**
 * An in-memory pull request behind the {@link GitHubClient} port: files with patches, review
 * comments, reviews and issue comments, authored by `login`. Like GitHub it rejects (422) a review
 * comment on a line outside the diff, so a test cannot pass with comments GitHub would refuse.
 */
export class FakeGitHub implements GitHubClient {
  files: PullFile[] = [];
  reviewComments: StoredReviewComment[] = [];
  reviews: (Review & { commitId: string })[] = [];
  issueComments: IssueComment[] = [];
  deleted: number[] = [];
  calls: Operation[] = [];
  /** The token's login; `undefined` behaves like the GITHUB_TOKEN (GET /user is refused). */
  login: string | undefined = undefined;
  /** Next error per operation, thrown once per listed entry. */
  failures: Partial<Record<Operation, unknown[]>> = {};
  private nextId = 1000;

  /** The author our writes get: the token's user, or the Actions bot. */
  get author(): string {
    return this.login ?? 'github-actions[bot]';
  }

  private enter(op: Operation): void {
    this.calls.push(op);
    const queued = this.failures[op];
    if (queued?.length) throw queued.shift();
  }

  async listPullFiles() {
    this.enter('listPullFiles');
    return structuredClone(this.files);
  }
  async listReviewComments() {
    this.enter('listReviewComments');
    return structuredClone(this.reviewComments);
  }
  async listReviews() {
    this.enter('listReviews');
    return this.reviews.map(({ id, body, author }) => ({ id, body, author }));
  }
  async createReview(_pullNumber: number, review: NewReview) {
    this.enter('createReview');
    for (const c of review.comments) {
      const lines = parsePatch(this.files.find((f) => f.filename === c.path)?.patch);
      const inDiff = lines.hunkOf.has(c.line) && (c.start_line === undefined || lines.hunkOf.get(c.start_line) === lines.hunkOf.get(c.line));
      if (!inDiff) throw new FakeRequestError(422, `Unprocessable Entity: line ${c.line} of ${c.path} is not part of the diff`);
    }
    this.reviews.push({ id: this.nextId++, body: review.body, author: this.author, commitId: review.commitId });
    for (const c of review.comments) {
      this.reviewComments.push({ id: this.nextId++, body: c.body, author: this.author, path: c.path, line: c.line, startLine: c.start_line });
    }
  }
  async deleteReviewComment(commentId: number) {
    this.enter('deleteReviewComment');
    this.deleted.push(commentId);
    this.reviewComments = this.reviewComments.filter((c) => c.id !== commentId);
  }
  async listIssueComments() {
    this.enter('listIssueComments');
    return structuredClone(this.issueComments);
  }
  async createIssueComment(_issueNumber: number, body: string) {
    this.enter('createIssueComment');
    this.issueComments.push({ id: this.nextId++, body, author: this.author });
  }
  async updateIssueComment(commentId: number, body: string) {
    this.enter('updateIssueComment');
    const comment = this.issueComments.find((c) => c.id === commentId);
    if (!comment) throw new FakeRequestError(404, 'Not Found');
    comment.body = body;
  }
  async authenticatedLogin() {
    this.enter('authenticatedLogin');
    return this.login;
  }

  /** Adds a review comment by someone else (a reply when `inReplyToId` is given). */
  addHumanComment(comment: Omit<StoredReviewComment, 'id'>): number {
    const id = this.nextId++;
    this.reviewComments.push({ id, ...comment });
    return id;
  }

  /** Inline comments as `path:line` (or `path:start-end`), for readable assertions. */
  commentLocations(): string[] {
    return this.reviewComments.map((c) => (c.startLine ? `${c.path}:${c.startLine}-${c.line}` : `${c.path}:${c.line}`));
  }
}
