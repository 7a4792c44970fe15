import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog, type InstanceType } from '../../src/model/instance-types.js';
import {
  admitsCapacityType,
  admittedCapacityTypes,
  evaluateRequirements,
  readNodePoolRequirements,
  smallestFitting,
  type Requirement,
} from '../../src/model/karpenter-requirements.js';

const catalog = loadBuiltinCatalog();
const all = catalog.types;
const AWS = 'karpenter.k8s.aws/';
const GIB = 1024 ** 3;

/** Hand filter over the raw labels: the independent oracle for expected counts. */
const count = (pred: (labels: Readonly<Record<string, string>>) => boolean) => all.filter((t) => pred(t.labels)).length;
const int = (labels: Readonly<Record<string, string>>, key: string) => Number(labels[key]);
const admitted = (reqs: Requirement[]) => evaluateRequirements(reqs, catalog).admitted.length;

function nodePoolFixture(name: string): Record<string, unknown> {
  const text = readFileSync(new URL(`../fixtures/instance-types/${name}`, import.meta.url), 'utf8');
  return (yaml.loadAll(text) as Array<Record<string, unknown>>).find((d) => d?.kind === 'NodePool')!;
}

describe('evaluateRequirements on the Karpenter examples', () => {
  const generalPurpose = readNodePoolRequirements(nodePoolFixture('nodepool-general-purpose.yaml'))!;
  const evaluation = evaluateRequirements(generalPurpose.requirements, catalog);
  const isCmr = (l: Readonly<Record<string, string>>) => ['c', 'm', 'r'].includes(l[AWS + 'instance-category']!);
  const genAbove2 = (l: Readonly<Record<string, string>>) => int(l, AWS + 'instance-generation') > 2;
  const amd64 = (l: Readonly<Record<string, string>>) => l['kubernetes.io/arch'] === 'amd64';

  it('admits the amd64 c/m/r types newer than generation 2 (general-purpose example)', () => {
    const expected = count((l) => amd64(l) && isCmr(l) && genAbove2(l));
    expect(expected).toBeGreaterThan(100);
    expect(evaluation.admitted).toHaveLength(expected);
    expect(evaluation.admitted.every((t) => t.arch === 'amd64')).toBe(true);
  });

  it('says how many types each requirement costs, and names the costliest (B.6)', () => {
    const base = count((l) => amd64(l) && isCmr(l) && genAbove2(l));
    const byKey = new Map(evaluation.perRequirement.map((e) => [e.key, e]));
    expect(byKey.get('kubernetes.io/arch')!.gainedIfRemoved).toBe(count((l) => isCmr(l) && genAbove2(l)) - base);
    expect(byKey.get(AWS + 'instance-category')!.gainedIfRemoved).toBe(count((l) => amd64(l) && genAbove2(l)) - base);
    expect(byKey.get(AWS + 'instance-generation')!.gainedIfRemoved).toBe(count((l) => amd64(l) && isCmr(l)) - base);
    expect(byKey.get(AWS + 'instance-category')!.admittedAlone).toBe(count(isCmr));
    const costliest = [...byKey.values()].reduce((a, b) => (b.gainedIfRemoved > a.gainedIfRemoved ? b : a));
    expect(evaluation.mostRestrictive?.key).toBe(costliest.key);
    // capacity-type and os do not narrow instance types.
    expect(byKey.get('karpenter.sh/capacity-type')).toMatchObject({ filters: false, nonFilteringReason: 'capacity-type' });
    expect(byKey.get('kubernetes.io/os')).toMatchObject({ filters: false, nonFilteringReason: 'node-class' });
  });

  it('reports every minValues of the min-values example as met, with the distinct counts', () => {
    const reqs = readNodePoolRequirements(nodePoolFixture('nodepool-min-values-multiple-keys.yaml'))!.requirements;
    const result = evaluateRequirements(reqs, catalog);
    const families = new Set(result.admitted.map((t) => t.labels[AWS + 'instance-family']));
    expect(result.minValues).toContainEqual({
      key: AWS + 'instance-family',
      minValues: 5,
      distinctValues: families.size,
      met: true,
    });
    expect(result.minValues).toContainEqual({
      key: 'node.kubernetes.io/instance-type',
      minValues: 2,
      distinctValues: result.admitted.length,
      met: true,
    });
    expect(result.minValuesUnmet).toEqual([]);
  });
});

describe('operators (B.6: In, NotIn, Exists, DoesNotExist, Gt, Lt, Gte, Lte)', () => {
  const family = AWS + 'instance-family';
  const gen = AWS + 'instance-generation';
  const cpu = AWS + 'instance-cpu';
  const gpus = AWS + 'instance-gpu-count';

  it('In keeps only the listed values', () => {
    expect(admitted([{ key: family, operator: 'In', values: ['m5', 'c5'] }])).toBe(
      count((l) => l[family] === 'm5' || l[family] === 'c5'),
    );
  });

  it('NotIn on instance-family removes exactly those families', () => {
    const n = admitted([{ key: family, operator: 'NotIn', values: ['t2', 't3', 't3a'] }]);
    expect(n).toBe(all.length - count((l) => ['t2', 't3', 't3a'].includes(l[family]!)));
    expect(n).toBeLessThan(all.length);
  });

  it('Gt on instance-generation compares integers, not strings', () => {
    // "10" > "5" as integers but not as strings; every generation in the catalog is an integer label.
    expect(admitted([{ key: gen, operator: 'Gt', values: ['5'] }])).toBe(count((l) => int(l, gen) > 5));
    expect(admitted([{ key: cpu, operator: 'Gt', values: ['8'] }])).toBe(count((l) => int(l, cpu) > 8));
  });

  it('Lt, Gte and Lte use the same integer comparison with their own boundaries', () => {
    expect(admitted([{ key: cpu, operator: 'Lt', values: ['4'] }])).toBe(count((l) => int(l, cpu) < 4));
    expect(admitted([{ key: cpu, operator: 'Gte', values: ['4'] }])).toBe(count((l) => int(l, cpu) >= 4));
    expect(admitted([{ key: cpu, operator: 'Lte', values: ['4'] }])).toBe(count((l) => int(l, cpu) <= 4));
  });

  it('a type without the label fails In, Exists and Gt but passes NotIn and DoesNotExist', () => {
    const withGpu = count((l) => gpus in l);
    expect(withGpu).toBeGreaterThan(0);
    expect(admitted([{ key: gpus, operator: 'Exists' }])).toBe(withGpu);
    expect(admitted([{ key: gpus, operator: 'Gt', values: ['0'] }])).toBe(count((l) => int(l, gpus) > 0));
    expect(admitted([{ key: gpus, operator: 'In', values: ['1'] }])).toBe(count((l) => l[gpus] === '1'));
    expect(admitted([{ key: gpus, operator: 'DoesNotExist' }])).toBe(all.length - withGpu);
    expect(admitted([{ key: gpus, operator: 'NotIn', values: ['8'] }])).toBe(count((l) => l[gpus] !== '8'));
  });

  it('several requirements on one key intersect', () => {
    expect(
      admitted([
        { key: gen, operator: 'Gt', values: ['5'] },
        { key: gen, operator: 'Lt', values: ['7'] },
      ]),
    ).toBe(count((l) => l[gen] === '6'));
    expect(
      admitted([
        { key: AWS + 'instance-category', operator: 'In', values: ['c', 'm'] },
        { key: AWS + 'instance-category', operator: 'NotIn', values: ['m'] },
      ]),
    ).toBe(count((l) => l[AWS + 'instance-category'] === 'c'));
  });

  it('disjoint bounds collapse to DoesNotExist, which admits the types lacking the label (Karpenter Intersection)', () => {
    const reqs: Requirement[] = [
      { key: gpus, operator: 'Gt', values: ['4'] },
      { key: gpus, operator: 'Lt', values: ['2'] },
    ];
    expect(admitted(reqs)).toBe(count((l) => !(gpus in l)));
  });

  it('reports a malformed requirement instead of applying it', () => {
    const result = evaluateRequirements(
      [
        { key: gen, operator: 'Gt', values: ['six'] },
        { key: gen, operator: 'Approximately', values: ['6'] },
      ],
      catalog,
    );
    expect(result.admitted).toHaveLength(all.length);
    expect(result.perRequirement.map((e) => e.nonFilteringReason)).toEqual(['invalid', 'invalid']);
    expect(result.perRequirement[0]!.problem).toMatch(/integer/);
    expect(result.perRequirement[1]!.problem).toMatch(/unknown operator/);
  });
});

describe('keys that are not instance-type properties', () => {
  it.each([
    ['topology.kubernetes.io/zone', 'offering'],
    ['karpenter.sh/capacity-type', 'capacity-type'],
    ['kubernetes.io/hostname', 'node'],
    ['karpenter.sh/nodepool', 'node'],
    ['example.com/team', 'custom'],
    ['karpenter.k8s.aws/instance-famly', 'unknown-aws-label'],
  ])('%s does not filter instance types (%s)', (key, reason) => {
    const result = evaluateRequirements([{ key, operator: 'In', values: ['spot'] }], catalog);
    expect(result.admitted).toHaveLength(all.length);
    expect(result.perRequirement[0]).toMatchObject({ filters: false, nonFilteringReason: reason, gainedIfRemoved: 0 });
  });

  it('filters on a key the catalog lacks data for only when it has the data (parsed catalogs have no bandwidth)', () => {
    const bandwidth = AWS + 'instance-network-bandwidth';
    const builtin = admitted([{ key: bandwidth, operator: 'Gt', values: ['10000'] }]);
    expect(builtin).toBe(count((l) => int(l, bandwidth) > 10000));
    const parsed = { ...catalog, labelKeys: new Set([...catalog.labelKeys].filter((k) => k !== bandwidth)) };
    const result = evaluateRequirements([{ key: bandwidth, operator: 'Gt', values: ['10000'] }], parsed);
    expect(result.admitted).toHaveLength(all.length);
    expect(result.perRequirement[0]!.nonFilteringReason).toBe('not-in-catalog');
  });
});

describe('deprecated label aliases', () => {
  it('beta.kubernetes.io/arch means kubernetes.io/arch', () => {
    const arm = count((l) => l['kubernetes.io/arch'] === 'arm64');
    expect(admitted([{ key: 'beta.kubernetes.io/arch', operator: 'In', values: ['arm64'] }])).toBe(arm);
    expect(evaluateRequirements([{ key: 'beta.kubernetes.io/arch', operator: 'In', values: ['arm64'] }], catalog).perRequirement[0]!.normalizedKey).toBe(
      'kubernetes.io/arch',
    );
  });

  it('an alias and its stable key intersect like two requirements on one key', () => {
    expect(
      admitted([
        { key: 'beta.kubernetes.io/instance-type', operator: 'In', values: ['m5.large', 'c5.large'] },
        { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['m5.large'] },
      ]),
    ).toBe(1);
  });

  it('failure-domain.beta.kubernetes.io/zone is a zone, so it does not filter', () => {
    const result = evaluateRequirements([{ key: 'failure-domain.beta.kubernetes.io/zone', operator: 'In', values: ['us-east-1a'] }], catalog);
    expect(result.perRequirement[0]!.nonFilteringReason).toBe('offering');
  });
});

describe('minValues', () => {
  it('is unmet when the admitted types have fewer distinct values than asked', () => {
    const family = AWS + 'instance-family';
    const result = evaluateRequirements(
      [
        { key: family, operator: 'In', values: ['m5', 'c5'], minValues: 2 },
        { key: family, operator: 'Exists', minValues: 3 },
      ],
      catalog,
    );
    // The larger minValues of the two requirements on the key applies (B.6).
    expect(result.minValuesUnmet).toEqual([{ key: family, minValues: 3, distinctValues: 2, met: false }]);
  });

  it('cannot be judged for offering keys such as the zone', () => {
    const result = evaluateRequirements([{ key: 'topology.kubernetes.io/zone', operator: 'Exists', minValues: 2 }], catalog);
    expect(result.minValues).toEqual([{ key: 'topology.kubernetes.io/zone', minValues: 2 }]);
    expect(result.minValuesUnmet).toEqual([]);
  });
});

describe('capacity type', () => {
  const ct = 'karpenter.sh/capacity-type';

  it('follows an explicit requirement', () => {
    expect(admitsCapacityType([{ key: ct, operator: 'In', values: ['spot', 'on-demand'] }], 'spot')).toBe(true);
    expect(admitsCapacityType([{ key: ct, operator: 'In', values: ['on-demand'] }], 'spot')).toBe(false);
    expect(admitsCapacityType([{ key: ct, operator: 'NotIn', values: ['spot'] }], 'spot')).toBe(false);
    expect(admitsCapacityType([{ key: ct, operator: 'Exists' }], 'spot')).toBe(true);
    expect(
      admittedCapacityTypes([
        { key: ct, operator: 'In', values: ['spot', 'on-demand'] },
        { key: ct, operator: 'NotIn', values: ['on-demand'] },
      ]),
    ).toEqual(['spot']);
  });

  it('admits spot in a v1/v1beta1 NodePool without the requirement (aws/karpenter-provider-aws#5015)', () => {
    expect(admittedCapacityTypes([], 'v1')).toEqual(['on-demand', 'spot', 'reserved']);
    expect(admitsCapacityType([], 'spot', 'v1beta1')).toBe(true);
  });

  it('defaults a v1alpha5 Provisioner without the requirement to on-demand (the old AWS defaulting webhook)', () => {
    expect(admittedCapacityTypes([], 'v1alpha5')).toEqual(['on-demand']);
    expect(admitsCapacityType([], 'spot', 'v1alpha5')).toBe(false);
  });
});

describe('readNodePoolRequirements', () => {
  const reqs = [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'], minValues: 1 }];

  it('reads v1 and v1beta1 NodePools from spec.template.spec.requirements', () => {
    for (const version of ['v1', 'v1beta1'] as const) {
      const np = { apiVersion: `karpenter.sh/${version}`, kind: 'NodePool', spec: { template: { spec: { requirements: reqs } } } };
      expect(readNodePoolRequirements(np)).toEqual({
        dialect: version,
        requirements: reqs,
        path: ['spec', 'template', 'spec', 'requirements'],
      });
    }
  });

  it('reads v1alpha5 Provisioners from spec.requirements', () => {
    const p = { apiVersion: 'karpenter.sh/v1alpha5', kind: 'Provisioner', spec: { requirements: reqs } };
    expect(readNodePoolRequirements(p)).toMatchObject({ dialect: 'v1alpha5', requirements: reqs });
  });

  it('ignores other kinds and drops entries without key or operator', () => {
    expect(readNodePoolRequirements({ apiVersion: 'apps/v1', kind: 'Deployment' })).toBeUndefined();
    const np = {
      apiVersion: 'karpenter.sh/v1',
      kind: 'NodePool',
      spec: { template: { spec: { requirements: [{ key: 'a' }, 'x', { key: 'b', operator: 'Exists' }] } } },
    };
    expect(readNodePoolRequirements(np)!.requirements).toEqual([{ key: 'b', operator: 'Exists' }]);
  });
});

describe('smallestFitting', () => {
  const pick = (...names: string[]): InstanceType[] => names.map((n) => catalog.byName.get(n)!);

  it('picks the smallest type whose allocatable holds the request', () => {
    const m5 = pick('m5.2xlarge', 'm5.large', 'm5.xlarge');
    expect(smallestFitting(m5, { cpuMillis: 500, memoryBytes: GIB, pods: 1 })?.name).toBe('m5.large');
    // m5.large has 2 vCPU, so 3 cores need the 4-vCPU m5.xlarge.
    expect(smallestFitting(m5, { cpuMillis: 3000, memoryBytes: GIB, pods: 1 })?.name).toBe('m5.xlarge');
    expect(smallestFitting(m5, { cpuMillis: 64_000, memoryBytes: GIB, pods: 1 })).toBeUndefined();
  });

  it('respects the pod limit of a type', () => {
    const types = pick('t3.micro', 't3.small');
    const micro = catalog.byName.get('t3.micro')!;
    expect(smallestFitting(types, { cpuMillis: 100, memoryBytes: 0, pods: micro.allocatable.pods })?.name).toBe('t3.micro');
    expect(smallestFitting(types, { cpuMillis: 100, memoryBytes: 0, pods: micro.allocatable.pods + 1 })?.name).not.toBe('t3.micro');
  });

  it('uses GPU and metal types only when nothing else fits, like Karpenter', () => {
    const types = pick('g4dn.xlarge', 'm5.2xlarge', 'm5.metal');
    expect(smallestFitting(types, { cpuMillis: 1000, memoryBytes: GIB, pods: 1 })?.name).toBe('m5.2xlarge');
    expect(smallestFitting(pick('g4dn.xlarge', 'm5.metal'), { cpuMillis: 1000, memoryBytes: GIB, pods: 1 })?.name).toBe(
      'g4dn.xlarge',
    );
  });
});
