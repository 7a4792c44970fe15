import { UsageError } from '../errors.js';
import { ruleDocsUrl } from '../version.js';
import { withoutSectionRefs } from '../rules/rule-docs.js';
import { loadAllRules, parseFlags, type CliIO } from './main.js';

/** `resilint rules`: every rule with its default severity and description. */
export function listRules(argv: string[], io: CliIO): number {
  const { values } = parseFlags(argv);
  const v = values as Record<string, any>;
  const { rules, errors } = loadAllRules(io, v.policies ?? [], true);
  if (v.format === 'json') {
    io.stdout(JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description, builtin: r.builtin })), null, 2) + '\n');
  } else {
    const width = Math.max(...rules.map((r) => r.id.length), 10);
    for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
      io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
    }
    io.stdout(`\n${rules.length} rules\n`);
  }
  for (const e of errors) io.stderr(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  return errors.length ? 2 : 0;
}

/** `resilint explain <rule-id>`: the rule's docs in the terminal. */
export function explainRule(argv: string[], io: CliIO): number {
  const { values, positionals } = parseFlags(argv);
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id, e.g. `resilint explain pdb-blocks-drain`');
  const { rules } = loadAllRules(io, (values as any).policies ?? [], true);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const guess = closestId(id, rules.map((r) => r.id));
    throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint rules\`)`);
  }
  const params = Object.entries(rule.params);
  io.stdout(
    [
      `${rule.id} (${rule.severity}, ${rule.category})`,
      '',
      rule.description,
      '',
      rule.rationale ? `Why it matters:\n${withoutSectionRefs(rule.rationale.trim())}\n` : '',
      `How to fix: ${rule.remediation}`,
      params.length ? `\nParams:\n${params.map(([n, p]) => `  ${n} (${p.type}, default ${JSON.stringify(p.default)}): ${p.description}`).join('\n')}` : '',
      '',
      `Docs: ${rule.builtin ? ruleDocsUrl(rule.id) : (rule.links[0] ?? rule.source.file)}`,
      ...rule.links.map((l) => `      ${l}`),
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * The known id nearest to a mistyped or cut-short one (`pdb-blok` → `pdb-blocks-drain`): edit
 * distance to the whole id, or to its start plus one, at most a third of what was typed.
 */
export function closestId(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const id of known) {
    const d = Math.min(editDistance(typed, id), editDistance(typed, id.slice(0, typed.length)) + 1);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
