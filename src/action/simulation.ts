import { loadManifests } from '../load/load-manifests.js';
import type { Finding, LintResult } from '../model/types.js';
import { formatSimulationMarkdown, simulate, simulationFindings } from '../simulate/index.js';
import type { ActionInputs } from './inputs.js';

export interface SimulationOutput {
  /** The lint result, with the simulator's findings merged in when it ran. */
  result: LintResult;
  /** The simulator's report for the job summary and the PR summary comment. */
  markdown?: string;
}

/**
 * Runs the disruption simulator when the `simulate` input asks for it, on the same manifests the
 * linter loaded, and merges its findings (rule ids `sim/<scenario>`) into the result so they are
 * annotated, commented and counted like any other. Only the PR head is simulated: comparing with
 * the base branch would need the base checkout, which the Action does not fetch.
 */
export async function applySimulation(result: LintResult, inputs: ActionInputs, cwd: string): Promise<SimulationOutput> {
  if (!inputs.simulate) return { result };
  const loaded = loadManifests(inputs.paths, {
    cwd,
    include: inputs.include,
    exclude: inputs.exclude,
    namespace: inputs.namespace,
    maxFileBytes: inputs.maxFileBytes,
  });
  const simulation = simulate(loaded.objects, { scenarios: inputs.scenarios.length ? inputs.scenarios : undefined, cluster: inputs.cluster, cwd });
  return { result: withFindings(result, simulationFindings(simulation)), markdown: formatSimulationMarkdown(simulation) };
}

function withFindings(result: LintResult, extra: Finding[]): LintResult {
  const active = extra.filter((f) => !f.suppressed);
  const count = (severity: Finding['severity']) => active.filter((f) => f.severity === severity).length;
  return {
    ...result,
    findings: [...result.findings, ...extra],
    summary: {
      ...result.summary,
      errors: result.summary.errors + count('error'),
      warnings: result.summary.warnings + count('warning'),
      notices: result.summary.notices + count('notice'),
      suppressed: result.summary.suppressed + (extra.length - active.length),
    },
  };
}
