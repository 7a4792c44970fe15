import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { Finding } from '../../src/model/types.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/admission');

function run(name: string) {
  const cwd = path.join(fixtures, name);
  return lint({ paths: ['manifests.yaml'], policies: ['policies'], cwd, noBuiltin: true });
}

const on = (findings: Finding[], kind: string, name: string, namespace?: string) =>
  findings.filter((f) => f.object?.kind === kind && f.object.name === name && (namespace === undefined || f.object.namespace === namespace));

describe('ValidatingAdmissionPolicy', () => {
  it('resolves the binding’s paramRef and namespaceSelector (policy-with-param example of the Kubernetes docs)', () => {
    const { findings } = run('vap-params');
    const id = 'vap/replicalimit-policy.example.com';
    expect(on(findings, 'Deployment', 'too-many').map((f) => [f.ruleId, f.severity, f.message, f.fieldPath])).toEqual([
      [id, 'error', 'object.spec.replicas must be no greater than 3', 'spec.replicas'],
    ]);
    expect(on(findings, 'Deployment', 'too-many')[0]!.line).toBe(14); // `replicas: 5`
    expect(on(findings, 'Deployment', 'few-enough')).toEqual([]);
    // prod has no `environment: test` label, so the binding does not select it.
    expect(on(findings, 'Deployment', 'outside-test-namespaces')).toEqual([]);
  });

  it('takes params from the object’s own namespace when paramRef names none (API reference, ParamRef.namespace)', () => {
    const { findings } = run('vap-namespace-params');
    const messages = (kind: string, name: string) => on(findings, kind, name).map((f) => f.message);
    // team-a's ConfigMap allows only corp.io/, team-c's also docker.io/, team-b has none.
    expect(messages('Deployment', 'a')).toEqual(['images must come from corp.io/']);
    expect(messages('Deployment', 'c')).toEqual([]);
    expect(messages('Deployment', 'b')).toEqual([
      "no ConfigMap params in the object's namespace for policy binding allowed-registries (parameterNotFoundAction: Deny)",
    ]);
    // A cluster-scoped object has no namespace to look params up in: the apiserver fails it.
    expect(messages('Namespace', 'team-a')).toEqual([
      "policy binding allowed-registries looks up ConfigMap params in the object's namespace, and a cluster-scoped object has none: the apiserver fails the request",
    ]);
    expect(findings.filter((f) => f.ruleId === 'rule-error')).toEqual([]);
  });

  it('with parameterNotFoundAction Allow, lets objects of namespaces without params pass and names those namespaces in a note', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'resilint-vap-allow-'));
    cpSync(path.join(fixtures, 'vap-namespace-params'), cwd, { recursive: true });
    for (const file of readdirSync(path.join(cwd, 'policies'))) {
      const at = path.join(cwd, 'policies', file);
      writeFileSync(at, readFileSync(at, 'utf8').replace('parameterNotFoundAction: Deny', 'parameterNotFoundAction: Allow'));
    }
    const result = lint({ paths: ['manifests.yaml'], policies: ['policies'], cwd, noBuiltin: true });
    expect(on(result.findings, 'Deployment', 'a').map((f) => f.message)).toEqual(['images must come from corp.io/']);
    expect(on(result.findings, 'Deployment', 'b')).toEqual([]);
    expect(result.notes).toContain(
      'ValidatingAdmissionPolicyBinding allowed-registries: no ConfigMap params in namespace(s) team-b; the policy is not applied to objects there (parameterNotFoundAction Allow).',
    );
  });

  it('maps validationActions Deny/Warn/Audit to error/warning/notice, one rule per binding, honouring matchConditions', () => {
    const { findings } = run('vap-actions');
    const bySeverity = (ns: string) => on(findings, 'Deployment', 'web', ns).map((f) => [f.ruleId, f.severity, f.fieldPath]);
    expect(bySeverity('prod')).toEqual([['vap/needs-team-label/deny-in-prod', 'error', 'metadata.labels']]);
    expect(bySeverity('dev')).toEqual([['vap/needs-team-label/warn-in-dev', 'warning', 'metadata.labels']]);
    expect(bySeverity('lab')).toEqual([['vap/needs-team-label/audit-in-lab', 'notice', 'metadata.labels']]);
    expect(on(findings, 'Deployment', 'legacy')).toEqual([]); // matchCondition excludes it
  });

  it('applies a policy without binding to everything, says so once, and reports authorizer checks as not evaluable', () => {
    const result = run('vap-unbound');
    const pod = on(result.findings, 'Pod', 'web');
    expect(pod.map((f) => [f.ruleId, f.validation, f.severity])).toEqual([
      ['vap/only-admins-privileged', 'validation0', 'notice'],
      ['vap/only-admins-privileged', 'validation1', 'error'],
    ]);
    expect(pod[0]!.message).toMatch(/^not evaluable offline/);
    expect(result.notes.filter((n) => n.includes('only-admins-privileged') && n.includes('no binding'))).toHaveLength(1);
  });

  it('reports the docs example that calls the non-existent startWith as a rule error at its line', () => {
    const result = run('vap-unbound');
    const error = result.findings.find((f) => f.ruleId === 'rule-error' && f.validation === 'vap/demo-policy.example.com');
    expect(error).toMatchObject({ file: 'policies/match-conditions.yaml', line: 21, severity: 'error' });
    expect(error!.message).toContain('startWith');
    expect(result.ruleErrors).toBe(1);
  });
});

describe('Kyverno', () => {
  it('evaluates a ValidatingPolicy on Pods and, through autogen, on a Deployment’s template at the template’s line', () => {
    const { findings } = run('kyverno');
    const deployment = on(findings, 'Deployment', 'web');
    expect(deployment.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['kyverno/disallow-latest-tag/autogen', 'warning', "Using a mutable image tag e.g. 'latest' is not allowed."],
    ]);
    expect(deployment[0]!.fieldPath).toBe('spec.template.spec.containers');
    expect(deployment[0]!.line).toBe(13); // `containers:` inside the template
    expect(on(findings, 'Pod', 'tiller').map((f) => f.ruleId)).toEqual(['kyverno/disallow-helm-tiller/validate-helm-tiller']);
    expect(on(findings, 'CronJob', 'nightly')).toEqual([]);
  });

  it('runs a ClusterPolicy validate.cel rule through autogen on CronJobs with Kyverno’s rule name', () => {
    const { findings, rules } = run('kyverno');
    expect(rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['kyverno/disallow-helm-tiller/validate-helm-tiller', 'kyverno/disallow-helm-tiller/autogen-validate-helm-tiller', 'kyverno/disallow-helm-tiller/autogen-cronjob-validate-helm-tiller']),
    );
    expect(findings.filter((f) => f.ruleId === 'rule-error')).toEqual([]);
  });
});
