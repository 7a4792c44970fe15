import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { loadManifests } from '../load/load-manifests.js';
import { severityRank } from '../model/types.js';
import { formatSimulationMarkdown, formatSimulationText, simulate, SimulationInputError, simulationFindings } from '../simulate/index.js';
import { parseFailLevel, parseFlags, type CliIO } from './main.js';

/**
 * `resilint simulate [paths...] [--base DIR] [--cluster FILE] [--scenario NAME[:k=v,...]]...`:
 * replays drains, zone outages, spot interruptions and load against the manifests, optionally
 * compared with a base version. Exit 1 when the simulation finds problems at or above the fail level.
 */
export async function runSimulateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    base: { type: 'string' },
    cluster: { type: 'string' },
    scenario: { type: 'string', multiple: true },
    trace: { type: 'string' },
    load: { type: 'string' },
  });
  const v = values as Record<string, any>;
  const load = (paths: string[]) => {
    const r = loadManifests(paths, { cwd: io.cwd, include: v.include, exclude: v.exclude, namespace: v.namespace });
    for (const p of r.problems) io.stderr(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    return r.objects;
  };
  const head = load(positionals.length ? positionals : ['.']);
  const base = v.base ? load([v.base]) : undefined;
  let result;
  try {
    result = simulate(head, { scenarios: v.scenario, cluster: v.cluster, base, trace: v.trace, load: v.load, cwd: io.cwd });
  } catch (error) {
    if (error instanceof SimulationInputError) throw new UsageError(error.message);
    throw error;
  }
  const format = v.format ?? 'text';
  const findings = simulationFindings(result);
  const report =
    format === 'json' ? JSON.stringify({ ...result, findings }, (_k, x) => (typeof x === 'bigint' ? Number(x) : x), 2) + '\n'
    : format === 'markdown' ? formatSimulationMarkdown(result)
    : format === 'text' ? formatSimulationText(result)
    : (() => { throw new UsageError(`simulate supports --format text, json or markdown`); })();
  if (v.output) writeFileSync(path.resolve(io.cwd, v.output), report);
  else io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  const failLevel = parseFailLevel(v['fail-level'] ?? 'error');
  if (failLevel === 'never') return 0;
  return findings.some((f) => !f.suppressed && severityRank(f.severity) >= severityRank(failLevel)) ? 1 : 0;
}
