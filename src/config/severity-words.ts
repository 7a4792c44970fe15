import { closestId } from '../rules/closest-id.js';

/**
 * Words other linters use for a level (ESLint's `warn`, SARIF's `note`, `info`, `disabled`), and
 * which of ours they mean: edit distance alone cannot get from `info` to `notice`.
 */
const OTHER_WORDS: Readonly<Record<string, string>> = {
  warn: 'warning',
  info: 'notice',
  information: 'notice',
  note: 'notice',
  err: 'error',
  fatal: 'error',
  critical: 'error',
  disable: 'off',
  disabled: 'off',
  none: 'off',
  ignore: 'off',
};

/**
 * `unknown severity "warn" (use error, warning, notice or off); did you mean "warning"?`: the
 * value as written, every allowed value, and the nearest one when something is near.
 */
export function unknownLevel(what: string, value: unknown, allowed: readonly string[], hint = ''): string {
  const typed = String(value);
  const alias = OTHER_WORDS[typed.toLowerCase()];
  const guess = alias !== undefined && allowed.includes(alias) ? alias : closestId(typed.toLowerCase(), allowed);
  const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  return `unknown ${what} "${typed}" (use ${list}${hint})${guess ? `; did you mean "${guess}"?` : ''}`;
}
