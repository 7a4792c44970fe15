/**
 * What the Action needs to know about the run that started it: which repository, which event,
 * and for pull requests the PR number, the head commit to comment on, and whether the PR comes
 * from a fork (whose `pull_request` runs get a read-only token).
 */

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** The head branch lives in another repository. */
  isFork: boolean;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the workflow runs on (for PRs, the merge commit; comments use `headSha`). */
  sha: string;
  serverUrl: string;
  runId: number;
  pullRequest?: PullRequestInfo;
}

/** The parts of `@actions/github`'s `context` we read; plain data so tests can build one. */
export interface ActionsContextLike {
  eventName: string;
  sha: string;
  serverUrl: string;
  runId: number;
  repo: { owner: string; repo: string };
  payload: { pull_request?: Record<string, any> };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readRunContext(context: ActionsContextLike): RunContext {
  const run: RunContext = {
    eventName: context.eventName,
    owner: context.repo.owner,
    repo: context.repo.repo,
    sha: context.sha,
    serverUrl: context.serverUrl,
    runId: context.runId,
  };
  const pr = context.payload.pull_request;
  if (PULL_REQUEST_EVENTS.has(context.eventName) && pr && typeof pr.number === 'number') {
    const headRepo: string | undefined = pr.head?.repo?.full_name;
    const baseRepo: string | undefined = pr.base?.repo?.full_name;
    run.pullRequest = {
      number: pr.number,
      headSha: String(pr.head?.sha ?? context.sha),
      baseSha: String(pr.base?.sha ?? ''),
      // A deleted fork has `head.repo: null`; it still was a fork.
      isFork: headRepo === undefined || headRepo !== baseRepo,
    };
  }
  return run;
}

/**
 * On `pull_request` from a fork GitHub hands the workflow a read-only token, so commenting would
 * only produce 403s. `pull_request_target` runs in the base repository with a write token.
 */
export function hasReadOnlyToken(run: RunContext): boolean {
  return run.eventName === 'pull_request' && run.pullRequest?.isFork === true;
}

/** Link to a file line on the PR head (or the run's commit, or `sha`), for tables in comments and summaries. */
export function blobUrl(run: RunContext, file: string, line: number, sha = run.pullRequest?.headSha ?? run.sha): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${run.serverUrl}/${run.owner}/${run.repo}/blob/${sha}/${encoded}#L${line}`;
}

export function runUrl(run: RunContext): string {
  return `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`;
}
