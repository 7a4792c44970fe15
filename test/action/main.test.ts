import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '../helpers/actions-core.js';
import { FakeGitHub } from '../helpers/fake-github.js';

vi.mock('@actions/core', () => import('../helpers/actions-core.js'));
vi.mock('@actions/github', () => ({
  context: {
    eventName: 'pull_request',
    sha: 'merge',
    serverUrl: 'https://github.test',
    runId: 1,
    repo: { owner: 'acme', repo: 'infra' },
    payload: { pull_request: { number: 3, head: { sha: 'head', repo: { full_name: 'acme/infra' } }, base: { sha: 'base', repo: { full_name: 'acme/infra' } } } },
  },
}));
const github = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock('../../src/github/octokit-client.js', () => ({ createOctokitClient: () => github.client }));

const { run } = await import('../../src/action/main.js');

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/github');
let temp: string;
let fake: FakeGitHub;

function inputs(values: Record<string, string>) {
  core.getInput.mockImplementation((name) => values[name] ?? '');
}

beforeEach(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'resilint-main-'));
  vi.stubEnv('GITHUB_WORKSPACE', path.join(FIXTURES, 'workspace'));
  vi.stubEnv('RUNNER_TEMP', temp);
  fake = new FakeGitHub();
  fake.files = [{ filename: 'k8s/web.yaml', status: 'modified', patch: '@@ -9,2 +9,2 @@\n spec:\n-  replicas: 3\n+  replicas: 1' }];
  github.client = fake;
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(temp, { recursive: true, force: true });
});

describe('run', () => {
  it('reports only the changed file, comments on its line, and fails at the fail level', async () => {
    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'github-token': 'ghs_x', 'fail-level': 'error' });
    await run();
    expect(fake.commentLocations()).toContain('k8s/web.yaml:10');
    expect(fake.reviewComments.every((c) => c.path === 'k8s/web.yaml')).toBe(true);
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('fewer than 2 replicas'), expect.objectContaining({ file: 'k8s/web.yaml', startLine: 10 }));
    expect(core.summary.addRaw).toHaveBeenCalled();
    expect(core.setOutput).toHaveBeenCalledWith('findings-json', path.join(temp, 'resilint', 'findings.json'));
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('at or above fail-level "error"'));
  });

  it('takes the fail level from .resilint.yaml when the input is unset, and the input over the config', async () => {
    const config = path.join(temp, 'resilint.yaml');
    writeFileSync(config, 'failLevel: never\n');
    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'comment-mode': 'none', config });
    await run();
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('fewer than 2 replicas'), expect.anything());
    expect(core.setFailed).not.toHaveBeenCalled();

    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'comment-mode': 'none', config, 'fail-level': 'error' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('at or above fail-level "error"'));
  });

  it('says when an exclude glob (input or config) matches no file, so a typo does not quietly lint everything', async () => {
    const config = path.join(temp, 'resilint.yaml');
    writeFileSync(config, 'exclude: ["k8s/vendord/**"]\n');
    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'comment-mode': 'none', config, exclude: 'k8s/web.yaml, **/nothing-here/**' });
    await run();
    const notices = core.notice.mock.calls.map(([m]) => String(m)).filter((m) => m.startsWith('resilint: exclude glob'));
    expect(notices).toEqual([
      expect.stringMatching(/^resilint: exclude glob 'k8s\/vendord\/\*\*' \(.*resilint\.yaml:1:\d+\) matched no file/),
      expect.stringMatching(/^resilint: exclude glob '\*\*\/nothing-here\/\*\*' \(exclude input\) matched no file/),
    ]);
  });

  it('keeps the exit status when commenting fails, and says so', async () => {
    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'github-token': 'ghs_x', 'fail-level': 'never' });
    fake.failures.createReview = [Object.assign(new Error('Resource not accessible by integration'), { status: 403 })];
    await run();
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('Falling back to annotations'));
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('reports everything when the PR files cannot be listed, rather than nothing', async () => {
    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'github-token': 'ghs_x', 'comment-mode': 'none' });
    fake.failures.listPullFiles = [Object.assign(new Error('Not Found'), { status: 404 })];
    await run();
    expect(core.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ file: 'k8s/worker.yaml' }));
  });

  it('still writes the lint report when the simulator cannot run, and fails the step naming the file', async () => {
    inputs({ paths: 'k8s', policies: path.join(FIXTURES, 'policies'), 'comment-mode': 'none', 'fail-level': 'never', simulate: 'true', cluster: 'no-such-cluster.yaml' });
    await run();
    expect(core.setOutput).toHaveBeenCalledWith('findings-json', path.join(temp, 'resilint', 'findings.json'));
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('fewer than 2 replicas'), expect.objectContaining({ file: 'k8s/web.yaml' }));
    expect(core.summary.addRaw).toHaveBeenCalledWith(expect.stringContaining('The simulation did not run'), true);
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('no-such-cluster.yaml:1'));
  });

  it('turns a bad input into a failed step with a message naming it', async () => {
    inputs({ 'fail-level': 'fatal' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Input "fail-level" must be one of'));
  });
});
