/**
 * Agreement of resilint with the peers' own test fixtures, for the checks that mean the same
 * thing (issue 3, "Real-world check"). Polaris, kube-score and kube-linter each state an expected
 * verdict per fixture; each fixture is linted on its own (unrelated fixtures must not see each
 * other's PDBs) and resilint's verdict for the object the peer judged is compared with it.
 *
 * Every disagreement is classified: either "resilint knows better", when one of the documented
 * REASONS below applies (each cites the Kubernetes behaviour behind it), or "bug".
 *
 * Run: node --import tsx scripts/peer-agreement.ts [--verbose]   (--verbose lists agreements too)
 * Exits 0 when ../shared is absent; 1 when a disagreement is classified as a bug.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintObjects, type PreparedRules } from '../src/engine/lint.js';
import { loadManifests } from '../src/load/load-manifests.js';
import type { Finding, ManifestObject } from '../src/model/types.js';
import { hasPodTemplate } from '../src/model/workloads.js';
import { CORPORA_DIR as CORPORA, prepareBuiltinPack } from './lib/shared-corpora.js';

const verbose = process.argv.includes('--verbose');

type Verdict = 'fail' | 'pass';

/** One peer verdict: the peer expects `expected` for the objects `targets` picks from `files`. */
interface PeerCase {
  files: string[];
  expected: Verdict;
  /** Picks the object(s) the verdict is about from the fixture's objects. */
  targets: (objects: ManifestObject[]) => ManifestObject[];
  /**
   * `object`: one verdict per target; `file`: one verdict for the fixture, failing when any
   * target has a finding (Polaris judges a fixture, whichever of its objects carries the failure).
   */
  unit: 'object' | 'file';
}

interface Mapping {
  peer: 'Polaris' | 'kube-score' | 'kube-linter';
  check: string;
  rules: string[];
  /** Which of the rules' findings express the peer's check (e.g. only the memory ones). */
  counts?: (f: Finding) => boolean;
  /**
   * kube-score's requests==limits checks apply to every pod; resilint's QoS rule applies to
   * critical pods only. To compare the QoS logic itself, every pod is marked critical first.
   */
  allCritical?: boolean;
  cases: () => PeerCase[];
}

/** What a reason sees about one disagreement. */
interface Disagreement {
  mapping: Mapping;
  expected: Verdict;
  /** The object the verdict is about (the fixture's first target when judged per file). */
  target: ManifestObject;
  objects: ManifestObject[];
  findings: Finding[];
}

/**
 * Documented reasons why resilint's verdict differs from a peer's on purpose. The first that
 * applies classifies the disagreement; a disagreement no reason explains is a bug.
 */
const REASONS: readonly { id: string; why: string; applies: (d: Disagreement) => boolean }[] = [
  {
    id: 'both-budgets',
    why: 'the PDB sets both minAvailable and maxUnavailable, which the apiserver rejects (B.1.2): resilint reports that (pdb-blocks-drain bothBudgets) whatever the budget values',
    applies: (d) => d.target.kind === 'PodDisruptionBudget' && has(d.target.raw.spec, 'minAvailable') && has(d.target.raw.spec, 'maxUnavailable'),
  },
  {
    id: 'null-pdb-selector',
    why: 'a PDB without spec.selector selects no pods in policy/v1 (B.1.1), so it blocks no drain; resilint reports pdb-selects-nothing (noSelector) instead',
    applies: (d) =>
      d.expected === 'fail' && d.target.kind === 'PodDisruptionBudget' && !d.target.raw.spec?.selector &&
      d.findings.some((f) => f.ruleId === 'pdb-selects-nothing' && sameObject(f, d.target)),
  },
  {
    id: 'no-pod-template',
    why:
      'the workload has no spec.template at all, so it has no pod labels for a PDB to select (the apiserver rejects it); the peer ' +
      'matches the PDB against the Deployment\'s own spec.selector instead; resilint reports pdb-selects-nothing',
    applies: (d) =>
      d.expected === 'fail' && d.target.kind === 'PodDisruptionBudget' &&
      d.objects.some((o) => hasPodTemplate(o.kind) && o.kind !== 'Pod' && o.namespace === d.target.namespace && !o.raw.spec?.template),
  },
  {
    id: 'blocks-at-scale',
    why:
      'a PDB in the fixture allows 0 disruptions at its workload\'s expected scale (spec.replicas, or the HPA\'s minReplicas, ' +
      'both default 1; B.1.4, B.1.5): minAvailable equal to or above that scale blocks every drain, which the peer\'s check does not look at',
    applies: (d) => d.expected === 'pass' && d.objects.some((o) => o.kind === 'PodDisruptionBudget' && allowsNoDisruption(o, d.objects)),
  },
  {
    id: 'single-replica-spread',
    why: 'the workload runs one replica (and no HPA can raise it): there is nothing to spread, so resilint asks for zone spread only from 2 replicas',
    applies: (d) => d.expected === 'fail' && d.mapping.rules.includes('topology-spread-missing') && maxScale(d.target, d.objects) < 2,
  },
  {
    id: 'single-replica-pdb',
    why:
      'the workload runs one replica and is not critical: a PDB over one pod cannot keep it available, it can only block drains ' +
      '(minAvailable 1 of 1 allows 0 disruptions, B.1.5), so resilint asks for a PDB from 2 replicas or for critical workloads',
    applies: (d) =>
      d.expected === 'fail' && d.mapping.rules.includes('pdb-missing') && (d.target.raw.spec?.replicas ?? 1) < 2 &&
      !d.target.raw.spec?.template?.spec?.priorityClassName && d.target.raw.metadata?.annotations?.['resilint.io/critical'] !== 'true',
  },
];

const MAPPINGS: Mapping[] = [
  {
    peer: 'Polaris',
    check: 'pdbDisruptionsIsZero',
    rules: ['pdb-blocks-drain'],
    cases: () => polarisCases('pdbDisruptionsIsZero', ['PodDisruptionBudget']),
  },
  {
    peer: 'Polaris',
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    rules: ['hpa-min-below-pdb', 'pdb-blocks-drain'],
    cases: () => polarisCases('pdbMinAvailableGreaterThanHPAMinReplicas', ['HorizontalPodAutoscaler', 'PodDisruptionBudget']),
  },
  {
    peer: 'Polaris',
    check: 'topologySpreadConstraint',
    rules: ['topology-spread-missing'],
    cases: () => polarisCases('topologySpreadConstraint', ['Deployment', 'StatefulSet']),
  },
  {
    peer: 'Polaris',
    check: 'missingPodDisruptionBudget',
    rules: ['pdb-missing'],
    cases: () => polarisCases('missingPodDisruptionBudget', ['Deployment']),
  },
  {
    peer: 'kube-score',
    check: 'Container Resource Requests Equal Limits',
    rules: ['critical-pod-guaranteed-qos'],
    allCritical: true,
    cases: () => kubeScoreCases('Container Resource Requests Equal Limits', POD_KINDS),
  },
  {
    peer: 'kube-score',
    check: 'Container CPU Requests Equal Limits',
    rules: ['critical-pod-guaranteed-qos'],
    counts: (f) => /\bcpu$/.test(f.fieldPath ?? ''),
    allCritical: true,
    cases: () => kubeScoreCases('Container CPU Requests Equal Limits', POD_KINDS),
  },
  {
    peer: 'kube-score',
    check: 'Container Memory Requests Equal Limits',
    rules: ['critical-pod-guaranteed-qos'],
    counts: (f) => /\bmemory$/.test(f.fieldPath ?? ''),
    allCritical: true,
    cases: () => kubeScoreCases('Container Memory Requests Equal Limits', POD_KINDS),
  },
  {
    peer: 'kube-score',
    check: 'Deployment has PodDisruptionBudget',
    rules: ['pdb-missing'],
    cases: () => kubeScoreCases('Deployment has PodDisruptionBudget', ['Deployment']),
  },
  {
    peer: 'kube-score',
    check: 'StatefulSet has PodDisruptionBudget',
    rules: ['pdb-missing'],
    cases: () => kubeScoreCases('StatefulSet has PodDisruptionBudget', ['StatefulSet']),
  },
  {
    peer: 'kube-score',
    check: 'Pod Topology Spread Constraints',
    rules: ['topology-spread-constraint-invalid'],
    // The pod-template-hash advice is resilint's own recommendation, not part of kube-score's check.
    counts: (f) => f.validation !== 'matchLabelKeysMissing',
    cases: () => kubeScoreCases('Pod Topology Spread Constraints', POD_KINDS),
  },
  {
    peer: 'kube-linter',
    check: 'pdb-min-available',
    rules: ['pdb-blocks-drain', 'hpa-min-below-pdb'],
    // "…replicas for deployment foo is equal to or lower than…": the PDB in foo's namespace.
    cases: () =>
      kubeLinterCases('pdb-min-available', (report, objects) => {
        const name = /for deployment (\S+) /.exec(report)?.[1];
        const workload = objects.find((o) => o.kind === 'Deployment' && o.name === name);
        return objects.filter((o) => o.kind === 'PodDisruptionBudget' && workload && o.namespace === workload.namespace);
      }),
  },
  {
    peer: 'kube-linter',
    check: 'pdb-max-unavailable',
    rules: ['pdb-blocks-drain'],
    // "MaxUnavailable is set to 0": the PDBs whose maxUnavailable is 0.
    cases: () =>
      kubeLinterCases('pdb-max-unavailable', (_report, objects) =>
        objects.filter((o) => o.kind === 'PodDisruptionBudget' && [0, '0%'].includes(o.raw.spec?.maxUnavailable)),
      ),
  },
  {
    peer: 'kube-linter',
    check: 'pdb-unhealthy-pod-eviction-policy',
    rules: ['pdb-unhealthy-eviction-policy'],
    // "unhealthyPodEvictionPolicy is not explicitly set": the PDBs without the field.
    cases: () =>
      kubeLinterCases('pdb-unhealthy-pod-eviction-policy', (_report, objects) =>
        objects.filter((o) => o.kind === 'PodDisruptionBudget' && !has(o.raw.spec, 'unhealthyPodEvictionPolicy')),
      ),
  },
];

const POD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];

/** Polaris: a fixture named `failure*` must fail the check, any other must pass (test/schema_test.go). */
function polarisCases(check: string, kinds: string[]): PeerCase[] {
  const index = readJson('polaris/INDEX.json') as { fixtures: { check: string; file: string; expected: string }[] };
  return index.fixtures
    .filter((f) => f.check === check && (f.expected === 'failure' || f.expected === 'success'))
    .map((f) => ({
      files: [path.join('polaris', f.file)],
      expected: f.expected === 'failure' ? 'fail' : 'pass',
      targets: (objects) => objects.filter((o) => kinds.includes(o.kind)),
      unit: 'file' as const,
    }));
}

/** kube-score grades the first object having the check; any grade below AllOK counts as a failure. */
function kubeScoreCases(check: string, kinds: string[]): PeerCase[] {
  const data = readJson('kube-score/expectations.json') as { cases: { check: string; files: string[]; expected_grade?: string }[] };
  return data.cases
    .filter((c) => c.check === check && c.expected_grade)
    .map((c) => ({
      files: c.files.map((f) => path.join('kube-score/score/testdata', f)),
      expected: c.expected_grade === 'GradeAllOK' ? 'pass' : 'fail',
      targets: (objects) => objects.filter((o) => kinds.includes(o.kind)).slice(0, 1),
      unit: 'object' as const,
    }));
}

/**
 * kube-linter's e2e test lists the reports it expects on a fixture; `reported` picks the objects
 * a report is about (from what its message states). Objects of the same kind that no report
 * names are expected to pass.
 */
function kubeLinterCases(check: string, reported: (report: string, objects: ManifestObject[]) => ManifestObject[]): PeerCase[] {
  const data = readJson('kube-linter/e2e_expectations.json') as {
    tests: { check: string[]; files: string[]; expected_reports: { expected: string }[] }[];
  };
  const out: PeerCase[] = [];
  for (const t of data.tests.filter((x) => x.check.length === 1 && x.check[0] === check)) {
    const files = t.files.map((f) => path.join('kube-linter', f));
    const kinds = new Set(t.expected_reports.map((r) => r.expected.split(':')[0]!));
    const failing = (objects: ManifestObject[]) =>
      new Set(t.expected_reports.flatMap((r) => reported(r.expected.slice(r.expected.indexOf(':') + 2), objects)));
    out.push({ files, expected: 'fail', unit: 'object', targets: (objects) => [...failing(objects)] });
    out.push({
      files,
      expected: 'pass',
      unit: 'object',
      targets: (objects) => objects.filter((o) => kinds.has(o.kind) && !failing(objects).has(o)),
    });
  }
  return out;
}

interface Row {
  mapping: Mapping;
  agree: number;
  disagreements: { file: string; target: ManifestObject; expected: Verdict; reason: string; detail: string }[];
  agreements: string[];
}

function evaluate(prepared: PreparedRules, mapping: Mapping): Row {
  const row: Row = { mapping, agree: 0, disagreements: [], agreements: [] };
  for (const c of mapping.cases()) {
    const loaded = loadManifests(c.files, { cwd: CORPORA });
    if (mapping.allCritical) for (const o of loaded.objects) markCritical(o);
    const findings = lintObjects(loaded, prepared).findings;
    const targets = c.targets(loaded.objects);
    const units = c.unit === 'file' ? (targets.length ? [targets] : []) : targets.map((t) => [t]);
    for (const unit of units) {
      const target = unit[0]!;
      const own = findings.filter(
        (f) => mapping.rules.includes(f.ruleId) && unit.some((t) => sameObject(f, t)) && (mapping.counts?.(f) ?? true),
      );
      const actual: Verdict = own.length > 0 ? 'fail' : 'pass';
      const label = `${c.files.join(' + ')} ${target.kind}/${target.name}`;
      if (actual === c.expected) {
        row.agree++;
        row.agreements.push(`${label}: both ${actual}`);
        continue;
      }
      const d: Disagreement = { mapping, expected: c.expected, target, objects: loaded.objects, findings };
      const reason = REASONS.find((r) => r.applies(d));
      row.disagreements.push({
        file: c.files.join(' + '),
        target,
        expected: c.expected,
        reason: reason ? `resilint knows better (${reason.id}): ${reason.why}` : 'bug',
        detail: own.length ? own.map((f) => `${f.ruleId}/${f.validation}: ${f.message}`).join('; ') : 'no finding',
      });
    }
  }
  return row;
}

function main(): void {
  if (!existsSync(CORPORA)) {
    console.log(`skip: ${CORPORA} is not present, no peer fixtures to compare with.`);
    return;
  }
  const prepared = prepareBuiltinPack();
  const rows = MAPPINGS.map((m) => evaluate(prepared, m));
  const header = ['peer', 'check', 'resilint rule(s)', 'verdicts', 'agree', 'disagree', 'bugs'];
  const table = rows.map((r) => [
    r.mapping.peer,
    r.mapping.check,
    r.mapping.rules.join(', '),
    String(r.agree + r.disagreements.length),
    String(r.agree),
    String(r.disagreements.length),
    String(r.disagreements.filter((d) => d.reason === 'bug').length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  for (const t of table) console.log(line(t));
  const total = rows.reduce((n, r) => n + r.agree + r.disagreements.length, 0);
  const agree = rows.reduce((n, r) => n + r.agree, 0);
  const bugs = rows.flatMap((r) => r.disagreements).filter((d) => d.reason === 'bug').length;
  console.log(`\n${agree}/${total} verdicts agree; ${total - agree - bugs} disagreements explained, ${bugs} bugs.`);
  for (const r of rows) {
    if (r.disagreements.length === 0 && !verbose) continue;
    console.log(`\n${r.mapping.peer} ${r.mapping.check} → ${r.mapping.rules.join(', ')}${r.mapping.allCritical ? ' (every pod marked critical)' : ''}`);
    for (const d of r.disagreements) {
      console.log(`  ${d.file} ${d.target.kind}/${d.target.name}: peer ${d.expected}, resilint ${d.expected === 'fail' ? 'pass' : 'fail'}`);
      console.log(`    ${d.reason}`);
      if (d.detail !== 'no finding') console.log(`    resilint: ${d.detail}`);
    }
    if (verbose) for (const a of r.agreements) console.log(`  ${a}`);
  }
  process.exitCode = bugs ? 1 : 0;
}

function markCritical(o: ManifestObject): void {
  if (!hasPodTemplate(o.kind)) return;
  o.raw.metadata ??= {};
  o.raw.metadata.annotations = { ...(o.raw.metadata.annotations ?? {}), 'resilint.io/critical': 'true' };
}

/** Highest replica count a workload can reach: an HPA's maxReplicas, else spec.replicas (default 1). */
function maxScale(workload: ManifestObject, objects: ManifestObject[]): number {
  const hpa = hpaFor(workload, objects);
  return hpa ? Number(hpa.raw.spec?.maxReplicas ?? 1) : Number(workload.raw.spec?.replicas ?? 1);
}

/**
 * An independent, deliberately plain recomputation of B.1.4/B.1.5 for the fixtures (matchLabels
 * selectors over scalable controllers): does the PDB allow 0 disruptions with every pod healthy?
 */
function allowsNoDisruption(pdb: ManifestObject, objects: ManifestObject[]): boolean {
  const selector: Record<string, string> | undefined = pdb.raw.spec?.selector?.matchLabels;
  if (!selector) return false;
  const selected = objects.filter(
    (o) =>
      ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind) && o.namespace === pdb.namespace &&
      Object.entries(selector).every(([k, v]) => o.raw.spec?.template?.metadata?.labels?.[k] === v),
  );
  if (selected.length === 0) return false;
  const scale = selected.reduce((n, w) => {
    const hpa = w.raw.spec?.replicas === 0 ? undefined : hpaFor(w, objects);
    return n + Number(hpa ? (hpa.raw.spec?.minReplicas ?? 1) : (w.raw.spec?.replicas ?? 1));
  }, 0);
  const scaled = (v: unknown) => (typeof v === 'string' && v.endsWith('%') ? Math.ceil((Number.parseInt(v, 10) * scale) / 100) : Number(v));
  const { minAvailable, maxUnavailable } = pdb.raw.spec ?? {};
  const desired = maxUnavailable !== undefined ? Math.max(0, scale - scaled(maxUnavailable)) : minAvailable !== undefined ? scaled(minAvailable) : 0;
  return scale - desired <= 0;
}

function hpaFor(workload: ManifestObject, objects: ManifestObject[]): ManifestObject | undefined {
  return objects.find(
    (o) =>
      o.kind === 'HorizontalPodAutoscaler' && o.namespace === workload.namespace &&
      o.raw.spec?.scaleTargetRef?.name === workload.name && o.raw.spec?.scaleTargetRef?.kind === workload.kind,
  );
}

function sameObject(f: Finding, o: ManifestObject): boolean {
  return f.object?.kind === o.kind && f.object.name === o.name && (f.object.namespace ?? '') === (o.namespace ?? '');
}

function has(v: unknown, key: string): boolean {
  return v !== null && typeof v === 'object' && key in v && (v as Record<string, unknown>)[key] !== null;
}

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(path.join(CORPORA, rel), 'utf8'));
}

main();
