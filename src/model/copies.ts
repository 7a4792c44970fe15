import type { ManifestObject } from './types.js';

/**
 * Objects defined more than once in one run: the same kind, API group, namespace and name in two
 * files (a base and an overlay, two environments, the broken and fixed version of an example).
 * The cluster would hold one of them; which one depends on what gets applied. So relations never
 * pair an object with every copy of another: each object is related to the copy nearest to it
 * (same file, then same folder, then the first one loaded), and a copy is never counted twice.
 */
export function identityOf(o: ManifestObject): string {
  const slash = o.apiVersion.indexOf('/');
  const group = slash === -1 ? '' : o.apiVersion.slice(0, slash);
  return `${group}\u0000${o.kind}\u0000${o.namespace ?? ''}\u0000${o.name}`;
}

/** Groups of two or more objects sharing an identity, in load order. */
export function findCopies(objects: readonly ManifestObject[]): ManifestObject[][] {
  const byIdentity = new Map<string, ManifestObject[]>();
  for (const o of objects) {
    const key = identityOf(o);
    const group = byIdentity.get(key);
    if (group) group.push(o);
    else byIdentity.set(key, [o]);
  }
  return [...byIdentity.values()].filter((g) => g.length > 1);
}

/** 2 in the same file, 1 in the same folder, 0 otherwise. */
function closeness(a: ManifestObject, b: ManifestObject): number {
  if (a.file === b.file) return 2;
  return folderOf(a.file) === folderOf(b.file) ? 1 : 0;
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

/**
 * `related` with each identity kept once: the copy nearest to `anchor` (ties: the first in the
 * list). Order is kept. Cheap when there are no copies, which is the common case.
 */
export function nearestCopies(related: readonly ManifestObject[], anchor: ManifestObject | undefined): ManifestObject[] {
  if (related.length < 2) return [...related];
  const best = new Map<string, ManifestObject>();
  let duplicated = false;
  for (const o of related) {
    const key = identityOf(o);
    const current = best.get(key);
    if (!current) best.set(key, o);
    else {
      duplicated = true;
      if (anchor && closeness(o, anchor) > closeness(current, anchor)) best.set(key, o);
    }
  }
  if (!duplicated) return [...related];
  const kept = new Set(best.values());
  return related.filter((o) => kept.has(o));
}
