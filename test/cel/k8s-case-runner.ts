/**
 * Runs one Kubernetes CEL library vector (the shape of k8s_cel_library_cases.json) against our
 * environment. Shared by the conformance test and scripts/conformance-cel.ts.
 *
 * Matching rules, kept deliberately close to the upstream tests:
 * - `expected`: the result must equal the value with CEL equality (quantities by value).
 * - `expected_runtime_error_regex` / `_exact`: compiling succeeds, evaluating throws that message.
 * - `expected_compile_error_regexes`: compiling fails with a message matching every regex.
 * - `expected_error_contains` (CRD rules): compiling or evaluating fails and the message contains
 *   the text, after removing the wrapper the apiextensions validator adds around library errors
 *   ("compile error: program instantiation failed: ").
 * cel-go and cel-js word "no matching overload" differently (`'sum' applied to 'list(string).()'`
 * vs `'list.sum()'`); such expectations are met when both name the same function.
 */
import { Optional, type Environment } from '@marcbachmann/cel-js';
import { compileExpression } from '../../src/cel/compile.js';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';
import { CIDR } from '../../src/cel/cidr.js';
import { IPAddress } from '../../src/cel/ip-address.js';
import { Quantity } from '../../src/cel/quantity.js';
import { celEquals } from '../../src/cel/runtime-values.js';
import { Semver } from '../../src/cel/semver.js';
import { toCel } from '../../src/cel/values.js';

export interface K8sCase {
  id: number;
  library: string;
  group?: string;
  name?: string;
  expression: string;
  self?: unknown;
  selfRef?: string;
  expected?: { type: string; value: unknown };
  expected_runtime_error_regex?: string;
  expected_runtime_error_exact?: string;
  expected_compile_error_regexes?: string[];
  expected_error_contains?: string;
}

export interface CaseOutcome {
  pass: boolean;
  /** Why it failed, in one line. */
  reason?: string;
}

export interface CaseContext {
  selves?: Record<string, unknown>;
  selfFieldTypes?: Record<string, Record<string, string>>;
}

const baseEnv = createKubernetesEnvironment();
const selfEnv: Environment = baseEnv.clone().registerVariable('self', 'dyn');

/** Applies OpenAPI formats the way Kubernetes does: `number` lists are doubles, `duration`/`date` strings become CEL values. */
function typedSelf(raw: unknown, fieldTypes: Record<string, string> | undefined): unknown {
  const self = toCel(raw) as Record<string, unknown>;
  if (!fieldTypes) return self;
  const out: Record<string, unknown> = { ...self };
  for (const [field, type] of Object.entries(fieldTypes)) {
    const items = (raw as Record<string, unknown[]>)[field];
    if (!Array.isArray(items)) continue;
    if (type === 'list<double>') out[field] = items.map(Number);
    if (type === 'list<duration>') out[field] = items.map((s) => baseEnv.evaluate(`duration(${JSON.stringify(s)})`));
    if (type === 'list<date>') out[field] = items.map((s) => baseEnv.evaluate(`timestamp("${s}T00:00:00Z")`));
  }
  return out;
}

function expectedValue(expected: { type: string; value: unknown }): unknown {
  if (expected.type === 'kubernetes.Quantity') return Quantity.parse(String(expected.value));
  if (expected.type === 'net.IP') return IPAddress.parse(String(expected.value));
  if (expected.type === 'net.CIDR') return CIDR.parse(String(expected.value));
  if (expected.type === 'kubernetes.Semver') return Semver.parse(String(expected.value));
  if (expected.type.startsWith('optional')) {
    return expected.value === null ? Optional.none() : Optional.of(toCel(expected.value));
  }
  return toCel(expected.value);
}

function sameOverloadComplaint(pattern: string, message: string): boolean {
  const wanted = /no matching overload for '([^']+)'/.exec(pattern)?.[1];
  if (!wanted || !message.includes('no matching overload')) return false;
  return new RegExp(`[.' ]${wanted}\\(`).test(message);
}

function messageMatches(pattern: string, message: string): boolean {
  return new RegExp(pattern).test(message) || sameOverloadComplaint(pattern, message);
}

const K8S_WRAPPERS = ['compile error: program instantiation failed: ', 'compile error: '];

function containsExpected(expected: string, message: string): boolean {
  if (message.includes(expected)) return true;
  for (const wrapper of K8S_WRAPPERS) {
    if (expected.startsWith(wrapper) && message.includes(expected.slice(wrapper.length))) return true;
  }
  return sameOverloadComplaint(expected.replace(/[()]/g, '\\$&'), message);
}

function errorText(error: unknown): string {
  const e = error as { summary?: string; message?: string };
  return e.summary ?? e.message ?? String(error);
}

export function runK8sCase(c: K8sCase, context: CaseContext = {}): CaseOutcome {
  const rawSelf = c.self ?? (c.selfRef ? context.selves?.[c.selfRef] : undefined);
  const env = rawSelf === undefined ? baseEnv : selfEnv;
  const compiled = compileExpression(env, c.expression);
  const wantsCompileError = c.expected_compile_error_regexes !== undefined;

  if (!compiled.ok) {
    const message = compiled.error.message;
    if (wantsCompileError) {
      const missed = c.expected_compile_error_regexes!.find((p) => !messageMatches(p, message));
      return missed ? { pass: false, reason: `compile error text differs: ${message}` } : { pass: true };
    }
    if (c.expected_error_contains !== undefined && containsExpected(c.expected_error_contains, message)) return { pass: true };
    return { pass: false, reason: `compile error: ${message}` };
  }
  if (wantsCompileError) return { pass: false, reason: 'expected a compile error, but it compiled' };

  let result: unknown;
  try {
    const activation = rawSelf === undefined ? {} : { self: typedSelf(rawSelf, c.selfRef ? context.selfFieldTypes?.[c.selfRef] : undefined) };
    result = compiled.program.evaluate(activation);
  } catch (error) {
    const message = errorText(error);
    if (c.expected_runtime_error_regex !== undefined && messageMatches(c.expected_runtime_error_regex, message)) return { pass: true };
    if (c.expected_runtime_error_exact !== undefined && message === c.expected_runtime_error_exact) return { pass: true };
    if (c.expected_error_contains !== undefined && containsExpected(c.expected_error_contains, message)) return { pass: true };
    return { pass: false, reason: `runtime error: ${message.split('\n')[0]}` };
  }

  if (c.expected) {
    return celEquals(result, expectedValue(c.expected))
      ? { pass: true }
      : { pass: false, reason: `wrong value: got ${String(result)}` };
  }
  return { pass: false, reason: `expected an error, got ${String(result)}` };
}
