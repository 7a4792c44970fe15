import type { Severity } from '../model/types.js';
import type { ResilintConfig } from './load-config.js';

export interface EffectiveSeverity {
  /** What the rule's findings carry: the config's severity, else the rule's own. */
  severity: Severity;
  enabled: boolean;
  /** The config sets a severity other than the rule's own. */
  changed: boolean;
}

/**
 * A rule's severity under the config, as the lint run applies it (engine/lint.ts prepareRules):
 * for `resilint rules` and `explain`, which show what a run would do rather than the defaults.
 */
export function effectiveSeverity(rule: { id: string; severity: Severity }, config: ResilintConfig): EffectiveSeverity {
  const own = config.rules[rule.id] ?? {};
  const severity = own.severity ?? rule.severity;
  return { severity, enabled: own.enabled !== false, changed: severity !== rule.severity };
}

/**
 * A param value the config gives a rule, or undefined where the default applies: the rule's own
 * `params` win over the shared ones, which reach only the rules that declare them.
 */
export function configuredParam(rule: { id: string; params: Record<string, unknown> }, config: ResilintConfig, name: string): { value: unknown } | undefined {
  const own = config.rules[rule.id]?.params;
  if (own && Object.hasOwn(own, name)) return { value: own[name] };
  if (config.params && Object.hasOwn(rule.params, name) && Object.hasOwn(config.params, name)) return { value: config.params[name] };
  return undefined;
}
