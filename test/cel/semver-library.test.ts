/**
 * The Kubernetes semver CEL library beyond the upstream vectors: semver.org 2.0 precedence and
 * blang/semver's refusals, plus Kubernetes' normalize flag (k8s.io/apiserver
 * pkg/cel/library/semverlib.go).
 */
import { describe, expect, it } from 'vitest';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn');
const run = (expr: string, object: unknown = {}) => env.evaluate(expr, { object });

describe('semver()', () => {
  it('orders pre-releases by semver.org precedence and ignores build metadata', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 1; i < ordered.length; i++) {
      expect(run(`semver("${ordered[i - 1]}").isLessThan(semver("${ordered[i]}"))`)).toBe(true);
    }
    expect(run('semver("1.0.0+build.1") == semver("1.0.0+build.2")')).toBe(true);
    expect(run('semver("1.10.0").isGreaterThan(semver("1.9.9"))')).toBe(true);
  });

  it('refuses what blang/semver refuses, with its messages', () => {
    expect(() => run('semver("1.02.3")')).toThrow('Minor number must not contain leading zeroes "02"');
    expect(() => run('semver("1.2.3-01")')).toThrow('Numeric PreRelease version must not contain leading zeroes "01"');
    expect(() => run('semver("1.2.3+")')).toThrow('Build meta data is empty');
    expect(() => run('semver("1.2.x")')).toThrow('Invalid character(s) found in patch number "x"');
    expect(() => run('semver("")')).toThrow('Version string empty');
  });

  it('normalizes only when asked, and never trims whitespace', () => {
    expect(run('semver("v1.31", true).minor()')).toBe(31n);
    expect(run('semver("v2", true) == semver("2.0.0")')).toBe(true);
    expect(run('isSemver("1.2-rc.1", true)')).toBe(false); // short versions cannot carry a pre-release
    expect(run('isSemver(" v1.2.3", true)')).toBe(false);
    expect(run('isSemver("v1.2.3")')).toBe(false);
  });

  it('reads versions from manifests, e.g. an image tag', () => {
    const object = { tag: 'v1.29.4' };
    expect(run('semver(object.tag, true).isLessThan(semver("1.30.0"))', object)).toBe(true);
    expect(run('semver(object.tag, true).compareTo(semver("1.29.4"))', object)).toBe(0n);
  });
});
