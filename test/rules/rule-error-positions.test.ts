import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { positionInScalar } from '../../src/rules/scalar-offset.js';

const head = `apiVersion: resilint.dev/v1alpha1
kind: Rule
metadata: {id: bad-cel, severity: warning}
docs: {description: Broken on purpose., remediation: Fix it.}
match: {kinds: [Deployment]}
validations:
`;

/** The finding for a rule whose only validation is `validation`, at (line, column) in the rule file. */
function errorAt(validation: string): { line: number; column: number; message: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'resilint-rule-pos-'));
  writeFileSync(path.join(dir, 'bad-cel.yaml'), head + validation);
  writeFileSync(path.join(dir, 'web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n');
  const r = lint({ paths: ['web.yaml'], cwd: dir, policies: ['bad-cel.yaml'], noBuiltin: true });
  const f = r.findings.find((x) => x.ruleId === 'rule-error')!;
  return { line: f.line, column: f.column, message: f.message };
}

describe('CEL errors in a rule file point at the token, not the key', () => {
  it('on the key\'s line, plain or quoted', () => {
    // line 8 of the file: the value starts at column 17 and `object.spec.replicas >= ` is 24 characters.
    expect(errorAt('  - id: a\n    expression: object.spec.replicas >= nope(1)\n    message: m\n')).toMatchObject({ line: 8, column: 41 });
    expect(errorAt('  - id: a\n    expression: "object.spec.replicas >= nope(1)"\n    message: m\n')).toMatchObject({ line: 8, column: 42 });
  });

  it('inside a folded or literal block, on the right line', () => {
    const folded = '  - id: a\n    expression: >-\n      object.spec.replicas >= 2 &&\n      nope(object)\n    message: m\n';
    expect(errorAt(folded)).toMatchObject({ line: 10, column: 7 });
    const literal = '  - id: a\n    expression: |\n      object.spec.replicas >= 2 &&\n        nope(object)\n    message: m\n';
    expect(errorAt(literal)).toMatchObject({ line: 10, column: 9 });
  });

  it('keeps the message and the rule id', () => {
    expect(errorAt('  - id: a\n    expression: nope(1)\n    message: m\n').message).toMatch(/^rule bad-cel: CEL: .*nope/);
  });
});

describe('positionInScalar', () => {
  it('counts an empty line inside a folded block as one line break', () => {
    const text = 'key: >\n  ab\n\n  cd\n';
    // Folded value "ab\ncd": offset 3 is "c".
    expect(positionInScalar(text, 1, 3)).toEqual({ line: 4, column: 3 });
  });
});

describe('the <rule-id>/rule.yaml layout', () => {
  it('reports a rule whose folder names another id, at its metadata.id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resilint-rule-folder-'));
    const rule = head.replace('metadata: {id: bad-cel, severity: warning}', 'metadata:\n  id: min-replicas\n  severity: warning') + '  - id: a\n    expression: "true"\n    message: m\n';
    mkdirSync(path.join(dir, 'minreps'));
    writeFileSync(path.join(dir, 'minreps', 'rule.yaml'), rule);
    writeFileSync(path.join(dir, 'web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n');
    const r = lint({ paths: ['web.yaml'], cwd: dir, policies: ['.'], noBuiltin: true });
    const f = r.findings.find((x) => x.ruleId === 'rule-error')!;
    expect(f).toMatchObject({ file: 'minreps/rule.yaml', line: 4 });
    expect(f.message).toContain('does not match its folder "minreps/"');
  });
});

describe('a rule with several broken expressions', () => {
  it('reports every one of them, each at its own line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resilint-rule-many-'));
    const validations = '  - id: a\n    expression: nope(1)\n    message: m\n  - id: b\n    expression: object.spec.replicas >= 2\n    messageExpression: "1 + \'x\'"\n';
    writeFileSync(path.join(dir, 'bad-cel.yaml'), head + validations);
    writeFileSync(path.join(dir, 'web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n');
    const r = lint({ paths: ['web.yaml'], cwd: dir, policies: ['bad-cel.yaml'], noBuiltin: true });
    expect(r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.line)).toEqual([8, 12]);
  });
});
