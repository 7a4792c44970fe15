/**
 * CEL conformance report: runs every Kubernetes CEL library vector and the cel-spec "basic"
 * subset from /work/shared (if present) and prints pass rates per file/section and overall,
 * then the failures grouped by reason.
 *
 *   node --import tsx scripts/conformance-cel.ts [--verbose]
 *
 * cel-spec error expectations are met by any compile or runtime error (the spec names error
 * categories, not wording). cel-spec cases with `disable_check` are evaluated without type
 * checking, in an environment where unknown variables are dyn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Environment } from '@marcbachmann/cel-js';
import { compileExpression } from '../src/cel/compile.js';
import { createKubernetesEnvironment, registerKubernetesLibrary } from '../src/cel/environment.js';
import { runK8sCase, type CaseOutcome, type K8sCase } from '../test/cel/k8s-case-runner.js';

const K8S_VECTORS = '/work/shared/corpora/k8s-cel-library/k8s_cel_library_cases.json';
const CEL_SPEC_BASIC = '/work/shared/corpora/cel-spec/cel_spec_basic_cases.json';
const verbose = process.argv.includes('--verbose');

interface Tally {
  pass: number;
  total: number;
}

class Report {
  private readonly groups = new Map<string, Tally>();
  private readonly reasons = new Map<string, string[]>();
  private overall: Tally = { pass: 0, total: 0 };

  constructor(readonly title: string) {}

  add(group: string, label: string, outcome: CaseOutcome): void {
    const tally = this.groups.get(group) ?? { pass: 0, total: 0 };
    this.groups.set(group, tally);
    tally.total++;
    this.overall.total++;
    if (outcome.pass) {
      tally.pass++;
      this.overall.pass++;
      return;
    }
    const reason = normaliseReason(outcome.reason ?? 'failed');
    const list = this.reasons.get(reason) ?? [];
    list.push(label);
    this.reasons.set(reason, list);
  }

  print(): void {
    console.log(`\n=== ${this.title} ===`);
    for (const [group, t] of [...this.groups].sort()) console.log(`${pct(t).padStart(7)}  ${t.pass}/${t.total}  ${group}`);
    console.log(`${pct(this.overall).padStart(7)}  ${this.overall.pass}/${this.overall.total}  OVERALL`);
    console.log(`\n--- ${this.title}: failures by reason ---`);
    const sorted = [...this.reasons].sort((a, b) => b[1].length - a[1].length);
    for (const [reason, labels] of sorted) {
      console.log(`${String(labels.length).padStart(5)}  ${reason}`);
      for (const l of labels.slice(0, verbose ? labels.length : 3)) console.log(`         e.g. ${l}`);
    }
  }
}

const pct = (t: Tally): string => `${((100 * t.pass) / Math.max(1, t.total)).toFixed(1)}%`;

/** Groups failures whose messages differ only in quoted names or numbers. */
function normaliseReason(reason: string): string {
  return reason
    .split('\n')[0]!
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/`[^`]*`/g, '`…`')
    .replace(/\b\d+(\.\d+)?\b/g, 'N')
    .slice(0, 140);
}

function runK8sVectors(): void {
  if (!existsSync(K8S_VECTORS)) {
    console.log(`note: ${K8S_VECTORS} not found; skipping Kubernetes library vectors`);
    return;
  }
  const data = JSON.parse(readFileSync(K8S_VECTORS, 'utf8')) as { cases: K8sCase[] };
  const report = new Report('Kubernetes CEL library vectors');
  // The CRD vectors' `self` values need their OpenAPI field types (doubles, durations, dates),
  // which the project fixture records per group.
  const fixture = JSON.parse(readFileSync(new URL('../test/fixtures/cel/k8s-cel-library-cases.json', import.meta.url), 'utf8')) as {
    selfFieldTypes: Record<string, Record<string, string>>;
  };
  for (const c of data.cases) {
    const group = c.group ? `crd-rules: ${c.group}` : c.library;
    let outcome: CaseOutcome;
    try {
      outcome = runK8sCase({ ...c, selfRef: c.group }, { selves: { [c.group ?? '']: c.self }, selfFieldTypes: fixture.selfFieldTypes });
    } catch (error) {
      outcome = { pass: false, reason: `harness error: ${(error as Error).message}` };
    }
    report.add(group, `#${c.id} ${c.expression}`, outcome);
  }
  report.print();
}

// ---- cel-spec -------------------------------------------------------------------------------

type Expected = Record<string, unknown>;
interface SpecCase {
  file: string;
  section: string;
  name: string;
  expr: string;
  disable_check?: boolean;
  expected?: Expected;
  expected_eval_error?: string[];
}

function toBigInt(v: unknown): bigint {
  return BigInt(v as string | number);
}

function typeName(value: unknown): string | undefined {
  const s = String(value);
  return /^Type<(.+)>$/.exec(s)?.[1] ?? (value as { name?: string })?.name;
}

/** Strict match of a cel-js value against a cel-spec typed expected value. */
function matches(value: unknown, expected: Expected): boolean {
  const [kind, want] = Object.entries(expected)[0]!;
  switch (kind) {
    case 'bool':
    case 'string':
      return value === want;
    case 'null':
      return value === null;
    case 'int64':
      return typeof value === 'bigint' && value === toBigInt(want);
    case 'uint64':
      return value?.constructor?.name === 'UnsignedInt' && (value as object).valueOf() === toBigInt(want);
    case 'double': {
      if (typeof value !== 'number') return false;
      const w = typeof want === 'string' ? Number(want === 'Infinity' || want === '-Infinity' || want === 'NaN' ? want : want) : (want as number);
      return Number.isNaN(w) ? Number.isNaN(value) : value === w;
    }
    case 'bytes_b64':
      return value instanceof Uint8Array && Buffer.from(value).toString('base64') === want;
    case 'type':
      return typeName(value) === want;
    case 'list':
      return Array.isArray(value) && value.length === (want as Expected[]).length && (want as Expected[]).every((w, i) => matches(value[i], w));
    case 'map': {
      const entries = (want as { key: Expected; value: Expected }[]);
      const actual: [unknown, unknown][] = value instanceof Map ? [...value] : value && typeof value === 'object' ? Object.entries(value) : [];
      return actual.length === entries.length && entries.every((e) => actual.some(([k, v]) => matches(k, e.key) && matches(v, e.value)));
    }
    default:
      return false;
  }
}

function runSpecCase(c: SpecCase, checked: Environment, unchecked: Environment): CaseOutcome {
  let value: unknown;
  try {
    if (c.disable_check) {
      value = unchecked.evaluate(c.expr);
    } else {
      const compiled = compileExpression(checked, c.expr);
      if (!compiled.ok) {
        return c.expected_eval_error ? { pass: true } : { pass: false, reason: `compile error: ${compiled.error.message}` };
      }
      value = compiled.program.evaluate({});
    }
  } catch (error) {
    if (c.expected_eval_error) return { pass: true };
    const e = error as { summary?: string; message?: string };
    return { pass: false, reason: `runtime error: ${e.summary ?? e.message}` };
  }
  if (c.expected_eval_error) return { pass: false, reason: 'expected an error, got a value' };
  if (value instanceof Promise) return { pass: false, reason: 'evaluation returned a Promise' };
  return matches(value, c.expected!) ? { pass: true } : { pass: false, reason: `wrong value (want ${Object.keys(c.expected!)[0]})` };
}

function runCelSpec(): void {
  if (!existsSync(CEL_SPEC_BASIC)) {
    console.log(`note: ${CEL_SPEC_BASIC} not found; skipping cel-spec cases`);
    return;
  }
  const data = JSON.parse(readFileSync(CEL_SPEC_BASIC, 'utf8')) as { cases: SpecCase[] };
  const checked = createKubernetesEnvironment();
  const unchecked = registerKubernetesLibrary(
    new Environment({ unlistedVariablesAreDyn: true, enableOptionalTypes: true, homogeneousAggregateLiterals: false }),
  );
  const byFile = new Report('cel-spec basic (per file)');
  const bySection = new Report('cel-spec basic (per section)');
  for (const c of data.cases) {
    let outcome: CaseOutcome;
    try {
      outcome = runSpecCase(c, checked, unchecked);
    } catch (error) {
      outcome = { pass: false, reason: `harness error: ${(error as Error).message}` };
    }
    const label = `${c.file}/${c.section}/${c.name}: ${c.expr}`;
    byFile.add(c.file, label, outcome);
    bySection.add(`${c.file} / ${c.section}`, label, { pass: outcome.pass, reason: outcome.reason });
  }
  if (verbose) bySection.print();
  byFile.print();
}

runK8sVectors();
runCelSpec();
