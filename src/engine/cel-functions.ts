import type { Environment } from '@marcbachmann/cel-js';
import { fromCel } from '../cel/values.js';
import { formatFieldPath } from '../model/field-path.js';
import type { ManifestObject } from '../model/types.js';
import { registerCriticalPodFunction } from './critical-pod.js';
import { effectiveResources, type NamedLimitRange } from '../model/effective-resources.js';
import { podResources } from '../model/pod-resources.js';
import { podPriorityClass, priorityValue } from '../model/priority-class.js';
import { scaledValue, selectorMatches } from '../model/workloads.js';
import type { RunContext } from './run-context.js';

/** The run whose objects CEL functions answer about; set by the engine before evaluating. */
export interface ContextHolder {
  current?: RunContext;
}

/**
 * Functions rule authors get on top of the Kubernetes CEL library: label-selector matching,
 * int-or-percent scaling, and questions about related objects, answered from indexes built once
 * per run (so a rule never scans `objects` to find a PDB).
 */
export function registerResilintFunctions(env: Environment, holder: ContextHolder): void {
  const ctx = (): RunContext => {
    if (!holder.current) throw new Error('no lint run in progress');
    return holder.current;
  };
  const ownerOf = (value: unknown): ManifestObject | undefined => ctx().owner(value);
  const containerLists = new WeakMap<object, unknown[]>();
  const list = (objects: readonly ManifestObject[]) => ctx().celList(objects);
  const plain = (v: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (v && typeof v === 'object') for (const [k, val] of Object.entries(v)) out[k] = String(val);
    return out;
  };

  env
    .registerFunction('labelSelectorMatches(dyn, dyn): bool', (selector: unknown, labels: unknown) =>
      selectorMatches(fromCel(selector), plain(labels)),
    )
    .registerFunction('scaledValue(dyn, int, bool): int', (value: unknown, total: bigint, roundUp: boolean) => {
      const v = scaledValue(typeof value === 'bigint' ? Number(value) : value, Number(total), roundUp);
      if (v === undefined) throw new Error(`invalid int-or-percent value: ${String(value)}`);
      return BigInt(v);
    })
    .registerFunction('isPercent(dyn): bool', (value: unknown) => typeof value === 'string' && /^\d+%$/.test(value))
    .registerFunction('pdbsSelecting(map): list', (o: unknown) => {
      const w = ownerOf(o);
      return w ? list(ctx().relations.pdbsOfWorkload(w)) : [];
    })
    .registerFunction('workloadsSelectedBy(map): list', (o: unknown) => {
      const p = ownerOf(o);
      return p ? list(ctx().relations.workloadsOfPdb(p)) : [];
    })
    .registerFunction('scalersTargeting(map, string): list', (o: unknown, kind: string) => {
      const w = ownerOf(o);
      return w ? list(ctx().relations.scalersOfWorkload(w, kind)) : [];
    })
    .registerFunction('servicesSelecting(map): list', (o: unknown) => {
      const w = ownerOf(o);
      return w ? list(ctx().relations.servicesOfWorkload(w)) : [];
    })
    .registerFunction('scaleTarget(map): list', (o: unknown) => {
      const s = ownerOf(o);
      const t = s ? ctx().relations.scalerTarget(s) : undefined;
      return t ? list([t]) : [];
    })
    .registerFunction('priorityClass(string): list', (name: string) => {
      const pc = ctx().relations.priorityClass(name, ctx().anchor);
      return pc ? list([pc]) : [];
    })
    .registerFunction('defaultPriority(): int', () => {
      // The priority of pods that name no class: the global default's value, else 0 (admission).
      const pc = ctx().relations.globalDefaultPriorityClass(ctx().anchor);
      return BigInt(pc ? priorityValue(pc) : 0);
    })
    .registerFunction('podPriorityClassName(map): string', (o: unknown) => {
      // As admission writes it into the created pod: its own class, else the global default's.
      const w = ownerOf(o);
      return w ? podPriorityClass(w, ctx().relations).name : '';
    })
    .registerFunction('objectsOfKind(string): list', (kind: string) => list(ctx().nearest(ctx().relations.byKind.get(kind) ?? [])))
    .registerFunction('objectsInNamespace(string, string): list', (kind: string, namespace: string) =>
      list(ctx().nearest(ctx().relations.inNamespace(namespace, kind))),
    )
    .registerFunction('namespaceOf(map): string', (o: unknown) => ownerOf(o)?.namespace ?? '')
    .registerFunction('podSpec(map): map', (o: unknown) => {
      const w = ownerOf(o);
      const t = w ? ctx().relations.podTemplate(w) : undefined;
      return t ? (navigate(o, [...t.path, 'spec']) ?? {}) : {};
    })
    .registerFunction('podMetadata(map): map', (o: unknown) => {
      const w = ownerOf(o);
      const t = w ? ctx().relations.podTemplate(w) : undefined;
      return t ? (navigate(o, [...t.path, 'metadata']) ?? {}) : {};
    })
    .registerFunction('podSpecPath(map): string', (o: unknown) => {
      const w = ownerOf(o);
      const t = w ? ctx().relations.podTemplate(w) : undefined;
      return t ? formatFieldPath([...t.path, 'spec']) : '';
    })
    .registerFunction('containers(map): list', (o: unknown) => {
      // Most pod rules ask for the containers of the same object; build the list once per object.
      if (o === null || typeof o !== 'object') return [];
      let found = containerLists.get(o);
      if (!found) containerLists.set(o, (found = containersOf(o, ownerOf(o), ctx())));
      return found;
    })
    .registerFunction('podResources(map): map', (o: unknown) => {
      // The pod totals LimitRanger's `type: Pod` items compare (B.7 "Scopes"), quantities as strings.
      const owner = ownerOf(o);
      const t = owner ? ctx().relations.podTemplate(owner) : undefined;
      if (!owner || !t) return { requests: {}, limits: {} };
      const totals = podResources(navigate(o, [...t.path, 'spec']), limitRangesOf(owner, ctx()));
      const texts = (l: Record<string, unknown>) => Object.fromEntries(Object.entries(l).map(([r, q]) => [r, String(q)]));
      return { requests: texts(totals.requests), limits: texts(totals.limits) };
    })
    .registerFunction('ref(map): string', (o: unknown) => {
      const m = ownerOf(o);
      if (!m) return describeUnowned(o);
      const at = m.locate(['metadata', 'name']);
      return `${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name} (${m.file}:${at.line})`;
    });
  registerCriticalPodFunction(env, holder);
}

/**
 * Every container of a pod-owning object with where it sits: regular containers, init
 * containers, and restartable init containers (sidecars), which Kubernetes counts as running
 * alongside the app for QoS and scheduling. `spec` is the container as written; `resources` is
 * what its pod runs with (requests defaulted from limits, then the namespace's LimitRange
 * defaults; kubernetes-semantics B.5, B.7), and `fromLimitRange` names the LimitRange behind each
 * value it filled in, so rules judge the pod the cluster runs and can say where a value came from.
 */
function containersOf(o: unknown, owner: ManifestObject | undefined, ctx: RunContext): unknown[] {
  const t = owner ? ctx.relations.podTemplate(owner) : undefined;
  if (!owner || !t) return [];
  const spec = navigate(o, [...t.path, 'spec']) as Record<string, unknown> | undefined;
  if (!spec) return [];
  const limitRanges = limitRangesOf(owner, ctx);
  const out: unknown[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    const items = spec[field];
    if (!Array.isArray(items)) continue;
    items.forEach((c: any, i: number) => {
      const sidecar = field === 'initContainers' && c?.restartPolicy === 'Always';
      out.push({
        name: typeof c?.name === 'string' ? c.name : '',
        type: field === 'containers' ? 'container' : sidecar ? 'sidecar' : 'initContainer',
        index: BigInt(i),
        path: formatFieldPath([...t.path, 'spec', field, i]),
        spec: c ?? {},
        ...effectiveResources(c?.resources, limitRanges),
      });
    });
  }
  return out;
}

/** The LimitRanges of the object's namespace in manifest order, one copy each (the nearest). */
function limitRangesOf(owner: ManifestObject, ctx: RunContext): NamedLimitRange[] {
  if (owner.namespace === undefined) return [];
  const found = ctx.nearest(ctx.relations.inNamespace(owner.namespace, 'LimitRange'));
  // The CEL value, not the raw YAML, so a default reads like the container's own values (ints as int).
  return found.map((lr) => ({ source: `${lr.namespace}/${lr.name}`, value: ctx.cel(lr) }));
}

/** Walks a CEL (or plain) value along a field path; undefined when it leaves the tree. */
export function navigate(v: unknown, path: readonly (string | number)[]): unknown {
  let cur: any = v;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[seg];
  }
  return cur;
}

function describeUnowned(o: unknown): string {
  const m = o as any;
  const kind = typeof m?.kind === 'string' ? m.kind : 'object';
  const name = typeof m?.metadata?.name === 'string' ? m.metadata.name : '?';
  return `${kind} ${name}`;
}
