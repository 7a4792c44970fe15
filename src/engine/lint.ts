import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toCel } from '../cel/values.js';
import { emptyConfig, findConfigFile, loadConfig, parseSize, type ResilintConfig } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { loadManifests, type LoadOptions, type LoadResult } from '../load/load-manifests.js';
import { adaptAdmissionPolicies, attachAdmissionRules } from '../admission/adapt-admission-policies.js';
import { isEngineRule } from '../model/engine-rules.js';
import type { Finding, LintResult, ManifestObject, RuleMeta, Severity } from '../model/types.js';
import { builtinPoliciesDir } from '../rules/builtin-dir.js';
import { closestId } from '../rules/closest-id.js';
import { loadRules } from '../rules/load-rules.js';
import { checkParamValue, RuleProblem, RuleProblems } from '../rules/parse-rule.js';
import type { RuleDefinition } from '../rules/rule-definition.js';
import { ruleProblemFinding } from '../rules/load-rules.js';
import { ruleDocsUrl } from '../version.js';
import { InstanceCatalogError, parseDescribeInstanceTypesText, type InstanceTypeCatalog } from '../model/instance-types.js';
import type { ContextHolder } from './cel-functions.js';
import { compileRule, createRuleEnvironment, type CompiledRule } from './compile-rule.js';
import { evaluateRule, matches, type RuleSettings } from './evaluate-rule.js';
import { RunContext } from './run-context.js';
import { applySupersedes, applySuppressions, unknownSuppressions } from './suppress.js';
import { applyBaseline, baselineNote, readBaseline, type Baseline } from './baseline.js';

export interface LintOptions {
  paths: string[];
  cwd?: string;
  include?: string[];
  exclude?: string[];
  namespace?: string;
  maxFileBytes?: number;
  configFile?: string;
  policies?: string[];
  /** Only findings in these files (relative to cwd) are reported; everything is still loaded. */
  reportFiles?: string[];
  instanceTypesFile?: string;
  /** Skip the built-in pack (for testing user policies alone). */
  noBuiltin?: boolean;
  /** Told how far the run is, for a progress line on long runs. */
  onProgress?: (progress: LintProgress) => void;
  /** Manifests read from stdin: the path `-` stands for them, reported as file `<stdin>`. */
  stdinText?: string;
  /** A directory or glob that yields no file is a usage error (the CLI; the Action's base may be empty). */
  requireManifests?: boolean;
  /** A JSON report of accepted findings (relative to cwd); the config's `baseline` when unset. */
  baseline?: string;
}

export interface LintProgress {
  phase: 'loading' | 'linting';
  done: number;
  /** Files when loading, objects when linting. */
  total: number;
}

export interface PreparedRules {
  compiled: CompiledRule[];
  errors: Finding[];
  holder: ContextHolder;
  settings: Map<string, RuleSettings>;
  meta: RuleMeta[];
  /** Extra per-rule object filters (admission policies' match blocks and bindings). */
  filters?: Map<string, (o: ManifestObject) => boolean>;
  /** Rules whose evaluation errors are not reported (admission failurePolicy Ignore). */
  quietErrors?: Set<string>;
  /** Every rule id loaded, disabled ones included (a suppression may name a rule the config turns off). */
  knownRuleIds?: Set<string>;
}

/** Lints manifests on disk: the library entry point behind the CLI and the Action. */
export function lint(options: LintOptions): LintResult {
  return lintDetailed(options).result;
}

/** `lint`, also handing back the loaded manifests so a caller (the simulator) need not load them again. */
export function lintDetailed(options: LintOptions): { result: LintResult; loaded: LoadResult } {
  const cwd = options.cwd ?? process.cwd();
  const config = readConfig(options, cwd);
  const loaded = loadManifests(options.paths, {
    ...effectiveLoadOptions(options, config),
    cwd,
    stdinText: options.stdinText,
    requireManifests: options.requireManifests,
    onFile: options.onProgress && ((done, total) => options.onProgress!({ phase: 'loading', done, total })),
  });
  const dirs = [
    ...(options.noBuiltin ? [] : [{ dir: builtinPoliciesDir(), builtin: true }]),
    ...[...(config.policies ?? []), ...(options.policies ?? [])].map((dir) => ({ dir, builtin: false })),
  ];
  const { rules, errors, otherObjects } = loadRules(dirs, cwd);
  const admission = adaptAdmissionPolicies(otherObjects, loaded.objects);
  const allRules = [...rules, ...admission.rules.map((a) => a.rule)];
  const prepared = prepareRules(allRules, config, [...errors, ...admission.errors, ...unknownSupersedes(allRules)]);
  attachAdmissionRules(prepared, admission.rules);
  const catalogFile = options.instanceTypesFile ? path.resolve(cwd, options.instanceTypesFile) : config.instanceTypes;
  const baselineFile = options.baseline ? path.resolve(cwd, options.baseline) : config.baseline;
  const result = lintObjects(
    loaded,
    prepared,
    options.reportFiles,
    catalogFile ? readCatalog(catalogFile, cwd) : undefined,
    options.onProgress && ((done, total) => options.onProgress!({ phase: 'linting', done, total })),
    baselineFile ? { file: relativeTo(cwd, baselineFile), accepted: readBaseline(baselineFile, cwd) } : undefined,
  );
  result.notes.push(...admission.notes);
  return { result, loaded };
}

/** The config file `lint` would use for these options (`configFile`, else one found in cwd). */
export function readConfig(options: Pick<LintOptions, 'configFile'>, cwd: string): ResilintConfig {
  const configFile = options.configFile ? path.resolve(cwd, options.configFile) : findConfigFile(cwd);
  return configFile ? loadConfig(configFile, cwd) : emptyConfig();
}

/**
 * Which files `lint` selects and how it reads them: options first, then the config file. Shared
 * with the Action, which must load the base commit's manifests exactly as the head's.
 */
export function effectiveLoadOptions(
  options: Pick<LintOptions, 'include' | 'exclude' | 'namespace' | 'maxFileBytes'>,
  config: ResilintConfig,
): Pick<LoadOptions, 'include' | 'exclude' | 'namespace' | 'maxFileBytes'> {
  return {
    include: options.include?.length ? options.include : config.include,
    exclude: [...(config.exclude ?? []), ...(options.exclude ?? [])],
    namespace: options.namespace ?? config.namespace,
    maxFileBytes: options.maxFileBytes ?? (config.maxFileSize !== undefined ? parseSize(config.maxFileSize) : undefined),
  };
}

/** Compiles rules and merges their settings with the user's config. */
export function prepareRules(rules: RuleDefinition[], config: ResilintConfig, loadErrors: Finding[] = []): PreparedRules {
  const holder: ContextHolder = {};
  const env = createRuleEnvironment(holder);
  const errors = [...loadErrors];
  const known = new Set(rules.map((r) => r.id));
  if (loadErrors.length === 0) {
    for (const id of Object.keys(config.rules)) {
      if (!known.has(id)) {
        const guess = closestId(id, [...known]);
        throw new UsageError(`${config.locate(['rules', id])}: unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint rules\`)`);
      }
    }
  }
  if (loadErrors.length === 0) checkSharedParams(rules, config);
  const compiled: CompiledRule[] = [];
  const settings = new Map<string, RuleSettings>();
  const meta: RuleMeta[] = [];
  for (const rule of rules) {
    const userCfg = config.rules[rule.id] ?? {};
    // A rule's own params are checked even when it is off: a typo there would surface only later.
    const own = userCfg.params ?? {};
    for (const [name, value] of Object.entries(own)) {
      const spec = rule.params[name];
      if (!spec) {
        const guess = closestId(name, Object.keys(rule.params));
        throw new UsageError(`${config.locate(['rules', rule.id, 'params', name])}: rule ${rule.id} has no param "${name}"${guess ? `; did you mean ${guess}?` : ''}`);
      }
      const problem = checkParamValue(spec, value);
      if (problem) throw new UsageError(`${config.locate(['rules', rule.id, 'params', name])}: param "${name}" ${problem}`);
    }
    if (userCfg.enabled === false) continue;
    const params: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.params)) params[name] = spec.default;
    for (const [name, value] of Object.entries(config.params ?? {})) {
      const spec = rule.params[name];
      // Where the rule sets the param itself, the shared value never reaches it.
      if (!spec || Object.hasOwn(own, name)) continue;
      const problem = checkParamValue(spec, value);
      if (problem) throw new UsageError(`${config.locate(['params', name])}: param "${name}" ${problem} (as rule ${rule.id} declares it)`);
      params[name] = value;
    }
    Object.assign(params, own);
    try {
      compiled.push(compileRule(env, rule));
    } catch (error) {
      if (!(error instanceof RuleProblem)) throw error;
      for (const problem of error instanceof RuleProblems ? error.all : [error]) errors.push(ruleProblemFinding(rule.source, problem, rule.id));
      continue;
    }
    const severity: Severity = userCfg.severity ?? rule.severity;
    const docsUrl = rule.builtin ? ruleDocsUrl(rule.id) : rule.links[0];
    settings.set(rule.id, { severity, severityOverride: userCfg.severity, params: paramsToCel(rule.params, params), docsUrl });
    meta.push({ id: rule.id, severity, description: rule.description, remediation: rule.remediation, docsUrl, category: rule.category });
  }
  return { compiled, errors, holder, settings, meta, knownRuleIds: known };
}

/**
 * Params as CEL values. A `number` param is always a CEL double: YAML reads `ratio: 3` as an
 * integer, and `params.ratio * 2.0` would then fail with "no such overload" for the user who
 * wrote 3 while the rule's tests, written with 2.5, pass.
 */
function paramsToCel(specs: RuleDefinition['params'], params: Record<string, unknown>): Record<string, unknown> {
  const values = toCel(params) as Record<string, unknown>;
  const toDouble = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name];
    if (spec.type === 'number') values[name] = toDouble(v);
    else if (spec.type === 'array' && spec.items?.type === 'number' && Array.isArray(v)) values[name] = v.map(toDouble);
  }
  return values;
}

/**
 * A `supersedes` entry naming no loaded rule is a typo that would leave both findings shown.
 * Checked over every rule of the run (a single rule's tests cannot tell).
 */
function unknownSupersedes(rules: readonly RuleDefinition[]): Finding[] {
  const known = rules.map((r) => r.id);
  return rules.flatMap((rule) =>
    (rule.supersedes ?? []).flatMap((other, i) => {
      if (known.includes(other)) return [];
      const guess = closestId(other, known);
      const problem = new RuleProblem(`supersedes unknown rule "${other}"${guess ? `; did you mean ${guess}?` : ''}`, ['metadata', 'supersedes', i]);
      return [ruleProblemFinding(rule.source, problem, rule.id)];
    }),
  );
}

/** A shared param that no rule declares is a typo, not a setting to ignore. */
function checkSharedParams(rules: readonly RuleDefinition[], config: ResilintConfig): void {
  const declared = new Set(rules.flatMap((r) => Object.keys(r.params)));
  for (const name of Object.keys(config.params ?? {})) {
    if (declared.has(name)) continue;
    const guess = closestId(name, [...declared]);
    throw new UsageError(`${config.locate(['params', name])}: no rule has a param "${name}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint explain <rule>\`)`);
  }
}

/** Runs prepared rules over loaded manifests. */
export function lintObjects(
  loaded: LoadResult,
  prepared: PreparedRules,
  reportFiles?: string[],
  catalog?: InstanceTypeCatalog,
  onObject?: (done: number, total: number) => void,
  baseline?: { file: string; accepted: Baseline },
): LintResult {
  const run = new RunContext(loaded.objects, catalog);
  prepared.holder.current = run;
  const byKind = new Map<string, CompiledRule[]>();
  for (const c of prepared.compiled) {
    for (const kind of c.rule.match.kinds) {
      const list = byKind.get(kind) ?? [];
      list.push(c);
      byKind.set(kind, list);
    }
  }
  const findings: Finding[] = [...loaded.problems, ...prepared.errors];
  const ruleIds = new Set(prepared.meta.map((m) => m.id));
  // Disabled rules, the loader's and engine's own ids, and the simulator's `sim/...` are all fine
  // to name, and so is `rule/validationId` for one validation of an enabled rule.
  const validationIds = new Set(prepared.compiled.flatMap((c) => c.rule.validations.map((v) => `${c.rule.id}/${v.id}`)));
  const knownIds = [...(prepared.knownRuleIds ?? ruleIds), ...validationIds];
  const isKnownRule = (id: string) =>
    ruleIds.has(id) ||
    prepared.knownRuleIds?.has(id) === true ||
    isEngineRule(id) ||
    id.startsWith('sim/') ||
    validationIds.has(id) ||
    // A disabled rule is not compiled, so its validation ids are not checked.
    (!ruleIds.has(id.slice(0, id.lastIndexOf('/'))) && prepared.knownRuleIds?.has(id.slice(0, id.lastIndexOf('/'))) === true);
  const supersededBy = new Map<string, Set<string>>();
  for (const c of prepared.compiled) {
    for (const other of c.rule.supersedes ?? []) {
      const by = supersededBy.get(other) ?? new Set<string>();
      by.add(c.rule.id);
      supersededBy.set(other, by);
    }
  }
  // The rules for a kind, then those for every kind: built once per kind, not per object.
  const candidatesByKind = new Map<string, CompiledRule[]>();
  try {
    const total = loaded.objects.length;
    for (let i = 0; i < total; i++) {
      const o = loaded.objects[i]!;
      // Every 64th object: often enough for a smooth line, rarely enough to cost nothing.
      if (onObject && (i & 63) === 0) onObject(i, total);
      let candidates = candidatesByKind.get(o.kind);
      if (!candidates) candidatesByKind.set(o.kind, (candidates = [...(byKind.get(o.kind) ?? []), ...(byKind.get('*') ?? [])]));
      if (candidates.length === 0) continue;
      const objectFindings: Finding[] = [];
      for (const c of candidates) {
        if (!matches(c.rule.match, o) || prepared.filters?.get(c.rule.id)?.(o) === false) continue;
        const ruleFindings = evaluateRule(c, o, run, prepared.settings.get(c.rule.id)!);
        const quiet = prepared.quietErrors?.has(c.rule.id);
        objectFindings.push(...(quiet ? ruleFindings.filter((f) => f.ruleId !== 'rule-error') : ruleFindings));
      }
      const template = run.relations.podTemplate(o);
      applySuppressions(objectFindings, o, template?.metadata?.annotations);
      if (supersededBy.size > 0) applySupersedes(objectFindings, supersededBy);
      objectFindings.push(...unknownSuppressions(o, template && { annotations: template.metadata.annotations, path: template.path }, isKnownRule, knownIds));
      findings.push(...objectFindings);
    }
  } finally {
    prepared.holder.current = undefined;
  }
  const copies = run.relations.copies;
  const notes = copies.length > 0 ? [...loaded.notes, copiesNote(copies)] : [...loaded.notes];
  if (baseline) {
    const note = baselineNote(baseline.file, applyBaseline(findings, baseline.accepted));
    if (note) notes.push(note);
  }
  const wanted = reportFiles ? new Set(reportFiles) : undefined;
  // A finding elsewhere that names a reported file is kept: a PR that adds a second PDB over a
  // workload is at fault for the overlap reported on the workload's (unchanged) file.
  const reported = wanted
    ? findings.filter((f) => wanted.has(f.file) || (f.ruleId === 'rule-error' && !f.object) || f.related?.some((r) => wanted.has(r.file)) === true)
    : findings;
  return buildResult(reported, prepared.meta, loaded, notes);
}

function relativeTo(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || file;
}

/** Says which objects are defined more than once and how cross-object rules treat the copies. */
function copiesNote(copies: readonly ManifestObject[][]): string {
  const at = (o: ManifestObject) => `${o.file}:${o.locate(['metadata', 'name']).line}`;
  const [first] = copies;
  const example = `${first![0]!.kind} ${first![0]!.namespace ? `${first![0]!.namespace}/` : ''}${first![0]!.name} (${first!.map(at).join(', ')})`;
  const more = copies.length > 1 ? ` and ${copies.length - 1} more` : '';
  return (
    `${copies.length} object(s) are defined more than once (same kind, namespace and name), e.g. ${example}${more}: ` +
    'cross-object rules relate each copy to the copies of other objects nearest to it (same file, then same folder).'
  );
}

/** The user's `aws ec2 describe-instance-types` JSON; a bad file is a usage error naming it. */
function readCatalog(file: string, cwd: string): InstanceTypeCatalog {
  const rel = path.relative(cwd, file).split(path.sep).join('/');
  if (!existsSync(file)) throw new UsageError(`instance-types file not found: ${rel}`);
  try {
    return parseDescribeInstanceTypesText(readFileSync(file, 'utf8'), rel);
  } catch (error) {
    if (error instanceof InstanceCatalogError) throw new UsageError(error.message);
    throw error;
  }
}

function buildResult(findings: Finding[], rules: RuleMeta[], loaded: LoadResult, notes: string[]): LintResult {
  const active = findings.filter((f) => !f.suppressed);
  const sources = new Map<string, string>();
  for (const f of findings) {
    const s = loaded.sources.get(f.file);
    if (s && !sources.has(f.file)) sources.set(f.file, s.text);
  }
  return {
    findings,
    rules,
    summary: {
      files: loaded.files.length,
      objects: loaded.objects.length,
      errors: active.filter((f) => f.severity === 'error').length,
      warnings: active.filter((f) => f.severity === 'warning').length,
      notices: active.filter((f) => f.severity === 'notice').length,
      suppressed: findings.length - active.length,
      skippedDocuments: loaded.skippedDocuments,
      skippedFiles: loaded.skippedFiles,
    },
    notes,
    sources,
    ruleErrors: findings.filter((f) => f.ruleId === 'rule-error' && !f.object).length,
  };
}

