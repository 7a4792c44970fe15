import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  estimateAllocatable,
  InstanceCatalogError,
  loadBuiltinCatalog,
  offeringCatalog,
  parseDescribeInstanceTypes,
  parseDescribeInstanceTypesText,
} from '../../src/model/instance-types.js';

const FIXTURES = new URL('../fixtures/instance-types/', import.meta.url);
const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const fixtureJson = (name: string): any => JSON.parse(fixtureText(name));
const MIB = 1024 * 1024;
const AWS = 'karpenter.k8s.aws/';

/** Parses a quantity of the exact form the Karpenter reference prints ("940m", "1392Mi", "8"). */
function whole(value: string, suffix: string): number {
  expect(value.endsWith(suffix)).toBe(true);
  return Number(value.slice(0, value.length - suffix.length));
}

describe('loadBuiltinCatalog', () => {
  const catalog = loadBuiltinCatalog();

  it('ships all 1,363 types of the Karpenter reference, sorted by unique name', () => {
    const names = catalog.types.map((t) => t.name);
    expect(names).toHaveLength(1363);
    expect(new Set(names).size).toBe(1363);
    expect([...names].sort()).toEqual(names);
    expect(catalog.byName.get('m5.large')?.name).toBe('m5.large');
    expect(catalog.source).toContain('aws/karpenter-provider-aws');
  });

  it('decodes each sampled type exactly as the reference records it (labels, size, allocatable)', () => {
    const sample = fixtureJson('karpenter-reference-sample.json').instance_types as any[];
    expect(sample.length).toBeGreaterThan(10);
    for (const raw of sample) {
      const t = catalog.byName.get(raw.name);
      expect(t, raw.name).toBeDefined();
      expect(t!.labels).toEqual(raw.labels);
      expect(t!.vcpu).toBe(raw.vcpu);
      expect(t!.memoryMiB).toBe(raw.memory_mib);
      expect(t!.arch).toBe(raw.arch);
      expect(t!.gpuCount).toBe(raw.gpu_count);
      expect(t!.allocatable).toEqual({
        cpuMillis: whole(raw.allocatable_al2023.cpu, 'm'),
        memoryBytes: whole(raw.allocatable_al2023.memory, 'Mi') * MIB,
        pods: whole(raw.allocatable_al2023.pods, ''),
      });
      // The reference has no offerings, so the catalog must not claim any.
      expect(t!.capacityTypes).toBeUndefined();
    }
  });

  it('is decoded once and then shared', () => {
    expect(loadBuiltinCatalog()).toBe(catalog);
  });
});

describe('estimateAllocatable', () => {
  it("reproduces the reference's AL2023 allocatable for every amd64 type", () => {
    const amd64 = loadBuiltinCatalog().types.filter((t) => t.arch === 'amd64');
    expect(amd64.length).toBeGreaterThan(900);
    const mismatches = amd64.filter((t) => {
      const estimate = estimateAllocatable(t.vcpu, t.memoryMiB, t.allocatable.pods);
      return estimate.cpuMillis !== t.allocatable.cpuMillis || estimate.memoryBytes !== t.allocatable.memoryBytes;
    });
    expect(mismatches.map((t) => t.name)).toEqual([]);
  });

  it('reserves 6 % of the first core: a 1-vCPU node keeps 940m', () => {
    expect(estimateAllocatable(1, 2048, 8).cpuMillis).toBe(940);
  });
});

describe('parseDescribeInstanceTypes', () => {
  it('derives the Karpenter labels of t3.micro and p3.16xlarge from real DescribeInstanceTypes output', () => {
    const catalog = parseDescribeInstanceTypes(fixtureJson('t3_micro_and_p3_16xl.json'), 't3_micro_and_p3_16xl.json');
    expect(catalog.types.map((t) => t.name)).toEqual(['p3.16xlarge', 't3.micro']);

    const t3 = catalog.byName.get('t3.micro')!;
    expect(t3.labels).toMatchObject({
      'node.kubernetes.io/instance-type': 't3.micro',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/os': 'linux',
      [AWS + 'instance-category']: 't',
      [AWS + 'instance-generation']: '3',
      [AWS + 'instance-family']: 't3',
      [AWS + 'instance-size']: 'micro',
      [AWS + 'instance-cpu']: '2',
      [AWS + 'instance-memory']: '1024',
      [AWS + 'instance-hypervisor']: 'nitro',
      [AWS + 'instance-cpu-sustained-clock-speed-mhz']: '2500',
      [AWS + 'instance-capability-flex']: 'false',
    });
    expect(t3.labels[AWS + 'instance-gpu-count']).toBeUndefined();
    expect(t3.labels[AWS + 'instance-local-nvme']).toBeUndefined();
    expect(t3.capacityTypes).toEqual(['on-demand', 'spot']);
    // 2 ENIs × (2 IPv4 addresses − 1) + 2, the well-known t3.micro limit that the reference also lists.
    expect(t3.allocatable.pods).toBe(4);
    expect(t3.allocatable.pods).toBe(loadBuiltinCatalog().byName.get('t3.micro')!.allocatable.pods);

    const p3 = catalog.byName.get('p3.16xlarge')!;
    expect(p3.gpuCount).toBe(8);
    expect(p3.labels).toMatchObject({
      [AWS + 'instance-gpu-name']: 'v100',
      [AWS + 'instance-gpu-manufacturer']: 'nvidia',
      [AWS + 'instance-gpu-count']: '8',
      [AWS + 'instance-gpu-memory']: '16384',
      [AWS + 'instance-hypervisor']: 'xen',
    });
  });

  it('reads capacity types, instance storage and GPUs of an older on-demand-only type (g2.2xlarge)', () => {
    const g2 = parseDescribeInstanceTypes(fixtureJson('g2_2xlarge.json'), 'g2_2xlarge.json').byName.get('g2.2xlarge')!;
    expect(g2.capacityTypes).toEqual(['on-demand']);
    expect(g2.vcpu).toBe(8);
    expect(g2.memoryMiB).toBe(15360);
    // Karpenter skips local NVMe only when NvmeSupport says "unsupported"; this old response omits the field.
    expect(g2.labels[AWS + 'instance-local-nvme']).toBe('60');
    expect(g2.labels[AWS + 'instance-gpu-name']).toBe('k520');
  });

  it('maps x86_64 to amd64 even when i386 is listed first', () => {
    const catalog = parseDescribeInstanceTypes(fixtureJson('pv_instances_subset.json'), 'pv_instances_subset.json');
    expect(catalog.types.map((t) => [t.name, t.arch])).toEqual([
      ['c1.medium', 'amd64'],
      ['m1.small', 'amd64'],
    ]);
  });

  it('leaves out types Karpenter cannot launch: paravirtual-only or without a mapped architecture', () => {
    const base = fixtureJson('t3_micro_and_p3_16xl.json').InstanceTypes.find((t: any) => t.InstanceType === 't3.micro');
    const pvOnly = { ...base, InstanceType: 'pv1.small', SupportedVirtualizationTypes: ['paravirtual'] };
    const i386Only = { ...base, InstanceType: 'old1.small', ProcessorInfo: { SupportedArchitectures: ['i386'] } };
    const catalog = parseDescribeInstanceTypes({ InstanceTypes: [base, pvOnly, i386Only] }, 'mixed.json');
    expect(catalog.types.map((t) => t.name)).toEqual(['t3.micro']);
  });

  it('derives category, generation, family, size and flex from the name exactly as the reference does, for every type', () => {
    const keys = ['instance-category', 'instance-generation', 'instance-family', 'instance-size', 'instance-capability-flex'].map(
      (k) => AWS + k,
    );
    const builtin = loadBuiltinCatalog().types;
    const entries = builtin.map((t) => ({
      InstanceType: t.name,
      VCpuInfo: { DefaultVCpus: t.vcpu },
      MemoryInfo: { SizeInMiB: t.memoryMiB },
      ProcessorInfo: { SupportedArchitectures: [t.arch === 'arm64' ? 'arm64' : 'x86_64'] },
    }));
    const parsed = parseDescribeInstanceTypes({ InstanceTypes: entries }, 'synthetic.json');
    const differences = builtin.filter((t) => {
      const p = parsed.byName.get(t.name)!;
      return keys.some((k) => p.labels[k] !== t.labels[k]);
    });
    expect(differences.map((t) => t.name)).toEqual([]);
  });

  it('returns an empty catalog for an empty response', () => {
    expect(parseDescribeInstanceTypes({ InstanceTypes: [] }, 'empty.json').types).toEqual([]);
  });

  it('rejects input that is not describe-instance-types output with a typed error naming the file', () => {
    for (const bad of [[], { Reservations: [] }, 'text', null, { InstanceTypes: [{ InstanceType: 'x1.large' }] }]) {
      expect(() => parseDescribeInstanceTypes(bad, 'types.json')).toThrow(InstanceCatalogError);
      expect(() => parseDescribeInstanceTypes(bad, 'types.json')).toThrow(/^types\.json: /);
    }
  });

  it('rejects text that is not JSON with a typed error naming the file', () => {
    let caught: unknown;
    try {
      parseDescribeInstanceTypesText('InstanceTypes: []', 'catalog/types.yaml');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InstanceCatalogError);
    expect((caught as InstanceCatalogError).file).toBe('catalog/types.yaml');
    expect((caught as Error).message).toMatch(/not valid JSON/);
  });
});

describe('offeringCatalog', () => {
  it('keeps only the types EC2 sells as spot when the source says (g2.2xlarge is on-demand only)', () => {
    const t3 = fixtureJson('t3_micro_and_p3_16xl.json').InstanceTypes;
    const g2 = fixtureJson('g2_2xlarge.json').InstanceTypes;
    const catalog = parseDescribeInstanceTypes({ InstanceTypes: [...t3, ...g2] }, 'mixed.json');
    const spot = offeringCatalog(catalog, 'spot');
    const spotNames = catalog.types.filter((t) => t.capacityTypes!.includes('spot')).map((t) => t.name);
    expect(spot.types.map((t) => t.name)).toEqual(spotNames);
    expect(spot.byName.has('g2.2xlarge')).toBe(false);
    expect(spot.labelKeys).toBe(catalog.labelKeys);
    expect(offeringCatalog(catalog, 'on-demand').types).toHaveLength(catalog.types.length);
  });

  it('keeps every type of a catalog that does not record purchase options (the built-in one)', () => {
    const builtin = loadBuiltinCatalog();
    expect(offeringCatalog(builtin, 'spot')).toBe(builtin);
  });
});
