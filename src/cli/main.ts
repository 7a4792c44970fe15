import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FailLevel } from '../config/load-config.js';
import { emptyConfig, findConfigFile, loadConfig, parseSize } from '../config/load-config.js';
import { lint } from '../engine/lint.js';
import { UsageError } from '../errors.js';
import { severityRank, type LintResult } from '../model/types.js';
import { formatResult, isReportFormat, FORMATS } from '../report/index.js';
import { builtinPoliciesDir } from '../rules/builtin-dir.js';
import { loadRules } from '../rules/load-rules.js';
import { VERSION } from '../version.js';
import { runTestsCommand } from './test-command.js';
import { explainRule, listRules } from './rules-command.js';
import { createProgressLine } from './progress.js';

/** Flags as data, so `--help` and the docs come from one list (and match the Action's inputs). */
export const FLAGS = {
  format: { type: 'string', short: 'f', arg: 'FORMAT', help: `output format: ${FORMATS.join(', ')} (default text)` },
  output: { type: 'string', short: 'o', arg: 'FILE', help: 'write the report to FILE instead of stdout' },
  'fail-level': { type: 'string', arg: 'LEVEL', help: 'exit 1 when findings at or above LEVEL exist: error, warning, notice, never (default error)' },
  include: { type: 'string', multiple: true, arg: 'GLOB', help: 'files to lint inside directories (repeatable; default **/*.{yaml,yml,json})' },
  exclude: { type: 'string', multiple: true, arg: 'GLOB', help: 'files to leave out (repeatable)' },
  config: { type: 'string', short: 'c', arg: 'FILE', help: 'config file (default .resilint.yaml or .resilint.yml in the working directory)' },
  policies: { type: 'string', multiple: true, arg: 'DIR', help: 'extra policy folder with your own rules (repeatable)' },
  namespace: { type: 'string', short: 'n', arg: 'NS', help: 'namespace for objects that name none (default "default")' },
  'max-file-size': { type: 'string', arg: 'SIZE', help: 'skip and report files larger than SIZE (default 20MB)' },
  'instance-types': { type: 'string', arg: 'FILE', help: 'EC2 catalog: JSON printed by `aws ec2 describe-instance-types`' },
  'only-files': { type: 'string', multiple: true, arg: 'FILE', help: 'report findings only in these files; everything is still loaded (repeatable)' },
  color: { type: 'boolean', help: 'force colour (default: on a TTY unless NO_COLOR is set)' },
  'no-color': { type: 'boolean', help: 'disable colour' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version' },
} as const;

export function helpText(): string {
  const rows = Object.entries(FLAGS).map(([name, f]) => {
    const short = 'short' in f ? `-${f.short}, ` : '    ';
    const arg = 'arg' in f ? ` ${f.arg}` : '';
    return `  ${short}--${name}${arg}`.padEnd(34) + f.help;
  });
  return [
    `resilint ${VERSION}: resilience linter for Kubernetes manifests`,
    '',
    'Usage:',
    '  resilint [paths...] [flags]        lint files, directories or globs (default .)',
    '  resilint rules                     list the rules with severity and description',
    '  resilint explain <rule-id>         show a rule\'s documentation',
    '  resilint test [dir...]             run the test cases beside each rule (default: built-in pack)',
    '  resilint simulate [paths...]       replay drains, zone outages, spot interruptions and load',
    '',
    'Flags:',
    ...rows,
    '',
    'Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage, config or rule errors.',
    '',
  ].join('\n');
}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal: a progress line is drawn there on long runs. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs the CLI and returns its exit code; never calls process.exit, so output flushes. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'rules') return listRules(rest, io);
    if (command === 'explain') return explainRule(rest, io);
    if (command === 'test') return runTestsCommand(rest, io);
    if (command === 'simulate') {
      const { runSimulateCommand } = await import('./simulate-command.js');
      return runSimulateCommand(rest, io);
    }
    return runLint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`resilint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export function parseFlags(argv: string[], extra: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {}) {
  try {
    return parseArgs({ args: argv, options: { ...FLAGS, ...extra } as any, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nRun \`resilint --help\` for the flags.`);
  }
}

function runLint(argv: string[], io: CliIO): number {
  const { values, positionals } = parseFlags(argv);
  const v = values as Record<string, any>;
  if (v.help) {
    io.stdout(helpText());
    return 0;
  }
  if (v.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = (v.format as string | undefined) ?? 'text';
  if (!isReportFormat(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  const configFile = v.config ? path.resolve(io.cwd, v.config) : findConfigFile(io.cwd);
  const config = configFile ? loadConfig(configFile, io.cwd) : emptyConfig();
  const failLevel = parseFailLevel(v['fail-level'] ?? config.failLevel ?? 'error');

  const progress = io.stderrIsTTY ? createProgressLine({ write: io.stderr }) : undefined;
  let result: LintResult;
  try {
    result = lint({
      paths: positionals.length ? positionals : ['.'],
      cwd: io.cwd,
      include: v.include,
      exclude: v.exclude,
      namespace: v.namespace,
      maxFileBytes: v['max-file-size'] ? parseSize(v['max-file-size']) : undefined,
      configFile,
      policies: v.policies,
      reportFiles: v['only-files'],
      instanceTypesFile: v['instance-types'],
      onProgress: progress && ((p) => progress.update(p)),
    });
  } finally {
    progress?.done();
  }

  const color = v['no-color'] ? false : v.color ? true : io.isTTY && !io.env.NO_COLOR && !v.output;
  const report = formatResult(result, format, { toolVersion: VERSION, color });
  if (v.output) writeFileSync(path.resolve(io.cwd, v.output), report);
  else io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  return exitCode(result, failLevel);
}

export function parseFailLevel(value: string): FailLevel {
  if (value === 'error' || value === 'warning' || value === 'notice' || value === 'never') return value;
  throw new UsageError(`unknown fail level "${value}" (use error, warning, notice or never)`);
}

/** 2 when rules failed to load, 1 when findings reach the fail level, else 0. */
export function exitCode(result: LintResult, failLevel: FailLevel): number {
  if (result.ruleErrors) return 2;
  if (failLevel === 'never') return 0;
  const floor = severityRank(failLevel);
  return result.findings.some((f) => !f.suppressed && severityRank(f.severity) >= floor) ? 1 : 0;
}

/** Loads the built-in pack plus user folders, for `rules`, `explain` and `test`. */
export function loadAllRules(io: CliIO, dirs: string[], includeBuiltin: boolean) {
  return loadRules(
    [...(includeBuiltin ? [{ dir: builtinPoliciesDir(), builtin: true }] : []), ...dirs.map((dir) => ({ dir, builtin: false }))],
    io.cwd,
  );
}
