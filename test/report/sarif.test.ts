import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model/types.js';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif.js';
import { buildCleanResult, buildLintResult } from '../fixtures/report/lint-result.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/report/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

/** An absolute URI has a scheme; a URI reference must at least parse against a base. */
const isAbsoluteUri = (value: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value) && URL.canParse(value);
const isUriReference = (value: string) => !/\s/.test(value) && URL.canParse(value, 'file:///root/');

function compileSchema() {
  // The official schema is draft-07; ajv-formats is not installed, so the formats it uses get
  // small checks of our own instead of being ignored.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', isAbsoluteUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema);
}

function render(result: LintResult = buildLintResult()) {
  return formatSarif(result, { toolVersion: '1.2.3' });
}

type SarifLog = any;

describe('formatSarif', () => {
  const validate = compileSchema();

  it('matches the rendered snapshot', async () => {
    await expect(render()).toMatchFileSnapshot('../__snapshots__/report/sarif.txt');
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(render());
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates for a clean run too', () => {
    expect(validate(JSON.parse(render(buildCleanResult())))).toBe(true);
  });

  it('the schema check rejects a log with a broken region, so validity above means something', () => {
    const log = JSON.parse(render());
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it('names the tool with version and information URI', () => {
    const { driver } = (JSON.parse(render()) as SarifLog).runs[0].tool;
    expect(driver.name).toBe('resilint');
    expect(driver.version).toBe('1.2.3');
    expect(isAbsoluteUri(driver.informationUri)).toBe(true);
  });

  it('synthesises rule entries for parse-error, rule-error and sim/* findings', () => {
    const log: SarifLog = JSON.parse(render());
    const ids = log.runs[0].tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['parse-error', 'rule-error', 'sim/drain-node']));
    for (const rule of log.runs[0].tool.driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\.$/);
    }
  });

  it('points every result at its rule by index', () => {
    const log: SarifLog = JSON.parse(render());
    const rules = log.runs[0].tool.driver.rules;
    for (const r of log.runs[0].results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('takes help, helpUri and default level from the rule metadata', () => {
    const log: SarifLog = JSON.parse(render());
    const rule = log.runs[0].tool.driver.rules.find((r: any) => r.id === 'min-replicas');
    expect(rule.helpUri).toBe('https://resilint.example/rules/min-replicas');
    expect(rule.help.text).toContain('Set spec.replicas to 2 or more.');
    expect(rule.help.markdown).toContain('[Documentation](https://resilint.example/rules/min-replicas)');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.shortDescription.text).toBe('Workloads that serve traffic run at least two replicas.');
  });

  it('maps notice to the SARIF level note', () => {
    const log: SarifLog = JSON.parse(render());
    const levels = Object.fromEntries(log.runs[0].results.map((r: any) => [r.ruleId, r.level]));
    expect(levels['pdb-unhealthy-eviction']).toBe('note');
    expect(levels['topology-spread']).toBe('warning');
    expect(levels['parse-error']).toBe('error');
  });

  it('locates results relative to %SRCROOT% with the full 1-based region and a partial fingerprint', () => {
    const log: SarifLog = JSON.parse(render());
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'min-replicas');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/api.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 14 },
    });
    expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: 'c0ffee0000000001' });
  });

  it('turns related locations into relatedLocations', () => {
    const log: SarifLog = JSON.parse(render());
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'min-replicas');
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'deploy/api-pdb.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 3 },
        },
        message: { text: 'PodDisruptionBudget shop/api requires 1 pod available.' },
      },
    ]);
  });

  it('keeps suppressed findings with an inSource suppression and its justification', () => {
    const log: SarifLog = JSON.parse(render());
    const suppressed = log.runs[0].results.filter((r: any) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', justification: 'Batch worker; memory is sized by the VPA.' }]);
    expect(log.runs[0].results).toHaveLength(buildLintResult().findings.length);
  });

  it('percent-encodes artifact URIs and normalises Windows separators', () => {
    const result = buildLintResult();
    result.findings[0]!.file = 'deploy\\my app#1.yaml';
    const log: SarifLog = JSON.parse(render(result));
    const uris = log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('deploy/my%20app%231.yaml');
    for (const uri of uris) expect(isUriReference(uri)).toBe(true);
    expect(validate(log)).toBe(true);
  });

  it('names piped manifests (<stdin>) without the %SRCROOT% base, so no viewer looks for that file in the checkout', () => {
    const result = buildLintResult();
    const stdinFinding = result.findings.find((f) => f.ruleId === 'min-replicas')!;
    stdinFinding.file = '<stdin>';
    stdinFinding.related = [{ ...stdinFinding.related![0]!, file: '<stdin>' }];
    const log: SarifLog = JSON.parse(render(result));
    const location = log.runs[0].results.find((r: any) => r.ruleId === 'min-replicas');
    for (const artifactLocation of [location.locations[0].physicalLocation.artifactLocation, location.relatedLocations[0].physicalLocation.artifactLocation]) {
      expect(artifactLocation).toEqual({ uri: '%3Cstdin%3E', description: { text: 'Manifests read from standard input.' } });
    }
    // Files on disk keep their base.
    const onDisk = log.runs[0].results.find((r: any) => r.ruleId === 'memory-limits');
    expect(onDisk.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('moves an unknown position (line 0) to line 1 instead of writing an invalid region', () => {
    const result = buildLintResult();
    Object.assign(result.findings.find((f) => f.ruleId === 'parse-error')!, { line: 0, column: 0, endLine: 0, endColumn: 0 });
    const log: SarifLog = JSON.parse(render(result));
    const parse = log.runs[0].results.find((r: any) => r.ruleId === 'parse-error');
    expect(parse.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(validate(log)).toBe(true);
  });
});
