import { UsageError } from '../errors.js';
import { ruleDocsUrl } from '../version.js';
import { closestId } from '../rules/closest-id.js';
import { withoutSectionRefs } from '../rules/rule-docs.js';
import { SIMULATION_RULES } from '../simulate/findings.js';
import { loadAllRules, parseFlags, type CliIO } from './main.js';

/**
 * `resilint rules`: every rule with its default severity and description, then the problems `resilint simulate`
 * reports (sim/*) in their own section: they are findings too, but come from the simulator, not from a rule file.
 */
export function listRules(argv: string[], io: CliIO): number {
  const { values } = parseFlags(argv);
  const v = values as Record<string, any>;
  const { rules, errors } = loadAllRules(io, v.policies ?? [], true);
  if (v.format === 'json') {
    const simulated = SIMULATION_RULES.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description, builtin: true }));
    io.stdout(JSON.stringify([...rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description, builtin: r.builtin })), ...simulated], null, 2) + '\n');
  } else {
    const width = Math.max(...rules.map((r) => r.id.length), ...SIMULATION_RULES.map((r) => r.id.length), 10);
    for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
      io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
    }
    io.stdout(`\n${rules.length} rules\n`);
    io.stdout('\nReported by `resilint simulate`:\n');
    for (const r of SIMULATION_RULES) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  }
  for (const e of errors) io.stderr(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  return errors.length ? 2 : 0;
}

/** `resilint explain <rule-id>`: the rule's docs in the terminal. */
export function explainRule(argv: string[], io: CliIO): number {
  const { values, positionals } = parseFlags(argv);
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id, e.g. `resilint explain pdb-blocks-drain`');
  const simulated = SIMULATION_RULES.find((r) => r.id === id);
  if (simulated) {
    io.stdout(
      [
        `${simulated.id} (${simulated.severity}, reported by resilint simulate)`,
        '',
        simulated.description,
        '',
        `Why it matters:\n${simulated.rationale}\n`,
        `How to fix: ${simulated.remediation} Each finding says what to change in its own case.`,
        '',
        `Docs: ${simulated.docsUrl}`,
        '',
      ].join('\n'),
    );
    return 0;
  }
  const { rules } = loadAllRules(io, (values as any).policies ?? [], true);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const guess = closestId(id, [...rules.map((r) => r.id), ...SIMULATION_RULES.map((r) => r.id)]);
    throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint rules\`)`);
  }
  const params = Object.entries(rule.params);
  io.stdout(
    [
      `${rule.id} (${rule.severity}, ${rule.category})`,
      '',
      rule.description,
      '',
      ...(rule.supersedes?.length ? [`Supersedes ${rule.supersedes.join(', ')} where both report the same place.\n`] : []),
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
