import { describe, expect, it } from 'vitest';
import { toCel } from '../../src/cel/values.js';
import { effectiveResources, limitRangeContainerDefaults } from '../../src/model/effective-resources.js';

/** A LimitRange with the given items, as CEL sees it (ints as BigInt). */
function limitRange(...items: Record<string, unknown>[]): unknown {
  return toCel({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr' }, spec: { limits: items } });
}

describe('limitRangeContainerDefaults (kubernetes-semantics B.7, SetDefaults_LimitRangeItem)', () => {
  it('defaults the default request to the default limit', () => {
    expect(limitRangeContainerDefaults(limitRange({ type: 'Container', default: { cpu: '500m', memory: '256Mi' } }))).toEqual({
      limits: { cpu: '500m', memory: '256Mi' },
      requests: { cpu: '500m', memory: '256Mi' },
    });
  });

  it('defaults the limit to max, and the request to that limit before min', () => {
    const defaults = limitRangeContainerDefaults(limitRange({ type: 'Container', max: { cpu: '2' }, min: { cpu: '100m', memory: '64Mi' } }));
    expect(defaults).toEqual({ limits: { cpu: '2' }, requests: { cpu: '2', memory: '64Mi' } });
  });

  it('keeps an explicit defaultRequest over default and min', () => {
    const defaults = limitRangeContainerDefaults(
      limitRange({ type: 'Container', default: { cpu: '1' }, defaultRequest: { cpu: '250m' }, min: { cpu: '100m' } }),
    );
    expect(defaults).toEqual({ limits: { cpu: '1' }, requests: { cpu: '250m' } });
  });

  it('lets a later Container item overwrite an earlier one and ignores Pod and PVC items', () => {
    const defaults = limitRangeContainerDefaults(
      limitRange(
        { type: 'Container', default: { cpu: '1', memory: '1Gi' } },
        { type: 'Pod', max: { cpu: '8' } },
        { type: 'PersistentVolumeClaim', min: { storage: '1Gi' } },
        { type: 'Container', default: { memory: '512Mi' } },
      ),
    );
    expect(defaults).toEqual({ limits: { cpu: '1', memory: '512Mi' }, requests: { cpu: '1', memory: '512Mi' } });
  });

  it('gives nothing for a LimitRange without limits', () => {
    expect(limitRangeContainerDefaults(toCel({ kind: 'LimitRange', spec: {} }))).toEqual({ limits: {}, requests: {} });
  });
});

describe('effectiveResources (B.5 requests <- limits, then B.7 LimitRanger)', () => {
  const defaults = { source: 'kube-system/defaults', value: limitRange({ type: 'Container', default: { cpu: '500m', memory: '256Mi' } }) };

  it('fills a container without resources from the LimitRange and says which one', () => {
    expect(effectiveResources(undefined, [defaults])).toEqual({
      resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '500m', memory: '256Mi' } },
      fromLimitRange: {
        limits: { cpu: 'kube-system/defaults', memory: 'kube-system/defaults' },
        requests: { cpu: 'kube-system/defaults', memory: 'kube-system/defaults' },
      },
    });
  });

  it('copies limits into requests before the LimitRange, so its defaultRequest is not used', () => {
    const lr = { source: 'ns/lr', value: limitRange({ type: 'Container', default: { cpu: '1' }, defaultRequest: { cpu: '100m' } }) };
    const result = effectiveResources(toCel({ limits: { cpu: '2' } }), [lr]);
    expect(result.resources).toEqual({ limits: { cpu: '2' }, requests: { cpu: '2' } });
    expect(result.fromLimitRange).toEqual({ limits: {}, requests: {} });
  });

  it('gives a container that sets only a request the default limit (the 422 gotcha of B.7)', () => {
    const result = effectiveResources(toCel({ requests: { cpu: 2n } }), [defaults]);
    expect(result.resources.limits).toEqual({ cpu: '500m', memory: '256Mi' });
    expect(result.resources.requests).toEqual({ cpu: 2n, memory: '256Mi' });
    expect(result.fromLimitRange.requests).toEqual({ memory: 'kube-system/defaults' });
  });

  it('keeps a zero limit as written: it is present, so LimitRanger does not replace it', () => {
    const result = effectiveResources(toCel({ limits: { memory: 0 } }), [defaults]);
    expect(result.resources.limits).toEqual({ memory: 0n, cpu: '500m' });
    expect(result.fromLimitRange.limits).toEqual({ cpu: 'kube-system/defaults' });
  });

  it('lets the first LimitRange win where two set one value', () => {
    const second = { source: 'kube-system/second', value: limitRange({ type: 'Container', default: { cpu: '2', 'ephemeral-storage': '1Gi' } }) };
    const result = effectiveResources(undefined, [defaults, second]);
    expect(result.resources.limits).toEqual({ cpu: '500m', memory: '256Mi', 'ephemeral-storage': '1Gi' });
    expect(result.fromLimitRange.limits).toEqual({
      cpu: 'kube-system/defaults',
      memory: 'kube-system/defaults',
      'ephemeral-storage': 'kube-system/second',
    });
  });

  it('leaves resources as written when the namespace has no LimitRange', () => {
    const result = effectiveResources(toCel({ requests: { cpu: '100m' }, limits: { memory: '1Gi' } }), []);
    expect(result.resources).toEqual({ requests: { cpu: '100m', memory: '1Gi' }, limits: { memory: '1Gi' } });
  });
});
