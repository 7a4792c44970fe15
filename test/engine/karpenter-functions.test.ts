import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/cel/compile.js';
import { fromCel } from '../../src/cel/values.js';
import type { ContextHolder } from '../../src/engine/cel-functions.js';
import { createRuleEnvironment } from '../../src/engine/compile-rule.js';
import { RunContext } from '../../src/engine/run-context.js';
import { loadManifestText } from '../../src/load/load-manifests.js';
import { readFileSync } from 'node:fs';
import { loadBuiltinCatalog, parseDescribeInstanceTypes, type InstanceTypeCatalog } from '../../src/model/instance-types.js';

const holder: ContextHolder = {};
const env = createRuleEnvironment(holder);
const catalog = loadBuiltinCatalog();
const AWS = 'karpenter.k8s.aws/';

/** Evaluates `expression` with `object` bound to the object named `name` among the manifests. */
function evaluate(manifests: string, name: string, expression: string, userCatalog?: InstanceTypeCatalog): any {
  const loaded = loadManifestText(manifests, 'test.yaml');
  const run = new RunContext(loaded.objects, userCatalog);
  holder.current = run;
  const target = loaded.objects.find((o) => o.name === name);
  if (!target) throw new Error(`no object ${name}`);
  const compiled = compileExpression(env, expression);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const activation = { object: run.cel(target), objects: run.allObjects(), params: {}, variables: {}, namespaceObject: null, item: null, index: 0n };
  return fromCel(compiled.program.evaluate(activation as never));
}

/** Hand filter over the catalog's labels: the independent oracle for counts. */
const count = (pred: (labels: Readonly<Record<string, string>>) => boolean) => catalog.types.filter((t) => pred(t.labels)).length;

function nodePool(requirements: string, apiVersion = 'karpenter.sh/v1'): string {
  return `apiVersion: ${apiVersion}
kind: NodePool
metadata: {name: pool}
spec:
  template:
    spec:
      requirements:
${requirements.trim().split('\n').map((l) => `        ${l.trim()}`).join('\n')}
`;
}

describe('nodePoolInstanceTypes', () => {
  it('counts a family, names the relaxation, and points at its source index past malformed entries', () => {
    const result = evaluate(
      nodePool(`
        - {key: karpenter.sh/capacity-type, operator: In, values: [spot]}
        - {operator: In, values: [broken]}
        - {key: ${AWS}instance-family, operator: In, values: [m5]}`),
      'pool',
      'nodePoolInstanceTypes(object)',
    );
    const m5 = count((l) => l[AWS + 'instance-family'] === 'm5');
    expect(result.isNodePool).toBe(true);
    expect(result.admits).toBe(true);
    expect(result.count).toBe(m5);
    expect(result.sample[0]).toBe('m5.large');
    expect(result.bestRelaxation).toBe(`${AWS}instance-family In [m5]`);
    expect(result.bestRelaxationIndex).toBe(2);
    expect(result.gained).toBe(catalog.types.length - m5);
  });

  it('reads an on-demand-only capacity type as not admitting spot', () => {
    const result = evaluate(nodePool('- {key: karpenter.sh/capacity-type, operator: NotIn, values: [spot, reserved]}'), 'pool', 'nodePoolInstanceTypes(object)');
    expect(result.admits).toBe(false);
    expect(result.capacityTypes).toEqual(['on-demand']);
    expect(result.count).toBe(catalog.types.length);
  });

  it('admits spot when a v1beta1 NodePool has no capacity-type requirement (B.6)', () => {
    const result = evaluate(nodePool(`- {key: ${AWS}instance-category, operator: In, values: [c]}`, 'karpenter.sh/v1beta1'), 'pool', 'nodePoolInstanceTypes(object)');
    expect(result.admits).toBe(true);
    expect(result.count).toBe(count((l) => l[AWS + 'instance-category'] === 'c'));
  });

  it('reports minValues the admitted types cannot meet, at the requirement asking for it', () => {
    const result = evaluate(
      nodePool(`
        - {key: kubernetes.io/arch, operator: In, values: [arm64]}
        - {key: ${AWS}instance-family, operator: In, values: [m5, m6g, c7g], minValues: 3}`),
      'pool',
      'nodePoolInstanceTypes(object).minValuesUnmet',
    );
    expect(result).toEqual([{ key: `${AWS}instance-family`, minValues: 3, distinctValues: 2, index: 1 }]);
  });

  it('leaves types EC2 does not sell as spot out of a spot NodePool, and says how many', () => {
    // Real DescribeInstanceTypes output: t3.micro and p3.16xlarge offer spot, g2.2xlarge is on-demand only.
    const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/instance-types/${name}`, import.meta.url), 'utf8'));
    const user = parseDescribeInstanceTypes(
      { InstanceTypes: [...fixture('t3_micro_and_p3_16xl.json').InstanceTypes, ...fixture('g2_2xlarge.json').InstanceTypes] },
      'user.json',
    );
    const spot = evaluate(nodePool('- {key: karpenter.sh/capacity-type, operator: In, values: [spot]}'), 'pool', 'nodePoolInstanceTypes(object)', user);
    expect(spot).toMatchObject({ admits: true, count: 2, withoutSpot: 1 });
    expect(spot.sample).not.toContain('g2.2xlarge');
    const onDemand = evaluate(nodePool('- {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}'), 'pool', 'nodePoolInstanceTypes(object)', user);
    expect(onDemand).toMatchObject({ admits: false, count: 3, withoutSpot: 0 });
  });

  it('advises naming more families rather than dropping the requirement', () => {
    const result = evaluate(nodePool(`- {key: ${AWS}instance-family, operator: In, values: [m5]}`), 'pool', 'nodePoolInstanceTypes(object)');
    const m5 = count((l) => l[AWS + 'instance-family'] === 'm5');
    expect(result.relaxationHint).toBe(
      `name more families in \`${AWS}instance-family In [m5]\` (it keeps out ${catalog.types.length - m5} type(s) the other requirements allow)`,
    );
  });

  it('answers isNodePool false for other objects', () => {
    const result = evaluate('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: pool}\n', 'pool', 'nodePoolInstanceTypes(object)');
    expect(result).toMatchObject({ isNodePool: false, admits: false, count: 0, bestRelaxationIndex: -1 });
  });
});

const pools = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: general}
spec:
  template:
    spec:
      requirements:
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
        - {key: topology.kubernetes.io/zone, operator: In, values: [eu-west-1a, eu-west-1b]}
---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: gpu}
spec:
  template:
    spec:
      taints: [{key: nvidia.com/gpu, effect: NoSchedule}]
      requirements:
        - {key: ${AWS}instance-gpu-manufacturer, operator: In, values: [nvidia]}
`;

/** A Deployment `app` with the given pod spec lines (containers added). */
function deployment(podSpec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
${podSpec.trim().split('\n').map((l) => `      ${l}`).join('\n')}
      containers: [{name: app, image: app}]
`;
}

function workload(podSpec: string): string {
  return `${pools}---\n${deployment(podSpec)}`;
}

describe('karpenterPlacement', () => {
  const placement = (podSpec: string) => evaluate(workload(podSpec), 'app', 'karpenterPlacement(object)');

  it('accepts a pod without constraints on NodePool keys', () => {
    expect(placement('nodeSelector: {team: web}')).toMatchObject({ constrained: false, satisfiable: true, nodePools: 2 });
  });

  it('accepts spot when one NodePool admits it by default', () => {
    expect(placement('nodeSelector: {karpenter.sh/capacity-type: spot}')).toMatchObject({ constrained: true, satisfiable: true });
  });

  it('rejects arm64 on the amd64-only pool and blames the whole nodeSelector (gpu has arm64 types)', () => {
    const result = placement('nodeSelector: {kubernetes.io/arch: arm64, karpenter.sh/nodepool: general}');
    expect(result.satisfiable).toBe(false);
    expect(result.fieldPath).toBe('spec.template.spec.nodeSelector');
    expect(result.reasons[0]).toMatch(/^NodePool general \(test.yaml:3\): none of its \d+ instance types has kubernetes.io\/arch In \[arm64\]$/);
    expect(result.reasons[1]).toBe('NodePool gpu (test.yaml:14): its nodes carry karpenter.sh/nodepool=gpu');
  });

  it('blames the one selector entry that no NodePool meets on its own', () => {
    const result = placement('nodeSelector: {kubernetes.io/arch: amd64, karpenter.sh/nodepool: batch}');
    expect(result).toMatchObject({
      satisfiable: false,
      constraint: 'karpenter.sh/nodepool In [batch]',
      fieldPath: "spec.template.spec.nodeSelector['karpenter.sh/nodepool']",
    });
  });

  it('rejects on-demand-only capacity for a spot pod pinned to that pool', () => {
    const result = placement('nodeSelector: {karpenter.sh/capacity-type: spot, karpenter.sh/nodepool: general}');
    expect(result.satisfiable).toBe(false);
    expect(result.reasons[0]).toContain('admits capacity types [on-demand]');
  });

  it('rejects a zone outside the NodePool zone list, pinned to that pool', () => {
    const result = placement(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions:
            - {key: karpenter.sh/nodepool, operator: In, values: [general]}
            - {key: topology.kubernetes.io/zone, operator: In, values: [eu-west-1c]}`);
    expect(result.satisfiable).toBe(false);
    // Each requirement alone fits some pool: the combination is blamed, at the affinity block.
    expect(result.fieldPath).toBe('spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution');
    expect(result.constraint).toContain('topology.kubernetes.io/zone In [eu-west-1c]');
  });

  it('accepts when any one of the ORed terms fits', () => {
    const result = placement(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: karpenter.sh/nodepool, operator: In, values: [missing]}]
        - matchExpressions: [{key: karpenter.sh/nodepool, operator: In, values: [gpu]}]`);
    expect(result.satisfiable).toBe(true);
  });

  it('does not judge instance types the catalog does not know', () => {
    expect(placement('nodeSelector: {node.kubernetes.io/instance-type: x9z.huge}').satisfiable).toBe(true);
  });
});

describe('selectedNodePools and toleratesTaint', () => {
  it('reads the pool from the nodeSelector', () => {
    const result = evaluate(workload('nodeSelector: {karpenter.sh/nodepool: gpu}'), 'app', 'selectedNodePools(object)');
    expect(result).toEqual({ names: ['gpu'], fieldPath: "spec.template.spec.nodeSelector['karpenter.sh/nodepool']" });
  });

  it('is unrestricted when one affinity term does not name a pool', () => {
    const result = evaluate(
      workload(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: karpenter.sh/nodepool, operator: In, values: [gpu]}]
        - matchExpressions: [{key: kubernetes.io/arch, operator: In, values: [amd64]}]`),
      'app',
      'selectedNodePools(object).names',
    );
    expect(result).toEqual([]);
  });

  it.each([
    ['Exists on the key', "[{'key': 'nvidia.com/gpu', 'operator': 'Exists'}]", true],
    ['empty key with Exists tolerates everything', "[{'operator': 'Exists'}]", true],
    ['Equal with matching empty value', "[{'key': 'nvidia.com/gpu', 'operator': 'Equal', 'value': ''}]", true],
    ['wrong effect', "[{'key': 'nvidia.com/gpu', 'operator': 'Exists', 'effect': 'NoExecute'}]", false],
    ['other key', "[{'key': 'dedicated', 'operator': 'Exists'}]", false],
    ['Equal with another value', "[{'key': 'nvidia.com/gpu', 'value': 'true'}]", false],
  ])('toleratesTaint: %s', (_name, tolerations, expected) => {
    const result = evaluate(pools, 'gpu', `toleratesTaint(${tolerations}, {'key': 'nvidia.com/gpu', 'effect': 'NoSchedule'})`);
    expect(result).toBe(expected);
  });
});

describe('schedulableZones', () => {
  const pool = (name: string, zones: string) => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: ${name}}
spec:
  template:
    spec:
      requirements:
        - {key: topology.kubernetes.io/zone, operator: ${zones}}
---
`;

  const zones = (manifests: string) => evaluate(manifests, 'app', 'schedulableZones(object)');

  it('unions the zones every NodePool lists with In', () => {
    const result = zones(pool('a', 'In, values: [z1, z2]') + pool('b', 'In, values: [z2, z3]') + deployment('restartPolicy: Always'));
    expect(result).toMatchObject({ known: true, count: 3, zones: ['z1', 'z2', 'z3'] });
    expect(result.source).toBe('z1, z2, z3: topology.kubernetes.io/zone of NodePools a, b');
  });

  it('is unknown when one NodePool does not list its zones, or there is nothing to go by', () => {
    expect(zones(pool('a', 'In, values: [z1]') + pool('b', 'NotIn, values: [z9]') + deployment('restartPolicy: Always')).known).toBe(false);
    expect(zones(deployment('restartPolicy: Always')).known).toBe(false);
  });

  it('intersects the NodePools with the pod\'s own node selection, and counts only pools the pod pins', () => {
    const pools = pool('a', 'In, values: [z1, z2, z3]') + pool('b', 'In, values: [z4]');
    expect(zones(pools + deployment('nodeSelector: {topology.kubernetes.io/zone: z2}'))).toMatchObject({ count: 1, zones: ['z2'] });
    expect(zones(pools + deployment('nodeSelector: {karpenter.sh/nodepool: b}'))).toMatchObject({ count: 1, zones: ['z4'] });
  });

  it('reads ORed affinity terms and zone ids, which map one-to-one to zones (B.6)', () => {
    const affinity = (second: string) => `affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: topology.k8s.aws/zone-id, operator: In, values: [use1-az1, use1-az2]}]
        - matchExpressions: [${second}]`;
    expect(zones(deployment(affinity('{key: topology.k8s.aws/zone-id, operator: In, values: [use1-az4]}')))).toMatchObject({
      known: true,
      zones: ['use1-az1', 'use1-az2', 'use1-az4'],
    });
    // A term that does not bound the zone lets the pod go anywhere.
    expect(zones(deployment(affinity('{key: kubernetes.io/arch, operator: In, values: [arm64]}'))).known).toBe(false);
  });
});
