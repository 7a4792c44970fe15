import { describe, expect, it, vi } from 'vitest';
import type { RunContext } from '../../src/github/context.js';
import { parsePatch } from '../../src/github/diff-lines.js';
import { writePullRequestOutput, type PullRequestOutputOptions } from '../../src/github/pull-request-output.js';
import { FakeGitHub, FakeRequestError } from '../helpers/fake-github.js';
import { addedFilePatch, makeFinding } from '../helpers/findings.js';

const RUN: RunContext = {
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'infra',
  sha: 'merge',
  serverUrl: 'https://github.com',
  runId: 9,
  pullRequest: { number: 7, headSha: 'head', baseSha: 'base', isFork: false },
};

function setup(overrides: Partial<PullRequestOutputOptions> = {}) {
  const github = new FakeGitHub();
  github.files = [{ filename: 'k8s/api.yaml', status: 'added', patch: addedFilePatch(20) }];
  const log = { info: vi.fn<(m: string) => void>(), warning: vi.fn<(m: string) => void>() };
  const options: PullRequestOutputOptions = {
    client: github,
    run: RUN,
    findings: [makeFinding({ line: 4, endLine: 4, fingerprint: 'a' }), makeFinding({ line: 9, endLine: 9, fingerprint: 'b' })],
    changed: [{ path: 'k8s/api.yaml', lines: parsePatch(addedFilePatch(20)) }],
    summaryMarkdown: '### resilint\n2 errors',
    mode: 'review',
    maxComments: 30,
    log,
    ...overrides,
  };
  return { github, log, options };
}

describe('writePullRequestOutput', () => {
  it('posts one review on the head commit and one summary comment', async () => {
    const { github, options } = setup();
    const outcome = await writePullRequestOutput(options);
    expect(outcome).toMatchObject({ status: 'posted', inlineComments: 2, summaryComment: 'created' });
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]!.commitId).toBe('head');
    expect(github.commentLocations()).toEqual(['k8s/api.yaml:4', 'k8s/api.yaml:9']);
  });

  it('on a re-run posts nothing twice and deletes the comment whose finding was fixed', async () => {
    const { github, options } = setup();
    await writePullRequestOutput(options);
    const rerun = await writePullRequestOutput({ ...options, findings: [options.findings[0]!], summaryMarkdown: '### resilint\n1 error' });
    expect(rerun).toMatchObject({ status: 'posted', inlineComments: 0, deletedComments: 1, summaryComment: 'updated' });
    expect(github.reviews).toHaveLength(1);
    expect(github.commentLocations()).toEqual(['k8s/api.yaml:4']);
  });

  it('uses the token user from GET /user to recognise its comments when it is not the Actions bot', async () => {
    const { github, options } = setup();
    github.login = 'resilint-bot';
    await writePullRequestOutput(options);
    await writePullRequestOutput({ ...options, findings: [] });
    expect(github.reviewComments).toEqual([]);
  });

  it('falls back with a clear log line when the review API answers 403', async () => {
    const { github, log, options } = setup();
    github.failures.createReview = [new FakeRequestError(403, 'Resource not accessible by integration')];
    const outcome = await writePullRequestOutput(options);
    expect(outcome.status).toBe('fallback');
    expect(log.warning).toHaveBeenCalledWith(expect.stringContaining('Falling back to annotations and the job summary'));
    expect(github.issueComments).toEqual([]);
  });

  it('treats a 404 (token cannot see the PR) as a fallback too', async () => {
    const { github, options } = setup();
    github.failures.listReviewComments = [new FakeRequestError(404, 'Not Found')];
    expect((await writePullRequestOutput(options)).status).toBe('fallback');
  });

  it('does not try to comment on a fork PR, whose pull_request token is read-only', async () => {
    const { github, log, options } = setup({ run: { ...RUN, pullRequest: { ...RUN.pullRequest!, isFork: true } } });
    expect((await writePullRequestOutput(options)).status).toBe('fallback');
    expect(github.calls).toEqual([]);
    expect(log.warning).toHaveBeenCalledWith(expect.stringContaining('workflow_run'));
  });

  it('when GitHub refuses the inline comments (422), posts them in the review body, and the summary comment too', async () => {
    const { github, log, options } = setup();
    github.failures.createReview = [new FakeRequestError(422, 'Unprocessable Entity')];
    const outcome = await writePullRequestOutput(options);
    expect(outcome).toMatchObject({ status: 'posted', inlineComments: 0, summaryComment: 'created' });
    expect(github.reviewComments).toEqual([]);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]!.body).toMatch(/GitHub could not place them inline/);
    expect(github.reviews[0]!.body).toContain('`k8s/api.yaml:4`');
    expect(github.reviews[0]!.body).toContain('`k8s/api.yaml:9`');
    expect(log.warning).toHaveBeenCalledWith(expect.stringContaining('HTTP 422'));
    // Their markers are in the body: a re-run does not post them again.
    await writePullRequestOutput(options);
    expect(github.reviews).toHaveLength(1);
  });

  it('never throws on other failures; it reports them, and still posts the summary comment', async () => {
    const { github, options } = setup();
    github.failures.createReview = [new FakeRequestError(500, 'Server Error')];
    await expect(writePullRequestOutput(options)).resolves.toMatchObject({ status: 'failed', summaryComment: 'created' });
    expect(github.issueComments).toHaveLength(1);
  });

  it('mode summary posts only the summary comment; annotations and none post nothing', async () => {
    const summary = setup({ mode: 'summary' });
    await writePullRequestOutput(summary.options);
    expect(summary.github.reviews).toEqual([]);
    expect(summary.github.issueComments).toHaveLength(1);
    for (const mode of ['annotations', 'none'] as const) {
      const quiet = setup({ mode });
      expect((await writePullRequestOutput(quiet.options)).status).toBe('skipped');
      expect(quiet.github.calls).toEqual([]);
    }
  });
});
