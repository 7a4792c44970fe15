import type { ManifestObject, PathSegment } from '../model/types.js';
import type { AdmissionDraft, DraftExpression, DraftValidation } from './admission-rule.js';

/**
 * Kyverno's automatic rules for pod controllers: a rule written for Pods also runs on the pod
 * templates of the controllers, with `object.spec` and `object.metadata` read from the template
 * (Kyverno rewrites the expressions the same way; its policies' tests expect template labels). CronJobs nest the template one level deeper and get their own rule.
 */
export const DEFAULT_POD_CONTROLLERS = ['DaemonSet', 'Deployment', 'Job', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'CronJob'];

const TEMPLATE_PATH: PathSegment[] = ['spec', 'template'];
const CRONJOB_TEMPLATE_PATH: PathSegment[] = ['spec', 'jobTemplate', 'spec', 'template'];

/** Controllers named by `pod-policies.kyverno.io/autogen-controllers` or `autogen.podControllers`. */
export function parseControllers(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string').map(canonicalKind);
  if (typeof value !== 'string') return undefined;
  if (value.trim().toLowerCase() === 'none') return [];
  return value.split(',').map((s) => canonicalKind(s.trim())).filter(Boolean);
}

/** `deployments`, `apps/v1/Deployment`, `Deployment` → `Deployment`. */
function canonicalKind(entry: string): string {
  const last = entry.split('/').pop()!;
  const lower = last.toLowerCase().replace(/s$/, '');
  return DEFAULT_POD_CONTROLLERS.find((k) => k.toLowerCase() === lower) ?? last;
}

function rewrite(expression: string, template: PathSegment[]): string {
  const prefix = template.join('.');
  return expression.replace(/\b(object|oldObject)(\s*\.\s*)(\??)(spec|metadata)\b/g, (_m, root: string, dot: string, opt: string, field: string) => `${root}${dot}${opt}${prefix}.${field}`);
}

/**
 * The autogen drafts for a Pod draft: one for template-owning controllers and one for CronJobs,
 * each applying the Pod rule's own filter to the controller as if it were its Pod.
 */
export function autogenDrafts(
  pod: AdmissionDraft,
  controllers: string[],
  idFor: (variant: 'template' | 'cronjob') => string,
): AdmissionDraft[] {
  const out: AdmissionDraft[] = [];
  const templated = new Set(controllers.filter((k) => k !== 'CronJob'));
  const variants: Array<['template' | 'cronjob', Set<string>, PathSegment[]]> = [
    ['template', templated, TEMPLATE_PATH],
    ['cronjob', new Set(controllers.includes('CronJob') ? ['CronJob'] : []), CRONJOB_TEMPLATE_PATH],
  ];
  for (const [variant, kinds, template] of variants) {
    if (kinds.size === 0) continue;
    const re = <T extends DraftExpression | DraftValidation>(x: T): T => ({
      ...x,
      expression: rewrite(x.expression, template),
      ...('messageExpression' in x && x.messageExpression ? { messageExpression: rewrite(x.messageExpression, template) } : {}),
    });
    out.push({
      ...pod,
      id: idFor(variant),
      title: `${pod.title} (autogen for ${[...kinds].join(', ')})`,
      filter: (o) => kinds.has(o.kind) && pod.filter(asPod(o)),
      matchConditions: pod.matchConditions.map(re),
      variables: pod.variables.map(re),
      validations: pod.validations.map(re),
      templatePath: template,
    });
  }
  return out;
}

/** The controller seen through a Pod rule's match block: kind Pod in the core group, same labels and namespace. */
function asPod(o: ManifestObject): ManifestObject {
  return { ...o, apiVersion: 'v1', kind: 'Pod', get range() { return o.range; }, locate: o.locate };
}
