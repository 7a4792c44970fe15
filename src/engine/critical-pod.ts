import type { Environment } from '@marcbachmann/cel-js';
import { fromCel } from '../cel/values.js';
import { podPriorityClass, priorityValue } from '../model/priority-class.js';
import type { Relations } from '../model/relations.js';
import type { ManifestObject } from '../model/types.js';
import { isRecord } from '../model/workloads.js';
import type { ContextHolder } from './cel-functions.js';

/** Priority classes Kubernetes ships for pods the cluster cannot run without. */
export const SYSTEM_CRITICAL_CLASSES: readonly string[] = ['system-cluster-critical', 'system-node-critical'];
export const CRITICAL_ANNOTATION = 'resilint.io/critical';

/** The params every rule that asks "is this pod critical?" declares, with their defaults. */
export interface CriticalPodParams {
  /** A PriorityClass in the manifests with at least this value marks its pods as critical. */
  criticalPriorityThreshold: number;
  /** PriorityClass names whose pods are critical, whatever their value. */
  criticalPriorityClasses: readonly string[];
}

export const DEFAULT_CRITICAL_POD_PARAMS: CriticalPodParams = { criticalPriorityThreshold: 1_000_000, criticalPriorityClasses: [] };

/**
 * Why a pod-owning object's pods are critical, or '' when they are not. One definition for every
 * rule that treats critical pods differently (QoS, PDB, spread), so they never disagree about
 * which pods count. Checked in this order: a system priority class, a class listed in
 * `criticalPriorityClasses`, a PriorityClass in the manifests whose value reaches the threshold,
 * then the `resilint.io/critical: "true"` annotation on the object or its pod template. The class
 * is the one the pods are created with: a pod that names none gets the global default's
 * (model/priority-class.ts), so a high-value default makes every such pod critical.
 */
export function criticalReason(workload: ManifestObject, params: CriticalPodParams, relations: Relations): string {
  const template = relations.podTemplate(workload);
  const { name: className, priorityClass, fromGlobalDefault } = podPriorityClass(workload, relations);
  // The built-in system classes can never be the global default, so these are always named in the pod.
  if (SYSTEM_CRITICAL_CLASSES.includes(className)) return `priorityClassName ${className}`;
  const subject = fromGlobalDefault ? `global default PriorityClass ${className}` : `priorityClassName ${className}`;
  if (className !== '' && params.criticalPriorityClasses.includes(className)) return `${subject} is listed in criticalPriorityClasses`;
  if (priorityClass) {
    const value = priorityValue(priorityClass);
    if (value >= params.criticalPriorityThreshold) {
      return `${fromGlobalDefault ? 'global default ' : ''}PriorityClass ${className} has value ${value} >= ${params.criticalPriorityThreshold}`;
    }
  }
  if (annotatedCritical(workload.raw.metadata) || annotatedCritical(template?.metadata)) return `annotated ${CRITICAL_ANNOTATION}`;
  return '';
}

function annotatedCritical(metadata: unknown): boolean {
  return isRecord(metadata) && isRecord(metadata.annotations) && metadata.annotations[CRITICAL_ANNOTATION] === 'true';
}

/** Reads a rule's CEL `params` map; params a rule does not declare take their defaults. */
export function criticalPodParams(celParams: unknown): CriticalPodParams {
  const plain = fromCel(celParams);
  const p = isRecord(plain) ? plain : {};
  const threshold = p.criticalPriorityThreshold;
  const classes = p.criticalPriorityClasses;
  return {
    criticalPriorityThreshold: typeof threshold === 'number' ? threshold : DEFAULT_CRITICAL_POD_PARAMS.criticalPriorityThreshold,
    criticalPriorityClasses: Array.isArray(classes) ? classes.map(String) : DEFAULT_CRITICAL_POD_PARAMS.criticalPriorityClasses,
  };
}

/** `criticalReason(object, params): string` for rules; '' for values that are not a whole object of the run. */
export function registerCriticalPodFunction(env: Environment, holder: ContextHolder): void {
  env.registerFunction('criticalReason(map, map): string', (o: unknown, params: unknown) => {
    const run = holder.current;
    if (!run) throw new Error('no lint run in progress');
    const workload = run.owner(o);
    return workload ? criticalReason(workload, criticalPodParams(params), run.relations) : '';
  });
}
