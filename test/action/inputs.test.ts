import { describe, expect, it } from 'vitest';
import { failingFindings } from '../../src/action/fail-level.js';
import { parseInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/errors.js';
import { makeFinding } from '../helpers/findings.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(parseInputs(read({}))).toMatchObject({
      paths: ['.'],
      failLevel: 'error',
      onlyChanged: true,
      commentMode: 'review',
      maxComments: 30,
      simulate: false,
      simulateBase: 'auto',
      sarifFile: undefined,
    });
  });

  it('reads lists one per line or comma-separated', () => {
    expect(parseInputs(read({ paths: 'k8s/, charts/\n  apps/ \n', exclude: '**/test/**' }))).toMatchObject({
      paths: ['k8s/', 'charts/', 'apps/'],
      exclude: ['**/test/**'],
    });
  });

  it('turns the base comparison off with simulate-base: false', () => {
    expect(parseInputs(read({ 'simulate-base': 'false' })).simulateBase).toBe('false');
  });

  it('reads sizes with units', () => {
    expect(parseInputs(read({ 'max-file-size': '2MB' })).maxFileBytes).toBe(2 * 1024 * 1024);
    expect(parseInputs(read({ 'max-file-size': '4096' })).maxFileBytes).toBe(4096);
  });

  it.each([
    ['fail-level', 'critical'],
    ['comment-mode', 'inline'],
    ['only-changed', 'yes'],
    ['max-comments', '-1'],
    ['max-file-size', 'huge'],
    ['simulate-base', 'true'],
  ])('rejects %s: %s as a usage error naming the input', (name, value) => {
    expect(() => parseInputs(read({ [name]: value }))).toThrow(UsageError);
    expect(() => parseInputs(read({ [name]: value }))).toThrow(name);
  });
});

describe('failingFindings', () => {
  const findings = [makeFinding({ severity: 'warning' }), makeFinding({ severity: 'notice' }), makeFinding({ severity: 'error', suppressed: true })];

  it('fails on findings at or above the fail level, never on suppressed ones', () => {
    expect(failingFindings(findings, 'error')).toEqual([]);
    expect(failingFindings(findings, 'warning')).toHaveLength(1);
    expect(failingFindings(findings, 'notice')).toHaveLength(2);
    expect(failingFindings(findings, 'never')).toEqual([]);
  });
});
