import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyConfig } from '../config/load-config.js';
import { lintObjects, prepareRules } from '../engine/lint.js';
import { loadManifestText } from '../load/load-manifests.js';
import { isRecord } from '../model/workloads.js';
import type { Finding } from '../model/types.js';
import type { RuleDefinition } from '../rules/rule-definition.js';

/**
 * Runs the test cases that sit beside a rule (`tests.yaml`), ESLint RuleTester style: every
 * valid case must produce no finding; every invalid case must produce exactly the findings it
 * lists (order-insensitive), matched on validation id, object and field path, and on line,
 * severity and message when the case states them.
 */
export interface ExpectedFinding {
  validation: string;
  /** `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects. */
  object?: string;
  fieldPath?: string;
  line?: number;
  severity?: string;
  message?: string;
  messageContains?: string;
}

export interface RuleTestCase {
  name: string;
  kind: 'valid' | 'invalid';
  manifests: string;
  params?: Record<string, unknown>;
  findings: ExpectedFinding[];
  /** Used as the README's example. */
  doc?: boolean;
}

export interface CaseResult {
  ruleId: string;
  name: string;
  kind: 'valid' | 'invalid';
  passed: boolean;
  problems: string[];
  findings: Finding[];
}

export class RuleTestFileError extends Error {}

export function readRuleTests(rule: RuleDefinition): RuleTestCase[] {
  const file = path.join(rule.dir, 'tests.yaml');
  if (!existsSync(file)) return [];
  const raw = loadYamlPlain(readFileSync(file, 'utf8'), file);
  const cases: RuleTestCase[] = [];
  const names = new Set<string>();
  for (const kind of ['valid', 'invalid'] as const) {
    const list = raw[kind] ?? [];
    if (!Array.isArray(list)) throw new RuleTestFileError(`${file}: ${kind} must be a list`);
    for (const c of list) {
      if (!isRecord(c) || typeof c.name !== 'string') throw new RuleTestFileError(`${file}: every ${kind} case needs a name`);
      if (names.has(c.name)) throw new RuleTestFileError(`${file}: duplicate case name "${c.name}"`);
      names.add(c.name);
      let manifests = typeof c.manifests === 'string' ? c.manifests : undefined;
      if (typeof c.file === 'string') manifests = readFileSync(path.join(rule.dir, c.file), 'utf8');
      if (manifests === undefined) throw new RuleTestFileError(`${file}: case "${c.name}" needs manifests or file`);
      const findings = kind === 'invalid' ? c.findings : [];
      if (kind === 'invalid' && (!Array.isArray(findings) || findings.length === 0)) {
        throw new RuleTestFileError(`${file}: invalid case "${c.name}" must list its findings`);
      }
      cases.push({ name: c.name, kind, manifests, params: c.params, findings: findings as ExpectedFinding[], doc: c.doc === true });
    }
  }
  return cases;
}

export function runRuleCase(rule: RuleDefinition, testCase: RuleTestCase): CaseResult {
  const config = emptyConfig();
  if (testCase.params) config.rules[rule.id] = { params: testCase.params };
  const problems: string[] = [];
  let findings: Finding[] = [];
  try {
    const prepared = prepareRules([rule], config);
    const label = `${rule.id}/tests.yaml#${testCase.name}`;
    const loaded = loadManifestText(testCase.manifests, label);
    for (const p of loaded.problems) problems.push(`manifests do not parse: ${p.line}:${p.column} ${p.message}`);
    const result = lintObjects(loaded, prepared);
    findings = result.findings.filter((f) => f.ruleId === rule.id || f.ruleId === 'rule-error');
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const f of findings.filter((x) => x.ruleId === 'rule-error')) problems.push(`rule error: ${f.message}`);
  const actual = findings.filter((f) => f.ruleId === rule.id);
  const unmatched = [...actual];
  for (const expected of testCase.findings) {
    const i = unmatched.findIndex((f) => matchesExpected(f, expected));
    if (i === -1) problems.push(`expected finding not produced: ${JSON.stringify(expected)}`);
    else unmatched.splice(i, 1);
  }
  for (const f of unmatched) {
    problems.push(`unexpected finding: ${f.validation} on ${describe(f)} at line ${f.line}${f.fieldPath ? ` (${f.fieldPath})` : ''}: ${f.message}`);
  }
  return { ruleId: rule.id, name: testCase.name, kind: testCase.kind, passed: problems.length === 0, problems, findings: actual };
}

function matchesExpected(f: Finding, e: ExpectedFinding): boolean {
  if (f.validation !== e.validation) return false;
  if (e.object !== undefined && describe(f) !== e.object) return false;
  if (e.fieldPath !== undefined && f.fieldPath !== e.fieldPath) return false;
  if (e.line !== undefined && f.line !== e.line) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  if (e.message !== undefined && f.message !== e.message) return false;
  if (e.messageContains !== undefined && !f.message.includes(e.messageContains)) return false;
  return true;
}

function describe(f: Finding): string {
  const o = f.object;
  if (!o) return '';
  return o.namespace ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;
}

function loadYamlPlain(text: string, file: string): Record<string, any> {
  const loaded = loadManifestText(`apiVersion: resilint.dev/v1alpha1\nkind: RuleTests\n${text}`, file);
  if (loaded.problems.length) throw new RuleTestFileError(`${file}:${loaded.problems[0]!.line - 2}: ${loaded.problems[0]!.message}`);
  const obj = loaded.objects[0];
  if (!obj) throw new RuleTestFileError(`${file}: empty test file`);
  return obj.raw;
}
