/**
 * Conformance of resilint's admission-policy adapter against the policies' own tests:
 * every policy folder of the Kyverno policy corpus with a `.kyverno-test/kyverno-test.yaml`
 * (which resource must pass, fail or skip), and the ValidatingAdmissionPolicy examples of the
 * Kubernetes website. Prints loaded vs skipped policies (with reasons), agreement per result and
 * per policy, and every disagreement with its cause.
 *
 * Run: node --import tsx scripts/conformance-kyverno.ts [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { adaptAdmissionPolicies, attachAdmissionRules } from '../src/admission/adapt-admission-policies.js';
import { emptyConfig } from '../src/config/load-config.js';
import { lintObjects, prepareRules } from '../src/engine/lint.js';
import { loadManifests } from '../src/load/load-manifests.js';
import type { Finding, ManifestObject } from '../src/model/types.js';
import { loadRules } from '../src/rules/load-rules.js';

const SHARED = process.env.RESILINT_SHARED ?? path.resolve(import.meta.dirname, '../../shared');
const KYVERNO = path.join(SHARED, 'corpora/kyverno-policies');
const WEBSITE = path.join(SHARED, 'corpora/kubernetes-website/content/en/examples');
const verbose = process.argv.includes('--verbose');

if (!existsSync(KYVERNO)) {
  console.log(`note: ${KYVERNO} not found; nothing to measure.`);
  process.exit(0);
}

interface Outcome {
  result: 'pass' | 'fail' | 'skip' | 'error';
  detail?: string;
}

/** Lints resources with the given policy files, keeping what the adapter skipped and what each rule saw. */
function run(cwd: string, policyFiles: string[], resourceFiles: string[]) {
  const loaded = loadManifests(resourceFiles, { cwd });
  const { rules, errors, otherObjects } = loadRules(policyFiles.map((dir) => ({ dir, builtin: false })), cwd);
  const admission = adaptAdmissionPolicies(otherObjects, loaded.objects);
  const prepared = prepareRules([...rules, ...admission.rules.map((a) => a.rule)], emptyConfig(), [...errors, ...admission.errors]);
  attachAdmissionRules(prepared, admission.rules);
  const applied = new Set<string>();
  for (const [id, filter] of prepared.filters ?? []) {
    prepared.filters!.set(id, (o: ManifestObject) => {
      const yes = filter(o);
      if (yes) applied.add(`${id}|${o.kind}|${o.name}`);
      return yes;
    });
  }
  const result = lintObjects(loaded, prepared);
  return { result, admission, applied, loaded, prepared };
}

/** Rule ids resilint gives a Kyverno policy's rule, autogen variants included. */
function candidateIds(policy: string, rule: string | undefined): string[] {
  if (!rule) return [`kyverno/${policy}`, `kyverno/${policy}/autogen`, `kyverno/${policy}/autogen-cronjob`];
  const base = rule.replace(/^autogen-cronjob-|^autogen-/, '');
  return [`kyverno/${policy}/${base}`, `kyverno/${policy}/autogen-${base}`, `kyverno/${policy}/autogen-cronjob-${base}`];
}

function outcomeOf(ids: string[], kind: string, name: string, findings: Finding[], applied: Set<string>): Outcome {
  const on = findings.filter((f) => f.object?.kind === kind && f.object.name === name);
  const err = on.find((f) => f.ruleId === 'rule-error' && ids.includes(f.validation ?? ''));
  if (err) return { result: 'error', detail: err.message };
  const fail = on.find((f) => ids.includes(f.ruleId));
  if (fail) return { result: 'fail', detail: fail.message };
  return { result: ids.some((id) => applied.has(`${id}|${kind}|${name}`)) ? 'pass' : 'skip' };
}

interface Tally { agree: number; total: number }
const byResult: Record<string, Tally> = {};
const perPolicy: Array<{ dir: string; agree: number; total: number; skipped: string[] }> = [];
const disagreements: string[] = [];
const loadedPolicies = new Set<string>();
const skippedReasons = new Map<string, number>();
let skippedPolicies = 0;

const index: any[] = JSON.parse(readFileSync(path.join(KYVERNO, 'INDEX.json'), 'utf8'));
for (const entry of index) {
  if (!entry.kyverno_test) continue;
  const testFile = path.join(KYVERNO, entry.kyverno_test);
  const testDir = path.dirname(testFile);
  const test: any = yaml.load(readFileSync(testFile, 'utf8'));
  const policies: string[] = (test.policies ?? []).filter((p: string) => existsSync(path.join(testDir, p)));
  const resources: string[] = (test.resources ?? []).filter((p: string) => existsSync(path.join(testDir, p)));
  const { result, admission, applied, prepared } = run(testDir, policies, resources);
  const skipped = admission.skipped.map((s) => `${s.policy}${s.rule ? `/${s.rule}` : ''}: ${s.reason}`);
  for (const s of admission.skipped) skippedReasons.set(s.reason, (skippedReasons.get(s.reason) ?? 0) + 1);
  const compiledIds = new Set(prepared.compiled.map((c) => c.rule.id));
  const anyLoaded = admission.rules.some((r) => compiledIds.has(r.rule.id));
  if (anyLoaded) loadedPolicies.add(entry.dir);
  else skippedPolicies++;
  const ruleErrors = result.findings.filter((f) => f.ruleId === 'rule-error' && !f.object);
  const tally = { dir: entry.dir, agree: 0, total: 0, skipped };
  for (const r of test.results ?? []) {
    const names: string[] = r.resources ?? (r.resource ? [r.resource] : []);
    for (const full of names) {
      const name = full.split('/').pop()!;
      const expected: string = r.result;
      const ids = candidateIds(r.policy, r.isValidatingPolicy ? undefined : r.rule);
      const ours = outcomeOf(ids, r.kind, name, result.findings, applied);
      // A Kyverno "skip" (precondition false) and a resilint pass both produce no finding.
      // An evaluation error under failurePolicy Fail denies the request, which Kyverno reports as a fail.
      const agree = expected === ours.result || (expected === 'skip' && ours.result === 'pass') || (expected === 'fail' && ours.result === 'error');
      const t = (byResult[expected] ??= { agree: 0, total: 0 });
      t.total++;
      tally.total++;
      if (agree) {
        t.agree++;
        tally.agree++;
        continue;
      }
      const cause =
        ours.result === 'error' ? `evaluation error: ${ours.detail}`
        : ruleErrors.length ? `rule error: ${ruleErrors[0]!.message}`
        : skipped.length && ours.result === 'skip' ? `skipped: ${skipped.join('; ')}`
        : ours.result === 'skip' ? 'rule did not match the resource'
        : ours.result === 'fail' ? `resilint failed it: ${ours.detail}`
        : 'resilint passed it';
      disagreements.push(`${entry.dir}: ${r.policy}${r.rule ? `/${r.rule}` : ''} ${r.kind}/${name} expected ${expected}, got ${ours.result} — ${cause}`);
    }
  }
  perPolicy.push(tally);
}

const total = Object.values(byResult).reduce((a, t) => ({ agree: a.agree + t.agree, total: a.total + t.total }), { agree: 0, total: 0 });
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log('# Kyverno policies (kyverno-test.yaml expectations)');
console.log(`policy folders with tests: ${perPolicy.length}; loaded: ${loadedPolicies.size}; entirely skipped: ${skippedPolicies}`);
console.log('skip reasons (policies or rules):');
for (const [reason, n] of [...skippedReasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${reason}`);
console.log('agreement per expected result:');
for (const [k, t] of Object.entries(byResult)) console.log(`  ${k}: ${t.agree}/${t.total} (${pct(t.agree, t.total)})`);
console.log(`  all: ${total.agree}/${total.total} (${pct(total.agree, total.total)})`);
const perfect = perPolicy.filter((p) => p.agree === p.total).length;
console.log(`per policy: ${perfect}/${perPolicy.length} folders fully agree (${pct(perfect, perPolicy.length)})`);
console.log(`  (skip counts as agreement when resilint reports nothing: a false precondition and a pass look alike)`);
if (verbose) for (const p of perPolicy) console.log(`  ${p.dir}: ${p.agree}/${p.total}${p.skipped.length ? ` [skipped ${p.skipped.join('; ')}]` : ''}`);
console.log(`disagreements (${disagreements.length}):`);
for (const d of disagreements) console.log(`  - ${d}`);

console.log('\n# ValidatingAdmissionPolicy examples (kubernetes/website)');
if (!existsSync(WEBSITE)) {
  console.log(`note: ${WEBSITE} not found.`);
} else {
  // Each example is self-contained and several reuse one policy name, so each policy file runs on
  // its own, with every binding and param example beside it.
  const bindings = ['validatingadmissionpolicy/basic-example-binding.yaml', 'validatingadmissionpolicy/binding-with-param.yaml', 'validatingadmissionpolicy/replicalimit-param.yaml'];
  const policyFiles = ['validatingadmissionpolicy', 'access', 'access/manifest-admission-control'].flatMap((d) =>
    readdirSync(path.join(WEBSITE, d)).filter((f) => /\.ya?ml$/.test(f) && !bindings.includes(`${d}/${f}`)).map((f) => `${d}/${f}`),
  );
  const manifests = ['validatingadmissionpolicy/replicalimit-param.yaml', 'application/php-apache.yaml', 'application/web/web.yaml', 'application/zookeeper/zookeeper.yaml'];
  const findings: Finding[] = [];
  for (const file of policyFiles) {
    const { result, admission, prepared } = run(WEBSITE, [file, ...bindings], manifests);
    const compiled = prepared.compiled.filter((c) => c.rule.id.startsWith('vap/')).map((c) => c.rule.id);
    console.log(`${file}: ${compiled.length ? `rules ${compiled.join(', ')}` : 'no rule'}${admission.skipped.map((s) => `; skipped ${s.policy}: ${s.reason}`).join('')}`);
    for (const f of result.findings.filter((x) => x.ruleId === 'rule-error' || x.ruleId === 'parse-error' || x.ruleId.startsWith('vap/'))) {
      console.log(`    ${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column}${f.fieldPath ? ` ${f.fieldPath}` : ''} ${f.message}`);
    }
    findings.push(...result.findings);
  }
  const result = { findings };
  const typo = result.findings.find((f) => f.ruleId === 'rule-error' && /startWith/.test(f.message));
  console.log(typo ? `startWith typo reported as rule error at ${typo.file}:${typo.line}` : 'startWith typo NOT reported');
}
