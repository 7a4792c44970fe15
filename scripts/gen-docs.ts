/**
 * Writes each built-in rule's README.md and the index policies/README.md from rule.yaml and
 * tests.yaml. `test/policies-meta.test.ts` fails when the committed files are stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinPoliciesDir } from '../src/rules/builtin-dir.js';
import { loadRules } from '../src/rules/load-rules.js';
import { policiesIndex, ruleReadme } from '../src/rules/rule-docs.js';
import { readRuleTests } from '../src/testing/rule-tester.js';

const dir = builtinPoliciesDir();
const { rules, errors } = loadRules([{ dir, builtin: true }], process.cwd());
for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message}`);
for (const rule of rules) writeFileSync(path.join(rule.dir, 'README.md'), ruleReadme(rule, readRuleTests(rule)));
writeFileSync(path.join(dir, 'README.md'), policiesIndex(rules));
console.log(`wrote ${rules.length} rule READMEs and policies/README.md`);
process.exitCode = errors.length ? 1 : 0;
