/**
 * What a scenario run found wrong, tied to the object responsible and the line of the field to change:
 * a drain that timed out (the blocking PDB), a workload at zero or below its PDB floor, pods that stayed
 * unschedulable, an HPA pinned at maxReplicas while the metrics asked for more.
 */
import { formatFieldPath } from '../model/field-path.js';
import type { ManifestObject, ObjectRef, PathSegment, Severity } from '../model/types.js';
import type { ScenarioOutcome } from './outcome.js';
import type { HpaSpec, ModelInput, PdbSpec, WorkloadSpec } from './workloads.js';
import { podTemplateOf } from '../model/workloads.js';
import type { DrainReport } from './outcome.js';
import { formatDuration } from './units.js';

export type ProblemRule = 'sim/drain-blocked' | 'sim/availability-drop' | 'sim/unschedulable' | 'sim/zone-loss-outage' | 'sim/hpa-saturated';

export const PROBLEM_SEVERITY: Record<ProblemRule, Severity> = {
  'sim/drain-blocked': 'error',
  'sim/zone-loss-outage': 'error',
  'sim/availability-drop': 'warning',
  'sim/unschedulable': 'warning',
  'sim/hpa-saturated': 'warning',
};

export interface Problem {
  ruleId: ProblemRule;
  scenario: string;
  object: ObjectRef;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fieldPath: string;
  /** One sentence on what happened in this scenario. */
  detail: string;
}

/** Pending pod-seconds above which pods count as unschedulable rather than waiting for a node launch. */
export const UNSCHEDULABLE_THRESHOLD_SECONDS = 120;

function anchor(o: ManifestObject, path: PathSegment[]): Pick<Problem, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'fieldPath' | 'object'> {
  const at = o.locate(path);
  return {
    file: o.file,
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

/** The field most likely responsible for pods that cannot be placed, from the scheduler's reasons. */
function placementField(w: WorkloadSpec, reasons: readonly string[]): PathSegment[] {
  const text = reasons.join(' ');
  if (/topology spread/.test(text)) return templateField(w, 'topologySpreadConstraints');
  if (/affinity|selector/.test(text)) {
    const spec = podTemplateOf(w.object)?.spec ?? {};
    return templateField(w, 'affinity' in spec ? 'affinity' : 'nodeSelector');
  }
  if (/Insufficient (cpu|memory)|limits/.test(text)) return [...templateField(w, 'containers'), 0, 'resources'];
  return templateField(w, 'tolerations');
}

function zoneField(w: WorkloadSpec): PathSegment[] {
  const spec = podTemplateOf(w.object)?.spec ?? {};
  if (spec.nodeSelector) return templateField(w, 'nodeSelector');
  if (spec.affinity) return templateField(w, 'affinity');
  if (spec.topologySpreadConstraints) return templateField(w, 'topologySpreadConstraints');
  return w.kind === 'DaemonSet' ? ['spec'] : ['spec', 'replicas'];
}

function pdbField(p: PdbSpec): PathSegment[] {
  return ['spec', p.maxUnavailable !== undefined ? 'maxUnavailable' : 'minAvailable'];
}

function drainDetail(d: DrainReport): string {
  switch (d.status) {
    case 'timed-out':
      return `the drain of node ${d.node} timed out after ${d.durationSeconds}s with ${d.rejections} eviction(s) refused by this budget`;
    case 'unfinished': {
      // No timeout (kubectl's default): the drain would wait forever, so the simulation's end is all it reached.
      const pods = d.remainingPods.length > 0 ? `; pod(s) still on the node: ${d.remainingPods.join(', ')}` : '';
      return (
        `the drain of node ${d.node} was still blocked when the simulation ended, after ${formatDuration(d.durationSeconds)} ` +
        `(no drain timeout), with ${d.rejections} eviction(s) refused by ${d.blockingPdbs.join(', ')}${pods}`
      );
    }
    default:
      return `the drain of node ${d.node} failed: ${d.messages[0] ?? 'eviction refused'}`;
  }
}

export function findProblems(outcomes: readonly ScenarioOutcome[], model: ModelInput): Problem[] {
  const workloads = new Map(model.workloads.map((w) => [w.key, w]));
  const pdbs = new Map(model.pdbs.map((p) => [p.key, p]));
  const hpas = new Map<string, HpaSpec>(model.hpas.map((h) => [h.key, h]));
  const problems: Problem[] = [];
  for (const s of outcomes) {
    for (const d of s.drains) {
      if (d.status === 'drained') continue;
      for (const key of d.blockingPdbs) {
        const pdb = pdbs.get(key);
        if (!pdb) continue;
        problems.push({
          ruleId: 'sim/drain-blocked',
          scenario: s.id,
          ...anchor(pdb.object, pdbField(pdb)),
          detail: drainDetail(d),
        });
      }
    }
    for (const w of s.workloads) {
      const spec = workloads.get(w.workload);
      if (!spec || w.desired === 0) continue;
      if (w.zeroSeconds > 0) {
        const zone = s.scenario === 'zone-outage';
        problems.push({
          ruleId: zone ? 'sim/zone-loss-outage' : 'sim/availability-drop',
          scenario: s.id,
          ...anchor(spec.object, zone ? zoneField(spec) : ['spec', 'replicas']),
          detail: `${w.kind} ${w.name} had no ready replica for ${w.zeroSeconds}s (desired ${w.desired})`,
        });
      } else if (w.pdbFloor !== undefined && w.belowFloorSeconds > 0 && s.scenario !== 'zone-outage') {
        problems.push({
          ruleId: 'sim/availability-drop',
          scenario: s.id,
          ...anchor(spec.object, ['spec', 'replicas']),
          detail: `${w.kind} ${w.name} fell to ${w.minReady} ready replica(s), below its PDB floor of ${w.pdbFloor}, for ${w.belowFloorSeconds}s`,
        });
      }
      if (w.maxPending > 0 && w.pendingPodSeconds > UNSCHEDULABLE_THRESHOLD_SECONDS) {
        problems.push({
          ruleId: 'sim/unschedulable',
          scenario: s.id,
          ...anchor(spec.object, placementField(spec, w.unschedulableReasons)),
          detail: `up to ${w.maxPending} pod(s) of ${w.kind} ${w.name} could not be scheduled (${w.pendingPodSeconds} pod-seconds): ${w.unschedulableReasons[0] ?? 'no node fits'}`,
        });
      }
    }
    for (const h of s.hpas) {
      const spec = hpas.get(h.hpa);
      if (!spec || h.saturatedSeconds <= 0) continue;
      problems.push({
        ruleId: 'sim/hpa-saturated',
        scenario: s.id,
        ...anchor(spec.object, ['spec', 'maxReplicas']),
        detail: `HPA ${spec.name} sat at maxReplicas ${h.maxReplicas} for ${h.saturatedSeconds}s while the metrics asked for up to ${h.peakRecommended}`,
      });
    }
  }
  return problems;
}
