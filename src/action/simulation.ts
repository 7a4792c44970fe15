import type { Finding, LintResult, ManifestObject } from '../model/types.js';
import { problemKey } from '../simulate/compare.js';
import {
  formatSimulationMarkdown,
  simulate,
  SimulationInputError,
  simulationFindings,
  type Comparison,
  type Problem,
  type SimulateOptions,
  type SimulationResult,
} from '../simulate/index.js';
import { readBaseManifests } from './base-manifests.js';
import type { ActionInputs } from './inputs.js';

export interface SimulationOutput {
  /** The lint result, with the simulator's findings merged in when it ran. */
  result: LintResult;
  /** The simulator's report for the job summary and the PR summary comment. */
  markdown?: string;
  /** Why the simulation could not run (bad simulator input); the step fails with it. */
  failure?: string;
}

export interface SimulationContext {
  /** The workspace. */
  cwd: string;
  /** The head manifests the linter already loaded. */
  objects: ManifestObject[];
  /** The PR's base commit; undefined when the event is not a pull request. */
  baseSha?: string;
  /** Where the base checkout's temporary directory goes. */
  tempDir: string;
  log: { info(message: string): void; warning(message: string): void };
}

/**
 * Runs the disruption simulator when the `simulate` input asks for it and merges its findings
 * (rule ids `sim/<problem>`) into the result, so they are annotated, commented and counted like any
 * other. On a pull request the same scenarios also run on the base commit's manifests: then only
 * problems the PR introduces become findings, and the report shows new, kept and fixed problems
 * side by side. A base that cannot be read or simulated is a warning, never a failed run.
 */
export async function applySimulation(result: LintResult, inputs: ActionInputs, context: SimulationContext): Promise<SimulationOutput> {
  if (!inputs.simulate) return { result };
  const options: SimulateOptions = {
    scenarios: inputs.scenarios.length ? inputs.scenarios : undefined,
    cluster: inputs.cluster,
    trace: inputs.trace,
    load: inputs.load,
    cwd: context.cwd,
  };
  let sides: { simulation: SimulationResult; base: BaseSide };
  try {
    sides = simulateSides(context, options, await baseObjects(inputs, context));
  } catch (error) {
    if (!(error instanceof SimulationInputError)) throw error;
    // Bad simulator input (an unknown scenario, a cluster file that does not parse) fails the step
    // but must not hide the lint report, which is complete by now.
    const reason = actionWording(error);
    return { result, markdown: `### Replay simulation\n\n> [!CAUTION]\n> The simulation did not run: ${reason}\n`, failure: `Simulation: ${reason}` };
  }
  const { simulation, base } = sides;
  const reported = simulation.comparison ? { ...simulation, head: { ...simulation.head, problems: regressions(simulation.head.problems, simulation.comparison) } } : simulation;
  const markdown = withNote(formatSimulationMarkdown(simulation), base.note);
  return { result: withFindings(result, simulationFindings(reported)), markdown };
}

/** The simulator names the CLI's flags; in the Action the same values come from inputs. */
const INPUT_OF_FLAG: Record<string, string> = { '--scenario': 'scenarios', '--trace': 'trace', '--load': 'load', '--cluster': 'cluster' };

function actionWording(error: SimulationInputError): string {
  const input = INPUT_OF_FLAG[error.file];
  if (!input) return error.message;
  return `input "${input}": ${error.detail.replace(/--(scenario|trace|load|cluster)\b/g, (_, flag: string) => `the "${INPUT_OF_FLAG[`--${flag}`]}" input`)}`;
}

/** Both sides, or the head alone when only the base's manifests are unusable (say, a LoadTrace that does not parse). */
function simulateSides(context: SimulationContext, options: SimulateOptions, base: BaseSide): { simulation: SimulationResult; base: BaseSide } {
  if (!base.objects) return { simulation: simulate(context.objects, options), base };
  try {
    return { simulation: simulate(context.objects, { ...options, base: base.objects }), base };
  } catch (error) {
    if (!(error instanceof SimulationInputError)) throw error;
    // Throws the same error again when the head is what the simulator cannot use.
    const simulation = simulate(context.objects, options);
    return { simulation, base: unreadableBase(context, base.sha, `its manifests cannot be simulated: ${error.detail}`) };
  }
}

interface BaseSide {
  sha?: string;
  objects?: ManifestObject[];
  /** A line for the report saying what the head was compared with, or why it was not. */
  note?: string;
}

async function baseObjects(inputs: ActionInputs, context: SimulationContext): Promise<BaseSide> {
  if (inputs.simulateBase === 'false' || context.baseSha === undefined) return {};
  const sha = context.baseSha;
  const base = await readBaseManifests(sha, inputs, context.cwd, context.tempDir);
  if (!base.ok) return unreadableBase(context, sha, base.reason);
  context.log.info(`Simulating the base commit ${sha} too (${base.objects.length} object(s)).`);
  return {
    sha,
    objects: base.objects,
    note: `Compared with the base commit ${shortSha(sha)}: only problems that are new in this pull request are reported as findings.`,
  };
}

/** The head alone, with a warning in the log and a note in the report saying why. */
function unreadableBase(context: SimulationContext, sha: string | undefined, reason: string): BaseSide {
  context.log.warning(`Could not read the base commit ${sha || '(none)'} of the pull request (${reason}); simulating the PR head only.`);
  return {
    note:
      `> [!WARNING]\n> The base commit ${shortSha(sha)} could not be read (${reason.replace(/\n/g, ' ')}), so only the pull request's head was simulated ` +
      'and every simulated problem is reported. Check out with `fetch-depth: 0`, or let the token fetch the base commit, to compare.',
  };
}

function shortSha(sha: string | undefined): string {
  return sha ? `\`${sha.slice(0, 7)}\`` : '(none)';
}

/** The head's problems that the base did not have; problems already on the base stay in the table only. */
function regressions(problems: readonly Problem[], comparison: Comparison): Problem[] {
  const fresh = new Set(comparison.problems.filter((p) => p.status === 'new').map((p) => p.key));
  return problems.filter((p) => fresh.has(problemKey(p)));
}

/** Puts the note right under the report's heading, where a reader looks first. */
function withNote(markdown: string, note: string | undefined): string {
  if (!note) return markdown;
  const [heading, ...rest] = markdown.split('\n');
  return heading?.startsWith('#') ? [heading, '', note, ...rest].join('\n') : `${note}\n\n${markdown}`;
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
