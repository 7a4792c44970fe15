import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { buildCleanResult, buildLintResult } from '../fixtures/report/lint-result.js';

describe('formatGithub', () => {
  it('matches the rendered snapshot', async () => {
    await expect(formatGithub(buildLintResult())).toMatchFileSnapshot('../__snapshots__/report/github.txt');
  });

  it('writes one workflow command per reported finding with the full range and the rule id as title', () => {
    const lines = formatGithub(buildLintResult()).trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=deploy/api.yaml,line=7,col=3,endLine=7,endColumn=14,title=min-replicas::Deployment shop/api runs 1 replica; a node drain takes it down.',
    );
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
  });

  it('leaves suppressed findings out', () => {
    const output = formatGithub(buildLintResult());
    expect(output).not.toContain('Container "worker" has no memory limit.');
    expect(formatGithub(buildCleanResult())).toBe('');
  });

  it('escapes the message and the properties the way the runner unescapes them', () => {
    const result = buildLintResult();
    result.findings = [{ ...result.findings[0]!, file: 'a,b:c%.yaml', ruleId: 'sim/x', message: '100% down:\r\nall, of it' }];
    expect(formatGithub(result)).toBe(
      '::warning file=a%2Cb%3Ac%25.yaml,line=17,col=5,endLine=17,endColumn=10,title=sim/x::100%25 down:%0D%0Aall, of it\n',
    );
  });
});

describe('escapeData / escapeProperty', () => {
  it('escapes % first so an escape sequence in the input is not double-read', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeData('a\nb\rc')).toBe('a%0Ab%0Dc');
  });

  it('also escapes : and , in properties but not in data', () => {
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });
});
