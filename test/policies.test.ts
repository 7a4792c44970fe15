import { describe, expect, it } from 'vitest';
import { builtinPoliciesDir } from '../src/rules/builtin-dir.js';
import { loadRules } from '../src/rules/load-rules.js';
import { readRuleTests, runRuleCase } from '../src/testing/rule-tester.js';

// Every built-in rule's own test cases, through the same tester users run with `resilint test`.
const { rules, errors } = loadRules([{ dir: builtinPoliciesDir(), builtin: true }], process.cwd());

describe('the built-in rule pack', () => {
  it('loads without rule errors', () => {
    expect(errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([]);
    expect(rules.length).toBeGreaterThan(0);
  });
});

for (const rule of rules) {
  describe(rule.id, () => {
    for (const c of readRuleTests(rule)) {
      it(`${c.kind}: ${c.name}`, () => {
        const result = runRuleCase(rule, c);
        expect(result.problems).toEqual([]);
      });
    }
  });
}
