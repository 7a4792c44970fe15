import type { ManifestObject } from '../model/types.js';
import { isRecord, selectorMatches } from '../model/workloads.js';
import { groupOf, resourceSelectsKind, versionOf } from './resource-kinds.js';

/** Decides, before any CEL runs, whether an admission rule sees an object. */
export type ObjectFilter = (o: ManifestObject) => boolean;

/**
 * Labels of each namespace as the apiserver would see them: the Namespace manifest's labels when
 * one is loaded, plus `kubernetes.io/metadata.name`, which the apiserver sets on every namespace.
 */
export class NamespaceLabels {
  private readonly byName = new Map<string, Record<string, string>>();

  constructor(manifests: readonly ManifestObject[]) {
    for (const o of manifests) {
      if (o.kind === 'Namespace' && o.apiVersion === 'v1') this.byName.set(o.name, { ...(o.raw.metadata?.labels ?? {}) });
    }
  }

  of(namespace: string): Record<string, string> {
    return { ...(this.byName.get(namespace) ?? {}), 'kubernetes.io/metadata.name': namespace };
  }
}

/** The namespace a selector on namespaces is checked against: a Namespace is its own. */
function namespaceNameOf(o: ManifestObject): string | undefined {
  return o.kind === 'Namespace' && o.apiVersion === 'v1' ? o.name : o.namespace;
}

/** ValidatingAdmissionPolicy `resourceRules` / `excludeResourceRules` entry (the offline request is a CREATE). */
function resourceRuleSelects(rule: Record<string, any>, o: ManifestObject): boolean {
  const has = (key: string, value: string) => !Array.isArray(rule[key]) || rule[key].includes('*') || rule[key].includes(value);
  if (!has('apiGroups', groupOf(o.apiVersion)) || !has('apiVersions', versionOf(o.apiVersion)) || !has('operations', 'CREATE')) return false;
  if (!Array.isArray(rule.resources) || !rule.resources.some((r: unknown) => typeof r === 'string' && resourceSelectsKind(r, o.kind))) return false;
  if (Array.isArray(rule.resourceNames) && rule.resourceNames.length > 0 && !rule.resourceNames.includes(o.name)) return false;
  const scope = rule.scope ?? '*';
  if (scope === 'Cluster' && o.namespace !== undefined) return false;
  if (scope === 'Namespaced' && o.namespace === undefined) return false;
  return true;
}

/**
 * `matchConstraints` of a policy or `matchResources` of a binding. For cluster-scoped objects other
 * than Namespaces the namespaceSelector does not apply, as in the apiserver.
 */
export function vapMatchFilter(match: unknown, namespaces: NamespaceLabels): ObjectFilter {
  const m = isRecord(match) ? match : {};
  const rules: Record<string, any>[] = Array.isArray(m.resourceRules) ? m.resourceRules.filter(isRecord) : [];
  const excludes: Record<string, any>[] = Array.isArray(m.excludeResourceRules) ? m.excludeResourceRules.filter(isRecord) : [];
  return (o) => {
    if (Array.isArray(m.resourceRules) && !rules.some((r) => resourceRuleSelects(r, o))) return false;
    if (excludes.some((r) => resourceRuleSelects(r, o))) return false;
    if (m.objectSelector !== undefined && !selectorMatches(m.objectSelector, o.raw.metadata?.labels ?? {})) return false;
    const ns = namespaceNameOf(o);
    if (m.namespaceSelector !== undefined && ns !== undefined && !selectorMatches(m.namespaceSelector, namespaces.of(ns))) return false;
    return true;
  };
}

/** Whether a resource rule list admits a CREATE at all (otherwise the policy never runs offline). */
export function vapMatchesCreate(match: unknown): boolean {
  const m = isRecord(match) ? match : {};
  if (!Array.isArray(m.resourceRules)) return true;
  return m.resourceRules.some((r) => isRecord(r) && (!Array.isArray(r.operations) || r.operations.includes('*') || r.operations.includes('CREATE')));
}

/** Kyverno wildcards: `*` any run of characters, `?` one character. */
export function wildcardMatches(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

/** A Kyverno kind entry: `Pod`, `v1/Pod`, `apps/v1/Deployment`, `*`, `apps/v1/*`, `Pod/status`. */
export function kyvernoKindSelects(entry: string, o: Pick<ManifestObject, 'apiVersion' | 'kind'>): boolean {
  const parts = entry.split('/');
  if (parts.length === 2 && /^[A-Z*]/.test(parts[0]!) && parts[0] !== '*') return false; // Kind/subresource
  const kind = parts[parts.length - 1]!;
  if (!wildcardMatches(kind, o.kind)) return false;
  if (parts.length === 2) return wildcardMatches(parts[0]!, versionOf(o.apiVersion));
  if (parts.length === 3) return wildcardMatches(parts[0]!, groupOf(o.apiVersion)) && wildcardMatches(parts[1]!, versionOf(o.apiVersion));
  return true;
}

/** One Kyverno `ResourceDescription` (`match.any[].resources`). User/role filters are not known offline. */
function kyvernoResourcesSelect(res: Record<string, any>, o: ManifestObject, namespaces: NamespaceLabels): boolean {
  const strings = (key: string): string[] | undefined => (Array.isArray(res[key]) ? res[key].filter((x: unknown) => typeof x === 'string') : undefined);
  const kinds = strings('kinds');
  if (kinds && kinds.length > 0 && !kinds.some((k) => kyvernoKindSelects(k, o))) return false;
  const names = [...(strings('names') ?? []), ...(typeof res.name === 'string' ? [res.name] : [])];
  if (names.length > 0 && !names.some((n) => wildcardMatches(n, o.name))) return false;
  const nsList = strings('namespaces');
  const ns = namespaceNameOf(o);
  if (nsList && nsList.length > 0 && (ns === undefined || !nsList.some((n) => wildcardMatches(n, ns)))) return false;
  const ops = strings('operations');
  if (ops && ops.length > 0 && !ops.includes('CREATE')) return false;
  if (res.selector !== undefined && !selectorMatches(res.selector, o.raw.metadata?.labels ?? {})) return false;
  if (res.namespaceSelector !== undefined && ns !== undefined && !selectorMatches(res.namespaceSelector, namespaces.of(ns))) return false;
  if (isRecord(res.annotations)) {
    const annotations: Record<string, string> = o.raw.metadata?.annotations ?? {};
    for (const [k, v] of Object.entries(res.annotations)) {
      if (annotations[k] === undefined || !wildcardMatches(String(v), annotations[k]!)) return false;
    }
  }
  return true;
}

function kyvernoFilterSelects(filter: Record<string, any>, o: ManifestObject, namespaces: NamespaceLabels): boolean {
  return isRecord(filter.resources) ? kyvernoResourcesSelect(filter.resources, o, namespaces) : true;
}

/** Kyverno `match` / `exclude`: `any` (one filter suffices), `all` (every filter), or legacy `resources`. */
export function kyvernoBlockSelects(block: unknown, o: ManifestObject, namespaces: NamespaceLabels): boolean {
  if (!isRecord(block)) return false;
  const any = Array.isArray(block.any) ? block.any.filter(isRecord) : [];
  const all = Array.isArray(block.all) ? block.all.filter(isRecord) : [];
  if (any.length > 0) return any.some((f) => kyvernoFilterSelects(f, o, namespaces));
  if (all.length > 0) return all.every((f) => kyvernoFilterSelects(f, o, namespaces));
  if (isRecord(block.resources) && Object.keys(block.resources).length > 0) return kyvernoResourcesSelect(block.resources, o, namespaces);
  return false;
}

/** Every kind a Kyverno match block names (for autogen, which applies only to Pod-only rules). */
export function kyvernoMatchedKinds(block: unknown): string[] {
  if (!isRecord(block)) return [];
  const filters = [...(Array.isArray(block.any) ? block.any : []), ...(Array.isArray(block.all) ? block.all : []), { resources: block.resources }];
  return filters.flatMap((f) => (isRecord(f) && isRecord(f.resources) && Array.isArray(f.resources.kinds) ? f.resources.kinds : []));
}
