import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { loadManifests, STDIN_PATH } from '../load/load-manifests.js';
import type { Finding } from '../model/types.js';
import { TOOL_NAME } from '../report/tool-info.js';
import { formatSimulationMarkdown, simulate, SimulationInputError, simulationFindings, type ParseFailure } from '../simulate/index.js';
import { VERSION } from '../version.js';
import { SIMULATE_FLAGS } from './flags.js';
import { parseFailLevel, parseFlags, readStdin, useColor, type CliIO } from './main.js';
import { failingFindings, formatSimulationReport, severityCounts } from './simulate-text.js';
import { checkOutputPath, writeReport } from './write-report.js';

const SIMULATE_FORMATS = ['text', 'json', 'markdown'] as const;

/**
 * `resilint simulate [paths...] [--base DIR] [--cluster FILE] [--scenario NAME[:k=v,...]]...`:
 * replays drains, zone outages, spot interruptions and load against the manifests, optionally
 * compared with a base version. Exit 1 when the simulation finds problems at or above the fail level.
 */
export async function runSimulateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, SIMULATE_FLAGS);
  const v = values as Record<string, any>;
  // Every flag is checked before the (possibly long) simulation, so a typo costs nothing.
  const format = v.format ?? 'text';
  if (!(SIMULATE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`simulate supports --format ${SIMULATE_FORMATS.join(', ')}, not "${format}"`);
  }
  const failLevel = parseFailLevel(v['fail-level'] ?? 'error');
  checkOutputPath(v.output, io);

  const load = (paths: string[]) =>
    loadManifests(paths, {
      cwd: io.cwd,
      include: v.include,
      exclude: v.exclude,
      namespace: v.namespace,
      stdinText: paths.includes(STDIN_PATH) ? readStdin(io) : undefined,
      requireManifests: true,
    });
  const headPaths = positionals.length ? positionals : ['.'];
  const head = load(headPaths);
  const baseLoad = v.base ? load([v.base]) : undefined;
  // A file that does not parse hides its workloads from the simulation: report it as lint does, and tell the
  // comparison which file it is on the other side, so a missing workload reads "not simulated", not "fixed".
  const unparsed = {
    head: head.problems.map((p) => parseFailure(p, v.base ? counterpart(p.file, headPaths, [v.base], io.cwd) : undefined)),
    base: (baseLoad?.problems ?? []).map((p) => parseFailure(p, counterpart(p.file, [v.base], headPaths, io.cwd))),
  };
  let result;
  try {
    result = simulate(head.objects, { scenarios: v.scenario, cluster: v.cluster, base: baseLoad?.objects, trace: v.trace, load: v.load, cwd: io.cwd, unparsed });
  } catch (error) {
    if (error instanceof SimulationInputError) throw new UsageError(describeInputError(error));
    throw error;
  }
  const findings = [...head.problems, ...(baseLoad?.problems ?? []), ...simulationFindings(result)];
  const failing = failingFindings(findings, failLevel);
  const report =
    format === 'json' ? simulationJson(result, findings)
    : format === 'markdown' ? formatSimulationMarkdown(result)
    : formatSimulationReport({
        result,
        findings,
        failing,
        failLevel,
        sources: new Map([...head.sources, ...(baseLoad?.sources ?? [])].map(([file, source]) => [file, source.text])),
        scanned: { objects: head.objects.length, files: head.files.length },
        color: useColor(v, io),
      });
  writeReport(report, v.output, io);
  return failing.length > 0 ? 1 : 0;
}

/**
 * The lint JSON's `version`, `tool` and `summary` first, so one reader recognises both reports; then the
 * simulation. The summary counts the findings, as lint's does.
 */
function simulationJson(result: ReturnType<typeof simulate>, findings: Finding[]): string {
  const report = { version: 1, tool: { name: TOOL_NAME, version: VERSION }, summary: severityCounts(findings), ...result, findings };
  return JSON.stringify(report, (_k, x) => (typeof x === 'bigint' ? Number(x) : x), 2) + '\n';
}

function parseFailure(p: Finding, other: string | undefined): ParseFailure {
  return { file: p.file, line: p.line, column: p.column, message: p.message, ...(other !== undefined ? { counterpart: other } : {}) };
}

/**
 * The path `file` (under one of `roots`) has under the other side's root: `head/k8s/app.yaml` ↔ `base/k8s/app.yaml`.
 * With one root on each side; a file given as a root maps to the other root when that is a file too.
 */
function counterpart(file: string, roots: readonly string[], otherRoots: readonly string[], cwd: string): string | undefined {
  if (roots.length !== 1 || otherRoots.length !== 1) return undefined;
  const root = path.resolve(cwd, roots[0]!);
  const other = path.resolve(cwd, otherRoots[0]!);
  const abs = path.resolve(cwd, file);
  const portable = (p: string) => path.relative(cwd, p).split(path.sep).join('/');
  if (abs === root) return isDirectory(other) ? undefined : portable(other);
  const rel = path.relative(root, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return portable(path.join(other, rel));
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Errors about a flag's value (`--scenario`) have no line worth printing; file errors keep theirs. */
function describeInputError(error: SimulationInputError): string {
  return error.file.startsWith('--') ? `${error.file}: ${error.detail}` : error.message;
}
