import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyConfig } from '../config/load-config.js';
import { lintObjects, prepareRules } from '../engine/lint.js';
import { loadManifestText } from '../load/load-manifests.js';
import { isRecord } from '../model/workloads.js';
import type { Finding } from '../model/types.js';
import { closestId } from '../rules/closest-id.js';
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

const CASE_FIELDS = ['name', 'manifests', 'file', 'params', 'findings', 'doc'];
const FINDING_FIELDS = ['validation', 'object', 'fieldPath', 'line', 'severity', 'message', 'messageContains'];

export function readRuleTests(rule: RuleDefinition): RuleTestCase[] {
  const file = path.join(rule.dir, 'tests.yaml');
  if (!existsSync(file)) return [];
  const doc = loadTestFile(readFileSync(file, 'utf8'), file);
  const raw = doc.raw;
  // The file is parsed behind a two-line header (see loadTestFile): subtract it from every line.
  const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
  const at = (p: (string | number)[]) => `${shown}:${doc.locate(p).line - 2}`;
  const cases: RuleTestCase[] = [];
  const names = new Set<string>();
  const validationIds = rule.validations.map((v) => v.id);
  for (const key of Object.keys(raw)) {
    if (!['apiVersion', 'kind', 'valid', 'invalid'].includes(key)) throw new RuleTestFileError(`${at([key])}: unknown field "${key}" (use valid and invalid)`);
  }
  for (const kind of ['valid', 'invalid'] as const) {
    const list = raw[kind] ?? [];
    if (!Array.isArray(list)) throw new RuleTestFileError(`${at([kind])}: ${kind} must be a list`);
    list.forEach((c: unknown, i: number) => {
      if (!isRecord(c) || typeof c.name !== 'string') throw new RuleTestFileError(`${at([kind, i])}: every ${kind} case needs a name`);
      // A misspelt field would silently drop an assertion and the case would still pass.
      for (const key of Object.keys(c)) {
        if (!CASE_FIELDS.includes(key)) throw new RuleTestFileError(`${at([kind, i, key])}: unknown field "${key}" in case "${c.name}" (allowed: ${CASE_FIELDS.join(', ')})`);
      }
      if (names.has(c.name)) throw new RuleTestFileError(`${at([kind, i, 'name'])}: duplicate case name "${c.name}"`);
      names.add(c.name);
      let manifests = typeof c.manifests === 'string' ? c.manifests : undefined;
      if (typeof c.file === 'string') manifests = readFileSync(path.join(rule.dir, c.file), 'utf8');
      if (manifests === undefined) throw new RuleTestFileError(`${at([kind, i])}: case "${c.name}" needs manifests or file`);
      const findings = kind === 'invalid' ? c.findings : [];
      if (kind === 'invalid' && (!Array.isArray(findings) || findings.length === 0)) {
        throw new RuleTestFileError(`${at([kind, i])}: invalid case "${c.name}" must list its findings`);
      }
      if (kind === 'valid' && c.findings !== undefined) throw new RuleTestFileError(`${at([kind, i, 'findings'])}: a valid case expects no findings`);
      (findings as unknown[]).forEach((f, j) => {
        if (!isRecord(f) || typeof f.validation !== 'string') throw new RuleTestFileError(`${at([kind, i, 'findings', j])}: every expected finding needs a validation id`);
        if (!validationIds.includes(f.validation)) {
          const guess = closestId(f.validation, validationIds);
          throw new RuleTestFileError(
            `${at([kind, i, 'findings', j, 'validation'])}: rule ${rule.id} has no validation "${f.validation}"${guess ? `; did you mean ${guess}?` : ` (it has ${validationIds.join(', ')})`}`,
          );
        }
        for (const key of Object.keys(f)) {
          if (!FINDING_FIELDS.includes(key)) {
            throw new RuleTestFileError(`${at([kind, i, 'findings', j, key])}: unknown field "${key}" in an expected finding (allowed: ${FINDING_FIELDS.join(', ')})`);
          }
        }
      });
      if (c.params !== undefined && !isRecord(c.params)) throw new RuleTestFileError(`${at([kind, i, 'params'])}: params must be a map`);
      cases.push({ name: c.name, kind, manifests, params: c.params as Record<string, unknown> | undefined, findings: findings as ExpectedFinding[], doc: c.doc === true });
    });
  }
  return cases;
}

/**
 * What a rule's cases leave untested, as docs/writing-rules.md asks: a rule needs a valid case,
 * and every validation an invalid case that expects it (else a broken validation passes unseen).
 */
export function coverageProblems(rule: RuleDefinition, cases: readonly RuleTestCase[]): string[] {
  const problems: string[] = [];
  if (!cases.some((c) => c.kind === 'valid')) problems.push('no valid case: add one that the rule must accept');
  const exercised = new Set(cases.flatMap((c) => c.findings.map((f) => f.validation)));
  for (const v of rule.validations) {
    if (!exercised.has(v.id)) problems.push(`validation ${v.id} is expected by no invalid case`);
  }
  return problems;
}

export function runRuleCase(rule: RuleDefinition, testCase: RuleTestCase): CaseResult {
  const config = emptyConfig();
  if (testCase.params) config.rules[rule.id] = { params: testCase.params };
  // A bad param is the test's mistake: name the case, not a config file it does not have.
  config.locate = (p) => `${rule.id}/tests.yaml, case "${testCase.name}", ${p.slice(2).join('.')}`;
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
    if (i === -1) problems.push(`expected finding not produced: ${JSON.stringify(expected)}${nearestDifference(unmatched, expected)}`);
    else unmatched.splice(i, 1);
  }
  for (const f of unmatched) {
    problems.push(`unexpected finding: ${f.validation} on ${describe(f)} at line ${f.line}${f.fieldPath ? ` (${f.fieldPath})` : ''}: ${f.message}`);
  }
  return { ruleId: rule.id, name: testCase.name, kind: testCase.kind, passed: problems.length === 0, problems, findings: actual };
}

/** For a missed expectation: what the closest actual finding of the same validation has instead. */
function nearestDifference(actual: readonly Finding[], e: ExpectedFinding): string {
  const differences = actual
    .filter((f) => f.validation === e.validation)
    .map((f) => {
      const d: string[] = [];
      if (e.object !== undefined && describe(f) !== e.object) d.push(`object ${describe(f)}`);
      if (e.fieldPath !== undefined && f.fieldPath !== e.fieldPath) d.push(`fieldPath ${f.fieldPath ?? '(none)'}`);
      if (e.line !== undefined && f.line !== e.line) d.push(`line ${f.line}`);
      if (e.severity !== undefined && f.severity !== e.severity) d.push(`severity ${f.severity}`);
      if ((e.message !== undefined && f.message !== e.message) || (e.messageContains !== undefined && !f.message.includes(e.messageContains))) {
        d.push(`message "${f.message}"`);
      }
      return d;
    })
    .sort((a, b) => a.length - b.length);
  return differences.length > 0 ? `; the closest ${e.validation} finding has ${differences[0]!.join(', ')}` : '';
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

/** tests.yaml is plain YAML; a two-line header lets the manifest loader (and its positions) read it. */
function loadTestFile(text: string, file: string) {
  const loaded = loadManifestText(`apiVersion: resilint.dev/v1alpha1\nkind: RuleTests\n${text}`, file);
  if (loaded.problems.length) throw new RuleTestFileError(`${file}:${loaded.problems[0]!.line - 2}: ${loaded.problems[0]!.message}`);
  const obj = loaded.objects[0];
  if (!obj) throw new RuleTestFileError(`${file}: empty test file`);
  return obj;
}
