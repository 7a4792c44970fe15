import type { ManifestObject, PathSegment, Severity } from '../model/types.js';
import { isRecord, selectorMatches } from '../model/workloads.js';
import type { AdmissionDraft, DraftExpression, DraftValidation } from './admission-rule.js';
import { NamespaceLabels, vapMatchFilter, vapMatchesCreate, type ObjectFilter } from './match-resources.js';
import { isClusterScoped } from '../model/kinds.js';
import { groupOf } from './resource-kinds.js';

export const VAP_API_GROUP = 'admissionregistration.k8s.io';

/** A policy that cannot run offline, with the reason (shown as a note and counted by conformance). */
export interface SkippedPolicy {
  policy: string;
  rule?: string;
  file: string;
  reason: string;
}

export interface DraftSet {
  drafts: AdmissionDraft[];
  notes: string[];
  skipped: SkippedPolicy[];
}

/** Deny → error, Warn → warning, Audit → notice; with several actions the strongest wins. */
export function severityOfActions(actions: unknown): Severity {
  const list = Array.isArray(actions) ? actions : [];
  if (list.includes('Deny')) return 'error';
  if (list.includes('Warn')) return 'warning';
  if (list.includes('Audit')) return 'notice';
  return 'error';
}

/** `matchConditions` / `variables` of a policy spec, with their paths. */
export function namedExpressions(spec: Record<string, any>, key: string): DraftExpression[] {
  const list = Array.isArray(spec[key]) ? spec[key] : [];
  return list
    .map((x: unknown, i: number) => ({ x, i }))
    .filter(({ x }: { x: unknown }) => isRecord(x) && typeof x.expression === 'string')
    .map(({ x, i }: { x: any; i: number }) => ({ name: String(x.name ?? `condition${i}`), expression: x.expression as string, path: ['spec', key, i, 'expression'] }));
}

export function validationsOf(list: unknown, base: PathSegment[]): DraftValidation[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i) =>
    isRecord(v) && typeof v.expression === 'string'
      ? [{ expression: v.expression, message: str(v.message), messageExpression: str(v.messageExpression), fieldPath: str(v.fieldPath), path: [...base, i, 'expression'] }]
      : [],
  );
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

/** Param objects of a paramKind (`apiVersion`+`kind`, or the alpha `group`/`version`/`kind`). */
function paramCandidates(paramKind: Record<string, any>, pool: readonly ManifestObject[]): ManifestObject[] {
  const apiVersion = typeof paramKind.apiVersion === 'string' ? paramKind.apiVersion : paramKind.group ? `${paramKind.group}/${paramKind.version}` : paramKind.version;
  const seen = new Set<string>();
  return pool.filter((o) => {
    // A param file may be both a manifest and in the policy folder; it is still one param.
    const key = `${o.file}#${o.docIndex}#${o.listIndex ?? ''}`;
    if (seen.has(key) || o.kind !== paramKind.kind || (apiVersion !== undefined && o.apiVersion !== apiVersion)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether a binding's params are looked up per object: a `paramRef` without `namespace` over a
 * namespaced `paramKind` means "in the namespace of the object being admitted" (API reference,
 * ParamRef.namespace), and a cluster-scoped object then has no params to find.
 */
function perNamespaceParams(paramKind: Record<string, any>, paramRef: Record<string, any>): boolean {
  return !(typeof paramRef.namespace === 'string' && paramRef.namespace) && typeof paramKind.kind === 'string' && !isClusterScoped(paramKind.kind);
}

function paramNamespace(o: ManifestObject): string {
  return o.raw.metadata?.namespace ?? o.namespace ?? 'default';
}

/**
 * Params selected by a `paramRef`: by name, or by label selector; a namespace given in the
 * paramRef must match. Returns every match (the apiserver evaluates the policy once per param).
 */
export function resolveParams(paramKind: Record<string, any>, paramRef: Record<string, any>, pool: readonly ManifestObject[]): ManifestObject[] {
  return paramCandidates(paramKind, pool).filter((o) => {
    if (typeof paramRef.namespace === 'string' && paramRef.namespace && paramNamespace(o) !== paramRef.namespace) return false;
    if (typeof paramRef.name === 'string' && paramRef.name) return o.name === paramRef.name;
    if (paramRef.selector !== undefined) return selectorMatches(paramRef.selector, o.raw.metadata?.labels ?? {});
    return false;
  });
}

/**
 * Turns ValidatingAdmissionPolicies and their bindings into drafts: one per (policy, binding,
 * param object). A policy without a binding applies as if bound to everything, with a note.
 */
export function vapDrafts(objects: readonly ManifestObject[], manifests: readonly ManifestObject[], namespaces: NamespaceLabels): DraftSet {
  const out: DraftSet = { drafts: [], notes: [], skipped: [] };
  const isVap = (o: ManifestObject, kind: string) => o.kind === kind && groupOf(o.apiVersion) === VAP_API_GROUP;
  const pool = [...manifests, ...objects];
  const policies = objects.filter((o) => isVap(o, 'ValidatingAdmissionPolicy'));
  const bindings = [...objects, ...manifests].filter((o) => isVap(o, 'ValidatingAdmissionPolicyBinding'));
  for (const policy of policies) {
    const spec: Record<string, any> = isRecord(policy.raw.spec) ? policy.raw.spec : {};
    if (!policy.name) {
      out.skipped.push({ policy: '(unnamed)', file: policy.file, reason: 'the policy has no metadata.name' });
      continue;
    }
    const validations = validationsOf(spec.validations, ['spec', 'validations']);
    if (validations.length === 0) {
      out.skipped.push({ policy: policy.name, file: policy.file, reason: 'no validations (auditAnnotations alone have no offline effect)' });
      continue;
    }
    if (!vapMatchesCreate(spec.matchConstraints)) {
      out.skipped.push({ policy: policy.name, file: policy.file, reason: 'matches no CREATE operation, and offline every object is a CREATE' });
      continue;
    }
    const policyFilter = vapMatchFilter(spec.matchConstraints, namespaces);
    const mine = bindings.filter((b) => b.raw.spec?.policyName === policy.name);
    const base = {
      source: policy,
      description: policy.raw.metadata?.annotations?.['kubernetes.io/description'],
      ignoreErrors: spec.failurePolicy === 'Ignore',
      matchConditions: namedExpressions(spec, 'matchConditions'),
      variables: namedExpressions(spec, 'variables'),
      validations,
    };
    const paramKind = isRecord(spec.paramKind) ? spec.paramKind : undefined;
    if (mine.length === 0) {
      out.notes.push(`ValidatingAdmissionPolicy ${policy.name} (${policy.file}) has no binding: applied to every matching object as if bound to everything, with Deny.`);
      const params = paramKind ? paramCandidates(paramKind, pool) : [];
      if (paramKind && params.length !== 1) {
        out.skipped.push({ policy: policy.name, file: policy.file, reason: `needs params of kind ${paramKind.kind} but has no binding to choose them (${params.length} found)` });
        continue;
      }
      out.drafts.push({ ...base, id: `vap/${policy.name}`, title: `ValidatingAdmissionPolicy ${policy.name}`, severity: 'error', filter: policyFilter, params: params[0]?.raw ?? null });
      continue;
    }
    // `key` names a variant where binding and param name alone would not (per-namespace params).
    const variants: Array<{ binding: ManifestObject; param?: ManifestObject; missing?: string; only?: ObjectFilter; key?: string }> = [];
    for (const binding of mine) {
      const ref = isRecord(binding.raw.spec?.paramRef) ? binding.raw.spec.paramRef : undefined;
      if (!paramKind || !ref) {
        variants.push({ binding });
        continue;
      }
      const params = resolveParams(paramKind, ref, pool);
      // Missing params "are subject to the failurePolicy of the policy" (API reference,
      // ParamRef.parameterNotFoundAction), and so is a failed lookup: Ignore lets the object in.
      const deny = ref.parameterNotFoundAction === 'Deny' && !base.ignoreErrors;
      const missing = `no params found for policy binding ${binding.name} (parameterNotFoundAction: Deny)`;
      if (perNamespaceParams(paramKind, ref)) {
        // Each object is judged with the params of its own namespace (see perNamespaceParams).
        const withParams = new Set(params.map(paramNamespace));
        for (const param of params) {
          variants.push({ binding, param, only: (o) => o.namespace === paramNamespace(param), key: `${paramNamespace(param)}/${param.name}` });
        }
        if (deny) {
          variants.push({
            binding,
            missing: `no ${paramKind.kind} params in the object's namespace for policy binding ${binding.name} (parameterNotFoundAction: Deny)`,
            only: (o) => o.namespace !== undefined && !withParams.has(o.namespace),
            key: 'no-params',
          });
        }
        // Whatever parameterNotFoundAction says, the apiserver cannot look params up for these.
        if (!base.ignoreErrors) variants.push({
          binding,
          missing: `policy binding ${binding.name} looks up ${paramKind.kind} params in the object's namespace, and a cluster-scoped object has none: the apiserver fails the request`,
          only: (o) => o.namespace === undefined,
          key: 'cluster-scoped',
        });
        if (ref.parameterNotFoundAction !== 'Deny') {
          if (params.length === 0) out.notes.push(`ValidatingAdmissionPolicyBinding ${binding.name}: no ${paramKind.kind} params found; the policy is not applied (parameterNotFoundAction Allow).`);
          else {
            // Objects in a namespace without params pass unchecked, as in the cluster; say where, or
            // the user reads "no findings" as "checked and clean".
            const bound: ObjectFilter = isRecord(binding.raw.spec?.matchResources) ? vapMatchFilter(binding.raw.spec.matchResources, namespaces) : () => true;
            const unchecked = [...new Set(manifests.filter((o) => o.namespace !== undefined && !withParams.has(o.namespace) && policyFilter(o) && bound(o)).map((o) => o.namespace!))].sort();
            if (unchecked.length > 0) {
              const shown = unchecked.length > 5 ? `${unchecked.slice(0, 5).join(', ')} and ${unchecked.length - 5} more` : unchecked.join(', ');
              out.notes.push(`ValidatingAdmissionPolicyBinding ${binding.name}: no ${paramKind.kind} params in namespace(s) ${shown}; the policy is not applied to objects there (parameterNotFoundAction Allow).`);
            }
          }
        }
        continue;
      }
      if (params.length === 0) {
        if (deny) variants.push({ binding, missing });
        else if (ref.parameterNotFoundAction !== 'Deny') out.notes.push(`ValidatingAdmissionPolicyBinding ${binding.name}: no ${paramKind.kind} params found; the policy is not applied (parameterNotFoundAction Allow).`);
        continue;
      }
      for (const param of params) variants.push({ binding, param });
    }
    for (const v of variants) {
      const bspec = v.binding.raw.spec ?? {};
      const bindingFilter: ObjectFilter = bspec.matchResources ? vapMatchFilter(bspec.matchResources, namespaces) : () => true;
      const suffix =
        variants.length === 1
          ? ''
          : `/${v.binding.name}${v.key ? `/${v.key}` : v.param && variants.filter((x) => x.binding === v.binding).length > 1 ? `/${v.param.name}` : ''}`;
      const draft: AdmissionDraft = {
        ...base,
        id: `vap/${policy.name}${suffix}`,
        title: `ValidatingAdmissionPolicy ${policy.name} bound by ${v.binding.name}${v.param ? ` with params ${v.param.name}` : ''}`,
        severity: severityOfActions(bspec.validationActions),
        filter: (o) => policyFilter(o) && bindingFilter(o) && (v.only === undefined || v.only(o)),
        params: v.param?.raw ?? null,
      };
      if (v.missing) {
        // The apiserver denies every matching request when the binding's params are missing.
        draft.matchConditions = [];
        draft.variables = [];
        draft.validations = [{ expression: 'false', message: v.missing, path: ['spec', 'paramKind'] }];
      }
      out.drafts.push(draft);
    }
  }
  return out;
}
