import { describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import { annotateFindings } from '../../src/github/annotations.js';
import { makeFinding } from '../helpers/findings.js';

vi.mock('@actions/core', () => import('../helpers/actions-core.js'));

describe('annotateFindings', () => {
  it('emits each finding with its severity, file, lines and rule id as the title', () => {
    annotateFindings([
      makeFinding({ severity: 'error', line: 9, endLine: 9, column: 3, endColumn: 14 }),
      makeFinding({ severity: 'warning', file: 'k8s/web.yaml', line: 19, endLine: 23, ruleId: 'container-requests-missing', remediation: undefined }),
      makeFinding({ severity: 'notice', message: 'has no team label', remediation: undefined }),
    ]);
    expect(core.error).toHaveBeenCalledWith('The PodDisruptionBudget allows no voluntary disruption.\nSet maxUnavailable to at least 1.', {
      title: 'pdb-min-available',
      file: 'k8s/api.yaml',
      startLine: 9,
      endLine: 9,
      startColumn: 3,
      endColumn: 14,
    });
    // GitHub ignores columns on multi-line annotations, so none are sent.
    expect(core.warning).toHaveBeenCalledWith(expect.any(String), { title: 'container-requests-missing', file: 'k8s/web.yaml', startLine: 19, endLine: 23 });
    expect(core.notice).toHaveBeenCalledWith('has no team label', expect.objectContaining({ startLine: 10 }));
  });
});
