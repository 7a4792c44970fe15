import { describe, expect, it } from 'vitest';
import { loadManifestText } from '../../src/load/load-manifests.js';
import { findCopies, nearestCopies } from '../../src/model/copies.js';
import { Relations } from '../../src/model/relations.js';
import type { ManifestObject } from '../../src/model/types.js';

const deployment = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: checkout, namespace: shop}\nspec:\n  replicas: ${replicas}\n  template:\n    metadata: {labels: {app: checkout}}\n    spec: {containers: [{name: app, image: checkout:1}]}\n`;
const pdb = (minAvailable: number) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: checkout, namespace: shop}\nspec: {minAvailable: ${minAvailable}, selector: {matchLabels: {app: checkout}}}\n`;
const hpa = `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: checkout, namespace: shop}\nspec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: checkout}, minReplicas: 2, maxReplicas: 6}\n`;

function load(files: Record<string, string>): ManifestObject[] {
  return Object.entries(files).flatMap(([file, text]) => loadManifestText(text, file, {}).objects);
}

// The broken and the fixed version of one app, loaded together (as `resilint examples/` does).
const objects = load({
  'broken/app.yaml': `${deployment(1)}---\n${pdb(1)}---\n${hpa}`,
  'fixed/app.yaml': `${deployment(3)}---\n${pdb(2)}`,
});
const [brokenDeploy, brokenPdb, brokenHpa, fixedDeploy, fixedPdb] = objects as [ManifestObject, ManifestObject, ManifestObject, ManifestObject, ManifestObject];

describe('copies of one object across files', () => {
  it('finds objects defined more than once by kind, group, namespace and name', () => {
    expect(findCopies(objects).map((g) => g.map((o) => `${o.kind} ${o.file}`))).toEqual([
      ['Deployment broken/app.yaml', 'Deployment fixed/app.yaml'],
      ['PodDisruptionBudget broken/app.yaml', 'PodDisruptionBudget fixed/app.yaml'],
    ]);
  });

  it('keeps, of each identity, the copy nearest to the anchor: same file, then same folder, then the first', () => {
    expect(nearestCopies([brokenDeploy, fixedDeploy], fixedPdb)).toEqual([fixedDeploy]);
    expect(nearestCopies([brokenDeploy, fixedDeploy], brokenPdb)).toEqual([brokenDeploy]);
    const elsewhere = load({ 'other/pdb.yaml': pdb(1) })[0]!;
    expect(nearestCopies([brokenDeploy, fixedDeploy], elsewhere)).toEqual([brokenDeploy]);
  });

  it('pairs each PDB and HPA with its own copy of the workload, so one version never sums the other\'s replicas', () => {
    const relations = new Relations(objects);
    expect(relations.workloadsOfPdb(brokenPdb)).toEqual([brokenDeploy]);
    expect(relations.workloadsOfPdb(fixedPdb)).toEqual([fixedDeploy]);
    expect(relations.pdbsOfWorkload(fixedDeploy)).toEqual([fixedPdb]);
    expect(relations.scalerTarget(brokenHpa)).toBe(brokenDeploy);
    expect(relations.scalersOfWorkload(fixedDeploy)).toEqual([]);
  });
});
