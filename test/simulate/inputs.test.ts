import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusterFromObjects, readClusterFile } from '../../src/simulate/cluster.js';
import { formatSimulationMarkdown, formatSimulationText, simulate, SimulationInputError } from '../../src/simulate/index.js';
import { deployment, objects, pdb } from './helpers.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/simulate');
const web = objects(deployment({ name: 'web', replicas: 3 }) + pdb('web', 'maxUnavailable: 1'));

function inputError(run: () => unknown): SimulationInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof SimulationInputError) return e;
    throw e;
  }
  throw new Error('expected a SimulationInputError');
}

describe('cluster input', () => {
  it('reads a cluster spec: node groups spread round-robin over zones, allocatable from the catalog', () => {
    const cluster = readClusterFile('cluster-spot.yaml', fixtures);
    expect(cluster.nodes).toHaveLength(6);
    const spot = cluster.nodes.filter((n) => n.capacityType === 'spot');
    expect(spot.map((n) => n.zone).sort()).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(spot[0]!.allocatable.cpuMillis).toBe(3920);
  });

  it('reads kubectl get nodes -o yaml: allocatable, zone, taints and the EKS capacity type label', () => {
    const cluster = readClusterFile('kubectl-nodes.yaml', fixtures);
    expect(cluster.nodes.map((n) => [n.name, n.zone, n.capacityType, n.allocatable.cpuMillis, n.taints.length])).toEqual([
      ['ip-10-0-1-5', 'us-west-2a', 'spot', 1930, 0],
      ['ip-10-0-2-7', 'us-west-2b', 'on-demand', 1930, 1],
    ]);
  });

  it('names the file and line of a bad node group', () => {
    const e = inputError(() => readClusterFile('cluster-bad-count.yaml', fixtures));
    expect([e.file, e.line]).toEqual(['cluster-bad-count.yaml', 7]);
    expect(e.message).toContain('count must be a non-negative integer');
  });
});

describe('the Cluster spec is checked, so a typo does not silently run on defaults', () => {
  const spec = (group: string) =>
    `apiVersion: simulate.resilint.dev/v1alpha1\nkind: Cluster\nmetadata: {name: ours}\nspec:\n  nodeGroups:\n    - name: general\n      count: 3\n${group}`;
  const clusterError = (group: string) => inputError(() => clusterFromObjects(objects(spec(group), 'cluster.yaml'), 'cluster.yaml'));

  it.each([
    ['zone (singular)', '      zone: us-west-2a\n', 8, 'node group general: unknown field "zone" (allowed: name, count, zones, instanceType, capacityType, labels, taints, allocatable)'],
    ['instance-type (kebab-case)', '      instance-type: m5.large\n', 8, 'unknown field "instance-type"'],
    ['an allocatable typo', '      allocatable: {cpu: "2", memory: 8Gi, pod: 20}\n', 8, 'node group general allocatable: unknown field "pod" (allowed: cpu, memory, pods)'],
    ['zones as one string', '      zones: us-west-2a\n', 8, 'zones must be a non-empty list of zone names'],
    ['a taint without effect', '      taints:\n        - {key: dedicated, value: gpu}\n', 9, 'taint dedicated needs an effect: NoSchedule, PreferNoSchedule, NoExecute'],
    ['a taint with a misspelt effect', '      taints:\n        - key: dedicated\n          effect: NoScheduled\n', 10, 'taint dedicated needs an effect'],
    ['a taint field typo', '      taints:\n        - {key: dedicated, efect: NoSchedule}\n', 9, 'unknown field "efect" (allowed: key, value, effect)'],
  ])('rejects %s with the file and line', (_what, group, line, message) => {
    const e = clusterError(group);
    expect([e.file, e.line]).toEqual(['cluster.yaml', line]);
    expect(e.detail).toContain(message);
  });

  it('rejects an unknown field under spec', () => {
    const e = inputError(() =>
      clusterFromObjects(objects('apiVersion: simulate.resilint.dev/v1alpha1\nkind: Cluster\nmetadata: {name: ours}\nspec:\n  nodeGroup: []\n', 'c.yaml'), 'c.yaml'),
    );
    expect([e.line, e.detail]).toEqual([5, 'spec: unknown field "nodeGroup" (allowed: nodeGroups)']);
  });

  it('keeps a valid taint and every documented field', () => {
    const cluster = clusterFromObjects(
      objects(
        spec(
          '      zones: [us-west-2a]\n      instanceType: m5.large\n      capacityType: spot\n      labels: {team: ml}\n' +
            '      taints: [{key: dedicated, value: ml, effect: NoSchedule}]\n      allocatable: {cpu: 1900m, memory: 7Gi, pods: 29}\n',
        ),
      ),
      'cluster.yaml',
    )!;
    expect(cluster.zones).toEqual(['us-west-2a']);
    expect(cluster.nodes[0]).toMatchObject({
      instanceType: 'm5.large',
      capacityType: 'spot',
      taints: [{ key: 'dedicated', value: 'ml', effect: 'NoSchedule' }],
      allocatable: { cpuMillis: 1900, pods: 29 },
    });
    expect(cluster.nodes[0]!.labels.team).toBe('ml');
  });
});

describe('bad scenario input', () => {
  it('rejects a trace that names an unknown node, with the event line', () => {
    const e = inputError(() => simulate(web, { cwd: fixtures, scenarios: ['trace'], trace: 'trace-unknown-node.yaml' }));
    expect([e.file, e.line]).toEqual(['trace-unknown-node.yaml', 7]);
    expect(e.detail).toContain('node ip-10-0-9-9, which is not in the cluster');
  });

  it('rejects a load CSV value that is not a quantity, with its line', () => {
    const e = inputError(() => simulate(web, { cwd: fixtures, scenarios: ['load'], load: 'load-bad.csv' }));
    expect([e.file, e.line]).toEqual(['load-bad.csv', 3]);
  });

  it.each([
    ['zone-outage:zone=mars-1a', 'zone mars-1a is not in the cluster'],
    ['zone-outage:duration=soon', 'not a duration'],
    ['rolling-upgrade:timout=5m', 'unknown parameter "timout"'],
    ['chaos-monkey', 'unknown scenario'],
    ['zone-outage:zone=us-east-1a,zone=us-east-1b', 'parameter "zone" is given more than once'],
    ['rolling-upgrade:timeout=5m,nodes=2,timeout=0', 'parameter "timeout" is given more than once'],
  ])('rejects impossible parameters: %s', (arg, text) => {
    expect(inputError(() => simulate(web, { scenarios: [arg] })).message).toContain(text);
  });

  it('runs a scenario twice when --scenario is repeated, one run per zone', () => {
    const result = simulate(web, { scenarios: ['zone-outage:zone=us-east-1a', 'zone-outage:zone=us-east-1b'] });
    expect(result.head.scenarios.map((s) => s.id)).toEqual(['zone-outage:us-east-1a', 'zone-outage:us-east-1b']);
  });
});

describe('trace and spot-interruption scenarios', () => {
  it('replays a user incident: zone loss plus a scale-up, then recovery', () => {
    const result = simulate(web, { cwd: fixtures, scenarios: ['trace'], trace: 'trace-incident.yaml' });
    const w = result.head.scenarios[0]!.workloads[0]!;
    expect(w.minReady).toBe(2);
    expect(w.series!.at(-1)![1]).toBe(6);
  });

  it('reclaims spot nodes with a 2-minute notice: Karpenter-style drain respects the PDB', () => {
    const many = objects(deployment({ name: 'web', replicas: 6 }) + pdb('web', 'maxUnavailable: 1'));
    const result = simulate(many, { cwd: fixtures, cluster: 'cluster-spot.yaml', scenarios: ['spot-interruption'] });
    const s = result.head.scenarios[0]!;
    expect(s.description).toContain('3 spot node(s) reclaimed');
    // Concurrent drains compete for one disruption at a time: some evictions get 429 and back off, but the budget
    // holds (never below 5 ready) and every drain finishes inside the notice.
    expect(s.workloads[0]!).toMatchObject({ desired: 6, minReady: 5, belowFloorSeconds: 0 });
    expect(s.drains.some((d) => d.rejections > 0)).toBe(true);
    expect(s.drains.every((d) => d.status === 'drained' && d.durationSeconds < 120)).toBe(true);
  });

  it('skips spot-interruption by default when the cluster has no spot nodes', () => {
    const result = simulate(web, {});
    expect(result.head.scenarios.map((s) => s.scenario)).not.toContain('spot-interruption');
  });
});

describe('objects the simulator does not replay', () => {
  it('says that bare Pods are not simulated, in the text and the Markdown report', () => {
    const bare = (name: string) =>
      `\napiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: shop}\nspec:\n  containers: [{name: app, image: example}]\n---`;
    const result = simulate(objects(deployment({ name: 'web', replicas: 2 }) + bare('debug') + bare('one-off')), { scenarios: ['rolling-upgrade'] });
    const note = '2 bare Pod(s) not simulated: the simulator replays controllers (Deployment, StatefulSet, ReplicaSet, DaemonSet).';
    expect(result.head.notes).toEqual([note]);
    expect(result.head.scenarios[0]!.workloads.map((w) => w.workload)).toEqual(['Deployment/shop/web']);
    expect(formatSimulationText(result)).toContain(`Note: ${note}`);
    expect(formatSimulationMarkdown(result)).toContain(`> ${note}`);
  });
});
