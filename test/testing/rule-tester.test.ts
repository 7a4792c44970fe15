import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load-rules.js';
import { coverageProblems, readRuleTests, RuleTestFileError, runRuleCase } from '../../src/testing/rule-tester.js';

const rule = `apiVersion: resilint.dev/v1alpha1
kind: Rule
metadata: {id: min-replicas, severity: warning}
docs: {description: Needs replicas., remediation: Add replicas.}
params:
  minReplicas: {type: integer, default: 2, description: The least replicas.}
match: {kinds: [Deployment]}
validations:
  - id: tooFew
    expression: object.spec.?replicas.orValue(1) >= params.minReplicas
    message: too few replicas
    fieldPath: spec.replicas
`;

const invalidCase = (extra: string, finding: string) => `invalid:
  - name: one replica
${extra}    manifests: |
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: a}
      spec: {replicas: 1}
    findings:
      - validation: tooFew
${finding}`;

function ruleWithTests(tests: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'resilint-tester-'));
  mkdirSync(path.join(dir, 'min-replicas'));
  writeFileSync(path.join(dir, 'min-replicas', 'rule.yaml'), rule);
  writeFileSync(path.join(dir, 'min-replicas', 'tests.yaml'), tests);
  const { rules } = loadRules([{ dir, builtin: false }], dir);
  return rules[0]!;
}

describe('tests.yaml beside a rule', () => {
  it('rejects a misspelt field, with its line, instead of silently dropping an assertion', () => {
    const misspeltCase = ruleWithTests(invalidCase('    param: {minReplicas: 50}\n', '        line: 4\n'));
    expect(() => readRuleTests(misspeltCase)).toThrow(RuleTestFileError);
    expect(() => readRuleTests(misspeltCase)).toThrow(/tests\.yaml:3: unknown field "param" in case "one replica"/);
    const misspeltFinding = ruleWithTests(invalidCase('', '        lin: 4\n'));
    expect(() => readRuleTests(misspeltFinding)).toThrow(/tests\.yaml:10: unknown field "lin" in an expected finding/);
  });

  it('says which field of the closest finding differs when an expectation is not met', () => {
    const r = ruleWithTests(invalidCase('', '        line: 4\n        severity: error\n'));
    const [testCase] = readRuleTests(r);
    const result = runRuleCase(r, testCase!);
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toMatch(/the closest tooFew finding has severity warning$/);
  });

  it('refuses an expected finding of a validation the rule does not have, with its line and a guess', () => {
    const r = ruleWithTests(invalidCase('', '').replace('validation: tooFew', 'validation: tooFw'));
    expect(() => readRuleTests(r)).toThrow(/tests\.yaml:9: rule min-replicas has no validation "tooFw"; did you mean tooFew\?/);
  });

  it('says what the cases leave untested: no valid case, or a validation no invalid case expects', () => {
    const withoutValid = ruleWithTests(invalidCase('', ''));
    expect(coverageProblems(withoutValid, readRuleTests(withoutValid))).toEqual(['no valid case: add one that the rule must accept']);
    const validOnly = ruleWithTests('valid:\n  - name: three\n    manifests: |\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: a}\n      spec: {replicas: 3}\n');
    expect(coverageProblems(validOnly, readRuleTests(validOnly))).toEqual(['validation tooFew is expected by no invalid case']);
    const both = ruleWithTests(`${invalidCase('', '')}valid:\n  - name: three\n    manifests: |\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: a}\n      spec: {replicas: 3}\n`);
    expect(coverageProblems(both, readRuleTests(both))).toEqual([]);
  });

  it('names the case when a test param has the wrong type', () => {
    const r = ruleWithTests(invalidCase('    params: {minReplicas: "x"}\n', '        line: 4\n'));
    const [testCase] = readRuleTests(r);
    expect(runRuleCase(r, testCase!).problems[0]).toBe('min-replicas/tests.yaml, case "one replica", params.minReplicas: param "minReplicas" must be of type integer');
  });
});
