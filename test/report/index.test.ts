import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  formatGithub,
  formatJson,
  formatMarkdown,
  formatResult,
  formatSarif,
  formatText,
  isReportFormat,
} from '../../src/report/index.js';
import { buildLintResult } from '../fixtures/report/lint-result.js';

const options = { toolVersion: '9.9.9', maxRows: 3 };

describe('formatResult', () => {
  it('offers the five formats', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'markdown', 'github']);
  });

  it('dispatches each format to its reporter with the options it needs', () => {
    const result = buildLintResult();
    expect(formatResult(result, 'text', options)).toBe(formatText(result, { color: false, ruleCounts: true }));
    expect(formatResult(result, 'text', { ...options, color: true })).toBe(formatText(result, { color: true, ruleCounts: true }));
    expect(formatResult(result, 'json', options)).toBe(formatJson(result, { toolVersion: '9.9.9' }));
    expect(formatResult(result, 'sarif', options)).toBe(formatSarif(result, { toolVersion: '9.9.9' }));
    expect(formatResult(result, 'markdown', options)).toBe(formatMarkdown(result, { maxRows: 3 }));
    expect(formatResult(result, 'github', options)).toBe(formatGithub(result));
  });

  it('gives every format different output', () => {
    const result = buildLintResult();
    const outputs = new Set(FORMATS.map((format) => formatResult(result, format, options)));
    expect(outputs.size).toBe(FORMATS.length);
  });

  it('rejects an unknown format with the list of known ones', () => {
    expect(() => formatResult(buildLintResult(), 'xml' as never, options)).toThrow(/text, json, sarif, markdown, github/);
  });
});

describe('isReportFormat', () => {
  it('accepts known format names only', () => {
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('stylish')).toBe(false);
  });
});
