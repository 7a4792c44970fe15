import { describe, expect, it } from 'vitest';
import { loadManifestText } from '../../src/load/load-manifests.js';
import { globalDefaultOf, podPriorityClass } from '../../src/model/priority-class.js';
import { Relations } from '../../src/model/relations.js';
import type { ManifestObject } from '../../src/model/types.js';

function priorityClass(name: string, value: number, globalDefault: boolean): string {
  return `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: ${name}}
value: ${value}
globalDefault: ${globalDefault}
`;
}

function deployment(name: string, className?: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {${className ? `priorityClassName: ${className}, ` : ''}containers: [{name: app, image: app:1}]}
`;
}

function load(...docs: string[]): ManifestObject[] {
  return loadManifestText(docs.join('---\n'), 'test.yaml').objects;
}

/** The class admission gives the pods of the object named `name`, as `{name, fromGlobalDefault}`. */
function classOf(objects: ManifestObject[], name: string, relations = new Relations(objects)) {
  const { name: className, fromGlobalDefault, priorityClass: found } = podPriorityClass(objects.find((o) => o.name === name)!, relations);
  return { name: className, fromGlobalDefault, inManifests: found !== undefined };
}

describe('globalDefaultOf', () => {
  it('finds the class marked globalDefault, and none when no class is', () => {
    expect(globalDefaultOf(load(priorityClass('standard', 1000, true), priorityClass('high', 5000, false)))?.name).toBe('standard');
    expect(globalDefaultOf(load(priorityClass('high', 5000, false)))).toBeUndefined();
  });

  it('takes the smallest value when several are marked, as admission does', () => {
    const objects = load(priorityClass('standard', 1000, true), priorityClass('batch-low', -100, true), priorityClass('high', 5000, true));
    expect(globalDefaultOf(objects)?.name).toBe('batch-low');
  });

  it('never takes a system- class, which the apiserver refuses as a default', () => {
    expect(globalDefaultOf(load(priorityClass('system-custom', 10, true), priorityClass('standard', 1000, true)))?.name).toBe('standard');
    expect(globalDefaultOf(load(priorityClass('system-custom', 10, true)))).toBeUndefined();
  });
});

describe('podPriorityClass: the class a pod is created with', () => {
  const manifests = load(priorityClass('standard', 1000, true), priorityClass('high', 5000, false), deployment('web'), deployment('pay', 'high'), deployment('ext', 'elsewhere'));

  it('is the global default for pods that name no class', () => {
    expect(classOf(manifests, 'web')).toEqual({ name: 'standard', fromGlobalDefault: true, inManifests: true });
  });

  it("is the pod's own class when it names one, in the manifests or not", () => {
    expect(classOf(manifests, 'pay')).toEqual({ name: 'high', fromGlobalDefault: false, inManifests: true });
    expect(classOf(manifests, 'ext')).toEqual({ name: 'elsewhere', fromGlobalDefault: false, inManifests: false });
  });

  it("is '' without a global default", () => {
    expect(classOf(load(priorityClass('high', 5000, false), deployment('web')), 'web')).toEqual({ name: '', fromGlobalDefault: false, inManifests: false });
  });

  it('leaves a Pod the cluster already created (status or uid) with the class it shows', () => {
    const running = `apiVersion: v1
kind: Pod
metadata: {name: debug, namespace: shop, uid: 5f1c2a}
spec: {containers: [{name: shell, image: busybox}]}
status: {phase: Running}
`;
    const fresh = `apiVersion: v1
kind: Pod
metadata: {name: fresh, namespace: shop}
spec: {containers: [{name: shell, image: busybox}]}
`;
    const objects = load(priorityClass('standard', 1000, true), running, fresh);
    expect(classOf(objects, 'debug').name).toBe('');
    expect(classOf(objects, 'fresh').name).toBe('standard');
  });

  it('judges the default on the copy of each class nearest to the workload (a fixed copy drops globalDefault)', () => {
    const broken = loadManifestText(priorityClass('batch-low', -100, true), 'broken/classes.yaml').objects;
    const fixed = loadManifestText([priorityClass('batch-low', -100, false), deployment('web')].join('---\n'), 'fixed/app.yaml').objects;
    const beside = loadManifestText(deployment('api'), 'broken/app.yaml').objects;
    const objects = [...broken, ...fixed, ...beside];
    const relations = new Relations(objects);
    expect(classOf(objects, 'web', relations).name).toBe('');
    expect(classOf(objects, 'api', relations).name).toBe('batch-low');
  });
});
