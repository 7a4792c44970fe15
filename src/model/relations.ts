import { findCopies, nearestCopies } from './copies.js';
import { globalDefaultOf } from './priority-class.js';
import type { ManifestObject } from './types.js';
import { hasPodTemplate, isRecord, podTemplateOf, selectorMatches, type PodTemplate } from './workloads.js';

/**
 * The cross-object picture of a set of manifests, computed once per run so rules ask questions
 * ("which PDBs select this workload?") in constant time instead of scanning every object.
 */
export class Relations {
  readonly byKind = new Map<string, ManifestObject[]>();
  private readonly templates = new Map<ManifestObject, PodTemplate | null>();
  private readonly pdbToWorkloads = new Map<ManifestObject, ManifestObject[]>();
  private readonly workloadToPdbs = new Map<ManifestObject, ManifestObject[]>();
  private readonly scalerTargets = new Map<ManifestObject, ManifestObject | null>();
  private readonly workloadToScalers = new Map<ManifestObject, ManifestObject[]>();
  private readonly priorityClasses = new Map<string, ManifestObject[]>();
  private readonly namespaces = new Map<string, ManifestObject>();
  private readonly byNamespaceKind = new Map<string, ManifestObject[]>();
  /** Services by namespace and by one of their selector's `key=value` pairs; built on first use. */
  private serviceIndex: Map<string, ManifestObject[]> | undefined;
  private serviceOrder: Map<ManifestObject, number> | undefined;

  /** Objects defined more than once (see copies.ts); empty in the common case, which keeps `nearest` free. */
  private readonly copied = new Set<ManifestObject>();
  /** The groups of objects defined more than once, in load order (see copies.ts). */
  readonly copies: readonly ManifestObject[][];

  constructor(readonly objects: readonly ManifestObject[]) {
    this.copies = findCopies(objects);
    for (const group of this.copies) for (const o of group) this.copied.add(o);
    for (const o of objects) {
      push(this.byKind, o.kind, o);
      if (o.namespace !== undefined) push(this.byNamespaceKind, `${o.namespace}\u0000${o.kind}`, o);
      if (o.kind === 'PriorityClass') push(this.priorityClasses, o.name, o);
      if (o.kind === 'Namespace' && !this.namespaces.has(o.name)) this.namespaces.set(o.name, o);
    }
    this.linkPdbs();
    this.linkScalers();
  }

  /** `related` with one copy per object identity, the one nearest to `anchor`; `related` itself when nothing is copied. */
  nearest(related: ManifestObject[], anchor: ManifestObject | undefined): ManifestObject[];
  nearest(related: readonly ManifestObject[], anchor: ManifestObject | undefined): readonly ManifestObject[];
  nearest(related: readonly ManifestObject[], anchor: ManifestObject | undefined): readonly ManifestObject[] {
    if (this.copied.size === 0 || !related.some((o) => this.copied.has(o))) return related;
    return nearestCopies(related, anchor);
  }

  podTemplate(o: ManifestObject): PodTemplate | undefined {
    let t = this.templates.get(o);
    if (t === undefined) {
      t = hasPodTemplate(o.kind) ? (podTemplateOf(o) ?? null) : null;
      this.templates.set(o, t);
    }
    return t ?? undefined;
  }

  /** Objects of a kind in a namespace (or of a cluster-scoped kind when namespace is undefined). */
  inNamespace(namespace: string | undefined, kind: string): ManifestObject[] {
    if (namespace === undefined) return this.byKind.get(kind) ?? [];
    return this.byNamespaceKind.get(`${namespace}\u0000${kind}`) ?? [];
  }

  /** Workloads (objects with pod templates) whose pods a PDB selects, in the PDB's namespace. */
  workloadsOfPdb(pdb: ManifestObject): ManifestObject[] {
    return this.pdbToWorkloads.get(pdb) ?? [];
  }

  /** PDBs whose selector matches the workload's pods; of two copies of one PDB, the nearer one. */
  pdbsOfWorkload(workload: ManifestObject): ManifestObject[] {
    return this.workloadToPdbs.get(workload) ?? [];
  }

  /** The workload an HPA, VPA or KEDA ScaledObject points at, when it is among the manifests. */
  scalerTarget(scaler: ManifestObject): ManifestObject | undefined {
    return this.scalerTargets.get(scaler) ?? undefined;
  }

  /** HPAs, VPAs and ScaledObjects acting on a workload. */
  scalersOfWorkload(workload: ManifestObject, kind?: string): ManifestObject[] {
    const all = this.workloadToScalers.get(workload) ?? [];
    return kind ? all.filter((s) => s.kind === kind) : all;
  }

  /**
   * Services that send traffic to a workload's pods: in its namespace, with a non-empty selector
   * (a Service without one gets no endpoints from the control plane; ExternalName has none)
   * whose every `key: value` the pod template's labels carry.
   */
  servicesOfWorkload(workload: ManifestObject): ManifestObject[] {
    const labels = this.podTemplate(workload)?.labels;
    if (!labels || workload.namespace === undefined) return [];
    const index = (this.serviceIndex ??= this.indexServices());
    const out: ManifestObject[] = [];
    // Each Service sits under its first selector pair only, so probing every label finds it once.
    for (const [key, value] of Object.entries(labels)) {
      for (const service of index.get(labelKey(workload.namespace, key, String(value))) ?? []) {
        const selector = serviceSelector(service)!;
        if (Object.entries(selector).every(([k, v]) => Object.hasOwn(labels, k) && String(labels[k]) === String(v))) out.push(service);
      }
    }
    // In manifest order, as a scan of the namespace's Services would list them; one copy of each.
    const order = this.serviceOrder!;
    return out.length > 1 ? this.nearest(out.sort((a, b) => order.get(a)! - order.get(b)!), workload) : out;
  }

  /** The PriorityClass of that name; of two copies, the one nearest to `anchor` (else the first). */
  priorityClass(name: string, anchor?: ManifestObject): ManifestObject | undefined {
    const found = this.priorityClasses.get(name);
    return found && (found.length === 1 ? found[0] : this.nearest(found, anchor)[0]);
  }

  /**
   * The PriorityClass that pods naming none are given (see priority-class.ts), judged on the
   * copies of each class nearest to `anchor`, so a fixed copy that drops `globalDefault` wins
   * beside its own workloads.
   */
  globalDefaultPriorityClass(anchor?: ManifestObject): ManifestObject | undefined {
    const classes = this.byKind.get('PriorityClass');
    return classes ? globalDefaultOf(this.nearest(classes, anchor)) : undefined;
  }

  namespaceObject(name: string | undefined): ManifestObject | undefined {
    return name === undefined ? undefined : this.namespaces.get(name);
  }

  /** Pod-owning objects by namespace and each of their pod labels, by kind then manifest order. */
  private podOwnersByLabel(): Map<string, ManifestObject[]> {
    const index = new Map<string, ManifestObject[]>();
    for (const kind of POD_OWNER_KINDS) {
      for (const w of this.byKind.get(kind) ?? []) {
        const labels = this.podTemplate(w)?.labels;
        if (!labels || w.namespace === undefined) continue;
        for (const [key, value] of Object.entries(labels)) push(index, labelKey(w.namespace, key, value), w);
      }
    }
    return index;
  }

  private indexServices(): Map<string, ManifestObject[]> {
    const index = new Map<string, ManifestObject[]>();
    this.serviceOrder = new Map();
    for (const service of this.byKind.get('Service') ?? []) {
      this.serviceOrder.set(service, this.serviceOrder.size);
      const selector = serviceSelector(service);
      if (!selector || service.namespace === undefined) continue;
      const [key, value] = Object.entries(selector)[0]!;
      push(index, labelKey(service.namespace, key, String(value)), service);
    }
    return index;
  }

  private linkPdbs(): void {
    const pdbs = this.byKind.get('PodDisruptionBudget') ?? [];
    const byLabel = pdbs.length > 0 ? this.podOwnersByLabel() : new Map<string, ManifestObject[]>();
    for (const pdb of pdbs) {
      const selector = normalisePdbSelector(pdb);
      const selected: ManifestObject[] = [];
      // A selector with matchLabels can only select pods carrying its first pair: look those up
      // instead of testing every workload of the namespace (same order: by kind, then manifest).
      const first = firstMatchLabel(selector);
      const candidates = first
        ? (byLabel.get(labelKey(pdb.namespace ?? '', first[0], first[1])) ?? [])
        : POD_OWNER_KINDS.flatMap((kind) => this.inNamespace(pdb.namespace, kind));
      for (const w of candidates) {
        const t = this.podTemplate(w);
        if (t && selectorMatches(selector, t.labels)) {
          selected.push(w);
          push(this.workloadToPdbs, w, pdb);
        }
      }
      // Of two copies of one workload (see copies.ts), a PDB selects the one nearest to it.
      this.pdbToWorkloads.set(pdb, this.nearest(selected, pdb));
    }
    for (const [w, pdbs] of this.workloadToPdbs) this.workloadToPdbs.set(w, this.nearest(pdbs, w));
  }

  private linkScalers(): void {
    for (const kind of SCALER_KINDS) {
      for (const scaler of this.byKind.get(kind) ?? []) {
        const ref = scaleTargetRef(scaler);
        let target: ManifestObject | null = null;
        if (ref) {
          const named = this.inNamespace(scaler.namespace, ref.kind).filter(
            (o) => o.name === ref.name && (!ref.apiVersion || groupOf(o.apiVersion) === groupOf(ref.apiVersion)),
          );
          // Of two copies of the target, the one nearest to the scaler (see copies.ts).
          target = this.nearest(named, scaler)[0] ?? null;
        }
        this.scalerTargets.set(scaler, target);
        if (target) push(this.workloadToScalers, target, scaler);
      }
    }
    for (const [w, scalers] of this.workloadToScalers) this.workloadToScalers.set(w, this.nearest(scalers, w));
  }
}

/** The first `matchLabels` pair of a selector, when it has one (values compared as strings). */
function firstMatchLabel(selector: unknown): [string, string] | undefined {
  if (!isRecord(selector) || !isRecord(selector.matchLabels)) return undefined;
  const entry = Object.entries(selector.matchLabels)[0];
  return entry ? [entry[0], String(entry[1])] : undefined;
}

/** Index key for "objects in a namespace carrying label key=value". */
function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

/** A Service's pod selector, when it has one that the control plane would use. */
function serviceSelector(service: ManifestObject): Record<string, unknown> | undefined {
  const spec = service.raw.spec;
  if (!isRecord(spec) || spec.type === 'ExternalName' || !isRecord(spec.selector)) return undefined;
  return Object.keys(spec.selector).length > 0 ? spec.selector : undefined;
}

/** Kinds whose pods a PDB can select; a ReplicaSet owned by a Deployment is not in manifests. */
export const POD_OWNER_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Rollout', 'Pod'];
const SCALER_KINDS = ['HorizontalPodAutoscaler', 'VerticalPodAutoscaler', 'ScaledObject'];

/**
 * policy/v1beta1 treated an empty selector as "match nothing"; policy/v1 matches every pod in
 * the namespace (kubernetes-semantics B.1.1).
 */
function normalisePdbSelector(pdb: ManifestObject): unknown {
  const sel = pdb.raw.spec?.selector;
  if (pdb.apiVersion === 'policy/v1beta1' && isRecord(sel) && !sel.matchLabels && !sel.matchExpressions) return null;
  return sel;
}

function scaleTargetRef(scaler: ManifestObject): { kind: string; name: string; apiVersion?: string } | undefined {
  const spec = scaler.raw.spec;
  const ref = scaler.kind === 'VerticalPodAutoscaler' ? spec?.targetRef : spec?.scaleTargetRef;
  if (!isRecord(ref) || typeof ref.name !== 'string') return undefined;
  // KEDA's ScaledObject defaults the kind to Deployment.
  const kind = typeof ref.kind === 'string' ? ref.kind : scaler.kind === 'ScaledObject' ? 'Deployment' : undefined;
  if (!kind) return undefined;
  return { kind, name: ref.name, apiVersion: typeof ref.apiVersion === 'string' ? ref.apiVersion : undefined };
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
