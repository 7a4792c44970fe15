import { UsageError } from '../errors.js';
import { loadManifests, STDIN_PATH } from '../load/load-manifests.js';
import { severityRank } from '../model/types.js';
import { TOOL_NAME } from '../report/tool-info.js';
import { formatSimulationMarkdown, formatSimulationText, simulate, SimulationInputError, simulationFindings } from '../simulate/index.js';
import { VERSION } from '../version.js';
import { SIMULATE_FLAGS } from './flags.js';
import { parseFailLevel, parseFlags, readStdin, type CliIO } from './main.js';
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
    return r.objects;
  };
  const head = load(positionals.length ? positionals : ['.']);
  const base = v.base ? load([v.base]) : undefined;
  let result;
  try {
    result = simulate(head, { scenarios: v.scenario, cluster: v.cluster, base, trace: v.trace, load: v.load, cwd: io.cwd });
  } catch (error) {
    if (error instanceof SimulationInputError) throw new UsageError(describeInputError(error));
    throw error;
  }
  const findings = simulationFindings(result);
  const report =
    format === 'json' ? simulationJson(result, findings)
    : format === 'markdown' ? formatSimulationMarkdown(result)
    : formatSimulationText(result);
  writeReport(report, v.output, io);
  if (failLevel === 'never') return 0;
  return findings.some((f) => !f.suppressed && severityRank(f.severity) >= severityRank(failLevel)) ? 1 : 0;
}

/** The lint JSON's `version` and `tool` first, so one reader recognises both reports; then the simulation. */
function simulationJson(result: ReturnType<typeof simulate>, findings: ReturnType<typeof simulationFindings>): string {
  const report = { version: 1, tool: { name: TOOL_NAME, version: VERSION }, ...result, findings };
  return JSON.stringify(report, (_k, x) => (typeof x === 'bigint' ? Number(x) : x), 2) + '\n';
}

/** Errors about a flag's value (`--scenario`) have no line worth printing; file errors keep theirs. */
function describeInputError(error: SimulationInputError): string {
  return error.file.startsWith('--') ? `${error.file}: ${error.detail}` : error.message;
}
