/**
 * The node-side predicates kube-scheduler evaluates per pod: nodeSelector, required node affinity
 * (NodeAffinity plugin) and taints against tolerations (TaintToleration plugin).
 */

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface NodeSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  matchFields?: NodeSelectorRequirement[];
}

/** `v1.Toleration.ToleratesTaint`: an empty key with Exists tolerates everything; an empty effect matches all. */
export function tolerates(tolerations: readonly Toleration[], taint: Taint): boolean {
  return tolerations.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.key && t.key !== taint.key) return false;
    if (!t.key && t.operator !== 'Exists') return false;
    if (t.operator === 'Exists') return true;
    return (t.value ?? '') === (taint.value ?? '');
  });
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate (PreferNoSchedule only affects scoring). */
export function untoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[]): Taint | undefined {
  return taints.find((taint) => (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerates(tolerations, taint));
}

function requirementMatches(req: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = (req.values ?? []).map(String);
  switch (req.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || values.length !== 1) return false;
      const have = Number.parseInt(value, 10);
      const want = Number.parseInt(values[0]!, 10);
      if (Number.isNaN(have) || Number.isNaN(want)) return false;
      return req.operator === 'Gt' ? have > want : have < want;
    }
    default:
      return false;
  }
}

/** A term matches when all its expressions match; an empty term matches nothing (as in kube-scheduler). */
function termMatches(term: NodeSelectorTerm, labels: Readonly<Record<string, string>>, nodeName: string): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  return (
    exprs.every((r) => requirementMatches(r, labels[r.key])) &&
    fields.every((r) => requirementMatches(r, r.key === 'metadata.name' ? nodeName : undefined))
  );
}

/** nodeSelector (all pairs) and required node affinity (terms ORed). */
export function nodeMatches(
  nodeSelector: Readonly<Record<string, string>>,
  requiredTerms: readonly NodeSelectorTerm[] | undefined,
  labels: Readonly<Record<string, string>>,
  nodeName: string,
): boolean {
  for (const [k, v] of Object.entries(nodeSelector)) if (labels[k] !== v) return false;
  if (requiredTerms === undefined) return true;
  return requiredTerms.some((t) => termMatches(t, labels, nodeName));
}
