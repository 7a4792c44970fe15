import type { RuleTestCase } from '../testing/rule-tester.js';
import type { RuleDefinition } from './rule-definition.js';

export const GENERATED_NOTE = '<!-- Generated from rule.yaml and tests.yaml by `npm run docs`; edit those, not this file. -->';

/**
 * A rule's README, generated from its rule.yaml (docs, params) and tests.yaml (the `doc: true`
 * cases), so descriptions live in one place and every example shown is one the tests run.
 */
export function ruleReadme(rule: RuleDefinition, cases: RuleTestCase[]): string {
  const incorrect = cases.find((c) => c.kind === 'invalid' && c.doc) ?? cases.find((c) => c.kind === 'invalid');
  const correct = cases.find((c) => c.kind === 'valid' && c.doc) ?? cases.find((c) => c.kind === 'valid');
  const params = Object.entries(rule.params);
  const lines = [
    GENERATED_NOTE,
    `# ${rule.id}`,
    '',
    `**Severity:** ${rule.severity} · **Category:** ${rule.category}`,
    '',
    rule.description,
    '',
    ...(rule.supersedes?.length
      ? [`Where it reports the same place as ${rule.supersedes.map((id) => `\`${id}\``).join(' or ')}, only this rule's finding is shown (the other is kept, marked suppressed).`, '']
      : []),
    '## Why it matters',
    '',
    withoutSectionRefs((rule.rationale ?? rule.description).trim()),
    '',
    '## How to fix',
    '',
    rule.remediation,
    '',
  ];
  if (incorrect) {
    lines.push('## Example', '', `❌ Incorrect (${withoutSectionRefs(incorrect.name)}):`, '', '```yaml', incorrect.manifests.trimEnd(), '```', '');
  }
  if (correct) lines.push(`✅ Correct (${withoutSectionRefs(correct.name)}):`, '', '```yaml', correct.manifests.trimEnd(), '```', '');
  if (params.length) {
    lines.push('## Options', '', '| param | type | default | description |', '| --- | --- | --- | --- |');
    for (const [name, p] of params) lines.push(`| \`${name}\` | ${p.type} | \`${JSON.stringify(p.default)}\` | ${p.description} |`);
    lines.push('', 'Set them in `.resilint.yaml`:', '', '```yaml', 'rules:', `  ${rule.id}:`, '    params:', ...params.map(([n, p]) => `      ${n}: ${JSON.stringify(p.default)}`), '```', '');
  }
  lines.push('## Suppressing', '', `Annotate the object with \`resilint.io/ignore: "${rule.id}"\` (and \`resilint.io/ignore-reason\`), or turn the rule off in \`.resilint.yaml\` with \`rules: {${rule.id}: off}\`.`, '');
  if (rule.links.length) lines.push('## References', '', ...rule.links.map((l) => `- ${l}`), '');
  return lines.join('\n');
}

/** `policies/README.md`: the index of the built-in pack. */
export function policiesIndex(rules: RuleDefinition[]): string {
  const sorted = [...rules].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  return [
    GENERATED_NOTE,
    '# Built-in rules',
    '',
    `${rules.length} rules. Each folder holds \`rule.yaml\` (the rule, in CEL), \`tests.yaml\` (its cases, run by \`npx resilint test\`) and \`README.md\`.`,
    '',
    '| rule | category | severity | description |',
    '| --- | --- | --- | --- |',
    ...sorted.map((r) => `| [${r.id}](${r.id}/README.md) | ${r.category} | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}

const SECTION = String.raw`(?:(?:kubernetes-semantics|semantics doc)\s+)?[AB]\.\d+(?:\.\d+)*`;

/**
 * Rule rationales cite the sections of the developers' semantics notes (`(B.1.3)`,
 * `(kubernetes-semantics B.4)`), which users do not have: readers get the text without them.
 * The rule file keeps them for whoever maintains the rule.
 */
export function withoutSectionRefs(text: string): string {
  return text
    .replace(new RegExp(String.raw`\s*\(${SECTION}(?:\s*,\s*${SECTION})*\)`, 'g'), '')
    .replace(new RegExp(String.raw`\(${SECTION}\s*[,;:]\s*`, 'g'), '(')
    .replace(new RegExp(String.raw`\s*[,;:]?\s*${SECTION}(?=\))`, 'g'), '')
    .replace(new RegExp(String.raw`\s*${SECTION}`, 'g'), '');
}
