import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FailLevel } from '../config/load-config.js';
import { emptyConfig, findConfigFile, loadConfig, parseSize } from '../config/load-config.js';
import { unknownLevel } from '../config/severity-words.js';
import { lintDetailed } from '../engine/lint.js';
import { UsageError } from '../errors.js';
import { severityRank, type LintResult } from '../model/types.js';
import { formatResult, isReportFormat, FORMATS } from '../report/index.js';
import { repositoryPrefix, STDIN_PATH } from '../load/load-manifests.js';
import { builtinPoliciesDir } from '../rules/builtin-dir.js';
import { loadRules } from '../rules/load-rules.js';
import { VERSION } from '../version.js';
import { runTestsCommand } from './test-command.js';
import { explainRule, listRules } from './rules-command.js';
import { createProgressLine } from './progress.js';
import { FLAGS, SIMULATE_FLAGS, type FlagSpec } from './flags.js';
import { commandFlags, commandHelp, mainHelp } from './help.js';
import { parseCommandFlags } from './parse-flags.js';
import { checkOutputPath, writeReport } from './write-report.js';
import { normaliseReportFiles, unlintedReportFilesNotice } from './only-files.js';
import { sourcedGlobs, unmatchedGlobNotices } from '../load/unmatched-globs.js';
import { closestId } from '../rules/closest-id.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal: a progress line is drawn there on long runs. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** All of stdin, for the `-` path; reads file descriptor 0 when not given. */
  readStdin?: () => string;
}

/** Runs the CLI and returns its exit code; never calls process.exit, so output flushes. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const help = command !== undefined && wantsHelp(rest) ? commandHelp(command) : undefined;
    if (help !== undefined) {
      io.stdout(help);
      return 0;
    }
    // Each subcommand's flags are checked against the ones it reads before it runs, so a typo or
    // another command's flag is refused rather than silently ignored.
    const own = command !== undefined ? commandFlags(command) : undefined;
    if (own) parseCommandFlags(rest, own, { command });
    if (command === 'rules') return listRules(rest, io);
    if (command === 'explain') return explainRule(rest, io);
    if (command === 'test') return runTestsCommand(rest, io);
    if (command === 'simulate') {
      const { runSimulateCommand } = await import('./simulate-command.js');
      // Awaited here, inside the try: a rejected promise returned unawaited would skip the catch
      // and end the process with a stack trace and exit 1 instead of a usage message and exit 2.
      return await runSimulateCommand(rest, io);
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

/** A subcommand's own `--help` (before `--`, which ends the flags). */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Where a flag only `simulate` takes belongs, for the lint run's "unknown option" message. */
const SIMULATE_ONLY = Object.fromEntries(Object.keys(SIMULATE_FLAGS).map((name) => [name, 'resilint simulate']));

/** The lint flags (plus a command's `extra`); subcommands' flags were checked by `main` already. */
export function parseFlags(argv: string[], extra: Record<string, FlagSpec> = {}) {
  return parseCommandFlags(argv, { ...FLAGS, ...extra }, { elsewhere: SIMULATE_ONLY });
}

function runLint(argv: string[], io: CliIO): number {
  const { values, positionals } = parseFlags(argv);
  const v = values as Record<string, any>;
  if (v.help) {
    io.stdout(mainHelp());
    return 0;
  }
  if (v.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = (v.format as string | undefined) ?? 'text';
  if (!isReportFormat(format)) {
    const guess = closestId(format.toLowerCase(), FORMATS);
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  const configFile = v.config ? path.resolve(io.cwd, v.config) : findConfigFile(io.cwd);
  if (!configFile) {
    // Config is read from the working directory only; one further up is easy to miss from a subfolder.
    const above = configFileAbove(io.cwd);
    if (above) io.stderr(`resilint: notice: ${relativeConfig(io.cwd, above)} is not read from this directory; pass --config ${relativeConfig(io.cwd, above)} or run from ${path.dirname(above)}\n`);
  }
  const config = configFile ? loadConfig(configFile, io.cwd) : emptyConfig();
  const failLevel = parseFailLevel(v['fail-level'] ?? config.failLevel ?? 'error');
  checkOutputPath(v.output, io);
  const paths = positionals.length ? positionals : ['.'];

  const reportFiles = normaliseReportFiles(v['only-files'], io.cwd);

  const progress = io.stderrIsTTY ? createProgressLine({ write: io.stderr }) : undefined;
  let linted: ReturnType<typeof lintDetailed>;
  try {
    linted = lintDetailed({
      paths,
      stdinText: paths.includes(STDIN_PATH) ? readStdin(io) : undefined,
      // A path that yields no file is a typo far more often than an intent: fail rather than pass on nothing.
      requireManifests: true,
      cwd: io.cwd,
      include: v.include,
      exclude: v.exclude,
      namespace: v.namespace,
      maxFileBytes: v['max-file-size'] ? parseSize(v['max-file-size']) : undefined,
      configFile,
      policies: v.policies,
      reportFiles,
      baseline: v.baseline,
      instanceTypesFile: v['instance-types'],
      onProgress: progress && ((p) => progress.update(p)),
    });
  } finally {
    progress?.done();
  }
  const { result } = linted;
  const globs = sourcedGlobs({ include: v.include, exclude: v.exclude }, config);
  const notices = [
    ...(globs.include.length || globs.exclude.length ? unmatchedGlobNotices(paths, io.cwd, globs.include, globs.exclude) : []),
    ...(reportFiles ? [unlintedReportFilesNotice(reportFiles, linted.loaded.files)] : []),
  ];
  for (const notice of notices) if (notice) io.stderr(`resilint: notice: ${notice}\n`);

  // A report written by the CLI is the whole report: the Markdown row cap is for PR comments.
  const report = formatResult(result, format, { toolVersion: VERSION, color: useColor(v, io), maxRows: Number.POSITIVE_INFINITY });
  writeReport(report, v.output, io);
  return exitCode(result, failLevel);
}

/** A config file in a folder between the working directory and its repository's root (not beyond). */
function configFileAbove(cwd: string): string | undefined {
  const below = repositoryPrefix(cwd);
  if (!below) return undefined;
  let dir = path.resolve(cwd);
  for (let up = below.split('/').length; up > 0; up--) {
    dir = path.dirname(dir);
    const found = findConfigFile(dir);
    if (found) return found;
  }
  return undefined;
}

function relativeConfig(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** `--no-color` and `--color` win; else colour on a terminal unless NO_COLOR is set or the report goes to a file. */
export function useColor(v: { color?: boolean; 'no-color'?: boolean; output?: string }, io: CliIO): boolean {
  return v['no-color'] ? false : v.color ? true : io.isTTY && !io.env.NO_COLOR && !v.output;
}

/** All of stdin at once: manifests are small and a partial document cannot be linted anyway. */
export function readStdin(io: CliIO): string {
  return io.readStdin ? io.readStdin() : readFileSync(0, 'utf8');
}

export function parseFailLevel(value: string): FailLevel {
  if (value === 'error' || value === 'warning' || value === 'notice' || value === 'never') return value;
  throw new UsageError(unknownLevel('fail level', value, ['error', 'warning', 'notice', 'never']));
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
