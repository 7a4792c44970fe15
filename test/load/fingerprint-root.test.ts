import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { repositoryPrefix } from '../../src/load/load-manifests.js';
import { tempRepo } from '../helpers/temp-repo.js';

// A Deployment without requests (container-requests-missing) and a broken file (parse-error).
const files = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  'deploy/app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: web:1
`,
  'deploy/broken.yaml': 'kind: [unclosed\n',
};

const byRule = (r: ReturnType<typeof lint>) =>
  Object.fromEntries(r.findings.map((f) => [`${f.ruleId} ${f.object?.name ?? ''}`, { file: f.file, fingerprint: f.fingerprint }]));

describe('fingerprints name files from the repository root', () => {
  it('gives the same fingerprints from the root and from a subdirectory, while file stays relative to the working directory', () => {
    const repo = tempRepo(files);
    const fromRoot = byRule(lint({ paths: ['deploy'], cwd: repo }));
    const fromSub = byRule(lint({ paths: ['.'], cwd: path.join(repo, 'deploy') }));
    expect(Object.keys(fromRoot)).toContain('container-requests-missing web');
    expect(Object.keys(fromRoot)).toContain('parse-error ');
    expect(Object.keys(fromSub).sort()).toEqual(Object.keys(fromRoot).sort());
    for (const k of Object.keys(fromRoot)) expect(fromSub[k]!.fingerprint, k).toBe(fromRoot[k]!.fingerprint);
    // The JSON contract's `file` is still relative to where resilint ran.
    expect(fromRoot['container-requests-missing web']!.file).toBe('deploy/app.yaml');
    expect(fromSub['container-requests-missing web']!.file).toBe('app.yaml');
  });

  it('finds the root from a nested directory, and is empty at the root or outside a repository', () => {
    const repo = tempRepo({ ...files, 'deploy/prod/x.yaml': '' });
    expect(repositoryPrefix(path.join(repo, 'deploy', 'prod'))).toBe('deploy/prod');
    expect(repositoryPrefix(repo)).toBe('');
    const plain = tempRepo({ 'a/x.yaml': '' }, 'resilint-plain-');
    // No .git above a temp dir (unless the machine's temp dir sits in a repository).
    expect(repositoryPrefix(path.join(plain, 'a'))).toBe(repositoryPrefix(plain) ? path.posix.join(repositoryPrefix(plain), 'a') : '');
  });
});

describe('simulation findings name files from the repository root too', () => {
  it('gives a simulator problem the same fingerprint from the root and from a subdirectory', async () => {
    const { simulate } = await import('../../src/simulate/index.js');
    const { simulationFindings } = await import('../../src/simulate/findings.js');
    const { loadManifests } = await import('../../src/load/load-manifests.js');
    // One replica under minAvailable: 1: every drain of its node hangs (sim/drain-blocked, B.1.5).
    const repo = tempRepo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'deploy/app.yaml': `${files['deploy/app.yaml']}---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web, namespace: shop}
spec:
  minAvailable: 1
  selector: {matchLabels: {app: web}}
`,
    });
    const run = (paths: string[], cwd: string) =>
      simulationFindings(simulate(loadManifests(paths, { cwd }).objects, { cwd, scenarios: ['rolling-upgrade'] })).map((f) => [f.ruleId, f.fingerprint]);
    const fromRoot = run(['deploy'], repo);
    expect(fromRoot.map(([id]) => id)).toContain('sim/drain-blocked');
    expect(run(['.'], path.join(repo, 'deploy'))).toEqual(fromRoot);
  });
});
