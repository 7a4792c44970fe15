import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parseYamlDocuments } from '../load/parse-yaml.js';
import { SourceText } from '../load/source-text.js';
import type { PathSegment, Severity } from '../model/types.js';
import { isRecord } from '../model/workloads.js';
import { unknownLevel } from './severity-words.js';

export type FailLevel = Severity | 'never';

export interface RuleConfig {
  enabled?: boolean;
  severity?: Severity;
  params?: Record<string, unknown>;
}

/** `.resilint.yaml`: what a team checks in to tune the linter for its repository. */
export interface ResilintConfig {
  file?: string;
  rules: Record<string, RuleConfig>;
  /** Params for every rule that declares one of these names; a rule's own `params` win. */
  params?: Record<string, unknown>;
  include?: string[];
  exclude?: string[];
  policies?: string[];
  failLevel?: FailLevel;
  namespace?: string;
  instanceTypes?: string;
  maxFileSize?: string | number;
  /** Absolute path of the baseline report (see engine/baseline.ts). */
  baseline?: string;
  /** Where each setting sits in the file, for error messages. */
  locate(path: PathSegment[]): string;
}

const TOP_KEYS = ['rules', 'params', 'include', 'exclude', 'policies', 'failLevel', 'namespace', 'instanceTypes', 'maxFileSize', 'baseline'];
const SEVERITIES = ['error', 'warning', 'notice'];

export function findConfigFile(cwd: string): string | undefined {
  for (const name of ['.resilint.yaml', '.resilint.yml']) {
    const p = path.join(cwd, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function emptyConfig(): ResilintConfig {
  return { rules: {}, locate: () => '' };
}

/** Reads and validates a config file; any problem is a UsageError naming file:line. */
export function loadConfig(file: string, cwd: string): ResilintConfig {
  const rel = path.relative(cwd, file).split(path.sep).join('/') || file;
  if (!existsSync(file)) throw new UsageError(`config file not found: ${rel}`);
  const text = readFileSync(file, 'utf8');
  const source = new SourceText(rel, text);
  const { documents, problems } = parseYamlDocuments(source);
  if (problems.length) {
    const at = source.position(problems[0]!.offset);
    throw new UsageError(`${rel}:${at.line}:${at.column}: ${problems[0]!.reason}`);
  }
  const doc = documents[0];
  const raw = doc?.value ?? {};
  const where = (p: PathSegment[]) => {
    if (!doc) return `${rel}:1:1`;
    const at = doc.positions.locate(raw, p);
    return `${rel}:${at.line}:${at.column}`;
  };
  const fail = (p: PathSegment[], msg: string): never => {
    throw new UsageError(`${where(p)}: ${msg}`);
  };
  if (!isRecord(raw)) fail([], 'config must be a mapping');
  const cfg = raw as Record<string, any>;
  for (const key of Object.keys(cfg)) if (!TOP_KEYS.includes(key)) fail([key], `unknown setting "${key}" (allowed: ${TOP_KEYS.join(', ')})`);
  const strings = (key: string): string[] | undefined => {
    if (cfg[key] === undefined) return undefined;
    if (!Array.isArray(cfg[key]) || cfg[key].some((x: unknown) => typeof x !== 'string')) fail([key], `${key} must be a list of strings`);
    return cfg[key];
  };
  const rules: Record<string, RuleConfig> = {};
  if (cfg.rules !== undefined) {
    if (!isRecord(cfg.rules)) fail(['rules'], 'rules must be a mapping of rule id to settings');
    for (const [id, value] of Object.entries(cfg.rules as Record<string, unknown>)) {
      const p = ['rules', id];
      if (value === 'off' || value === false) rules[id] = { enabled: false };
      else if (value === 'on' || value === true) rules[id] = { enabled: true };
      else if (typeof value === 'string' && SEVERITIES.includes(value)) rules[id] = { severity: value as Severity };
      else if (typeof value === 'string' || typeof value === 'number') fail(p, `rule ${id}: ${unknownLevel('severity', value, [...SEVERITIES, 'off'])}`);
      else if (isRecord(value)) {
        for (const k of Object.keys(value)) if (!['enabled', 'severity', 'params'].includes(k)) fail([...p, k], `unknown rule setting "${k}" (allowed: enabled, severity, params)`);
        if (value.enabled !== undefined && typeof value.enabled !== 'boolean') fail([...p, 'enabled'], 'enabled must be true or false');
        if (value.severity !== undefined && !SEVERITIES.includes(value.severity as string)) {
          fail([...p, 'severity'], `rule ${id}: ${unknownLevel('severity', value.severity, SEVERITIES, `; to turn the rule off, \`${id}: off\``)}`);
        }
        if (value.params !== undefined && value.params !== null && !isRecord(value.params)) fail([...p, 'params'], 'params must be a mapping');
        rules[id] = value as RuleConfig;
      } else fail(p, 'a rule setting is off, on, a severity, or a mapping with enabled/severity/params');
    }
  }
  // `params:` with every entry commented out is null: nothing shared, not a mistake.
  if (cfg.params !== undefined && cfg.params !== null && !isRecord(cfg.params)) fail(['params'], 'params must be a mapping of param name to value');
  const failLevel = cfg.failLevel;
  if (failLevel !== undefined && ![...SEVERITIES, 'never'].includes(failLevel)) fail(['failLevel'], unknownLevel('failLevel', failLevel, [...SEVERITIES, 'never']));
  for (const key of ['namespace', 'instanceTypes', 'baseline']) {
    if (cfg[key] !== undefined && typeof cfg[key] !== 'string') fail([key], `${key} must be a string`);
  }
  const base = path.dirname(file);
  const policies = strings('policies')?.map((p) => path.resolve(base, p));
  return {
    file: rel,
    rules,
    params: cfg.params ?? undefined,
    include: strings('include'),
    exclude: strings('exclude'),
    policies,
    failLevel,
    namespace: cfg.namespace,
    instanceTypes: cfg.instanceTypes ? path.resolve(base, cfg.instanceTypes) : undefined,
    maxFileSize: cfg.maxFileSize,
    baseline: cfg.baseline ? path.resolve(base, cfg.baseline) : undefined,
    locate: (p) => where(p),
  };
}

/** Parses sizes such as `20MB`, `512KB` or a number of bytes. */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) throw new UsageError(`invalid size "${value}" (use e.g. 20MB, 512KB or bytes)`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
