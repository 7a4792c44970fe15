/**
 * `npm run corpus`: runs the built-in pack over the real manifests in ../shared/corpora and prints,
 * per corpus, objects loaded, parse errors, rule errors and findings per rule. A rule error or a
 * crash here is a bug to fix at its root; findings per rule are read by hand for false positives.
 *
 * Each corpus is linted in scopes that match how its files are meant to be applied. Peers' test
 * fixtures and docs examples are unrelated files that all default to namespace `default`; linted
 * together, a PDB from one fixture "selects" a Deployment from another and cross-object rules
 * (pdb-overlap, pdb-missing, hpa-target-missing) report pairs that never meet. So those are linted
 * one file at a time, example collections one folder at a time, and real applications as a whole.
 *
 * Run: node --import tsx scripts/corpus.ts [--verbose]   (--verbose lists every finding)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lintObjects, type PreparedRules } from '../src/engine/lint.js';
import { discoverFiles } from '../src/load/discover.js';
import { loadManifests } from '../src/load/load-manifests.js';
import type { Finding, LintResult } from '../src/model/types.js';
import { CORPORA_DIR, prepareBuiltinPack } from './lib/shared-corpora.js';

/** How a corpus's files belong together: one scope per file, per folder, or the whole corpus. */
type ScopeMode = 'file' | 'directory' | 'whole';

const CORPORA: readonly { name: string; scope: ScopeMode }[] = [
  // One application, applied together.
  { name: 'kube-prometheus', scope: 'whole' },
  // kubernetes-manifests/, release/ and kustomize/ hold the same app several times over: one folder, one rendering or component.
  { name: 'microservices-demo', scope: 'directory' },
  // Each folder is one example application.
  { name: 'kubernetes-examples', scope: 'directory' },
  // Docs snippets: each file is shown on its own (the zookeeper PDB files are alternatives to each other).
  { name: 'kubernetes-website', scope: 'file' },
  { name: 'karpenter-examples', scope: 'file' },
  { name: 'eksctl', scope: 'file' },
  // Peers' test fixtures: each file is its own test case.
  { name: 'kube-linter', scope: 'file' },
  { name: 'polaris', scope: 'file' },
  { name: 'kube-score', scope: 'file' },
];

const INDEX_FILES = ['**/INDEX.json', '**/FILE_COMMITS.json', '**/*expectations.json', '**/*_cases.json'];

/** Lints some files as if they were the only manifests (namespace `default` for unnamed ones). */
function lintScope(prepared: PreparedRules, files: readonly string[], cwd: string): LintResult {
  return lintObjects(loadManifests(files, { cwd }), prepared);
}

/**
 * Manifest files below `dir`, relative to `cwd`, chosen as the CLI chooses them; the DERIVED
 * index files (INDEX.json, expectations) describe fixtures and are not manifests.
 */
function manifestFiles(dir: string, cwd: string): string[] {
  return discoverFiles([path.relative(cwd, dir)], { cwd, exclude: INDEX_FILES });
}

function scopesOf(files: string[], mode: ScopeMode): string[][] {
  if (mode === 'whole') return [files];
  if (mode === 'file') return files.map((f) => [f]);
  const byDir = new Map<string, string[]>();
  for (const f of files) {
    const d = path.dirname(f);
    byDir.set(d, [...(byDir.get(d) ?? []), f]);
  }
  return [...byDir.values()];
}

function main(): void {
  if (!existsSync(CORPORA_DIR)) {
    console.log(`${CORPORA_DIR} is not present: nothing to measure.`);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const prepared = prepareBuiltinPack();
  const totals = new Map<string, number>();
  let crashed = 0;
  let ruleErrors = 0;
  for (const { name, scope } of CORPORA) {
    const dir = path.join(CORPORA_DIR, name);
    if (!existsSync(dir)) continue;
    const started = performance.now();
    const byRule = new Map<string, number>();
    const errors: Finding[] = [];
    const shown: Finding[] = [];
    let objects = 0;
    const files = manifestFiles(dir, CORPORA_DIR);
    const scopes = scopesOf(files, scope);
    for (const scopeFiles of scopes) {
      try {
        const result = lintScope(prepared, scopeFiles, CORPORA_DIR);
        objects += result.summary.objects;
        for (const f of result.findings) {
          byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
          if (f.ruleId === 'rule-error') errors.push(f);
          else if (f.ruleId !== 'parse-error') shown.push(f);
        }
      } catch (error) {
        crashed++;
        console.log(`${name} ${scopeFiles[0]}: CRASH ${(error as Error).stack}`);
      }
    }
    for (const [k, v] of byRule) totals.set(k, (totals.get(k) ?? 0) + v);
    ruleErrors += errors.length;
    const ms = (performance.now() - started).toFixed(0);
    console.log(
      `${name}: ${objects} objects in ${files.length} files, ${scopes.length} scope(s) by ${scope}, ` +
        `${byRule.get('parse-error') ?? 0} parse errors, ${errors.length} rule errors, ${ms} ms`,
    );
    for (const [rule, n] of [...byRule].filter(([k]) => k !== 'parse-error' && k !== 'rule-error').sort((a, b) => b[1] - a[1])) {
      console.log(`    ${String(n).padStart(5)}  ${rule}`);
    }
    for (const e of errors) console.log(`    rule-error ${e.file}:${e.line} ${e.message}`);
    if (verbose) for (const f of shown) console.log(`      ${f.ruleId} ${f.file}:${f.line} ${f.fieldPath ?? ''} ${f.message}`);
  }
  console.log('\nall corpora, findings per rule:');
  for (const [rule, n] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${rule}`);
  console.log(`${ruleErrors} rule errors, ${crashed} crashed`);
  process.exitCode = crashed ? 1 : 0;
}

// Importable by scripts/peer-agreement.ts without running the measurement.
main();
