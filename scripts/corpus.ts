/**
 * `npm run corpus`: runs the built-in pack over the real manifests in ../shared/corpora and prints,
 * per corpus, objects loaded, parse errors, rule errors and findings per rule. A rule error or a
 * crash here is a bug to fix at its root; findings per rule are read by hand for false positives.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../src/engine/lint.js';

const shared = path.resolve(process.cwd(), '..', 'shared', 'corpora');
const CORPORA = ['microservices-demo', 'kube-prometheus', 'kubernetes-examples', 'kubernetes-website', 'karpenter-examples', 'eksctl', 'kube-linter', 'polaris', 'kube-score'];

if (!existsSync(shared)) {
  console.log('../shared/corpora is not present: nothing to measure.');
  process.exit(0);
}
const totals = new Map<string, number>();
let crashed = 0;
for (const name of CORPORA) {
  const dir = path.join(shared, name);
  if (!existsSync(dir)) continue;
  try {
    const started = performance.now();
    const r = lint({ paths: [dir], cwd: shared });
    const byRule = new Map<string, number>();
    for (const f of r.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    for (const [k, v] of byRule) totals.set(k, (totals.get(k) ?? 0) + v);
    const parseErrors = byRule.get('parse-error') ?? 0;
    const ruleErrors = byRule.get('rule-error') ?? 0;
    console.log(`${name}: ${r.summary.objects} objects in ${r.summary.files} files, ${parseErrors} parse errors, ${ruleErrors} rule errors, ${r.summary.skippedFiles} skipped templates, ${(performance.now() - started).toFixed(0)} ms`);
    for (const [rule, n] of [...byRule].filter(([k]) => k !== 'parse-error' && k !== 'rule-error').sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(5)}  ${rule}`);
  } catch (error) {
    crashed++;
    console.log(`${name}: CRASH ${(error as Error).stack}`);
  }
}
console.log('\nall corpora, findings per rule:');
for (const [rule, n] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${rule}`);
console.log(`${crashed} crashed`);
process.exitCode = crashed ? 1 : 0;
