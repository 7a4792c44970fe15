/**
 * Kubernetes CEL library conformance: the upstream test vectors for quantity, lists, regex, IP,
 * CIDR, URL, format and semver (k8s.io/apiserver pkg/cel/library and apiextensions-apiserver
 * validation_test.go), one test per vector. Vectors we knowingly fail are listed with reasons in fixtures/cel/unsupported.json;
 * such a vector is expected to fail, so fixing one (or breaking another) fails this suite until
 * the list is updated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runK8sCase, type CaseContext, type K8sCase } from './k8s-case-runner.js';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/cel/k8s-cel-library-cases.json', import.meta.url), 'utf8'),
) as CaseContext & { cases: K8sCase[] };
const unsupported = JSON.parse(
  readFileSync(new URL('../fixtures/cel/unsupported.json', import.meta.url), 'utf8'),
) as { cases: Record<string, string> };

const label = (c: K8sCase): string => `#${c.id} ${c.group ?? c.library}: ${c.expression}`;

describe('Kubernetes CEL library vectors', () => {
  it('lists only ids that exist in the fixture as unsupported', () => {
    const ids = new Set(fixture.cases.map((c) => String(c.id)));
    expect(Object.keys(unsupported.cases).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(fixture.cases.map((c) => [label(c), c] as const))('%s', (_, c) => {
    const outcome = runK8sCase(c, fixture);
    const knownGap = unsupported.cases[String(c.id)];
    if (knownGap) {
      expect(outcome.pass, `listed as unsupported (${knownGap}) but now passes: remove it from unsupported.json`).toBe(false);
    } else {
      expect(outcome.reason).toBeUndefined();
      expect(outcome.pass).toBe(true);
    }
  });
});
