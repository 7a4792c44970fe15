import type { ResilintConfig } from '../config/load-config.js';
import { configuredParam, effectiveSeverity } from '../config/rule-settings.js';
import { readConfig } from '../engine/lint.js';
import { IGNORE_ANNOTATION } from '../engine/suppress.js';
import { UsageError } from '../errors.js';
import { ruleDocsUrl } from '../version.js';
import { closestId } from '../rules/closest-id.js';
import type { RuleDefinition } from '../rules/rule-definition.js';
import { withoutSectionRefs } from '../rules/rule-docs.js';
import { SIMULATION_RULES } from '../simulate/findings.js';
import { loadAllRules, parseFlags, type CliIO } from './main.js';

/**
 * The rules a lint run with these flags would load: the built-in pack, the config's `policies`
 * and `--policies`, with the config (`--config`, else `.resilint.yaml` in the working directory).
 */
function loadConfiguredRules(v: Record<string, any>, io: CliIO) {
  const config = readConfig({ configFile: v.config }, io.cwd);
  const { rules, errors } = loadAllRules(io, [...(config.policies ?? []), ...(v.policies ?? [])], true);
  return { config, rules, errors };
}

/**
 * `resilint rules`: every rule with the severity it runs at under the config (or `off`) and its
 * description, then the problems `resilint simulate` reports (sim/*) in their own section: they
 * are findings too, but come from the simulator, not from a rule file.
 */
export function listRules(argv: string[], io: CliIO): number {
  const v = parseFlags(argv).values as Record<string, any>;
  const { config, rules, errors } = loadConfiguredRules(v, io);
  if (v.format === 'json') {
    const simulated = SIMULATION_RULES.map((r) => ({ id: r.id, severity: r.severity, defaultSeverity: r.severity, enabled: true, category: r.category, description: r.description, builtin: true }));
    const listed = rules.map((r) => {
      const { severity, enabled } = effectiveSeverity(r, config);
      return { id: r.id, severity, defaultSeverity: r.severity, enabled, category: r.category, description: r.description, builtin: r.builtin };
    });
    io.stdout(JSON.stringify([...listed, ...simulated], null, 2) + '\n');
  } else {
    const width = Math.max(...rules.map((r) => r.id.length), ...SIMULATION_RULES.map((r) => r.id.length), 10);
    let off = 0;
    let changed = 0;
    for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
      const e = effectiveSeverity(r, config);
      const note = !e.enabled ? `  (turned off in ${config.file})` : e.changed ? `  (default ${r.severity}; set in ${config.file})` : '';
      if (!e.enabled) off++;
      else if (e.changed) changed++;
      io.stdout(`${r.id.padEnd(width)}  ${(e.enabled ? e.severity : 'off').padEnd(7)}  ${r.description}${note}\n`);
    }
    const byConfig = [...(off ? [`${off} turned off`] : []), ...(changed ? [`${changed} with its severity changed`] : [])];
    io.stdout(`\n${rules.length} rules${byConfig.length ? ` (${byConfig.join(', ')} by ${config.file})` : ''}\n`);
    io.stdout('\nReported by `resilint simulate`:\n');
    for (const r of SIMULATION_RULES) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  }
  for (const e of errors) io.stderr(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  // The list is where a user looks up the right id, so a config typo is told here rather than stopping it.
  if (errors.length === 0) for (const line of unknownConfigRules(rules, config)) io.stderr(`resilint: notice: ${line}\n`);
  return errors.length ? 2 : 0;
}

function unknownConfigRules(rules: readonly RuleDefinition[], config: ResilintConfig): string[] {
  const known = rules.map((r) => r.id);
  return Object.keys(config.rules)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const guess = closestId(id, known);
      return `${config.locate(['rules', id])}: unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (a lint run stops on it)`;
    });
}

/** `resilint explain <rule-id>`: the rule's docs in the terminal, with what the config makes of it. */
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
  const { config, rules } = loadConfiguredRules(values as Record<string, any>, io);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const guess = closestId(id, [...rules.map((r) => r.id), ...SIMULATION_RULES.map((r) => r.id)]);
    throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint rules\`)`);
  }
  const params = Object.entries(rule.params).map(([n, p]) => {
    const set = configuredParam(rule, config, n);
    const fromConfig = set ? `; ${config.file}: ${JSON.stringify(set.value)}` : '';
    return `  ${n} (${p.type}, default ${JSON.stringify(p.default)}${fromConfig}): ${p.description}`;
  });
  io.stdout(
    [
      `${rule.id} (${severityText(rule, config)} ${rule.category})`,
      '',
      rule.description,
      '',
      ...(rule.supersedes?.length ? [`Supersedes ${rule.supersedes.join(', ')} where both report the same place.\n`] : []),
      rule.rationale ? `Why it matters:\n${withoutSectionRefs(rule.rationale.trim())}\n` : '',
      `How to fix: ${rule.remediation}`,
      params.length ? `\nParams:\n${params.join('\n')}` : '',
      '',
      // A `rule/validation` suppression is the finest a user can go; the config has no such level.
      `Validations (${IGNORE_ANNOTATION}: "${rule.id}/<validation>" suppresses one on an object; the config sets the whole rule):`,
      ...rule.validations.map((val) => `  ${val.id}${val.severity ? ` (${val.severity})` : ''}`),
      '',
      `Docs: ${rule.builtin ? ruleDocsUrl(rule.id) : (rule.links[0] ?? rule.source.file)}`,
      ...rule.links.map((l) => `      ${l}`),
      '',
    ].join('\n'),
  );
  return 0;
}

/** `warning`, or `error in .resilint.yaml, default warning;` (the `;` keeps the category apart), or `off in …`. */
function severityText(rule: RuleDefinition, config: ResilintConfig): string {
  const e = effectiveSeverity(rule, config);
  if (!e.enabled) return `off in ${config.file}, default ${rule.severity};`;
  return e.changed ? `${e.severity} in ${config.file}, default ${rule.severity};` : `${rule.severity},`;
}
