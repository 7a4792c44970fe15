import { parseFieldPath } from '../model/field-path.js';
import type { ManifestObject, PathSegment, Severity } from '../model/types.js';
import { isRecord } from '../model/workloads.js';
import { KIND_GROUPS, type MatchSpec, type NamedExpression, type ParamSpec, type RuleDefinition, type ValidationSpec } from './rule-definition.js';

export const RULE_API_VERSION = 'resilint.dev/v1alpha1';

/** A problem in a rule file, with the path of the field at fault so it can be given a line. */
export class RuleProblem extends Error {
  constructor(
    message: string,
    readonly path: PathSegment[],
    /** For a CEL error: where in the expression at `path` (0-based), so the finding can point there. */
    readonly expressionOffset?: number,
  ) {
    super(message);
  }
}

/** Several problems of one rule found in one pass (every CEL expression is compiled, not just up to the first error). */
export class RuleProblems extends RuleProblem {
  constructor(readonly all: readonly RuleProblem[]) {
    super(all[0]!.message, all[0]!.path, all[0]!.expressionOffset);
  }
}

const SEVERITIES = new Set(['error', 'warning', 'notice']);
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const PARAM_TYPES = new Set(['integer', 'number', 'string', 'boolean', 'array', 'object']);

/**
 * Turns a `kind: Rule` object into a RuleDefinition, rejecting unknown fields and wrong shapes
 * with the path of the offending field. CEL is compiled later, by `compile-rule.ts`.
 */
export function parseRule(source: ManifestObject, dir: string, builtin: boolean): RuleDefinition {
  const raw = source.raw;
  allowKeys(raw, [], ['apiVersion', 'kind', 'metadata', 'docs', 'params', 'match', 'matchConditions', 'variables', 'validations']);
  if (raw.apiVersion !== RULE_API_VERSION) {
    throw new RuleProblem(`apiVersion must be ${RULE_API_VERSION}`, ['apiVersion']);
  }
  const meta = record(raw.metadata, ['metadata']);
  allowKeys(meta, ['metadata'], ['id', 'name', 'category', 'severity', 'supersedes', 'labels', 'annotations']);
  const id = str(meta.id ?? meta.name, ['metadata', 'id']);
  if (!RULE_ID.test(id)) throw new RuleProblem(`rule id "${id}" must be kebab-case`, ['metadata', 'id']);
  const severity = str(meta.severity, ['metadata', 'severity']);
  if (!SEVERITIES.has(severity)) throw new RuleProblem(`severity must be error, warning or notice`, ['metadata', 'severity']);

  const docs = record(raw.docs, ['docs']);
  allowKeys(docs, ['docs'], ['description', 'remediation', 'rationale', 'links']);
  const description = sentence(docs.description, ['docs', 'description']);
  const remediation = sentence(docs.remediation, ['docs', 'remediation']);

  const rule: RuleDefinition = {
    id,
    category: meta.category === undefined ? 'general' : str(meta.category, ['metadata', 'category']),
    severity: severity as Severity,
    description,
    remediation,
    rationale: docs.rationale === undefined ? undefined : str(docs.rationale, ['docs', 'rationale']),
    links: docs.links === undefined ? [] : list(docs.links, ['docs', 'links']).map((l, i) => str(l, ['docs', 'links', i])),
    supersedes:
      meta.supersedes === undefined
        ? []
        : list(meta.supersedes, ['metadata', 'supersedes']).map((x, i) => {
            const other = str(x, ['metadata', 'supersedes', i]);
            if (!RULE_ID.test(other) || other === id) throw new RuleProblem(`supersedes must list other rules' ids, not "${other}"`, ['metadata', 'supersedes', i]);
            return other;
          }),
    params: parseParams(raw.params),
    match: parseMatch(raw.match),
    matchConditions: namedList(raw.matchConditions, 'matchConditions'),
    variables: namedList(raw.variables, 'variables'),
    validations: parseValidations(raw.validations),
    source,
    dir,
    builtin,
  };
  return rule;
}

function parseParams(v: unknown): Record<string, ParamSpec> {
  if (v === undefined || v === null) return {};
  const params = record(v, ['params']);
  const out: Record<string, ParamSpec> = {};
  for (const [name, specRaw] of Object.entries(params)) {
    const path = ['params', name];
    if (!CAMEL.test(name)) throw new RuleProblem(`param "${name}" must be camelCase`, path);
    const spec = record(specRaw, path);
    allowKeys(spec, path, ['type', 'description', 'default', 'enum', 'minimum', 'maximum', 'items']);
    const type = str(spec.type, [...path, 'type']);
    if (!PARAM_TYPES.has(type)) throw new RuleProblem(`param type must be one of ${[...PARAM_TYPES].join(', ')}`, [...path, 'type']);
    if (!('default' in spec)) throw new RuleProblem(`param "${name}" needs a default`, path);
    const p: ParamSpec = { type: type as ParamSpec['type'], description: sentence(spec.description, [...path, 'description']), default: spec.default };
    if (spec.enum !== undefined) p.enum = list(spec.enum, [...path, 'enum']);
    if (spec.minimum !== undefined) p.minimum = Number(spec.minimum);
    if (spec.maximum !== undefined) p.maximum = Number(spec.maximum);
    if (spec.items !== undefined) {
      const items = record(spec.items, [...path, 'items']);
      allowKeys(items, [...path, 'items'], ['type']);
      const itemType = str(items.type, [...path, 'items', 'type']);
      if (type !== 'array') throw new RuleProblem('items is only for params of type array', [...path, 'items']);
      if (!PARAM_TYPES.has(itemType) || itemType === 'array') {
        throw new RuleProblem(`items type must be one of ${[...PARAM_TYPES].filter((t) => t !== 'array').join(', ')}`, [...path, 'items', 'type']);
      }
      p.items = { type: itemType as NonNullable<ParamSpec['items']>['type'] };
    }
    const err = checkParamValue(p, spec.default);
    if (err) throw new RuleProblem(`default of param "${name}" ${err}`, [...path, 'default']);
    out[name] = p;
  }
  return out;
}

/** Checks a param value against its spec; returns what is wrong, or undefined. */
export function checkParamValue(p: ParamSpec, value: unknown): string | undefined {
  const ok =
    p.type === 'integer' ? Number.isInteger(value) :
    p.type === 'number' ? typeof value === 'number' :
    p.type === 'string' ? typeof value === 'string' :
    p.type === 'boolean' ? typeof value === 'boolean' :
    p.type === 'array' ? Array.isArray(value) :
    isRecord(value);
  if (!ok) return `must be of type ${p.type}`;
  if (p.items && Array.isArray(value)) {
    const items = p.items;
    const bad = value.findIndex((item) => checkParamValue({ type: items.type, description: '', default: item }, item) !== undefined);
    if (bad !== -1) return `must be a list of ${items.type} values (item ${bad + 1} is not)`;
  }
  if (p.enum && !p.enum.includes(value)) return `must be one of ${p.enum.map(String).join(', ')}`;
  if (p.minimum !== undefined && typeof value === 'number' && value < p.minimum) return `must be at least ${p.minimum}`;
  if (p.maximum !== undefined && typeof value === 'number' && value > p.maximum) return `must be at most ${p.maximum}`;
  return undefined;
}

function parseMatch(v: unknown): MatchSpec {
  const m = record(v, ['match']);
  allowKeys(m, ['match'], ['kinds', 'apiGroups', 'namespaces', 'excludeNamespaces', 'labelSelector']);
  const kinds = list(m.kinds, ['match', 'kinds']).map((k, i) => str(k, ['match', 'kinds', i]));
  if (kinds.length === 0) throw new RuleProblem('match.kinds must name at least one kind', ['match', 'kinds']);
  const expanded = kinds.flatMap((k) => KIND_GROUPS[k] ?? [k]);
  const strings = (key: string) => (m[key] === undefined ? undefined : list(m[key], ['match', key]).map((x, i) => str(x, ['match', key, i])));
  return {
    kinds: [...new Set(expanded)],
    apiGroups: strings('apiGroups'),
    namespaces: strings('namespaces'),
    excludeNamespaces: strings('excludeNamespaces'),
    labelSelector: m.labelSelector,
  };
}

function namedList(v: unknown, key: string): NamedExpression[] {
  if (v === undefined || v === null) return [];
  const seen = new Set<string>();
  return list(v, [key]).map((item, index) => {
    const path = [key, index];
    const r = record(item, path);
    allowKeys(r, path, ['name', 'expression']);
    const name = str(r.name, [...path, 'name']);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new RuleProblem(`name "${name}" must be a CEL identifier`, [...path, 'name']);
    if (seen.has(name)) throw new RuleProblem(`duplicate name "${name}"`, [...path, 'name']);
    seen.add(name);
    return { name, expression: str(r.expression, [...path, 'expression']), index };
  });
}

function parseValidations(v: unknown): ValidationSpec[] {
  const items = list(v, ['validations']);
  if (items.length === 0) throw new RuleProblem('a rule needs at least one validation', ['validations']);
  const seen = new Set<string>();
  return items.map((item, index) => {
    const path: PathSegment[] = ['validations', index];
    const r = record(item, path);
    allowKeys(r, path, ['id', 'expression', 'forEach', 'message', 'messageExpression', 'fieldPath', 'fieldPathExpression', 'severity', 'severityExpression', 'related', 'reason']);
    const id = str(r.id, [...path, 'id']);
    if (!CAMEL.test(id)) throw new RuleProblem(`validation id "${id}" must be camelCase`, [...path, 'id']);
    if (seen.has(id)) throw new RuleProblem(`duplicate validation id "${id}"`, [...path, 'id']);
    seen.add(id);
    const opt = (key: string) => (r[key] === undefined ? undefined : str(r[key], [...path, key]));
    const spec: ValidationSpec = { id, index, expression: str(r.expression, [...path, 'expression']) };
    for (const key of ['forEach', 'message', 'messageExpression', 'fieldPath', 'fieldPathExpression', 'severityExpression', 'related'] as const) {
      const value = opt(key);
      if (value !== undefined) spec[key] = value;
    }
    if (r.severity !== undefined) {
      const s = str(r.severity, [...path, 'severity']);
      if (!SEVERITIES.has(s)) throw new RuleProblem('severity must be error, warning or notice', [...path, 'severity']);
      spec.severity = s as Severity;
    }
    // As the apiserver validates a policy's messages: a report line cannot hold a line break.
    if (spec.message !== undefined && spec.message.includes('\n')) {
      throw new RuleProblem('message must not contain line breaks (fold a long YAML message with `>-`)', [...path, 'message']);
    }
    if (spec.fieldPath) {
      try {
        parseFieldPath(spec.fieldPath);
      } catch (error) {
        throw new RuleProblem((error as Error).message, [...path, 'fieldPath']);
      }
    }
    return spec;
  });
}

function allowKeys(obj: Record<string, unknown>, path: PathSegment[], allowed: string[]): void {
  const unknown = Object.keys(obj).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  // Every misspelt field of this block at once, pointing at the first.
  const names = unknown.map((k) => `"${k}"`).join(', ');
  throw new RuleProblem(
    `unknown field${unknown.length > 1 ? 's' : ''} ${names}${path.length ? ` in ${path.join('.')}` : ''} (allowed: ${allowed.join(', ')})`,
    [...path, unknown[0]!],
  );
}

function record(v: unknown, path: PathSegment[]): Record<string, any> {
  if (!isRecord(v)) throw new RuleProblem(`${path.join('.') || 'rule'} must be a mapping`, path);
  return v;
}

function list(v: unknown, path: PathSegment[]): unknown[] {
  if (!Array.isArray(v)) throw new RuleProblem(`${path.join('.')} must be a list`, path);
  return v;
}

function str(v: unknown, path: PathSegment[]): string {
  if (typeof v !== 'string' || v.trim() === '') throw new RuleProblem(`${path.join('.')} must be a non-empty string`, path);
  return v;
}

function sentence(v: unknown, path: PathSegment[]): string {
  const s = str(v, path).trim();
  if (!/[.!?]$/.test(s)) throw new RuleProblem(`${path.join('.')} must be a full sentence ending with a period`, path);
  return s;
}
