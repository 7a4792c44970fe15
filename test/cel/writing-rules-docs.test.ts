/**
 * docs/writing-rules.md lists the CEL functions rule authors can call, each with an example, and
 * the cel-go/Kubernetes functions they cannot. This keeps the page and the environment in step:
 * every listed example must compile and evaluate to true, every "not available" example must be
 * refused, and every function the environment registers must appear somewhere on the page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/cel/compile.js';
import { STRING_METHOD_ROUTES } from '../../src/cel/strings.js';
import { RE2_MATCHES } from '../../src/cel/regex.js';
import { createRuleEnvironment } from '../../src/engine/compile-rule.js';
import { env } from './run-expression.js';

const page = readFileSync(new URL('../../docs/writing-rules.md', import.meta.url), 'utf8');

/** The code span in column `column` of each table row between the section's markers. */
function examples(section: string, column: number): string[] {
  const body = page.split(`<!-- ${section}:begin -->`)[1]?.split(`<!-- ${section}:end -->`)[0] ?? '';
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && line.includes('`'))
    .map((line) => line.split(' | ')[column]!.trim().replace(/^`|`( \|)?$/g, '').replace(/\\\|/g, '|'));
}

const available = examples('functions', 1);
const unavailable = examples('unavailable', 1);

describe('docs/writing-rules.md functions table', () => {
  it('has examples to check', () => {
    expect(available.length).toBeGreaterThan(40);
    expect(unavailable.length).toBeGreaterThan(5);
  });

  it.each(available)('%s', (expression) => {
    const compiled = compileExpression(env, expression);
    expect(compiled.ok ? '' : compiled.error.message).toBe('');
    if (compiled.ok) expect(compiled.program.evaluate({ object: {} })).toBe(true);
  });
});

describe('docs/writing-rules.md "Not available" table', () => {
  it.each(unavailable)('%s is refused', (expression) => {
    expect(compileExpression(env, expression).ok).toBe(false);
  });
});

describe('every registered function is documented', () => {
  const internal = new Set(['__resilintEvaluator', RE2_MATCHES, ...Object.values(STRING_METHOD_ROUTES)]);
  // cel-js extras that cel-go lacks; rules that must also run in an apiserver should avoid them.
  const celJsOnly = new Set(['at', 'base64', 'hex', 'json']);
  // Conversions and type names documented by the "standard" rows as a group.
  const standard = new Set(['bool', 'bytes', 'double', 'duration', 'dyn', 'int', 'string', 'timestamp', 'type', 'uint', 'size']);

  it('names each function on the page, resilint\'s own (relations, Karpenter) included', () => {
    const ruleEnv = createRuleEnvironment({});
    const definitions = (ruleEnv.getDefinitions() as unknown as { functions: Array<{ name: string }> }).functions;
    const names = new Set(definitions.map((f) => f.name));
    const missing = [...names].filter(
      (name) => !internal.has(name) && !celJsOnly.has(name) && !standard.has(name) && !new RegExp(`\\b${name}\\b`).test(page),
    );
    expect(missing).toEqual([]);
  });
});
