import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPoliciesDir } from '../src/rules/builtin-dir.js';
import { loadRules } from '../src/rules/load-rules.js';
import { policiesIndex, ruleReadme } from '../src/rules/rule-docs.js';
import { coverageProblems, readRuleTests } from '../src/testing/rule-tester.js';

// ESLint's checkRuleFiles and kube-linter's metadata lint: every rule documents and tests itself.
const dir = builtinPoliciesDir();
const { rules } = loadRules([{ dir, builtin: true }], process.cwd());

describe('rule metadata', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      const cases = readRuleTests(rule);
      it('lives in a folder named after its id', () => {
        expect(path.basename(rule.dir)).toBe(rule.id);
      });
      it('has a rationale and at least one link', () => {
        expect(rule.rationale?.trim().length ?? 0).toBeGreaterThan(40);
        expect(rule.links.length).toBeGreaterThan(0);
      });
      it('has a valid case, and an invalid case for every validation (what `resilint test` checks)', () => {
        expect(coverageProblems(rule, cases)).toEqual([]);
      });
      it('has an up-to-date generated README (run `npm run docs`)', () => {
        const file = path.join(rule.dir, 'README.md');
        expect(existsSync(file)).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(ruleReadme(rule, cases));
      });
    });
  }
  it('has an up-to-date index in policies/README.md (run `npm run docs`)', () => {
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(policiesIndex(rules));
  });
});
