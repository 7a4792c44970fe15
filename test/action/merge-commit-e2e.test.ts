import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFindingMarkers } from '../../src/github/markers.js';
import { runActionProcess, SOURCE_ENTRY } from '../helpers/action-process.js';
import { FakeGitHubServer } from '../helpers/fake-github-server.js';
import { GitRepo } from '../helpers/git-repo.js';

/**
 * actions/checkout checks out `refs/pull/N/merge` by default: the PR merged into a base that may
 * have moved on. Here the base gained three lines at the top of the file after the branch was cut,
 * so every line of the merge commit sits three lines below its place in the PR head, where review
 * comments go.
 */
const API_BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: registry.example/api:1.0.0
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 128Mi}
          readinessProbe:
            httpGet: {path: /ready, port: 8080}
`;
/** The PR adds a sidecar without resources: its `- name:` line is line 21 of the head. */
const API_HEAD = `${API_BASE}        - name: sidecar
          image: registry.example/proxy:2.0.0
          readinessProbe:
            httpGet: {path: /ready, port: 9090}
`;
const HEADER = '# Owned by the platform team.\n# Changes need a review from #platform.\n# See docs/ownership.md.\n';

let temp: string;
let server: FakeGitHubServer;
let workspace: GitRepo;
let baseSha: string;
let headSha: string;

beforeEach(async () => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'resilint-merge-e2e-'));
  const origin = GitRepo.init(path.join(temp, 'origin'));
  baseSha = origin.write({ 'k8s/api.yaml': API_BASE }).commit('base');
  origin.git('checkout', '--quiet', '-b', 'feature');
  headSha = origin.write({ 'k8s/api.yaml': API_HEAD }).commit('add a sidecar');
  origin.git('checkout', '--quiet', 'main');
  origin.write({ 'k8s/api.yaml': HEADER + API_BASE }).commit('ownership header');
  origin.git('merge', '--no-ff', '--quiet', '--message', 'merge feature', 'feature');
  workspace = GitRepo.shallowClone(origin, path.join(temp, 'workspace'));

  server = new FakeGitHubServer();
  server.files = [{ filename: 'k8s/api.yaml', status: 'modified', patch: origin.patch(baseSha, headSha, 'k8s/api.yaml') }];
  await server.start();
});

afterEach(async () => {
  await server.stop();
  rmSync(temp, { recursive: true, force: true });
});

describe('the Action on a merge-commit checkout', () => {
  it('comments on the PR head\'s lines, not the merge commit\'s', async () => {
    expect(workspace.head()).not.toBe(headSha);
    expect(workspace.git('show', 'HEAD:k8s/api.yaml').split('\n')[23]).toBe('        - name: sidecar'); // line 24 of the merge
    const run = await runActionProcess({
      entry: SOURCE_ENTRY,
      workspace: workspace.dir,
      runParent: temp,
      apiUrl: server.url,
      pullNumber: server.pullNumber,
      headSha,
      baseSha,
      inputs: { paths: 'k8s', 'fail-level': 'never', 'github-token': 'ghs_fake' },
    });
    expect(run.code).toBe(0);
    expect(server.violations).toEqual([]);
    const inline = server.reviewComments.flatMap((c) => parseFindingMarkers(c.body).map((m) => `${m.ruleId} ${c.path}:${c.line}`));
    expect(inline).toContain('container-requests-missing k8s/api.yaml:21');
    expect(inline.every((c) => Number(c.split(':').at(-1)) >= 21)).toBe(true);
    expect(server.reviews.map((r) => r.commit_id)).toEqual([headSha]);
    expect(run.stdout).toMatch(/The checkout is not the PR head/);
    // The annotation for the same finding is on the head's line too.
    expect(run.stdout).toMatch(/::\w+ title=container-requests-missing,file=k8s\/api\.yaml,line=21,/);
  });
});
