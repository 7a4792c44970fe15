import type { CompiledProgram } from '../cel/compile.js';
import { fromCel } from '../cel/values.js';
import { formatFieldPath, parseFieldPath } from '../model/field-path.js';
import type { Finding, ManifestObject, PathSegment, RelatedLocation, Severity } from '../model/types.js';
import { selectorMatches } from '../model/workloads.js';
import type { MatchSpec } from '../rules/rule-definition.js';
import type { CompiledRule, CompiledValidation } from './compile-rule.js';
import { objectFinding } from './object-finding.js';
import type { RunContext } from './run-context.js';

export interface RuleSettings {
  severity: Severity;
  /** Params merged from the rule's defaults and the user's config, already CEL values. */
  params: Record<string, unknown>;
  docsUrl?: string;
  /** The user's `severity` for the rule in .resilint.yaml: it applies to every finding of the rule. */
  severityOverride?: Severity;
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
 * must hold, variables are evaluated lazily on first use and cached (as the apiserver does, so a
 * costly variable that a short-circuited validation never reads costs nothing), and every
 * validation whose expression is not true yields a finding. An expression that fails to
 * evaluate yields a `rule-error` finding on the object instead of being taken as a pass.
 */
export function evaluateRule(compiled: CompiledRule, o: ManifestObject, run: RunContext, settings: RuleSettings): Finding[] {
  const rule = compiled.rule;
  const object = run.cel(o);
  if (!object) {
    return [ruleError(rule.id, o, `not evaluated: ${run.unconvertible.get(o) ?? 'object could not be converted'}`)];
  }
  const state = evaluationState(compiled);
  const activation = state.begin(o, object, run, settings);
  try {
    for (const m of compiled.matchConditions) {
      const r = state.evaluate(m.program, 'matchCondition', m.name);
      if (!r.ok) return [r.error];
      if (r.value !== true) return [];
    }
    const findings: Finding[] = [];
    for (const validation of compiled.validations) {
      if (!validation.forEach) {
        checkOne(validation, o, rule.id, settings, state, run, findings);
        continue;
      }
      const items = state.evaluate(validation.forEach, 'forEach of', validation.spec.id);
      if (!items.ok) {
        findings.push(items.error);
        continue;
      }
      if (!Array.isArray(items.value)) {
        findings.push(ruleError(rule.id, o, `forEach of "${validation.spec.id}" must evaluate to a list`));
        continue;
      }
      for (let i = 0; i < items.value.length; i++) {
        activation.item = items.value[i];
        activation.index = BigInt(i);
        state.forgetPerItem();
        checkOne(validation, o, rule.id, settings, state, run, findings);
      }
      state.forgetPerItem();
      activation.item = null;
      activation.index = 0n;
    }
    return dedupeRuleErrors(findings);
  } finally {
    state.end();
  }
}

/** Thrown by a variable's getter when its expression fails; carries the finding's message. */
class VariableFailure extends Error {}

type VariableState = { value: unknown } | { failure: VariableFailure };

/**
 * What one rule needs to evaluate an object, built once per rule and reset per object: the
 * activation and a `variables` map whose getters evaluate each variable on first read and
 * cache the result (or the failure) until the next object. Reusing them keeps a lint run from
 * allocating a fresh activation, closure set and property table for every (rule, object) pair.
 */
class EvaluationState {
  readonly activation: Record<string, unknown>;
  private readonly values: Array<VariableState | undefined>;
  private run: RunContext | undefined;
  private current: ManifestObject | undefined;

  private readonly perItem: number[];
  /** Variables whose evaluation is under way, to catch one that reads itself. */
  private readonly evaluating: boolean[];

  constructor(private readonly compiled: CompiledRule) {
    this.values = new Array(compiled.variables.length).fill(undefined);
    this.perItem = compiled.variables.flatMap((v, i) => (v.perItem ? [i] : []));
    this.evaluating = new Array(compiled.variables.length).fill(false);
    const variables: Record<string, unknown> = {};
    compiled.variables.forEach((v, i) => {
      Object.defineProperty(variables, v.name, { enumerable: true, get: () => this.variable(i) });
    });
    const self = this;
    this.activation = {
      object: null,
      get objects() {
        return self.run!.allObjects();
      },
      params: null,
      variables,
      namespaceObject: null,
      item: null,
      index: 0n,
      oldObject: null,
      // Built on first use: most rules never look at the admission request.
      get request() {
        return admissionRequest(self.current!);
      },
      authorizer: null,
    };
  }

  begin(o: ManifestObject, object: Record<string, unknown>, run: RunContext, settings: RuleSettings): Record<string, unknown> {
    this.run = run;
    this.current = o;
    run.anchor = o;
    const namespace = run.relations.namespaceObject(o.namespace);
    const a = this.activation;
    a.object = object;
    a.params = settings.params;
    a.namespaceObject = namespace ? (run.cel(namespace) ?? null) : null;
    a.item = null;
    a.index = 0n;
    return a;
  }

  /**
   * Evaluates one expression of the rule against the current object. `what` and `name` only make
   * the message of a failure (`validation "replicated" failed: ...`), so nothing is built on success.
   */
  evaluate(p: CompiledProgram, what: string, name: string): Outcome {
    try {
      return { ok: true, value: p.evaluate(this.activation) };
    } catch (error) {
      // A failing variable is reported as itself, once, whichever expression read it first.
      const message = error instanceof VariableFailure ? error.message : `${what} "${name}" failed: ${firstLine(error)}`;
      return { ok: false, error: ruleError(this.compiled.rule.id, this.current!, message) };
    }
  }

  /** Variables that read `item` or `index` are cached for one `forEach` element only. */
  forgetPerItem(): void {
    for (const i of this.perItem) this.values[i] = undefined;
  }

  end(): void {
    this.values.fill(undefined);
    if (this.run) this.run.anchor = undefined;
    this.run = undefined;
    this.current = undefined;
  }

  /** Evaluates variable i on first read; constant ones once per run (they read no rule variable). */
  private variable(i: number): unknown {
    const v = this.compiled.variables[i]!;
    let state = this.values[i];
    // With copies of an object in the run, what an anchored function returns depends on the object.
    const constant = v.constant && !(v.anchored && this.run!.relations.copies.length > 0);
    if (state === undefined && constant) state = this.run!.constants.get(v.program) as VariableState | undefined;
    if (state === undefined) {
      // A variable read while it is being evaluated would recurse forever (the load-time check
      // cannot see every way an expression reaches `variables`).
      if (this.evaluating[i]) throw new VariableFailure(`variable "${v.name}" reads itself`);
      this.evaluating[i] = true;
      try {
        state = { value: v.program.evaluate(this.activation) };
      } catch (error) {
        state = { failure: error instanceof VariableFailure ? error : new VariableFailure(`variable "${v.name}" failed: ${firstLine(error)}`) };
      } finally {
        this.evaluating[i] = false;
      }
      if (constant) this.run!.constants.set(v.program, state);
    }
    this.values[i] = state;
    if ('failure' in state) throw state.failure;
    return state.value;
  }
}

const states = new WeakMap<CompiledRule, EvaluationState>();

function evaluationState(compiled: CompiledRule): EvaluationState {
  let state = states.get(compiled);
  if (!state) states.set(compiled, (state = new EvaluationState(compiled)));
  return state;
}

/** One rule-error per distinct message: several validations reading one broken variable give one. */
function dedupeRuleErrors(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.ruleId === 'rule-error')) return findings;
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.ruleId !== 'rule-error') return true;
    if (seen.has(f.message)) return false;
    seen.add(f.message);
    return true;
  });
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: Finding };

function checkOne(
  v: CompiledValidation,
  o: ManifestObject,
  ruleId: string,
  settings: RuleSettings,
  state: EvaluationState,
  run: RunContext,
  out: Finding[],
): void {
  const spec = v.spec;
  const result = state.evaluate(v.expression, 'validation', spec.id);
  if (!result.ok) {
    out.push(result.error);
    return;
  }
  if (result.value === true) return;
  if (result.value !== false) {
    out.push(ruleError(ruleId, o, `validation "${spec.id}" must evaluate to a bool`));
    return;
  }

  // As in Kubernetes, a messageExpression that fails (or returns a line break) falls back to
  // `message`, and so do the other optional expressions. The apiserver logs such failures; a
  // linter owes the rule author the same, so each one is also reported as a rule-error.
  let message = spec.message ?? `failed expression: ${spec.expression.trim()}`;
  if (v.messageExpression) {
    const m = state.evaluate(v.messageExpression, 'messageExpression of', spec.id);
    if (!m.ok) out.push(m.error);
    else if (typeof m.value !== 'string') out.push(ruleError(ruleId, o, `messageExpression of "${spec.id}" must evaluate to a string`));
    else if (m.value.includes('\n')) out.push(ruleError(ruleId, o, `messageExpression of "${spec.id}" returned a message with a line break, which Kubernetes refuses`));
    // A blank result is the documented way to fall back to `message`, so it is no error.
    else if (m.value.trim()) message = m.value;
  }

  let path: PathSegment[] | undefined = spec.fieldPath ? parseFieldPath(spec.fieldPath) : undefined;
  if (v.fieldPathExpression) {
    const p = state.evaluate(v.fieldPathExpression, 'fieldPathExpression of', spec.id);
    if (!p.ok) out.push(p.error);
    else if (typeof p.value !== 'string') out.push(ruleError(ruleId, o, `fieldPathExpression of "${spec.id}" must evaluate to a string`));
    else if (p.value) {
      try {
        path = parseFieldPath(p.value);
      } catch (error) {
        // The rule author's mistake: say so on the object, and still report the finding at `fieldPath`.
        out.push(ruleError(ruleId, o, `fieldPathExpression of "${spec.id}" returned "${p.value}", which is not a field path: ${firstLine(error)}`));
      }
    }
  }

  let severity = spec.severity ?? settings.severity;
  if (v.severityExpression) {
    const s = state.evaluate(v.severityExpression, 'severityExpression of', spec.id);
    if (!s.ok) out.push(s.error);
    else if (s.value === 'error' || s.value === 'warning' || s.value === 'notice') severity = s.value;
    else out.push(ruleError(ruleId, o, `severityExpression of "${spec.id}" returned ${JSON.stringify(fromCel(s.value))}; expected "error", "warning" or "notice"`));
  }
  if (settings.severityOverride) severity = settings.severityOverride;

  const related: RelatedLocation[] = [];
  if (v.related) {
    const r = state.evaluate(v.related, 'related of', spec.id);
    if (!r.ok) out.push(r.error);
    else if (Array.isArray(r.value)) {
      for (const x of r.value) {
        const owner = run.owner(x);
        if (owner) {
          const at = owner.locate(['metadata', 'name']);
          related.push({ file: owner.file, line: at.line, column: at.column, message: `${owner.kind} ${owner.name}` });
        }
      }
    }
  }

  const fieldPath = path ? formatFieldPath(path) : undefined;
  const finding = objectFinding(o, {
    ruleId,
    validation: spec.id,
    severity,
    message,
    path,
    fieldPath,
    identity: [ruleId, spec.id, o.identityFile ?? o.file, o.kind, o.namespace, o.name, fieldPath],
  });
  if (settings.docsUrl) finding.docsUrl = settings.docsUrl;
  if (related.length) finding.related = related;
  out.push(finding);
}

export function ruleError(ruleId: string, o: ManifestObject, message: string): Finding {
  return objectFinding(o, {
    ruleId: 'rule-error',
    validation: ruleId,
    severity: 'warning',
    message: `rule ${ruleId}: ${message}`,
    // The message names what failed (which validation, which expression), so two failures on one
    // object keep two fingerprints and a baseline can tell a fixed one from a new one.
    identity: ['rule-error', ruleId, o.identityFile ?? o.file, o.kind, o.namespace, o.name, message],
  });
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
