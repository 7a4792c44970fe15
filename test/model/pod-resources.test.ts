import { describe, expect, it } from 'vitest';
import { toCel } from '../../src/cel/values.js';
import { canonicalText, podResources } from '../../src/model/pod-resources.js';
import type { NamedLimitRange } from '../../src/model/effective-resources.js';

/** The totals as the strings a message would print. */
function totals(spec: Record<string, unknown>, limitRanges: NamedLimitRange[] = []) {
  const { requests, limits } = podResources(spec, limitRanges);
  const text = (l: Record<string, unknown>) => Object.fromEntries(Object.entries(l).map(([r, q]) => [r, String(q)]));
  return { requests: text(requests), limits: text(limits) };
}

const c = (name: string, resources: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name, resources, ...extra });
const sidecar = (name: string, resources: Record<string, unknown>) => c(name, resources, { restartPolicy: 'Always' });

describe('podResources: the pod totals of B.7 "Scopes"', () => {
  it('sums containers and sidecars for every resource name, not only cpu and memory', () => {
    const spec = {
      initContainers: [sidecar('proxy', { requests: { cpu: '100m', 'nvidia.com/gpu': 1 } })],
      containers: [
        c('app', { requests: { cpu: '500m', memory: '1Gi', 'ephemeral-storage': '2Gi' } }),
        c('worker', { requests: { cpu: '1', memory: '512Mi', 'nvidia.com/gpu': 1 } }),
      ],
    };
    expect(totals(spec).requests).toEqual({ cpu: '1600m', memory: '1536Mi', 'ephemeral-storage': '2Gi', 'nvidia.com/gpu': '2' });
  });

  it('counts an init container together with the sidecars started before it, not those after', () => {
    const spec = {
      initContainers: [
        sidecar('proxy', { requests: { cpu: '300m' } }),
        c('migrate', { requests: { cpu: '600m' } }),
        sidecar('logs', { requests: { cpu: '400m' } }),
      ],
      containers: [c('app', { requests: { cpu: '100m' } })],
    };
    // Running: 100m + 300m + 400m = 800m; while migrate runs: 600m + 300m = 900m.
    expect(totals(spec).requests.cpu).toBe('900m');
  });

  it('takes the running sum when it is above every init container', () => {
    const spec = { initContainers: [c('setup', { limits: { memory: '256Mi' } })], containers: [c('app', { limits: { memory: '1Gi' } })] };
    expect(totals(spec)).toEqual({ requests: { memory: '1Gi' }, limits: { memory: '1Gi' } });
  });

  it('defaults requests from limits (B.5) and then from the LimitRange Container defaults (B.7)', () => {
    const limitRange = toCel({ kind: 'LimitRange', spec: { limits: [{ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '250m' } }] } });
    const spec = { containers: [c('a', { limits: { cpu: 2 } }), c('b', {}), c('c', {})] };
    expect(totals(spec, [{ source: 'team/defaults', value: limitRange }])).toEqual({
      requests: { cpu: '2500m' },
      limits: { cpu: '3' },
    });
  });

  it('sums the limits that exist when one container has none, as LimitRanger\'s podLimits does', () => {
    const spec = { containers: [c('a', { limits: { cpu: '1' } }), c('b', { requests: { cpu: '1' } })] };
    expect(totals(spec).limits).toEqual({ cpu: '1' });
  });

  it('reads CEL values: integers as BigInt, and skips values that are no quantity', () => {
    const spec = toCel({ containers: [c('a', { requests: { cpu: 2, memory: 'lots' } }), c('b', { requests: { cpu: 1.5 } })] });
    expect(totals(spec as Record<string, unknown>).requests).toEqual({ cpu: '3500m' });
  });

  it('keeps a single value as written', () => {
    expect(totals({ containers: [c('a', { requests: { memory: '1000Mi', cpu: '0.5' } })] }).requests).toEqual({ memory: '1000Mi', cpu: '0.5' });
  });
});

describe('podResources: pod-level spec.resources (B.5)', () => {
  it('replaces the aggregate for the resources it sets, and only for cpu, memory and hugepages', () => {
    const spec = {
      resources: { requests: { cpu: '1', 'ephemeral-storage': '1Gi' }, limits: { cpu: '2' } },
      containers: [c('a', { requests: { cpu: '300m', memory: '1Gi' }, limits: { cpu: '1500m' } }), c('b', { limits: { cpu: '1500m' } })],
    };
    expect(totals(spec)).toEqual({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '2' } });
  });

  it('defaults a missing pod-level request to the containers\' aggregate request as written, before LimitRange defaults', () => {
    const limitRange = toCel({ kind: 'LimitRange', spec: { limits: [{ type: 'Container', defaultRequest: { cpu: '1' } }] } });
    const spec = { resources: { limits: { cpu: '4' } }, containers: [c('a', { requests: { cpu: '500m' } }), c('b', {})] };
    expect(totals(spec, [{ source: 'team/defaults', value: limitRange }]).requests).toEqual({ cpu: '500m' });
  });

  it('defaults a missing pod-level request to the pod-level limit when no container requests it', () => {
    const spec = { resources: { limits: { cpu: '2', memory: '1Gi' } }, containers: [c('a', { requests: { cpu: '250m' } })] };
    expect(totals(spec)).toEqual({ requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } });
  });
});

describe('canonicalText: sums printed like Quantity.String()', () => {
  it.each([
    [1_500_000_000n, false, '1500m'],
    [2_000_000_000n, false, '2'],
    [4_000_000_000n * 1_000_000_000n, false, '4G'],
    [4n * 2n ** 30n * 1_000_000_000n, true, '4Gi'],
    [1536n * 2n ** 20n * 1_000_000_000n, true, '1536Mi'],
    [512n * 1_000_000_000n, true, '512'],
    [0n, true, '0'],
    [-250_000_000n, false, '-250m'],
  ])('%s nanos (binary %s) reads %s', (nanos, binary, text) => {
    expect(canonicalText(nanos, binary)).toBe(text);
  });
});
