import { describe, expect, it } from 'vitest';
import { parsePatch } from '../../src/github/diff-lines.js';
import { findingMarker, parseFindingMarkers } from '../../src/github/markers.js';
import { planReview, type ReviewPlanInput } from '../../src/github/review-plan.js';
import { addedFilePatch, makeFinding } from '../helpers/findings.js';

const BOT = 'github-actions[bot]';
/** k8s/api.yaml: lines 5-8 and 20-21 are in the diff, in two hunks. */
const API_PATCH = ['@@ -5,3 +5,4 @@', ' a', '+b', ' c', ' d', '@@ -18,2 +20,2 @@', ' e', '+f'].join('\n');

function input(overrides: Partial<ReviewPlanInput>): ReviewPlanInput {
  return {
    findings: [],
    diff: new Map([['k8s/api.yaml', parsePatch(API_PATCH)]]),
    existingComments: [],
    existingReviews: [],
    identity: BOT,
    maxComments: 30,
    ...overrides,
  };
}

describe('planReview', () => {
  it('counts its standing comments against max-comments, so a re-run does not add another batch', () => {
    const findings = [6, 7, 8, 20, 21].map((line) => makeFinding({ line, endLine: line, fingerprint: `fp${line}` }));
    const standing = [
      { id: 1, author: BOT, path: 'k8s/api.yaml', body: findingMarker('fp6', 'r') },
      { id: 2, author: BOT, path: 'k8s/api.yaml', body: findingMarker('fp7', 'r') },
      // A comment whose finding is gone does not count: it is about to be removed.
      { id: 3, author: BOT, path: 'k8s/api.yaml', body: findingMarker('fixed', 'r') },
    ];
    const plan = planReview(input({ findings, maxComments: 3, existingComments: standing }));
    expect(plan.comments.map((c) => c.line)).toEqual([8]);
    expect(plan.overflow.map((f) => f.line)).toEqual([20, 21]);
    const full = planReview(input({ findings, maxComments: 2, existingComments: standing }));
    expect(full.comments).toEqual([]);
  });

  it('comments on the finding line with side RIGHT and carries the fingerprint marker', () => {
    const plan = planReview(input({ findings: [makeFinding({ line: 6, endLine: 6, fingerprint: 'fp1' })] }));
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]).toMatchObject({ path: 'k8s/api.yaml', line: 6, side: 'RIGHT' });
    expect(plan.comments[0]).not.toHaveProperty('start_line');
    expect(parseFindingMarkers(plan.comments[0]!.body)).toEqual([{ fingerprint: 'fp1', ruleId: 'pdb-min-available' }]);
  });

  it('shows severity, rule, message, remediation and the docs link in the comment', () => {
    const plan = planReview(input({ findings: [makeFinding({ line: 6, endLine: 6, message: 'Replicas <none> is too few.' })] }));
    const body = plan.comments[0]!.body;
    expect(body).toContain('error');
    expect(body).toContain('[`pdb-min-available`](https://example.test/rules/pdb-min-available)');
    expect(body).toContain('Replicas &lt;none&gt; is too few.');
    expect(body).toContain('Set maxUnavailable to at least 1.');
  });

  it('uses start_line for a multi-line finding only when both ends are in one hunk', () => {
    const plan = planReview(
      input({
        findings: [
          makeFinding({ line: 5, endLine: 8, fingerprint: 'range' }),
          makeFinding({ line: 7, endLine: 20, fingerprint: 'two-hunks' }),
          makeFinding({ line: 8, endLine: 12, fingerprint: 'end-outside' }),
        ],
      }),
    );
    expect(plan.comments.map((c) => [c.start_line, c.line])).toEqual([
      [5, 8],
      [undefined, 7],
      [undefined, 8],
    ]);
    expect(plan.comments[0]).toMatchObject({ start_side: 'RIGHT', side: 'RIGHT' });
  });

  it('lists findings outside the diff in the review body with file:line links, not inline', () => {
    const plan = planReview(
      input({
        findings: [makeFinding({ line: 12, endLine: 12, fingerprint: 'far' }), makeFinding({ file: 'k8s/other.yaml', line: 3, fingerprint: 'unchanged-file' })],
        fileUrl: (file, line) => `https://github.test/blob/sha/${file}#L${line}`,
      }),
    );
    expect(plan.comments).toHaveLength(0);
    expect(plan.outsideDiff.map((f) => f.fingerprint)).toEqual(['far', 'unchanged-file']);
    expect(plan.body).toContain('2 findings outside the lines this PR changes');
    expect(plan.body).toContain('(https://github.test/blob/sha/k8s/api.yaml#L12)');
    expect(parseFindingMarkers(plan.body).map((m) => m.fingerprint)).toEqual(['far', 'unchanged-file']);
  });

  it('caps inline comments at max-comments, most severe first, and summarises the rest in the body', () => {
    const findings = [1, 2, 3, 4].map((n) =>
      makeFinding({ file: 'k8s/big.yaml', line: n, endLine: n, fingerprint: `n${n}`, severity: n === 4 ? 'error' : 'notice' }),
    );
    const plan = planReview(input({ findings, maxComments: 2, diff: new Map([['k8s/big.yaml', parsePatch(addedFilePatch(10))]]) }));
    expect(plan.comments.map((c) => c.line)).toEqual([4, 1]);
    expect(plan.overflow.map((f) => f.fingerprint)).toEqual(['n2', 'n3']);
    expect(plan.body).toContain('2 more findings on changed lines are not commented inline (limit `max-comments: 2`)');
  });

  it('posts nothing for a finding an earlier run of ours already reported, inline or in a review body', () => {
    const plan = planReview(
      input({
        findings: [makeFinding({ line: 6, fingerprint: 'inline-before' }), makeFinding({ line: 12, fingerprint: 'body-before' })],
        existingComments: [{ id: 1, author: BOT, path: 'k8s/api.yaml', body: `x\n${findingMarker('inline-before', 'r')}` }],
        existingReviews: [{ id: 2, author: BOT, body: `table\n${findingMarker('body-before', 'r')}` }],
      }),
    );
    expect(plan.comments).toEqual([]);
    expect(plan.body).toBe('');
    expect(plan.alreadyReported).toBe(2);
  });

  it('ignores markers in comments written by someone else (a pasted marker is not ours)', () => {
    const plan = planReview(
      input({
        findings: [makeFinding({ line: 6, fingerprint: 'fp1' })],
        existingComments: [{ id: 1, author: 'mallory', path: 'k8s/api.yaml', body: findingMarker('fp1', 'r') }, { id: 3, author: 'mallory', path: 'k8s/api.yaml', body: findingMarker('gone', 'r') }],
      }),
    );
    expect(plan.comments).toHaveLength(1);
    expect(plan.staleCommentIds).toEqual([]);
  });

  it('marks our comments whose finding is gone as stale, unless someone replied to them', () => {
    const plan = planReview(
      input({
        findings: [makeFinding({ line: 6, fingerprint: 'still-there' })],
        existingComments: [
          { id: 1, author: BOT, path: 'k8s/api.yaml', body: findingMarker('still-there', 'r') },
          { id: 2, author: BOT, path: 'k8s/api.yaml', body: findingMarker('fixed', 'r') },
          { id: 3, author: BOT, path: 'k8s/api.yaml', body: findingMarker('fixed-but-discussed', 'r') },
          { id: 4, author: 'alice', path: 'k8s/api.yaml', body: 'Why is this a problem?', inReplyToId: 3 },
          { id: 5, author: BOT, path: 'k8s/api.yaml', body: 'a comment of ours without a marker' },
        ],
      }),
    );
    expect(plan.staleCommentIds).toEqual([2]);
  });

  it('comments once when two findings share a fingerprint', () => {
    const twin = makeFinding({ line: 6, fingerprint: 'same' });
    expect(planReview(input({ findings: [twin, { ...twin }] })).comments).toHaveLength(1);
  });
});
