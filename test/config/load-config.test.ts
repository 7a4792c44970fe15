import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { UsageError } from '../../src/errors.js';
import { tempRepo } from '../helpers/temp-repo.js';

/** The UsageError message loading `.resilint.yaml` with `text` gives (exit 2 in the CLI). */
function configError(text: string): string {
  const dir = tempRepo({ '.resilint.yaml': text });
  try {
    loadConfig(path.join(dir, '.resilint.yaml'), dir);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('the config loaded');
}

describe('a wrong severity in the config names the file, the line, the valid values and the nearest one', () => {
  it('as a rule\'s shorthand value', () => {
    expect(configError('failLevel: error\nrules:\n  probes-identical: warn\n')).toBe(
      '.resilint.yaml:3:3: rule probes-identical: unknown severity "warn" (use error, warning, notice or off); did you mean "warning"?',
    );
  });

  it('as a rule\'s severity setting', () => {
    expect(configError('rules:\n  pdb-missing: {severity: eror}\n')).toBe(
      '.resilint.yaml:2:17: rule pdb-missing: unknown severity "eror" (use error, warning or notice; to turn the rule off, `pdb-missing: off`); did you mean "error"?',
    );
  });

  it('spellings other linters use are recognised', () => {
    expect(configError('rules:\n  pdb-missing: info\n')).toMatch(/unknown severity "info" .*; did you mean "notice"\?$/);
    expect(configError('rules:\n  pdb-missing: disabled\n')).toMatch(/unknown severity "disabled" .*; did you mean "off"\?$/);
  });

  it('with no guess when nothing is close', () => {
    expect(configError('rules:\n  pdb-missing: purple\n')).toBe(
      '.resilint.yaml:2:3: rule pdb-missing: unknown severity "purple" (use error, warning, notice or off)',
    );
  });

  it('a value that is no severity at all keeps the shape message', () => {
    expect(configError('rules:\n  pdb-missing: [error]\n')).toMatch(/^\.resilint\.yaml:2:3: a rule setting is off, on, a severity, or a mapping/);
  });

  it('failLevel too', () => {
    expect(configError('failLevel: warn\n')).toBe(
      '.resilint.yaml:1:1: unknown failLevel "warn" (use error, warning, notice or never); did you mean "warning"?',
    );
  });
});

describe('valid severities load', () => {
  it.each([
    ['warning', { severity: 'warning' }],
    ['off', { enabled: false }],
    ['{severity: notice}', { severity: 'notice' }],
  ])('%s', (value, expected) => {
    const dir = tempRepo({ '.resilint.yaml': `rules:\n  pdb-missing: ${value}\n` });
    expect(loadConfig(path.join(dir, '.resilint.yaml'), dir).rules['pdb-missing']).toEqual(expected);
  });
});
