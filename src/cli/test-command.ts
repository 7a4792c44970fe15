import { emptyConfig } from '../config/load-config.js';
import { prepareRules } from '../engine/lint.js';
import { UsageError } from '../errors.js';
import { coverageProblems, readRuleTests, RuleTestFileError, runRuleCase } from '../testing/rule-tester.js';
import { loadAllRules, parseFlags, type CliIO } from './main.js';

/**
 * `resilint test [dir...]`: runs every rule's tests.yaml (the built-in pack when no folder is
 * given), printing pass/fail per case. Exit 1 when a case fails, 2 when a rule does not load.
 */
export function runTestsCommand(argv: string[], io: CliIO): number {
  const { positionals } = parseFlags(argv);
  const builtin = positionals.length === 0;
  const { rules, errors } = loadAllRules(io, positionals, builtin);
  for (const e of errors) io.stderr(`${e.file}:${e.line}:${e.column}: error: ${e.message}\n`);
  let passed = 0;
  let failed = 0;
  for (const rule of rules) {
    // A rule whose CEL does not compile is a rule error (exit 2), reported at its file and line.
    const compileErrors = prepareRules([rule], emptyConfig()).errors;
    if (compileErrors.length) {
      for (const e of compileErrors) io.stderr(`${e.file}:${e.line}:${e.column}: error: ${e.message}\n`);
      errors.push(...compileErrors);
      continue;
    }
    let cases;
    try {
      cases = readRuleTests(rule);
    } catch (error) {
      if (error instanceof RuleTestFileError) throw new UsageError(error.message);
      throw error;
    }
    if (cases.length === 0) {
      io.stdout(`? ${rule.id}: no tests.yaml beside ${rule.source.file}\n`);
      failed++;
      continue;
    }
    for (const c of cases) {
      const r = runRuleCase(rule, c);
      if (r.passed) passed++;
      else failed++;
      io.stdout(`${r.passed ? '✓' : '✗'} ${rule.id} › ${c.kind} › ${c.name}\n`);
      for (const p of r.problems) io.stdout(`    ${p}\n`);
    }
    const uncovered = coverageProblems(rule, cases);
    if (uncovered.length) {
      failed++;
      io.stdout(`✗ ${rule.id} › coverage\n`);
      for (const p of uncovered) io.stdout(`    ${p}\n`);
    }
  }
  // A rule that does not load runs no case: say so in the summary, not only on stderr.
  const broken = new Set(errors.map((e) => e.file)).size;
  io.stdout(`\n${passed} passed, ${failed} failed${broken ? `, ${broken} rule file(s) with errors (not run)` : ''}\n`);
  if (errors.length) return 2;
  return failed ? 1 : 0;
}
