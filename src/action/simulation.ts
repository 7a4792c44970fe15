import * as core from '@actions/core';
import type { LintResult } from '../model/types.js';
import type { ActionInputs } from './inputs.js';

export interface SimulationOutput {
  /** The lint result, with the simulator's findings merged in when it ran. */
  result: LintResult;
  /** The simulator's report for the job summary and the PR summary comment. */
  markdown?: string;
}

/**
 * SEAM for the disruption simulator (`src/simulate/`, inputs `simulate`, `scenarios`, `cluster`).
 * The simulator's public entry point (`src/simulate/index.ts`: `simulate(objects, { scenarios,
 * cluster, base, cwd })`, `formatSimulationMarkdown`, `simulationFindings`) did not exist when the
 * Action was written, so this only tells the user it was skipped. Wiring it in means: load the
 * manifests under `paths`, call `simulate`, append `simulationFindings` to `result.findings` (and
 * the summary counts), and return `formatSimulationMarkdown` as `markdown`.
 */
export async function applySimulation(result: LintResult, inputs: ActionInputs, _cwd: string): Promise<SimulationOutput> {
  if (inputs.simulate) {
    core.warning('Input "simulate" is set, but this build of resilint has no simulator yet; only the lint rules ran.');
  }
  return { result };
}
