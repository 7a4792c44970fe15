import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { applySimulation } from '../../src/action/simulation.js';
import type { LintResult } from '../../src/model/types.js';

const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/github/workspace');

function emptyResult(): LintResult {
  return {
    findings: [],
    rules: [],
    summary: { files: 0, objects: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0, skippedDocuments: 0, skippedFiles: 0 },
    notes: [],
    sources: new Map(),
  } as LintResult;
}

describe('applySimulation', () => {
  it('leaves the result alone unless the simulate input is true', async () => {
    const result = emptyResult();
    const output = await applySimulation(result, parseInputs(() => ''), WORKSPACE);
    expect(output).toEqual({ result });
  });

  it('runs the simulator on the linted paths, adds a report and counts its findings', async () => {
    const inputs = parseInputs((name) => ({ simulate: 'true', paths: 'k8s' })[name] ?? '');
    const output = await applySimulation(emptyResult(), inputs, WORKSPACE);
    expect(output.markdown).toContain('Replay simulation');
    const active = output.result.findings.filter((f) => !f.suppressed);
    expect(active.every((f) => f.ruleId.startsWith('sim/'))).toBe(true);
    expect(output.result.summary.errors + output.result.summary.warnings + output.result.summary.notices).toBe(active.length);
  });
});
