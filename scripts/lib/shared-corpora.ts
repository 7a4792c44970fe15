/** What the measurement scripts over ../shared share: where the corpora are, and the compiled pack. */
import path from 'node:path';
import { emptyConfig } from '../../src/config/load-config.js';
import { prepareRules, type PreparedRules } from '../../src/engine/lint.js';
import { builtinPoliciesDir } from '../../src/rules/builtin-dir.js';
import { loadRules } from '../../src/rules/load-rules.js';

/** ../shared next to the project, or $RESILINT_SHARED; absent in a clone outside this workplace. */
export const SHARED = process.env.RESILINT_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
export const CORPORA_DIR = path.join(SHARED, 'corpora');

/** Compiles the built-in pack once, so each scope costs only loading and evaluating. */
export function prepareBuiltinPack(): PreparedRules {
  const { rules, errors } = loadRules([{ dir: builtinPoliciesDir(), builtin: true }], process.cwd());
  return prepareRules(rules, emptyConfig(), errors);
}
