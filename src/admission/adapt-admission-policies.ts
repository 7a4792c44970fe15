import { toCel } from '../cel/values.js';
import { fingerprint } from '../model/fingerprint.js';
import type { Finding, ManifestObject } from '../model/types.js';
import { buildAdmissionRule, type AdmissionRule } from './admission-rule.js';
import { kyvernoPolicyDrafts, validatingPolicyDrafts } from './kyverno.js';
import { NamespaceLabels } from './match-resources.js';
import { vapDrafts, type SkippedPolicy } from './vap.js';

export type { AdmissionRule } from './admission-rule.js';
export type { SkippedPolicy } from './vap.js';

export interface AdaptedPolicies {
  rules: AdmissionRule[];
  /** Problems in policy files (none yet beyond compile errors, which lint reports per rule). */
  errors: Finding[];
  /** For the user: policies applied without binding, policies or rules skipped and why. */
  notes: string[];
  skipped: SkippedPolicy[];
}

/**
 * The door from admission policies to resilint rules: ValidatingAdmissionPolicy (+ bindings and
 * params) and Kyverno ValidatingPolicy / ClusterPolicy / Policy with `validate.cel`, found among
 * the non-Rule objects of the policy folders. Bindings, params and Namespaces may also come from
 * the manifests, as they would in a cluster.
 */
export function adaptAdmissionPolicies(policyObjects: readonly ManifestObject[], manifests: readonly ManifestObject[]): AdaptedPolicies {
  const namespaces = new NamespaceLabels(manifests);
  const sets = [vapDrafts(policyObjects, manifests, namespaces), validatingPolicyDrafts(policyObjects, namespaces), kyvernoPolicyDrafts(policyObjects, manifests, namespaces)];
  const skipped = sets.flatMap((s) => s.skipped);
  const notes = [
    ...sets.flatMap((s) => s.notes),
    ...skipped.map((s) => `${s.policy}${s.rule ? ` rule ${s.rule}` : ''} (${s.file}) skipped: ${s.reason}.`),
  ];
  const rules: AdmissionRule[] = [];
  const errors: Finding[] = [];
  const seen = new Map<string, ManifestObject>();
  for (const draft of sets.flatMap((s) => s.drafts)) {
    const clash = seen.get(draft.id);
    if (clash) {
      // Names are unique in a cluster; two policies with one name would silently shadow each other.
      if (clash !== draft.source) errors.push(duplicateError(draft.source, draft.id, clash.file));
      continue;
    }
    seen.set(draft.id, draft.source);
    rules.push(buildAdmissionRule(draft));
  }
  return { rules, errors, notes, skipped };
}

function duplicateError(policy: ManifestObject, id: string, otherFile: string): Finding {
  const at = policy.locate(['metadata', 'name']);
  const message = `rule ${id}: duplicate policy name (also in ${otherFile})`;
  return {
    ruleId: 'rule-error',
    validation: id,
    severity: 'error',
    message,
    file: policy.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    fingerprint: fingerprint(['rule-error', policy.file, id, message]),
    suppressed: false,
  };
}

/** What an adapted rule needs from lint beyond its definition: its params, filter and failure policy. */
export interface AdmissionAttachTarget {
  settings: Map<string, { params: Record<string, unknown> }>;
  filters?: Map<string, (o: ManifestObject) => boolean>;
  quietErrors?: Set<string>;
}

/** Gives prepared admission rules their params (the whole param object, as `params`), filters and failure policy. */
export function attachAdmissionRules(prepared: AdmissionAttachTarget, rules: readonly AdmissionRule[]): void {
  const filters = (prepared.filters ??= new Map());
  const quiet = (prepared.quietErrors ??= new Set());
  for (const a of rules) {
    const settings = prepared.settings.get(a.rule.id);
    if (!settings) continue; // disabled in the config, or failed to compile
    settings.params = (a.params === null ? null : toCel(a.params)) as Record<string, unknown>;
    filters.set(a.rule.id, a.filter);
    if (a.ignoreErrors) quiet.add(a.rule.id);
  }
}
