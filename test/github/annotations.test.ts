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

describe('annotateFindings past GitHub’s limit of 10 annotations per severity per step', () => {
  it('annotates 9 of a severity, the PR’s own files first, and spends the tenth on how many more there are and where', () => {
    vi.mocked(core.warning).mockClear();
    vi.mocked(core.error).mockClear();
    const elsewhere = Array.from({ length: 8 }, (_, i) => makeFinding({ severity: 'warning', file: 'k8s/old.yaml', line: i + 1, endLine: i + 1 }));
    const own = Array.from({ length: 4 }, (_, i) => makeFinding({ severity: 'warning', file: 'k8s/new.yaml', line: i + 1, endLine: i + 1 }));
    annotateFindings([...elsewhere, ...own, makeFinding({ severity: 'error' })], { changedFiles: new Set(['k8s/new.yaml']) });
    const calls = vi.mocked(core.warning).mock.calls;
    expect(calls).toHaveLength(10);
    // All four findings of the changed file made it, ahead of the unchanged file's.
    expect(calls.slice(0, 4).map(([, p]) => p?.file)).toEqual(['k8s/new.yaml', 'k8s/new.yaml', 'k8s/new.yaml', 'k8s/new.yaml']);
    expect(calls.slice(4, 9).every(([, p]) => p?.file === 'k8s/old.yaml')).toBe(true);
    expect(calls[9]![0]).toBe(
      'resilint: 3 more warnings not annotated here (GitHub shows 10 per step); all 12 are in the job summary and the findings-json output.',
    );
    expect(calls[9]![1]).toEqual({ title: 'resilint: 12 warnings' });
    // The one error is under its own limit: annotated, no overflow note.
    expect(core.error).toHaveBeenCalledTimes(1);
  });

  it('annotates exactly 10 of a severity without an overflow note', () => {
    vi.mocked(core.notice).mockClear();
    annotateFindings(Array.from({ length: 10 }, (_, i) => makeFinding({ severity: 'notice', line: i + 1, endLine: i + 1 })));
    expect(core.notice).toHaveBeenCalledTimes(10);
    expect(vi.mocked(core.notice).mock.calls.every(([m]) => !String(m).startsWith('resilint:'))).toBe(true);
  });
});
