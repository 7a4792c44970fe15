/**
 * What a scenario run found wrong, tied to the object responsible and the line of the field to change:
 * a drain that a PDB held up (with the budget's numbers), a workload at zero or below its PDB floor, pods that
 * stayed unschedulable or fit no node even before the disruption, an HPA pinned at maxReplicas while the metrics
 * asked for more. Each problem carries what to do about this case, not about the rule in general.
 */
import { formatFieldPath } from '../model/field-path.js';
import type { ManifestObject, ObjectRef, PathSegment, Severity } from '../model/types.js';
import { podTemplateOf } from '../model/workloads.js';
import { LABEL_ZONE } from './cluster.js';
import type { DrainRefusal, DrainReport, ScenarioOutcome, WorkloadOutcome } from './outcome.js';
import { pdbSelects, type HpaSpec, type ModelInput, type PdbSpec, type WorkloadSpec } from './workloads.js';
import { formatDuration } from './units.js';

export type ProblemRule =
  | 'sim/drain-blocked'
  | 'sim/availability-drop'
  | 'sim/unschedulable'
  | 'sim/unschedulable-at-start'
  | 'sim/zone-loss-outage'
  | 'sim/hpa-saturated'
  | 'sim/consolidation-blocked';

export const PROBLEM_SEVERITY: Record<ProblemRule, Severity> = {
  'sim/drain-blocked': 'error',
  'sim/zone-loss-outage': 'error',
  // The manifests do not run as written, whatever the disruption: as serious as an outage.
  'sim/unschedulable-at-start': 'error',
  'sim/availability-drop': 'warning',
  'sim/unschedulable': 'warning',
  'sim/hpa-saturated': 'warning',
  // Nodes paid for and not used: a cost, not an outage.
  'sim/consolidation-blocked': 'warning',
};

/** A number that says how bad a problem was; a comparison calls the head worse when one of them grew. */
export interface Measure {
  label: string;
  value: number;
  unit: 'seconds' | 'count';
}

export interface Problem {
  ruleId: ProblemRule;
  scenario: string;
  object: ObjectRef;
  file: string;
  /** `file` from the repository root when resilint runs below it (ManifestObject.identityFile): fingerprints use it. */
  identityFile?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fieldPath: string;
  /** One sentence on what happened in this scenario. */
  detail: string;
  /** What to change, for this case (a full sentence). */
  remediation: string;
  /** The workload (WorkloadOutcome.workload) whose availability the problem is about; a comparison judges it by that. */
  workload?: string;
  /** Otherwise: how bad it was, most important first, higher is worse. */
  measures?: Measure[];
}

/** Pending pod-seconds above which pods count as unschedulable rather than waiting for a node launch. */
export const UNSCHEDULABLE_THRESHOLD_SECONDS = 120;

export function anchor(
  o: ManifestObject,
  path: PathSegment[],
): Pick<Problem, 'file' | 'identityFile' | 'line' | 'column' | 'endLine' | 'endColumn' | 'fieldPath' | 'object'> {
  const at = o.locate(path);
  return {
    file: o.file,
    ...(o.identityFile ? { identityFile: o.identityFile } : {}),
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    fieldPath: formatFieldPath(path.slice(0, at.matchedSegments)),
    object: { apiVersion: o.apiVersion, kind: o.kind, name: o.name, ...(o.namespace ? { namespace: o.namespace } : {}) },
  };
}

function templateField(w: WorkloadSpec, field: string): PathSegment[] {
  const template = podTemplateOf(w.object);
  const base = template ? [...template.path, 'spec'] : ['spec'];
  return template && field in template.spec ? [...base, field] : base;
}

type PlacementCause = 'size' | 'spread' | 'placement' | 'capacity' | 'limits' | 'taint';

/** What most likely keeps pods from a node, from the size check and the scheduler's reasons. */
function placementCause(w: WorkloadOutcome): PlacementCause {
  if (w.noFit) return 'size';
  const text = w.unschedulableReasons.join(' ');
  if (/topology spread/.test(text)) return 'spread';
  if (/affinity|selector/.test(text)) return 'placement';
  if (/reached its limits/.test(text)) return 'limits';
  if (/Insufficient (cpu|memory)/.test(text)) return 'capacity';
  return 'taint';
}

/** The field most likely responsible for pods that cannot be placed. */
function placementField(w: WorkloadSpec, cause: PlacementCause): PathSegment[] {
  switch (cause) {
    case 'spread':
      return templateField(w, 'topologySpreadConstraints');
    case 'placement': {
      const spec = podTemplateOf(w.object)?.spec ?? {};
      return templateField(w, 'affinity' in spec ? 'affinity' : 'nodeSelector');
    }
    case 'size':
    case 'capacity':
    case 'limits':
      return [...templateField(w, 'containers'), 0, 'resources'];
    default:
      return templateField(w, 'tolerations');
  }
}

function placementRemedy(cause: PlacementCause): string {
  switch (cause) {
    case 'size':
      return "Lower the requests to fit the largest node on offer, or offer larger nodes (a larger instance type in the NodePool's requirements, or a node group of larger instances).";
    case 'spread':
      return 'Relax the topology spread constraint (a larger maxSkew, or whenUnsatisfiable: ScheduleAnyway) or leave room in every zone: with DoNotSchedule the pods wait rather than go where their workload already has more.';
    case 'placement':
      return 'Relax the node selector or affinity, or make sure the nodes that match it have room for these pods.';
    case 'limits':
      return "Raise the NodePool's limits, or request less, so that Karpenter may launch nodes for these pods.";
    case 'capacity':
      return 'Leave room for the pods of a lost or drained node: request less, or run more or larger nodes.';
    default:
      return "Add a toleration for the nodes' taint, or offer untainted nodes these pods may use.";
  }
}

function zonePinned(w: WorkloadSpec): boolean {
  if (LABEL_ZONE in w.pod.nodeSelector) return true;
  return (w.pod.requiredNodeTerms ?? []).length > 0 && (w.pod.requiredNodeTerms ?? []).every((t) => (t.matchExpressions ?? []).some((e) => e.key === LABEL_ZONE));
}

function zoneField(w: WorkloadSpec): PathSegment[] {
  const spec = podTemplateOf(w.object)?.spec ?? {};
  if (spec.nodeSelector) return templateField(w, 'nodeSelector');
  if (spec.affinity) return templateField(w, 'affinity');
  if (spec.topologySpreadConstraints) return templateField(w, 'topologySpreadConstraints');
  return w.kind === 'DaemonSet' ? ['spec'] : ['spec', 'replicas'];
}

function zoneRemedy(w: WorkloadOutcome, spec: WorkloadSpec): string {
  if (w.desired === 1) return 'Run at least two replicas and spread them across zones (topologySpreadConstraints on topology.kubernetes.io/zone): a single replica is lost with its zone.';
  if (zonePinned(spec)) return 'Do not pin the workload to one zone (its nodeSelector or node affinity on topology.kubernetes.io/zone); spread it across zones instead.';
  if (spec.pod.spread.some((c) => c.topologyKey === LABEL_ZONE && c.hard)) {
    return 'Leave room in the other zones for the replacement pods, so that the zone spread can place them while one zone is gone.';
  }
  return 'Spread the replicas across zones (topologySpreadConstraints on topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule), so losing one zone leaves replicas in the others.';
}

function availabilityRemedy(w: WorkloadOutcome, spec: WorkloadSpec, hasPdb: boolean, scenario: string): string {
  if (w.desired === 1) return 'Run at least two replicas, with a PodDisruptionBudget of maxUnavailable: 1: with one replica every drain of its node leaves none ready.';
  if (!hasPdb && scenario === 'consolidation') {
    return 'Add a PodDisruptionBudget (maxUnavailable: 1): Karpenter evicts every pod of a node it consolidates at once, and only a budget makes it wait for each replacement to be Ready.';
  }
  if (!hasPdb) return 'Add a PodDisruptionBudget (maxUnavailable: 1), so that drains evict these pods one at a time and wait for each replacement to be Ready.';
  if (w.maxPending > 0) return 'Make sure the replacement pods can be scheduled while a node is out (see why they stayed pending), so that the budget holds.';
  return `Spread the replicas over more nodes (topologySpreadConstraints on kubernetes.io/hostname) and keep the time until a new pod is Ready short (${formatDuration(spec.pod.readyDelaySeconds)} here), so that losing one node costs less than the budget allows.`;
}

export function pdbField(p: PdbSpec): PathSegment[] {
  return ['spec', p.maxUnavailable !== undefined ? 'maxUnavailable' : 'minAvailable'];
}

function pdbLabel(key: string): string {
  // PDB keys are `PodDisruptionBudget/<namespace>/<name>`; the reader knows it is a budget from the sentence.
  return key.replace(/^PodDisruptionBudget\//, '');
}

/** "needs 3 healthy pods and had 3, so it allowed 0 disruptions": the budget's arithmetic behind a refusal (B.1.5, B.1.6). */
export function refusalWhy(r: DrainRefusal): string {
  if (r.code === 500) return `pod ${r.pod} is selected by more than one PodDisruptionBudget, which the Eviction API refuses`;
  const budget = `PodDisruptionBudget ${pdbLabel(r.pdb)} needs ${r.desiredHealthy} of its ${r.expectedPods} pod(s) healthy and had ${r.currentHealthy}, so it allowed ${r.disruptionsAllowed} disruption(s)`;
  if (r.podReady || r.alwaysAllowUnhealthy) return budget;
  return `${budget}; pod ${r.pod} was not Ready, and without unhealthyPodEvictionPolicy: AlwaysAllow an unready pod goes only while the budget has the healthy pods it needs, at least one`;
}

export function drainRemedy(pdb: PdbSpec, r: DrainRefusal | undefined): string {
  if (!r) return 'Allow at least one disruption, so that a drain can evict these pods one at a time.';
  if (r.code === 500) return 'Make exactly one PodDisruptionBudget select these pods: the Eviction API refuses to evict a pod that two budgets select.';
  if (!r.podReady && !r.alwaysAllowUnhealthy) {
    return 'Set unhealthyPodEvictionPolicy: AlwaysAllow on this PodDisruptionBudget, so that pods that are not Ready (still starting, or crash-looping) can be evicted.';
  }
  if (r.desiredHealthy >= r.expectedPods) {
    if (pdb.maxUnavailable !== undefined) return `Set maxUnavailable to at least 1: with maxUnavailable: ${pdb.maxUnavailable} no pod may ever be evicted.`;
    if (r.expectedPods <= 1) return `Run at least two replicas and use maxUnavailable: 1: with one pod and minAvailable: ${pdb.minAvailable} no eviction is ever allowed.`;
    return `Lower minAvailable below the ${r.expectedPods} pods, or use maxUnavailable: 1: with minAvailable: ${pdb.minAvailable} every pod must stay up, so no eviction is ever allowed.`;
  }
  return `Only ${r.currentHealthy} of the ${r.expectedPods} pods were healthy when the drain asked, and the budget needs ${r.desiredHealthy}: make sure every pod can be scheduled and gets Ready (replacements within the drain timeout), or raise the timeout.`;
}

function drainEnd(d: DrainReport): string {
  switch (d.status) {
    case 'timed-out':
      return `timed out after ${formatDuration(d.durationSeconds)}`;
    case 'unfinished':
      // No timeout (kubectl's default): the drain would wait forever, so the simulation's end is all it reached.
      return `was still blocked when the simulation ended, after ${formatDuration(d.durationSeconds)} (no drain timeout)`;
    default:
      return `failed after ${formatDuration(d.durationSeconds)}`;
  }
}

function drainDetail(pdbKey: string, drains: readonly DrainReport[], total: number): string {
  const first = drains[0]!;
  const refusal = first.refusals.find((r) => r.pdb === pdbKey);
  const refused = drains.reduce((n, d) => n + d.rejections, 0);
  const head =
    drains.length === 1
      ? `the drain of node ${first.node} ${drainEnd(first)}`
      : `${drains.length} of ${total} drains did not finish; the first, of node ${first.node}, ${drainEnd(first)}`;
  const why = refusal ? `: ${refusalWhy(refusal)}` : '';
  const left = first.status === 'unfinished' && first.remainingPods.length > 0 ? `; still on the node: ${first.remainingPods.join(', ')}` : '';
  return `${head}${why} (${refused} eviction(s) refused)${left}`;
}

export function findProblems(outcomes: readonly ScenarioOutcome[], model: ModelInput): Problem[] {
  const workloads = new Map(model.workloads.map((w) => [w.key, w]));
  const pdbs = new Map(model.pdbs.map((p) => [p.key, p]));
  const hpas = new Map<string, HpaSpec>(model.hpas.map((h) => [h.key, h]));
  const pdbsOf = (w: WorkloadSpec) => model.pdbs.filter((p) => pdbSelects(p, w));
  const problems: Problem[] = [];
  for (const s of outcomes) {
    const blockedBy = blockedDrainsByPdb(s.drains);
    const forced = (s.upgrade?.forced ?? 0) > 0;
    // A forced upgrade (onTimeout=continue) deletes the pods a PDB kept: the drop below the floor that follows is the
    // drain's problem, reported with it, not a second finding on the workload.
    const forcedDrops = new Map<string, WorkloadOutcome[]>();
    for (const w of s.workloads) {
      const spec = workloads.get(w.workload);
      if (!spec || w.desired === 0) continue;
      if (w.pendingAtStart) {
        problems.push(unschedulableAtStart(s, w, spec));
        continue;
      }
      if (w.zeroSeconds > 0) {
        const zone = s.scenario === 'zone-outage';
        problems.push({
          ruleId: zone ? 'sim/zone-loss-outage' : 'sim/availability-drop',
          scenario: s.id,
          ...anchor(spec.object, zone ? zoneField(spec) : ['spec', 'replicas']),
          detail: `${w.kind} ${w.name} had no ready replica for ${formatDuration(w.zeroSeconds)} (desired ${w.desired})`,
          remediation: zone ? zoneRemedy(w, spec) : availabilityRemedy(w, spec, pdbsOf(spec).length > 0, s.scenario),
          workload: w.workload,
        });
      } else if (w.pdbFloor !== undefined && w.belowFloorSeconds > 0 && s.scenario !== 'zone-outage') {
        const pdb = pdbsOf(spec)[0];
        if (forced && pdb && blockedBy.has(pdb.key)) {
          forcedDrops.set(pdb.key, [...(forcedDrops.get(pdb.key) ?? []), w]);
        } else {
          problems.push({
            ruleId: 'sim/availability-drop',
            scenario: s.id,
            ...anchor(spec.object, ['spec', 'replicas']),
            detail: `${w.kind} ${w.name} fell to ${w.minReady} ready replica(s), below its PDB floor of ${w.pdbFloor}, for ${formatDuration(w.belowFloorSeconds)}`,
            remediation: availabilityRemedy(w, spec, true, s.scenario),
            workload: w.workload,
          });
        }
      }
      if (w.maxPending > 0 && w.pendingPodSeconds > UNSCHEDULABLE_THRESHOLD_SECONDS) {
        const cause = placementCause(w);
        problems.push({
          ruleId: 'sim/unschedulable',
          scenario: s.id,
          ...anchor(spec.object, placementField(spec, cause)),
          detail: `up to ${w.maxPending} pod(s) of ${w.kind} ${w.name} could not be scheduled (${formatDuration(w.pendingPodSeconds)} pod-time): ${w.noFit ?? w.unschedulableReasons[0] ?? 'no node fits'}`,
          remediation: placementRemedy(cause),
          workload: w.workload,
        });
      }
    }
    for (const [key, drains] of blockedBy) {
      const pdb = pdbs.get(key);
      if (!pdb) continue;
      const dropped = (forcedDrops.get(key) ?? []).map(
        (w) => `; replacing the node anyway took ${w.kind} ${w.name} to ${w.minReady} ready, below the floor of ${w.pdbFloor}, for ${formatDuration(w.belowFloorSeconds)}`,
      );
      problems.push({
        ruleId: 'sim/drain-blocked',
        scenario: s.id,
        ...anchor(pdb.object, pdbField(pdb)),
        detail: drainDetail(key, drains, s.upgrade?.nodes ?? s.drains.length) + dropped.join(''),
        remediation: drainRemedy(pdb, drains[0]!.refusals.find((r) => r.pdb === key)),
        measures: [
          { label: 'drains blocked', value: drains.length, unit: 'count' },
          { label: 'time blocked', value: drains.reduce((t, d) => t + d.durationSeconds, 0), unit: 'seconds' },
        ],
      });
    }
    for (const h of s.hpas) {
      const spec = hpas.get(h.hpa);
      if (!spec || h.saturatedSeconds <= 0) continue;
      problems.push({
        ruleId: 'sim/hpa-saturated',
        scenario: s.id,
        ...anchor(spec.object, ['spec', 'maxReplicas']),
        detail: `HPA ${spec.name} sat at maxReplicas ${h.maxReplicas} for ${formatDuration(h.saturatedSeconds)} while the metrics asked for up to ${h.peakRecommended}`,
        remediation: `Raise maxReplicas to at least ${h.peakRecommended}, the most the metrics asked for, or lower the load per pod the target implies.`,
        measures: [{ label: 'time at maxReplicas', value: h.saturatedSeconds, unit: 'seconds' }],
      });
    }
  }
  return problems;
}

/** Drains that did not end in `drained`, per blocking PDB, in the order they happened. */
function blockedDrainsByPdb(drains: readonly DrainReport[]): Map<string, DrainReport[]> {
  const out = new Map<string, DrainReport[]>();
  for (const d of drains) {
    if (d.status === 'drained') continue;
    for (const key of d.blockingPdbs) out.set(key, [...(out.get(key) ?? []), d]);
  }
  return out;
}

function unschedulableAtStart(s: ScenarioOutcome, w: WorkloadOutcome, spec: WorkloadSpec): Problem {
  const cause = placementCause(w);
  const missing = w.pendingAtStart!;
  const effect = w.minReady === 0 ? ', so it never has a ready replica' : '';
  return {
    ruleId: 'sim/unschedulable-at-start',
    scenario: s.id,
    ...anchor(spec.object, placementField(spec, cause)),
    detail: `${missing} of ${w.desired} pod(s) of ${w.kind} ${w.name} fit no node even before the disruption${effect}: ${w.noFit ?? w.unschedulableReasons[0] ?? 'no node fits'}`,
    remediation: placementRemedy(cause),
    workload: w.workload,
  };
}
