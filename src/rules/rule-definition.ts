import type { ManifestObject, Severity } from '../model/types.js';

/**
 * A rule as written in `policies/<id>/rule.yaml`: ValidatingAdmissionPolicy vocabulary
 * (`matchConditions`, `variables`, `validations` where true means pass, `message`,
 * `messageExpression`, `fieldPath`) plus what a linter needs on top (id, severity, docs, typed
 * params, per-element validations).
 */
export interface RuleDefinition {
  id: string;
  category: string;
  severity: Severity;
  description: string;
  remediation: string;
  /** Why it matters, with the Kubernetes behaviour behind it (Markdown). */
  rationale?: string;
  links: string[];
  /**
   * Rules whose finding this rule's finding replaces when both report at the same file, line and
   * column (one cause, a more specific message): the other is kept, marked suppressed.
   */
  supersedes?: string[];
  params: Record<string, ParamSpec>;
  match: MatchSpec;
  matchConditions: NamedExpression[];
  variables: NamedExpression[];
  validations: ValidationSpec[];
  /** The rule file, for error positions. */
  source: ManifestObject;
  /** Directory of the rule (its tests and README sit beside it). */
  dir: string;
  builtin: boolean;
}

export interface ParamSpec {
  type: 'integer' | 'number' | 'string' | 'boolean' | 'array' | 'object';
  description: string;
  default: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  /** For `array` params: the type every element must have. */
  items?: { type: Exclude<ParamSpec['type'], 'array'> };
}

export interface MatchSpec {
  /** Kinds, or the group `PodControllers` (every kind that owns a pod template). */
  kinds: string[];
  apiGroups?: string[];
  namespaces?: string[];
  excludeNamespaces?: string[];
  /** Label selector on the object's own labels. */
  labelSelector?: unknown;
}

export interface NamedExpression {
  name: string;
  expression: string;
  /** Index within its list in the rule file (for error positions). */
  index: number;
}

export interface ValidationSpec {
  id: string;
  index: number;
  expression: string;
  /** Evaluates to a list; the validation runs once per element, bound as `item` (and `index`). */
  forEach?: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  fieldPathExpression?: string;
  severity?: Severity;
  /** Evaluates to 'error' | 'warning' | 'notice', overriding the rule's severity per finding. */
  severityExpression?: string;
  /** Evaluates to a list of objects the finding should name as related locations. */
  related?: string;
}

/** Group names usable in `match.kinds`. */
export const KIND_GROUPS: Record<string, string[]> = {
  PodControllers: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Rollout'],
  ScalableWorkloads: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Rollout'],
};
