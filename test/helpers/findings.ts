import type { Finding } from '../../src/model/types.js';

/** A finding with sensible defaults; tests override what they are about. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const base: Finding = {
    ruleId: 'pdb-min-available',
    severity: 'error',
    message: 'The PodDisruptionBudget allows no voluntary disruption.',
    file: 'k8s/api.yaml',
    line: 10,
    column: 3,
    endLine: 10,
    endColumn: 20,
    object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'api' },
    fieldPath: 'spec.replicas',
    fingerprint: 'fp-default',
    suppressed: false,
    remediation: 'Set maxUnavailable to at least 1.',
    docsUrl: 'https://example.test/rules/pdb-min-available',
  };
  return { ...base, ...overrides };
}

/**
 * A unified-diff patch that adds `added` lines at the start of a new file (all of them
 * commentable), as `pulls.listFiles` reports a newly added file.
 */
export function addedFilePatch(lineCount: number): string {
  return [`@@ -0,0 +1,${lineCount} @@`, ...Array.from({ length: lineCount }, (_, i) => `+line ${i + 1}`)].join('\n');
}
