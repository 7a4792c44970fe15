import { isRecord } from './workloads.js';

/** A resource list as CEL sees it: resource name → quantity as written (string, int or float). */
export type ResourceList = Record<string, unknown>;

/** The requests and limits a container runs with once the apiserver has created its pod. */
export interface EffectiveResources {
  resources: { requests: ResourceList; limits: ResourceList };
  /** For each value a LimitRange filled in, the `namespace/name` of that LimitRange. */
  fromLimitRange: { requests: Record<string, string>; limits: Record<string, string> };
}

/** A LimitRange of the pod's namespace, as named in messages and as CEL reads it. */
export interface NamedLimitRange {
  /** `namespace/name`. */
  source: string;
  value: unknown;
}

/**
 * The `default` (limits) and `defaultRequest` (requests) a LimitRange gives containers
 * (kubernetes-semantics B.7). Each `type: Container` item is first defaulted as the apiserver
 * stores it (`SetDefaults_LimitRangeItem`): default ← max, defaultRequest ← default, then
 * defaultRequest ← min, each only where unset. The items are then merged, later items overwriting
 * earlier ones (`defaultContainerResourceRequirements`).
 */
export function limitRangeContainerDefaults(limitRange: unknown): { requests: ResourceList; limits: ResourceList } {
  const limits: ResourceList = {};
  const requests: ResourceList = {};
  const items = isRecord(limitRange) && isRecord(limitRange.spec) ? limitRange.spec.limits : undefined;
  if (!Array.isArray(items)) return { requests, limits };
  for (const item of items) {
    if (!isRecord(item) || item.type !== 'Container') continue;
    const itemDefault = { ...list(item.max), ...list(item.default) };
    const itemRequest = { ...list(item.min), ...itemDefault, ...list(item.defaultRequest) };
    Object.assign(limits, itemDefault);
    Object.assign(requests, itemRequest);
  }
  return { requests, limits };
}

/**
 * What a container's resources become when its pod is created: first requests default from
 * limits (`SetDefaults_Pod`, B.5), then the LimitRanger admission plugin fills in every limit and
 * then every request that is still absent from each LimitRange in turn (B.7), so where two
 * LimitRanges set one value the first wins. The apiserver visits LimitRanges in its cache's
 * order; manifest order is the nearest stand-in a linter has.
 */
export function effectiveResources(written: unknown, limitRanges: readonly NamedLimitRange[]): EffectiveResources {
  const resources = isRecord(written) ? written : {};
  const limits: ResourceList = { ...list(resources.limits) };
  const requests: ResourceList = { ...limits, ...list(resources.requests) };
  const fromLimitRange = { requests: {} as Record<string, string>, limits: {} as Record<string, string> };
  for (const { source, value } of limitRanges) {
    const defaults = limitRangeContainerDefaults(value);
    fillMissing(limits, defaults.limits, fromLimitRange.limits, source);
    fillMissing(requests, defaults.requests, fromLimitRange.requests, source);
  }
  return { resources: { requests, limits }, fromLimitRange };
}

function fillMissing(target: ResourceList, defaults: ResourceList, sources: Record<string, string>, source: string): void {
  for (const [name, value] of Object.entries(defaults)) {
    if (Object.hasOwn(target, name)) continue;
    target[name] = value;
    sources[name] = source;
  }
}

/** A resource list field, or an empty one when it is absent or not a map. */
function list(value: unknown): ResourceList {
  return isRecord(value) ? value : {};
}
