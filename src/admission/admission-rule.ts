import { parseFieldPath } from '../model/field-path.js';
import type { ManifestObject, PathSegment, Severity } from '../model/types.js';
import type { NamedExpression, RuleDefinition, ValidationSpec } from '../rules/rule-definition.js';
import type { ObjectFilter } from './match-resources.js';
import { objectPathIn, pathText, usesAuthorizer, variablesUsed } from './offline-expressions.js';

/** A CEL expression of an admission policy, with where it sits in the policy file. */
export interface DraftExpression {
  name: string;
  expression: string;
  path: PathSegment[];
}

export interface DraftValidation {
  expression: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  path: PathSegment[];
}

/**
 * An admission policy (or one Kyverno rule) in a neutral shape, after match blocks, bindings,
 * params and actions were resolved. `buildAdmissionRule` turns it into a resilint rule.
 */
export interface AdmissionDraft {
  id: string;
  /** "ValidatingAdmissionPolicy demo", "Kyverno ClusterPolicy x, rule y": for descriptions. */
  title: string;
  description?: string;
  source: ManifestObject;
  severity: Severity;
  filter: ObjectFilter;
  /** The `params` object (already plain data), or null. */
  params: unknown;
  /** failurePolicy Ignore: an expression that fails to evaluate is not reported. */
  ignoreErrors: boolean;
  matchConditions: DraftExpression[];
  variables: DraftExpression[];
  validations: DraftValidation[];
  /** For autogen rules: where the pod template sits, prefixed to field paths. */
  templatePath?: PathSegment[];
}

/** What lint needs beyond the RuleDefinition: who it applies to, its params, its failure policy. */
export interface AdmissionRule {
  rule: RuleDefinition;
  filter: ObjectFilter;
  params: unknown;
  ignoreErrors: boolean;
}

/**
 * Builds the resilint rule. Expressions that need `authorizer` (directly or through a variable)
 * are replaced by a notice saying they cannot be evaluated offline; a matchCondition that needs it
 * makes every validation such a notice, since whether the policy applies is unknown.
 */
export function buildAdmissionRule(input: AdmissionDraft): AdmissionRule {
  const draft = withNamespaceObject(input);
  const unavailable = new Set<string>();
  const needsCluster = (e: string) => usesAuthorizer(e) || variablesUsed(e).some((v) => unavailable.has(v));
  const variables = draft.variables.filter((v) => {
    if (!needsCluster(v.expression)) return true;
    unavailable.add(v.name);
    return false;
  });
  const conditions = draft.matchConditions.filter((m) => !needsCluster(m.expression));
  const applicabilityUnknown = conditions.length < draft.matchConditions.length;

  const sourcePaths = new Map<string, PathSegment[]>();
  const named = (list: DraftExpression[], key: string): NamedExpression[] =>
    list.map((x, index) => {
      sourcePaths.set(`${key}.${index}`, x.path);
      return { name: x.name, expression: x.expression, index };
    });
  const validations: ValidationSpec[] = draft.validations.map((v, index) => {
    sourcePaths.set(`validations.${index}`, v.path);
    const id = `validation${index}`;
    if (applicabilityUnknown || needsCluster(v.expression)) {
      const why = applicabilityUnknown ? 'a matchCondition uses `authorizer`' : 'it uses `authorizer`';
      return {
        id,
        index,
        expression: 'false',
        severity: 'notice',
        message: `not evaluable offline: ${why}, which needs a live cluster (expression: ${v.expression.trim()})`,
        fieldPath: pathText(draft.templatePath),
      };
    }
    const spec: ValidationSpec = { id, index, expression: v.expression };
    if (v.message) spec.message = v.message;
    if (v.messageExpression && !needsCluster(v.messageExpression)) spec.messageExpression = v.messageExpression;
    spec.fieldPath = fieldPathOf(v, draft.templatePath);
    if (spec.fieldPath === undefined) delete spec.fieldPath;
    return spec;
  });

  const rule: RuleDefinition = {
    id: draft.id,
    category: 'admission',
    severity: draft.severity,
    description: draft.description ?? `${draft.title}.`,
    remediation: `Change the object so that every validation of ${draft.title} holds.`,
    links: [],
    params: {},
    match: { kinds: ['*'] },
    matchConditions: named(conditions, 'matchConditions'),
    variables: named(variables, 'variables'),
    validations,
    source: remapSource(draft.source, sourcePaths),
    dir: '',
    builtin: false,
  };
  return { rule, filter: draft.filter, params: draft.params, ignoreErrors: draft.ignoreErrors };
}

/**
 * Where a finding points: the validation's own `fieldPath`, else the object path its
 * messageExpression or expression names, else (for autogen rules) the pod template.
 */
function fieldPathOf(v: DraftValidation, templatePath: PathSegment[] | undefined): string | undefined {
  if (v.fieldPath) {
    try {
      const path = parseFieldPath(v.fieldPath);
      return pathText(templatePath && path[0] === 'spec' ? [...templatePath, ...path] : path);
    } catch {
      // An unparsable fieldPath falls back to a guess rather than losing the finding.
    }
  }
  return pathText(objectPathIn(v.messageExpression) ?? objectPathIn(v.expression) ?? templatePath);
}

/**
 * A view of the policy object whose `locate` understands the rule's own paths
 * (`validations[i].expression`), so compile errors point at the line in the policy file.
 */
function remapSource(policy: ManifestObject, sourcePaths: Map<string, PathSegment[]>): ManifestObject {
  return {
    ...policy,
    get range() {
      return policy.range;
    },
    locate(path) {
      const base = sourcePaths.get(`${String(path[0])}.${String(path[1])}`);
      return policy.locate(base ? [...base, ...path.slice(2)] : path);
    },
  };
}

/**
 * The apiserver always has the Namespace of a namespaced object; offline there may be no
 * Namespace manifest. Expressions then see the namespace as the apiserver creates it: its name
 * and the `kubernetes.io/metadata.name` label. Null for cluster-scoped objects, as in the apiserver.
 */
const NAMESPACE_VARIABLE = 'resilintNamespaceObject';
const NAMESPACE_FALLBACK =
  "namespaceObject != null ? namespaceObject : (request.namespace == '' ? dyn(null) : dyn({'apiVersion': 'v1', 'kind': 'Namespace', " +
  "'metadata': {'name': request.namespace, 'labels': {'kubernetes.io/metadata.name': request.namespace}}}))";

function withNamespaceObject(draft: AdmissionDraft): AdmissionDraft {
  const uses = (e: string | undefined) => e !== undefined && /\bnamespaceObject\b/.test(e);
  const all = [...draft.matchConditions, ...draft.variables, ...draft.validations];
  if (!all.some((x) => uses(x.expression) || ('messageExpression' in x && uses(x.messageExpression)))) return draft;
  const swap = (e: string) => e.replace(/\bnamespaceObject\b/g, `variables.${NAMESPACE_VARIABLE}`);
  const fallback: DraftExpression = { name: NAMESPACE_VARIABLE, expression: NAMESPACE_FALLBACK, path: ['spec'] };
  // matchConditions run before variables, so they get the fallback inline.
  return {
    ...draft,
    matchConditions: draft.matchConditions.map((m) => ({ ...m, expression: m.expression.replace(/\bnamespaceObject\b/g, `(${NAMESPACE_FALLBACK})`) })),
    variables: [fallback, ...draft.variables.map((v) => ({ ...v, expression: swap(v.expression) }))],
    validations: draft.validations.map((v) => ({ ...v, expression: swap(v.expression), messageExpression: v.messageExpression && swap(v.messageExpression) })),
  };
}
