import { describe, expect, it } from 'vitest';
import { loadManifestText } from '../../src/load/load-manifests.js';
import { Relations } from '../../src/model/relations.js';

const manifests = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web, tier: frontend}}
    spec: {containers: [{name: web, image: 'nginx:1.27'}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec: {selector: {app: web}}
---
apiVersion: v1
kind: Service
metadata: {name: frontends, namespace: shop}
spec: {selector: {tier: frontend, app: web}}
---
apiVersion: v1
kind: Service
metadata: {name: web-canary, namespace: shop}
spec: {selector: {app: web, track: canary}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: other}
spec: {selector: {app: web}}
---
apiVersion: v1
kind: Service
metadata: {name: headless-manual, namespace: shop}
spec: {clusterIP: None}
---
apiVersion: v1
kind: Service
metadata: {name: external, namespace: shop}
spec: {type: ExternalName, externalName: db.example.com, selector: {app: web}}
`;

describe('Relations.servicesOfWorkload (Service → pod selection)', () => {
  const { objects } = loadManifestText(manifests, 'shop.yaml', {});
  const relations = new Relations(objects);
  const web = objects.find((o) => o.kind === 'Deployment')!;

  it('finds every Service whose selector the pod labels satisfy, in manifest order', () => {
    expect(relations.servicesOfWorkload(web).map((s) => `${s.namespace}/${s.name}`)).toEqual(['shop/web', 'shop/frontends']);
  });

  it('ignores Services that need a label the pods lack, other namespaces, selector-less and ExternalName Services', () => {
    const names = relations.servicesOfWorkload(web).map((s) => s.name);
    expect(names).not.toContain('web-canary');
    expect(names).not.toContain('headless-manual');
    expect(names).not.toContain('external');
  });
});

describe('Relations.pdbsOfWorkload', () => {
  const pdb = (name: string, app: string) =>
    `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: ${name}, namespace: shop}\nspec: {maxUnavailable: 1, selector: {matchLabels: {app: ${app}}}}\n---\n`;
  const web = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: nginx}]}\n---\n';

  it('lists each PodDisruptionBudget once, even when two manifests define the same one', () => {
    const { objects } = loadManifestText(pdb('web', 'web') + web + pdb('web', 'web') + pdb('web-extra', 'web'), 'shop.yaml', {});
    const relations = new Relations(objects);
    const workload = objects.find((o) => o.kind === 'Deployment')!;
    expect(relations.pdbsOfWorkload(workload).map((p) => p.name)).toEqual(['web', 'web-extra']);
  });
});
