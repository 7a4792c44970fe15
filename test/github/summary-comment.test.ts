import { describe, expect, it } from 'vitest';
import { SUMMARY_MARKER } from '../../src/github/markers.js';
import { MAX_COMMENT_LENGTH, truncateMarkdown, upsertSummaryComment } from '../../src/github/summary-comment.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const BOT = 'github-actions[bot]';

describe('the sticky summary comment', () => {
  it('is created once and then updated in place', async () => {
    const github = new FakeGitHub();
    expect(await upsertSummaryComment(github, { issueNumber: 1, markdown: 'one error', identity: BOT, hasFindings: true })).toBe('created');
    expect(await upsertSummaryComment(github, { issueNumber: 1, markdown: 'two errors', identity: BOT, hasFindings: true })).toBe('updated');
    expect(github.issueComments).toHaveLength(1);
    expect(github.issueComments[0]!.body).toBe(`two errors\n${SUMMARY_MARKER}\n`);
  });

  it('does not edit when the text is the same', async () => {
    const github = new FakeGitHub();
    await upsertSummaryComment(github, { issueNumber: 1, markdown: 'same', identity: BOT, hasFindings: true });
    expect(await upsertSummaryComment(github, { issueNumber: 1, markdown: 'same', identity: BOT, hasFindings: true })).toBe('unchanged');
    expect(github.calls.filter((c) => c === 'updateIssueComment')).toEqual([]);
  });

  it('never adopts a comment with our marker written by someone else', async () => {
    const github = new FakeGitHub();
    github.issueComments.push({ id: 5, author: 'mallory', body: `pwned\n${SUMMARY_MARKER}` });
    await upsertSummaryComment(github, { issueNumber: 1, markdown: 'report', identity: BOT, hasFindings: true });
    expect(github.issueComments.map((c) => c.author)).toEqual(['mallory', BOT]);
    expect(github.issueComments[0]!.body).toContain('pwned');
  });

  it('does not start a comment on a clean PR, but updates an existing one to show the fix', async () => {
    const github = new FakeGitHub();
    expect(await upsertSummaryComment(github, { issueNumber: 1, markdown: 'clean', identity: BOT, hasFindings: false })).toBe('skipped');
    expect(github.issueComments).toEqual([]);
    await upsertSummaryComment(github, { issueNumber: 1, markdown: 'one error', identity: BOT, hasFindings: true });
    expect(await upsertSummaryComment(github, { issueNumber: 1, markdown: 'clean', identity: BOT, hasFindings: false })).toBe('updated');
  });

  it('stays under GitHub’s body limit for huge tables and keeps the marker', async () => {
    const github = new FakeGitHub();
    await upsertSummaryComment(github, { issueNumber: 1, markdown: 'x'.repeat(100_000), identity: BOT, hasFindings: true });
    const body = github.issueComments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body).toContain(SUMMARY_MARKER);
  });
});

describe('truncateMarkdown (comments over GitHub\'s 65,536-character limit)', () => {
  it('cuts at a line end, before a chart block it would otherwise split', () => {
    const chart = '```mermaid\nxychart-beta\n  line [1, 2, 3]\n```';
    const markdown = `| a | b |\n| 1 | 2 |\n${chart}\nafter`;
    const cutInsideChart = markdown.indexOf('line') + 4;
    expect(truncateMarkdown(markdown, cutInsideChart)).toBe('| a | b |\n| 1 | 2 |');
    expect(truncateMarkdown(markdown, markdown.indexOf('after'))).toBe(`| a | b |\n| 1 | 2 |\n${chart}`);
    expect(truncateMarkdown(markdown, 1000)).toBe(markdown);
  });
});
