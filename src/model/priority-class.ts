import type { Relations } from './relations.js';
import type { ManifestObject } from './types.js';
import { isRecord } from './workloads.js';

/** The PriorityClass a workload's pods are created with, as the Priority admission plugin decides it. */
export interface PodPriorityClass {
  /** The class name the created pod carries; '' when it names none and no global default applies. */
  name: string;
  /** That PriorityClass, when it is among the manifests. */
  priorityClass?: ManifestObject;
  /** The name came from a `globalDefault: true` class, not from the pod's own `priorityClassName`. */
  fromGlobalDefault: boolean;
}

/**
 * The Priority admission plugin writes the global default's name into `priorityClassName` of a pod
 * that names none, on CREATE only (k/k plugin/pkg/admission/priority/admission.go). Every later
 * plugin sees that name, the ResourceQuota scope check among them (it runs last, B.7), so rules that
 * ask for a pod's class ask here rather than read the field as written.
 */
export function podPriorityClass(workload: ManifestObject, relations: Relations): PodPriorityClass {
  const spec = relations.podTemplate(workload)?.spec;
  const written = typeof spec?.priorityClassName === 'string' ? spec.priorityClassName : '';
  if (written !== '') return { name: written, priorityClass: relations.priorityClass(written, workload), fromGlobalDefault: false };
  if (alreadyCreated(workload)) return { name: '', fromGlobalDefault: false };
  const fallback = relations.globalDefaultPriorityClass(workload);
  return fallback ? { name: fallback.name, priorityClass: fallback, fromGlobalDefault: true } : { name: '', fromGlobalDefault: false };
}

/**
 * The class admission would give pods without one, among `classes` (one copy of each). The API
 * server refuses a second `globalDefault: true` class, but if several exist anyway admission takes
 * the one with the smallest value (scheduling/v1 PriorityClass.globalDefault); resilint does the
 * same, and priorityclass-multiple-global-default reports the conflict itself. `system-` names are
 * reserved for the built-in classes, which must not be global defaults, so such a class would be
 * refused and is never the default. Ties go to the first loaded.
 */
export function globalDefaultOf(classes: readonly ManifestObject[]): ManifestObject | undefined {
  let found: ManifestObject | undefined;
  for (const c of classes) {
    if (c.kind !== 'PriorityClass' || c.raw.globalDefault !== true || c.name.startsWith('system-')) continue;
    if (!found || priorityValue(c) < priorityValue(found)) found = c;
  }
  return found;
}

/** The class's `value`; the apiserver requires it, and a class without one is read as 0 rather than guessed. */
export function priorityValue(priorityClass: ManifestObject): number {
  return typeof priorityClass.raw.value === 'number' ? priorityClass.raw.value : 0;
}

/**
 * A Pod that the cluster already created (a dump of a running namespace: it has a `status` or a
 * server-assigned `uid`) went through admission when it was created; a default class added since
 * does not reach it, and its spec already shows what admission gave it.
 */
function alreadyCreated(workload: ManifestObject): boolean {
  if (workload.kind !== 'Pod') return false;
  return isRecord(workload.raw.status) || (isRecord(workload.raw.metadata) && typeof workload.raw.metadata.uid === 'string');
}
