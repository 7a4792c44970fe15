import { describe, expect, it } from 'vitest';
import { blobUrl, hasReadOnlyToken, readRunContext, type ActionsContextLike } from '../../src/github/context.js';

function context(eventName: string, headRepo: string | null): ActionsContextLike {
  return {
    eventName,
    sha: 'merge-sha',
    serverUrl: 'https://github.com',
    runId: 42,
    repo: { owner: 'acme', repo: 'infra' },
    payload: {
      pull_request: {
        number: 12,
        head: { sha: 'head-sha', repo: headRepo === null ? null : { full_name: headRepo } },
        base: { sha: 'base-sha', repo: { full_name: 'acme/infra' } },
      },
    },
  };
}

describe('readRunContext', () => {
  it('reads PR number and head/base commits from a pull_request event', () => {
    expect(readRunContext(context('pull_request', 'acme/infra')).pullRequest).toEqual({ number: 12, headSha: 'head-sha', baseSha: 'base-sha', isFork: false });
  });

  it('detects forks (also deleted ones) and knows their pull_request token is read-only', () => {
    expect(hasReadOnlyToken(readRunContext(context('pull_request', 'someone/infra')))).toBe(true);
    expect(hasReadOnlyToken(readRunContext(context('pull_request', null)))).toBe(true);
    expect(hasReadOnlyToken(readRunContext(context('pull_request_target', 'someone/infra')))).toBe(false);
  });

  it('has no pull request on push', () => {
    expect(readRunContext({ ...context('push', 'acme/infra'), payload: {} }).pullRequest).toBeUndefined();
  });

  it('links files on the PR head commit', () => {
    expect(blobUrl(readRunContext(context('pull_request', 'acme/infra')), 'k8s/a b.yaml', 3)).toBe('https://github.com/acme/infra/blob/head-sha/k8s/a%20b.yaml#L3');
  });
});
