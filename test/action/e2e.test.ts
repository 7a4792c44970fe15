import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFindingMarkers, SUMMARY_MARKER } from '../../src/github/markers.js';
import { BUNDLE_ENTRY, runActionProcess, type ActionRun } from '../helpers/action-process.js';
import { FakeGitHubServer, type ServedFile } from '../helpers/fake-github-server.js';

/**
 * Runs the committed bundle exactly as a runner does: `node dist/action/index.js` with the
 * `GITHUB_*` and `INPUT_*` environment, a `pull_request` event payload, and `GITHUB_API_URL`
 * pointing at a local fake of the GitHub REST API. Nothing is built here; CI builds first.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = BUNDLE_ENTRY[0]!;
const FIXTURES = path.join(ROOT, 'test/fixtures/github');

/** The PR's diff: api.yaml changes replicas (lines 8-12) and adds the `app` container (17-24). */
const API_PATCH = [
  '@@ -8,5 +8,5 @@ metadata:',
  ' spec:',
  '-  replicas: 3',
  '+  replicas: 1',
  '   selector:',
  '     matchLabels:',
  '       app: api',
  '@@ -17,4 +17,8 @@ spec:',
  '     spec:',
  '       containers:',
  '+        - name: app',
  '+          image: registry.example/api:1.4.2',
  '+          ports:',
  '+            - containerPort: 8080',
  '         - name: sidecar',
  '           image: registry.example/proxy:2.0.0',
].join('\n');

function addedPatch(file: string): string {
  const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

function prFiles(): ServedFile[] {
  return [
    { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-# Infra\n+# Infrastructure' },
    { filename: 'k8s/api.yaml', status: 'modified', patch: API_PATCH },
    { filename: 'k8s/legacy.yaml', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-a: 1\n-b: 2' },
    { filename: 'docs/deploy.md', status: 'added', patch: '@@ -0,0 +1 @@\n+How to deploy.' },
    // Last page: pagination must be followed to find this file at all.
    { filename: 'k8s/web.yaml', status: 'added', patch: addedPatch(path.join(FIXTURES, 'workspace/k8s/web.yaml')) },
  ];
}

let server: FakeGitHubServer;
let temp: string;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`${path.relative(ROOT, BUNDLE)} is missing: run \`npm run build\` before the tests.`);
});

afterEach(async () => {
  await server?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

async function startServer(): Promise<FakeGitHubServer> {
  server = new FakeGitHubServer();
  server.files = prFiles();
  await server.start();
  temp = mkdtempSync(path.join(os.tmpdir(), 'resilint-e2e-'));
  cpSync(path.join(FIXTURES, 'workspace'), path.join(temp, 'workspace'), { recursive: true });
  return server;
}

/** Edits a manifest in the workspace, as a new push to the PR would. */
function editWorkspace(file: string, from: string, to: string): void {
  const full = path.join(temp, 'workspace', file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
}

async function runAction(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runActionProcess({
    entry: BUNDLE_ENTRY,
    workspace: path.join(temp, 'workspace'),
    runParent: temp,
    apiUrl: server.url,
    pullNumber: server.pullNumber,
    headSha: 'headsha1',
    baseSha: 'basesha1',
    inputs: {
      paths: 'k8s',
      policies: path.join(FIXTURES, 'policies'),
      'fail-level': 'error',
      'only-changed': 'true',
      'comment-mode': 'review',
      'max-comments': '30',
      'github-token': 'ghs_fake',
      'sarif-file': 'resilint.sarif',
      ...inputs,
    },
  });
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  suppressed: boolean;
}

/**
 * The run's unsuppressed findings from its `findings-json` output. The built-in rule pack fires on
 * the fixtures too; assertions about lines use the fixture rules (`e2e-*`), whose results are fixed.
 */
function reportedFindings(run: ActionRun): JsonFinding[] {
  const report = JSON.parse(readFileSync(run.outputs['findings-json']!, 'utf8')) as { findings: JsonFinding[] };
  return report.findings.filter((f) => !f.suppressed);
}

/** Fingerprints reported more than once across all review comments and review bodies. */
function duplicateFingerprints(): string[] {
  const all = [...server.reviewComments.map((c) => c.body), ...server.reviews.map((r) => r.body)].flatMap((b) => parseFindingMarkers(b).map((m) => m.fingerprint));
  return all.filter((fp, i) => all.indexOf(fp) !== i);
}

/** Our inline comments by rule, as `path:line`. */
function commentsByRule(): Record<string, string[]> {
  const byRule: Record<string, string[]> = {};
  for (const c of server.reviewComments) {
    for (const m of parseFindingMarkers(c.body)) (byRule[m.ruleId] ??= []).push(`${c.path}:${c.line}`);
  }
  return byRule;
}

describe('the built action on a pull_request event', () => {
  it('posts one review with comments on the exact lines, follows pagination, and fails on errors', async () => {
    await startServer();
    const run = await runAction();

    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    // All three pages of PR files were read: web.yaml is only on the last one.
    expect(server.requestsTo('pulls/list-files').map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(commentsByRule()['e2e-min-replicas']?.sort()).toEqual(['k8s/api.yaml:9', 'k8s/web.yaml:10']);
    expect(commentsByRule()['e2e-container-resources']).toEqual(['k8s/api.yaml:19']);
    // worker.yaml is not part of the PR: with only-changed nothing is reported there.
    expect(server.reviewComments.some((c) => c.path === 'k8s/worker.yaml')).toBe(false);

    const reviews = server.requestsTo('pulls/create-review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.body).toMatchObject({ event: 'COMMENT', commit_id: 'headsha1' });
    // The team-label finding sits on line 6, outside both hunks: it goes to the review body.
    expect(reviews[0]!.body.body).toContain('outside the lines this PR changes');
    expect(reviews[0]!.body.body).toContain('https://github.test/acme/infra/blob/headsha1/k8s/api.yaml#L6');

    expect(server.issueComments).toHaveLength(1);
    expect(server.issueComments[0]!.body).toContain(SUMMARY_MARKER);
    expect(server.issueComments[0]!.body).toContain('https://github.test/acme/infra/actions/runs/4242');
    expect(run.summary).toContain('e2e-min-replicas');
    const reported = reportedFindings(run);
    expect(reported.filter((f) => f.ruleId.startsWith('e2e-')).map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort()).toEqual([
      'e2e-container-resources k8s/api.yaml:19',
      'e2e-min-replicas k8s/api.yaml:9',
      'e2e-min-replicas k8s/web.yaml:10',
      'e2e-team-label k8s/api.yaml:6',
    ]);
    expect(run.outputs).toMatchObject({
      errors: String(reported.filter((f) => f.severity === 'error').length),
      warnings: String(reported.filter((f) => f.severity === 'warning').length),
      notices: String(reported.filter((f) => f.severity === 'notice').length),
      'sarif-file': path.join(temp, 'workspace', 'resilint.sarif'),
    });
    expect(JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
  });

  it('on re-runs posts no duplicates, retries a 502, and removes only stale comments nobody answered', async () => {
    await startServer();
    await runAction();
    const firstComments = server.reviewComments.length;

    server.transientFailures = 1;
    const again = await runAction();
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('GitHub API returned 502; retrying');
    expect(server.requestsTo('pulls/create-review')).toHaveLength(1);
    expect(server.reviewComments).toHaveLength(firstComments);
    expect(duplicateFingerprints()).toEqual([]);
    expect(server.requestsTo('pulls/list-review-comments').filter((r) => r.query.get('page') === '2').length).toBeGreaterThan(0);
    expect(server.issueComments).toHaveLength(1);

    // A push fixes both replica counts; someone had replied to the web.yaml comment.
    const webComment = server.reviewComments.find((c) => c.path === 'k8s/web.yaml')!;
    const apiReplicas = server.reviewComments.find((c) => c.path === 'k8s/api.yaml' && c.line === 9)!;
    server.addReply(webComment.id);
    editWorkspace('k8s/api.yaml', 'replicas: 1', 'replicas: 2');
    editWorkspace('k8s/web.yaml', 'replicas: 1', 'replicas: 2');
    const fixed = await runAction();

    expect(server.violations).toEqual([]);
    expect(reportedFindings(fixed).some((f) => f.ruleId === 'e2e-min-replicas')).toBe(false);
    expect(fixed.code).toBe(reportedFindings(fixed).some((f) => f.severity === 'error') ? 1 : 0);
    expect(server.requestsTo('pulls/delete-review-comment').map((r) => r.path)).toEqual([`/repos/acme/infra/pulls/comments/${apiReplicas.id}`]);
    expect(server.reviewComments.some((c) => c.id === webComment.id)).toBe(true);
    expect(commentsByRule()['e2e-container-resources']).toEqual(['k8s/api.yaml:19']);
    // New replica counts may trigger other (built-in) rules; whatever is posted is new, never a repeat.
    expect(duplicateFingerprints()).toEqual([]);
    expect(server.issueComments).toHaveLength(1);
    expect(server.requestsTo('issues/update-comment').length).toBeGreaterThan(0);
    expect(server.issueComments[0]!.body).not.toContain('e2e-min-replicas');
  });

  it('falls back to annotations and the job summary when the review API answers 403, with the same exit status', async () => {
    await startServer();
    server.forbidReviews = true;
    const run = await runAction();

    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(server.reviewComments).toEqual([]);
    expect(run.stdout).toContain('Falling back to annotations and the job summary');
    expect(run.stdout).toContain('::error title=e2e-min-replicas,file=k8s/api.yaml,line=9,endLine=9');
    expect(run.stdout).toContain('::error title=e2e-min-replicas,file=k8s/web.yaml,line=10,endLine=10');
    expect(run.stdout).toMatch(/::warning title=e2e-container-resources,file=k8s\/api\.yaml,line=19/);
    expect(run.summary).toContain('e2e-min-replicas');
  });
});
