import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePatch } from '../../src/github/diff-lines.js';
import { GitHubOpenApi } from './openapi-validator.js';

export interface ServedFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
  previous_filename?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  operationId?: string;
}

interface StoredReviewComment {
  id: number;
  body: string;
  login: string;
  path: string;
  line: number | null;
  start_line: number | null;
  in_reply_to_id?: number;
}

/**
 * A local stand-in for api.github.com serving the endpoints the Action calls, with GitHub's
 * behaviours that matter: `Link`-header pagination (page size chosen by the server, as GitHub
 * caps `per_page`), 422 for a comment outside the diff, 403 for `GET /user` with an installation
 * token, authorship by the token's identity, and every request body checked against GitHub's
 * OpenAPI description. Problems are collected in `violations` for the test to assert empty.
 */
export class FakeGitHubServer {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  files: ServedFile[] = [];
  reviewComments: StoredReviewComment[] = [];
  reviews: { id: number; body: string; login: string; commit_id: string }[] = [];
  issueComments: { id: number; body: string; login: string }[] = [];
  /** Items per page the server hands out, whatever `per_page` asks for. */
  pageSize = 2;
  /** Answer creating a review with 403, like a read-only token. */
  forbidReviews = false;
  /** Fail the next N GETs of review comments with 502 (to exercise retries). */
  transientFailures = 0;
  readonly owner = 'acme';
  readonly repo = 'infra';
  readonly pullNumber = 7;
  readonly botLogin = 'github-actions[bot]';
  private nextId = 5000;
  private server?: Server;
  private readonly openapi = new GitHubOpenApi();

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`server error: ${String(error)}`);
        send(res, 500, { message: 'fake server error' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A reply by a person to one of the comments. */
  addReply(toId: number, login = 'alice'): void {
    const parent = this.reviewComments.find((c) => c.id === toId)!;
    this.reviewComments.push({ id: this.nextId++, body: 'Is this really a problem?', login, path: parent.path, line: parent.line, start_line: null, in_reply_to_id: toId });
  }

  requestsTo(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : undefined;
    const op = this.openapi.operation(method, url.pathname);
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body, operationId: op?.operationId });
    if (!op) {
      this.violations.push(`${method} ${url.pathname} is not a GitHub REST endpoint`);
      return send(res, 404, { message: 'Not Found' });
    }
    if (!/^(token|Bearer) ghs_fake$/.test(req.headers.authorization ?? '')) this.violations.push(`${op.operationId}: missing or wrong Authorization header`);
    if (method !== 'GET' && method !== 'DELETE') {
      for (const problem of this.openapi.validateBody(method, url.pathname, body)) this.violations.push(problem);
    }
    const base = `/repos/${this.owner}/${this.repo}`;
    const pr = `${base}/pulls/${this.pullNumber}`;
    const id = Number(url.pathname.split('/').pop());

    switch (`${method} ${op.operationId}`) {
      case 'GET users/get-authenticated':
        return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
      case 'GET pulls/list-files':
        return this.page(res, url, this.files.map((f, i) => ({ sha: `blob${i}`, additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...f })));
      case 'GET pulls/list-review-comments':
        if (this.transientFailures > 0) {
          this.transientFailures--;
          return send(res, 502, { message: 'Server Error' });
        }
        return this.page(res, url, this.reviewComments.map((c) => this.reviewCommentJson(c)));
      case 'GET pulls/list-reviews':
        return this.page(res, url, this.reviews.map((r) => ({ id: r.id, node_id: `PRR_${r.id}`, user: user(r.login), body: r.body, state: 'COMMENTED', commit_id: r.commit_id, html_url: `https://github.test${pr}#pullrequestreview-${r.id}`, author_association: 'NONE' })));
      case 'POST pulls/create-review':
        return this.createReview(res, body);
      case 'DELETE pulls/delete-review-comment':
        if (!this.reviewComments.some((c) => c.id === id)) return send(res, 404, { message: 'Not Found' });
        this.reviewComments = this.reviewComments.filter((c) => c.id !== id);
        res.writeHead(204).end();
        return;
      case 'GET issues/list-comments':
        return this.page(res, url, this.issueComments.map((c) => ({ id: c.id, node_id: `IC_${c.id}`, user: user(c.login), body: c.body, html_url: `https://github.test${base}/pull/${this.pullNumber}#issuecomment-${c.id}`, author_association: 'NONE' })));
      case 'POST issues/create-comment': {
        const comment = { id: this.nextId++, body: body.body, login: this.botLogin };
        this.issueComments.push(comment);
        return send(res, 201, { id: comment.id, body: comment.body, user: user(comment.login) });
      }
      case 'PATCH issues/update-comment': {
        const comment = this.issueComments.find((c) => c.id === id);
        if (!comment) return send(res, 404, { message: 'Not Found' });
        comment.body = body.body;
        return send(res, 200, { id: comment.id, body: comment.body, user: user(comment.login) });
      }
      default:
        this.violations.push(`unexpected call ${method} ${url.pathname} (${op.operationId})`);
        return send(res, 404, { message: 'Not Found' });
    }
  }

  private createReview(res: ServerResponse, body: any): void {
    if (this.forbidReviews) {
      return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', status: '403' });
    }
    for (const c of body.comments ?? []) {
      const lines = parsePatch(this.files.find((f) => f.filename === c.path)?.patch);
      const ok = lines.hunkOf.has(c.line) && (c.start_line === undefined || lines.hunkOf.get(c.start_line) === lines.hunkOf.get(c.line));
      if (!ok) return send(res, 422, { message: 'Unprocessable Entity', errors: [`Line could not be resolved: ${c.path}:${c.line}`] });
    }
    const review = { id: this.nextId++, body: body.body ?? '', login: this.botLogin, commit_id: body.commit_id };
    this.reviews.push(review);
    for (const c of body.comments ?? []) {
      this.reviewComments.push({ id: this.nextId++, body: c.body, login: this.botLogin, path: c.path, line: c.line, start_line: c.start_line ?? null });
    }
    send(res, 200, { id: review.id, node_id: `PRR_${review.id}`, user: user(review.login), body: review.body, state: 'COMMENTED', commit_id: review.commit_id });
  }

  private reviewCommentJson(c: StoredReviewComment) {
    return {
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: 1,
      diff_hunk: '@@',
      path: c.path,
      commit_id: 'head',
      original_commit_id: 'head',
      user: user(c.login),
      body: c.body,
      line: c.line,
      original_line: c.line,
      start_line: c.start_line,
      side: 'RIGHT',
      ...(c.in_reply_to_id ? { in_reply_to_id: c.in_reply_to_id } : {}),
      author_association: 'NONE',
    };
  }

  /** GitHub-style pagination: `?page=N`, and a `Link` header with absolute `next`/`last` URLs. */
  private page(res: ServerResponse, url: URL, items: unknown[]): void {
    const page = Number(url.searchParams.get('page') ?? '1');
    const last = Math.max(1, Math.ceil(items.length / this.pageSize));
    const links: string[] = [];
    const linkTo = (n: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      links.push(`<${next.toString()}>; rel="${rel}"`);
    };
    if (page < last) {
      linkTo(page + 1, 'next');
      linkTo(last, 'last');
    }
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    send(res, 200, items.slice((page - 1) * this.pageSize, page * this.pageSize), headers);
  }
}

function user(login: string) {
  return { login, id: login.length, node_id: `U_${login}`, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
