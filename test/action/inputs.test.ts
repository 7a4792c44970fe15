import { describe, expect, it } from 'vitest';
import { failingFindings } from '../../src/action/fail-level.js';
import { parseInputs, scenarioList } from '../../src/action/inputs.js';
import { UsageError } from '../../src/errors.js';
import { parseScenarioArg } from '../../src/simulate/index.js';
import { makeFinding } from '../helpers/findings.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(parseInputs(read({}))).toMatchObject({
      paths: ['.'],
      failLevel: undefined, // the config's failLevel, else error (see main)
      onlyChanged: true,
      commentMode: 'review',
      maxComments: 30,
      simulate: false,
      simulateBase: 'auto',
      sarifFile: undefined,
    });
  });

  it('reads lists one per line or comma-separated', () => {
    expect(parseInputs(read({ paths: 'k8s/, charts/\n  apps/ \n', exclude: '**/test/**' }))).toMatchObject({
      paths: ['k8s/', 'charts/', 'apps/'],
      exclude: ['**/test/**'],
    });
  });

  it('keeps a scenario\'s comma-separated parameters together, as the CLI\'s --scenario syntax writes them', () => {
    expect(parseInputs(read({ scenarios: 'zone-outage:zone=us-east-1a,duration=30m' })).scenarios).toEqual([
      'zone-outage:zone=us-east-1a,duration=30m',
    ]);
  });

  it('hands the simulator scenarios it accepts, each with all its parameters (was: unknown scenario "duration=30m")', () => {
    const { scenarios } = parseInputs(read({ scenarios: 'zone-outage:zone=us-east-1a,duration=30m, rolling-upgrade' }));
    expect(scenarios.map(parseScenarioArg)).toEqual([
      { name: 'zone-outage', params: { zone: 'us-east-1a', duration: '30m' } },
      { name: 'rolling-upgrade', params: {} },
    ]);
  });

  it('starts a new scenario at a comma only before a scenario name', () => {
    expect(scenarioList('zone-outage:zone=a,duration=30m, rolling-upgrade')).toEqual(['zone-outage:zone=a,duration=30m', 'rolling-upgrade']);
    expect(scenarioList('rolling-upgrade:timeout=5m, zone-outage:zone=b,duration=1h')).toEqual([
      'rolling-upgrade:timeout=5m',
      'zone-outage:zone=b,duration=1h',
    ]);
    // A parameter named like a scenario ("load=") does not start one; only `load` or `load:` does.
    expect(scenarioList('spot-interruption:share=0.5, load')).toEqual(['spot-interruption:share=0.5', 'load']);
  });

  it('reads one scenario per line, each with its own parameters', () => {
    expect(scenarioList('zone-outage:zone=a,duration=30m\r\n  spot-interruption:share=0.5,notice=2m\n\nload,\n')).toEqual([
      'zone-outage:zone=a,duration=30m',
      'spot-interruption:share=0.5,notice=2m',
      'load',
    ]);
  });

  it('keeps a misspelt name as its own item, so the unknown-scenario error names it', () => {
    expect(scenarioList('rolling-upgrade, zone-outgae')).toEqual(['rolling-upgrade', 'zone-outgae']);
  });

  it('turns the base comparison off with simulate-base: false', () => {
    expect(parseInputs(read({ 'simulate-base': 'false' })).simulateBase).toBe('false');
  });

  it('reads sizes with units', () => {
    expect(parseInputs(read({ 'max-file-size': '2MB' })).maxFileBytes).toBe(2 * 1024 * 1024);
    expect(parseInputs(read({ 'max-file-size': '4096' })).maxFileBytes).toBe(4096);
  });

  it.each([
    ['fail-level', 'critical'],
    ['comment-mode', 'inline'],
    ['only-changed', 'yes'],
    ['max-comments', '-1'],
    ['max-file-size', 'huge'],
    ['simulate-base', 'true'],
  ])('rejects %s: %s as a usage error naming the input', (name, value) => {
    expect(() => parseInputs(read({ [name]: value }))).toThrow(UsageError);
    expect(() => parseInputs(read({ [name]: value }))).toThrow(name);
  });
});

describe('failingFindings', () => {
  const findings = [makeFinding({ severity: 'warning' }), makeFinding({ severity: 'notice' }), makeFinding({ severity: 'error', suppressed: true })];

  it('fails on findings at or above the fail level, never on suppressed ones', () => {
    expect(failingFindings(findings, 'error')).toEqual([]);
    expect(failingFindings(findings, 'warning')).toHaveLength(1);
    expect(failingFindings(findings, 'notice')).toHaveLength(2);
    expect(failingFindings(findings, 'never')).toEqual([]);
  });
});
