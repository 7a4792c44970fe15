import type { ManifestObject, PathSegment, Severity } from '../model/types.js';
import { isRecord } from '../model/workloads.js';
import type { AdmissionDraft, DraftExpression } from './admission-rule.js';
import { autogenDrafts, DEFAULT_POD_CONTROLLERS, parseControllers } from './autogen.js';
import { kyvernoBlockSelects, kyvernoMatchedKinds, kyvernoKindSelects, type NamespaceLabels, type ObjectFilter, vapMatchFilter, vapMatchesCreate } from './match-resources.js';
import { kyvernoExtensionIn } from './offline-expressions.js';
import { groupOf } from './resource-kinds.js';
import { namedExpressions, resolveParams, validationsOf, type DraftSet } from './vap.js';

const AUTOGEN_ANNOTATION = 'pod-policies.kyverno.io/autogen-controllers';

/** Kyverno's Enforce blocks the request (error); Audit only reports it (warning). */
function severityOfFailureAction(action: unknown): Severity {
  return typeof action === 'string' && action.toLowerCase() === 'enforce' ? 'error' : 'warning';
}

/** ValidatingPolicy speaks VAP's validationActions, but Kyverno's Audit lands in a policy report: a warning. */
function severityOfVpolActions(actions: unknown): Severity {
  const list = Array.isArray(actions) ? actions : [];
  return list.includes('Deny') || list.length === 0 ? 'error' : 'warning';
}

function describe(policy: ManifestObject): string | undefined {
  const d = policy.raw.metadata?.annotations?.['policies.kyverno.io/description'];
  return typeof d === 'string' && d.trim() ? d.trim().replace(/\s+/g, ' ') : undefined;
}

function firstExtension(expressions: string[]): string | undefined {
  for (const e of expressions) {
    const ext = kyvernoExtensionIn(e);
    if (ext) return ext;
  }
  return undefined;
}

export function isKyvernoValidatingPolicy(o: ManifestObject): boolean {
  return o.kind === 'ValidatingPolicy' && groupOf(o.apiVersion) === 'policies.kyverno.io';
}

export function isKyvernoPolicy(o: ManifestObject): boolean {
  return (o.kind === 'ClusterPolicy' || o.kind === 'Policy') && groupOf(o.apiVersion) === 'kyverno.io';
}

/** Kyverno `ValidatingPolicy`: VAP-shaped, with autogen for Pod policies unless configured otherwise. */
export function validatingPolicyDrafts(objects: readonly ManifestObject[], namespaces: NamespaceLabels): DraftSet {
  const out: DraftSet = { drafts: [], notes: [], skipped: [] };
  for (const policy of objects.filter(isKyvernoValidatingPolicy)) {
    const spec: Record<string, any> = isRecord(policy.raw.spec) ? policy.raw.spec : {};
    const skip = (reason: string) => out.skipped.push({ policy: policy.name, file: policy.file, reason });
    const matchConditions = namedExpressions(spec, 'matchConditions');
    const variables = namedExpressions(spec, 'variables');
    const validations = validationsOf(spec.validations, ['spec', 'validations']);
    if (validations.length === 0) { skip('no validations'); continue; }
    if (spec.evaluation?.mode === 'JSON') { skip('evaluation mode JSON (non-Kubernetes payloads)'); continue; }
    const ext = firstExtension([...matchConditions, ...variables, ...validations].flatMap((x) => [x.expression, ...('messageExpression' in x && x.messageExpression ? [x.messageExpression] : [])]));
    if (ext) { skip(`uses Kyverno CEL extension ${ext}`); continue; }
    if (!vapMatchesCreate(spec.matchConstraints)) { skip('matches no CREATE operation, and offline every object is a CREATE'); continue; }
    const draft: AdmissionDraft = {
      id: `kyverno/${policy.name}`,
      title: `Kyverno ValidatingPolicy ${policy.name}`,
      description: describe(policy),
      source: policy,
      severity: severityOfVpolActions(spec.validationActions),
      filter: vapMatchFilter(spec.matchConstraints, namespaces),
      params: null,
      ignoreErrors: spec.failurePolicy === 'Ignore',
      matchConditions,
      variables,
      validations,
    };
    out.drafts.push(draft);
    const controllers = parseControllers(spec.autogen?.podControllers?.controllers) ?? DEFAULT_POD_CONTROLLERS;
    if (selectsOnlyPods(spec.matchConstraints) && controllers.length > 0) {
      out.drafts.push(...autogenDrafts(draft, controllers, (v) => `kyverno/${policy.name}/${v === 'template' ? 'autogen' : 'autogen-cronjob'}`));
    }
  }
  return out;
}

function selectsOnlyPods(match: unknown): boolean {
  const rules = isRecord(match) && Array.isArray(match.resourceRules) ? match.resourceRules : [];
  return rules.length > 0 && rules.every((r) => isRecord(r) && Array.isArray(r.resources) && r.resources.length > 0 && r.resources.every((x: unknown) => x === 'pods'));
}

/** Kyverno `ClusterPolicy` / `Policy` rules whose `validate` uses `cel`; every other rule is skipped with why. */
export function kyvernoPolicyDrafts(objects: readonly ManifestObject[], manifests: readonly ManifestObject[], namespaces: NamespaceLabels): DraftSet {
  const out: DraftSet = { drafts: [], notes: [], skipped: [] };
  const pool = [...manifests, ...objects];
  for (const policy of objects.filter(isKyvernoPolicy)) {
    const spec: Record<string, any> = isRecord(policy.raw.spec) ? policy.raw.spec : {};
    const rules: unknown[] = Array.isArray(spec.rules) ? spec.rules : [];
    rules.forEach((r, i) => {
      if (!isRecord(r)) return;
      const name = typeof r.name === 'string' ? r.name : `rule${i}`;
      const skip = (reason: string) => out.skipped.push({ policy: policy.name, rule: name, file: policy.file, reason });
      const cel = r.validate?.cel;
      if (!isRecord(cel)) {
        skip(r.validate ? 'validate without cel (pattern, deny or foreach use JMESPath, which resilint does not evaluate)' : 'not a validate rule');
        return;
      }
      if (r.preconditions !== undefined) return skip('JMESPath preconditions (only celPreconditions are evaluated)');
      if (r.context !== undefined) return skip('context entries (API calls, ConfigMaps, image registries) need a live cluster');
      const base: PathSegment[] = ['spec', 'rules', i];
      const matchConditions: DraftExpression[] = (Array.isArray(r.celPreconditions) ? r.celPreconditions : [])
        .map((c: any, j: number) => ({ name: String(c?.name ?? `precondition${j}`), expression: String(c?.expression ?? 'true'), path: [...base, 'celPreconditions', j, 'expression'] }));
      const variables: DraftExpression[] = (Array.isArray(cel.variables) ? cel.variables : [])
        .filter((v: any) => isRecord(v) && typeof v.expression === 'string')
        .map((v: any, j: number) => ({ name: String(v.name), expression: v.expression, path: [...base, 'validate', 'cel', 'variables', j, 'expression'] }));
      const validations = validationsOf(cel.expressions, [...base, 'validate', 'cel', 'expressions']).map((v) => ({ ...v, message: v.message ?? (typeof r.validate.message === 'string' ? r.validate.message : undefined) }));
      if (validations.length === 0) return skip('validate.cel has no expressions');
      const ext = firstExtension([...matchConditions, ...variables, ...validations].flatMap((x) => [x.expression, ...('messageExpression' in x && x.messageExpression ? [x.messageExpression] : [])]));
      if (ext) return skip(`uses Kyverno CEL extension ${ext}`);

      let params: unknown = null;
      if (isRecord(cel.paramKind)) {
        const found = isRecord(cel.paramRef) ? resolveParams(cel.paramKind, cel.paramRef, pool) : [];
        if (found.length === 0) return skip(`params of kind ${String(cel.paramKind.kind)} not found among the manifests or policies`);
        params = found[0]!.raw;
      }
      const inPolicyNamespace = (o: ManifestObject) => policy.kind === 'ClusterPolicy' || o.namespace === policy.namespace;
      const filter: ObjectFilter = (o) => inPolicyNamespace(o) && kyvernoBlockSelects(r.match, o, namespaces) && !(r.exclude !== undefined && kyvernoBlockSelects(r.exclude, o, namespaces));
      const draft: AdmissionDraft = {
        id: `kyverno/${policy.name}/${name}`,
        title: `Kyverno ${policy.kind} ${policy.name}, rule ${name}`,
        description: describe(policy),
        source: policy,
        severity: severityOfFailureAction(r.validate.failureAction ?? spec.validationFailureAction),
        filter,
        params,
        ignoreErrors: spec.failurePolicy === 'Ignore',
        matchConditions,
        variables,
        validations,
      };
      out.drafts.push(draft);
      const kinds = kyvernoMatchedKinds(r.match);
      const podOnly = kinds.length > 0 && kinds.every((k) => typeof k === 'string' && kyvernoKindSelects(k, { apiVersion: 'v1', kind: 'Pod' }) && k !== '*');
      const controllers = parseControllers(policy.raw.metadata?.annotations?.[AUTOGEN_ANNOTATION]) ?? DEFAULT_POD_CONTROLLERS;
      if (podOnly && controllers.length > 0) {
        out.drafts.push(...autogenDrafts(draft, controllers, (v) => `kyverno/${policy.name}/${v === 'template' ? 'autogen' : 'autogen-cronjob'}-${name}`));
      }
    });
  }
  return out;
}
