import { UsageError } from '../errors.js';
import { COMMENT_MODES, type CommentMode } from '../github/pull-request-output.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import { SCENARIOS } from '../simulate/index.js';

export type FailLevel = Severity | 'never';
export const FAIL_LEVELS: readonly FailLevel[] = [...SEVERITIES, 'never'];
/** `auto`: on pull requests, also simulate the base commit and report only what the PR made worse. */
export const SIMULATE_BASE_MODES = ['auto', 'false'] as const;
export type SimulateBaseMode = (typeof SIMULATE_BASE_MODES)[number];

/** The Action's inputs, parsed and validated; names mirror action.yml (and the CLI flags). */
export interface ActionInputs {
  paths: string[];
  include: string[];
  exclude: string[];
  config?: string;
  policies: string[];
  /** Unset: the config file's `failLevel`, else `error` (as the CLI does). */
  failLevel?: FailLevel;
  /** A resilint JSON report whose findings are accepted (see engine/baseline.ts). */
  baseline?: string;
  onlyChanged: boolean;
  commentMode: CommentMode;
  maxComments: number;
  sarifFile?: string;
  githubToken: string;
  namespace?: string;
  maxFileBytes?: number;
  simulate: boolean;
  simulateBase: SimulateBaseMode;
  scenarios: string[];
  cluster?: string;
  /** EventTrace file for the `trace` scenario. */
  trace?: string;
  /** CSV or LoadTrace YAML for the `load` scenario. */
  load?: string;
}

/** Reads one raw input; `core.getInput` in the Action, a map in tests. Empty means "not given". */
export type InputReader = (name: string) => string;

/**
 * Parses the raw inputs. Lists accept one item per line or comma-separated items, because both
 * read naturally in YAML (`paths: k8s/, charts/` and a `|` block). Defaults repeat action.yml's
 * so a direct `node dist/action/index.js` run behaves the same.
 */
export function parseInputs(read: InputReader): ActionInputs {
  const text = (name: string) => read(name).trim();
  const optional = (name: string) => text(name) || undefined;
  const paths = list(read('paths'));
  return {
    paths: paths.length ? paths : ['.'],
    include: list(read('include')),
    exclude: list(read('exclude')),
    config: optional('config'),
    policies: list(read('policies')),
    failLevel: text('fail-level') ? oneOf('fail-level', text('fail-level'), FAIL_LEVELS) : undefined,
    baseline: optional('baseline'),
    onlyChanged: bool('only-changed', text('only-changed'), true),
    commentMode: oneOf('comment-mode', text('comment-mode') || 'review', COMMENT_MODES),
    maxComments: nonNegativeInteger('max-comments', text('max-comments') || '30'),
    sarifFile: optional('sarif-file'),
    githubToken: text('github-token'),
    namespace: optional('namespace'),
    maxFileBytes: text('max-file-size') ? byteSize('max-file-size', text('max-file-size')) : undefined,
    simulate: bool('simulate', text('simulate'), false),
    simulateBase: oneOf('simulate-base', text('simulate-base') || 'auto', SIMULATE_BASE_MODES),
    scenarios: scenarioList(read('scenarios')),
    cluster: optional('cluster'),
    trace: optional('trace'),
    load: optional('load'),
  };
}

export function list(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Scenarios, one per line or comma-separated, where a scenario's own parameters are comma-separated
 * too (`zone-outage:zone=us-east-1a,duration=30m`, the CLI's `--scenario` syntax). So within a line a
 * comma starts a new scenario only before a scenario name; a `key=value` after it belongs to the
 * scenario before. Anything else (a misspelt name) stays an item of its own, so the error names it.
 */
export function scenarioList(raw: string): string[] {
  const scenarios: string[] = [];
  for (const line of raw.split('\n')) {
    let current: string | undefined;
    for (const part of line.split(',').map((item) => item.trim()).filter(Boolean)) {
      if (current !== undefined && continuesParams(part)) {
        current += `,${part}`;
        continue;
      }
      if (current) scenarios.push(current);
      current = part;
    }
    if (current) scenarios.push(current);
  }
  return scenarios;
}

/** `duration=30m` continues the parameters; `rolling-upgrade` or `load:tail=5m` starts a scenario. */
function continuesParams(item: string): boolean {
  const name = item.split(':', 1)[0]!;
  return item.includes('=') && !(SCENARIOS as readonly string[]).includes(name);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
}

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`Input "${name}" must be true or false; got "${value}".`);
}

function nonNegativeInteger(name: string, value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError(`Input "${name}" must be a whole number (0 or more); got "${value}".`);
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `20971520`, `512KB`, `20MB` (binary multiples, as file managers count). */
function byteSize(name: string, value: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value);
  const unit = match ? BYTE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) === 0) {
    throw new UsageError(`Input "${name}" must be a size such as 20MB, 512KB or a number of bytes; got "${value}".`);
  }
  return Number(match[1]) * unit;
}
