import type { ManifestObject, PathSegment } from './types.js';

/** Where each pod-owning kind keeps its pod template (`[]` for a bare Pod, whose spec is the pod's). */
const POD_TEMPLATE_PATHS: Record<string, PathSegment[]> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Rollout: ['spec', 'template'], // Argo Rollouts
  PodTemplate: ['template'],
};

export interface PodTemplate {
  /** Path of the template (its `metadata` and `spec` sit below it). */
  path: PathSegment[];
  metadata: Record<string, any>;
  spec: Record<string, any>;
  labels: Record<string, string>;
}

export function hasPodTemplate(kind: string): boolean {
  return kind in POD_TEMPLATE_PATHS;
}

/** Kinds a controller scales through `spec.replicas`. */
export const SCALABLE_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Rollout']);

export function podTemplateOf(obj: Pick<ManifestObject, 'kind' | 'raw'>): PodTemplate | undefined {
  const path = POD_TEMPLATE_PATHS[obj.kind];
  if (!path) return undefined;
  let node: any = obj.raw;
  for (const seg of path) node = node?.[seg];
  if (!node || typeof node !== 'object') return undefined;
  const metadata = isRecord(node.metadata) ? node.metadata : {};
  // A template without a spec (a partial manifest, a kustomize base) still has labels that PDBs,
  // Services and spread constraints select by; it just has no containers to check.
  if (!isRecord(node.spec) && !isRecord(node.metadata)) return undefined;
  const spec = isRecord(node.spec) ? node.spec : {};
  return { path: [...path], metadata, spec, labels: stringMap(metadata.labels) };
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

/**
 * `metav1.LabelSelectorAsSelector` semantics: a null selector matches nothing, an empty one
 * matches everything, terms are ANDed; `NotIn` and `DoesNotExist` match objects that lack the key.
 * An invalid operator makes the selector match nothing (the apiserver would reject it).
 */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (selector === null || selector === undefined || typeof selector !== 'object') return false;
  const s = selector as LabelSelector;
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) {
    if (labels[k] !== String(v)) return false;
  }
  for (const expr of s.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, expr.key);
    const values = (expr.values ?? []).map(String);
    switch (expr.operator) {
      case 'In':
        if (!has || !values.includes(labels[expr.key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[expr.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * `intstr.GetScaledValueFromIntOrPercent`: an int is returned as is; "N%" scales `total`, rounding
 * up or down. Returns undefined for strings that are not percentages (the apiserver's error).
 */
export function scaledValue(value: unknown, total: number, roundUp: boolean): number | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+)%$/.exec(value.trim());
  if (!m) return undefined;
  const scaled = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

export function isRecord(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function stringMap(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = String(val);
  return out;
}
