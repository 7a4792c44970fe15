import type { CompiledProgram } from '../cel/compile.js';
import { formatFieldPath, parseFieldPath } from '../model/field-path.js';
import { fingerprint } from '../model/fingerprint.js';
import type { Finding, ManifestObject, PathSegment, RelatedLocation, Severity } from '../model/types.js';
import { selectorMatches } from '../model/workloads.js';
import type { MatchSpec } from '../rules/rule-definition.js';
import type { CompiledRule, CompiledValidation } from './compile-rule.js';
import type { RunContext } from './run-context.js';

export interface RuleSettings {
  severity: Severity;
  /** Params merged from the rule's defaults and the user's config, already CEL values. */
  params: Record<string, unknown>;
  docsUrl?: string;
}

/** Whether the rule's `match` block selects this object (before any CEL runs). */
export function matches(match: MatchSpec, o: ManifestObject): boolean {
  if (!match.kinds.includes(o.kind) && !match.kinds.includes('*')) return false;
  if (match.apiGroups) {
    const slash = o.apiVersion.indexOf('/');
    const group = slash === -1 ? '' : o.apiVersion.slice(0, slash);
    if (!match.apiGroups.includes(group) && !match.apiGroups.includes('*')) return false;
  }
  if (match.namespaces && (o.namespace === undefined || !match.namespaces.includes(o.namespace))) return false;
  if (match.excludeNamespaces && o.namespace !== undefined && match.excludeNamespaces.includes(o.namespace)) return false;
  if (match.labelSelector !== undefined) {
    const labels = o.raw.metadata?.labels ?? {};
    if (!selectorMatches(match.labelSelector, labels)) return false;
  }
  return true;
}

/**
 * Runs one rule on one object, with ValidatingAdmissionPolicy semantics: all matchConditions
 * must hold, variables are evaluated in order (each may use the ones before it), and every
 * validation whose expression is not true yields a finding. An expression that fails to
 * evaluate yields a `rule-error` finding on the object instead of being taken as a pass.
 */
export function evaluateRule(compiled: CompiledRule, o: ManifestObject, run: RunContext, settings: RuleSettings): Finding[] {
  const rule = compiled.rule;
  const object = run.cel(o);
  if (!object) {
    return [ruleError(rule.id, o, `not evaluated: ${run.unconvertible.get(o) ?? 'object could not be converted'}`)];
  }
  const variables: Record<string, unknown> = {};
  const namespace = run.relations.namespaceObject(o.namespace);
  const activation: Record<string, unknown> = {
    object,
    get objects() {
      return run.allObjects();
    },
    params: settings.params,
    variables,
    namespaceObject: namespace ? (run.cel(namespace) ?? null) : null,
    item: null,
    index: 0n,
    oldObject: null,
    // Built on first use: most rules never look at the admission request.
    get request() {
      return admissionRequest(o);
    },
    authorizer: null,
  };
  const evaluate = (p: CompiledProgram, what: string): { ok: true; value: unknown } | { ok: false; error: Finding } => {
    try {
      return { ok: true, value: p.evaluate(activation) };
    } catch (error) {
      return { ok: false, error: ruleError(rule.id, o, `${what} failed: ${firstLine(error)}`) };
    }
  };

  for (const m of compiled.matchConditions) {
    const r = evaluate(m.program, `matchCondition "${m.name}"`);
    if (!r.ok) return [r.error];
    if (r.value !== true) return [];
  }
  for (const v of compiled.variables) {
    const r = evaluate(v.program, `variable "${v.name}"`);
    if (!r.ok) return [r.error];
    variables[v.name] = r.value;
  }

  const findings: Finding[] = [];
  for (const validation of compiled.validations) {
    if (!validation.forEach) {
      findings.push(...checkOne(validation, o, rule.id, settings, evaluate, run));
      continue;
    }
    const items = evaluate(validation.forEach, `forEach of "${validation.spec.id}"`);
    if (!items.ok) {
      findings.push(items.error);
      continue;
    }
    if (!Array.isArray(items.value)) {
      findings.push(ruleError(rule.id, o, `forEach of "${validation.spec.id}" must evaluate to a list`));
      continue;
    }
    items.value.forEach((item, i) => {
      activation.item = item;
      activation.index = BigInt(i);
      findings.push(...checkOne(validation, o, rule.id, settings, evaluate, run));
    });
    activation.item = null;
    activation.index = 0n;
  }
  return findings;
}

type Evaluate = (p: CompiledProgram, what: string) => { ok: true; value: unknown } | { ok: false; error: Finding };

function checkOne(
  v: CompiledValidation,
  o: ManifestObject,
  ruleId: string,
  settings: RuleSettings,
  evaluate: Evaluate,
  run: RunContext,
): Finding[] {
  const spec = v.spec;
  const result = evaluate(v.expression, `validation "${spec.id}"`);
  if (!result.ok) return [result.error];
  if (result.value === true) return [];
  if (result.value !== false) return [ruleError(ruleId, o, `validation "${spec.id}" must evaluate to a bool`)];

  let message = spec.message ?? `failed expression: ${spec.expression.trim()}`;
  if (v.messageExpression) {
    // As in Kubernetes: a messageExpression that fails or is blank falls back to `message`.
    const m = evaluate(v.messageExpression, `messageExpression of "${spec.id}"`);
    if (m.ok && typeof m.value === 'string' && m.value.trim() && !m.value.includes('\n')) message = m.value;
  }

  let path: PathSegment[] | undefined = spec.fieldPath ? parseFieldPath(spec.fieldPath) : undefined;
  if (v.fieldPathExpression) {
    const p = evaluate(v.fieldPathExpression, `fieldPathExpression of "${spec.id}"`);
    if (p.ok && typeof p.value === 'string' && p.value) path = parseFieldPath(p.value);
  }

  let severity = spec.severity ?? settings.severity;
  if (v.severityExpression) {
    const s = evaluate(v.severityExpression, `severityExpression of "${spec.id}"`);
    if (s.ok && (s.value === 'error' || s.value === 'warning' || s.value === 'notice')) severity = s.value;
  }

  const related: RelatedLocation[] = [];
  if (v.related) {
    const r = evaluate(v.related, `related of "${spec.id}"`);
    if (r.ok && Array.isArray(r.value)) {
      for (const x of r.value) {
        const owner = run.owner(x);
        if (owner) {
          const at = owner.locate(['metadata', 'name']);
          related.push({ file: owner.file, line: at.line, column: at.column, message: `${owner.kind} ${owner.name}` });
        }
      }
    }
  }

  const anchor = path ?? ['metadata', 'name'];
  const at = o.locate(anchor);
  const fieldPath = path ? formatFieldPath(path) : undefined;
  const finding: Finding = {
    ruleId,
    validation: spec.id,
    severity,
    message,
    file: o.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    object: objectRef(o),
    fieldPath,
    fingerprint: fingerprint([ruleId, spec.id, o.file, o.kind, o.namespace, o.name, fieldPath]),
    suppressed: false,
  };
  if (settings.docsUrl) finding.docsUrl = settings.docsUrl;
  if (related.length) finding.related = related;
  return [finding];
}

export function ruleError(ruleId: string, o: ManifestObject, message: string): Finding {
  const at = o.locate(['metadata', 'name']);
  return {
    ruleId: 'rule-error',
    validation: ruleId,
    severity: 'warning',
    message: `rule ${ruleId}: ${message}`,
    file: o.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    object: objectRef(o),
    fingerprint: fingerprint(['rule-error', ruleId, o.file, o.kind, o.namespace, o.name]),
    suppressed: false,
  };
}

export function objectRef(o: ManifestObject) {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, name: o.name };
}

function firstLine(error: unknown): string {
  const e = error as { summary?: string; message?: string };
  return String(e.summary ?? e.message ?? error).split('\n')[0]!;
}

/** What the apiserver would pass as `request` when the object is created. */
function admissionRequest(o: ManifestObject): Record<string, unknown> {
  const slash = o.apiVersion.indexOf('/');
  const group = slash === -1 ? '' : o.apiVersion.slice(0, slash);
  const version = slash === -1 ? o.apiVersion : o.apiVersion.slice(slash + 1);
  return {
    operation: 'CREATE',
    kind: { group, version, kind: o.kind },
    resource: { group, version, resource: `${o.kind.toLowerCase()}s` },
    name: o.name,
    namespace: o.namespace ?? '',
    dryRun: true,
    userInfo: { username: 'resilint', groups: [] },
  };
}
