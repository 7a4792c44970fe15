import { UsageError } from '../errors.js';
import { loadManifests, STDIN_PATH } from '../load/load-manifests.js';
import type { Finding } from '../model/types.js';
import { TOOL_NAME } from '../report/tool-info.js';
import { formatSimulationMarkdown, simulate, SimulationInputError, simulationFindings } from '../simulate/index.js';
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

  const load = (paths: string[]) => {
    const r = loadManifests(paths, {
      cwd: io.cwd,
      include: v.include,
      exclude: v.exclude,
      namespace: v.namespace,
      stdinText: paths.includes(STDIN_PATH) ? readStdin(io) : undefined,
      requireManifests: true,
    });
    for (const p of r.problems) io.stderr(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    return r;
  };
  const head = load(positionals.length ? positionals : ['.']);
  const base = v.base ? load([v.base]).objects : undefined;
  let result;
  try {
    result = simulate(head.objects, { scenarios: v.scenario, cluster: v.cluster, base, trace: v.trace, load: v.load, cwd: io.cwd });
  } catch (error) {
    if (error instanceof SimulationInputError) throw new UsageError(describeInputError(error));
    throw error;
  }
  const findings = simulationFindings(result);
  const failing = failingFindings(findings, failLevel);
  const report =
    format === 'json' ? simulationJson(result, findings)
    : format === 'markdown' ? formatSimulationMarkdown(result)
    : formatSimulationReport({
        result,
        findings,
        failing,
        failLevel,
        sources: new Map([...head.sources].map(([file, source]) => [file, source.text])),
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

/** Errors about a flag's value (`--scenario`) have no line worth printing; file errors keep theirs. */
function describeInputError(error: SimulationInputError): string {
  return error.file.startsWith('--') ? `${error.file}: ${error.detail}` : error.message;
}
