/**
 * The replay simulator's public door: `simulate(objects, options)` runs the chosen scenarios on the manifests (and,
 * with `base`, on the base branch's manifests too) and returns plain, deterministic data; the formatters and
 * `simulationFindings` turn it into text, Markdown and findings.
 */
import { clusterFromObjects, defaultCluster, readClusterFile, type ClusterModel } from './cluster.js';
import { compareSides, objectKey, type Comparison, type ParseFailure } from './compare.js';
import { consolidationProblems } from './consolidation-problems.js';
import { findProblems, type Problem } from './problems.js';
import { SimulationInputError } from './errors.js';
import { readNodePools } from './karpenter.js';
import { loadTracesFromObjects, readLoadFile, type LoadSeries } from './load-trace.js';
import type { ScenarioOutcome } from './outcome.js';
import type { RawParams } from './scenarios/params.js';
import { consolidationParams, runConsolidation } from './scenarios/consolidation.js';
import { runLoad } from './scenarios/load.js';
import { runRollingUpgrade } from './scenarios/rolling-upgrade.js';
import { runSpotInterruption } from './scenarios/spot-interruption.js';
import { readTraceFile, runTrace } from './scenarios/trace.js';
import { runZoneOutages } from './scenarios/zone-outage.js';
import type { SimulationInputs } from './scenarios/setup.js';
import { readModel } from './workloads.js';
import type { ManifestObject } from '../model/types.js';

export { SimulationInputError } from './errors.js';
export { formatSimulationText } from './report.js';
export { formatSimulationMarkdown } from './markdown.js';
export { simulationFindings, SIMULATION_RULES } from './findings.js';
export type { ScenarioOutcome, WorkloadOutcome, DrainReport, HpaOutcome, UpgradeOutcome, ConsolidationOutcome } from './outcome.js';
export type { Comparison, ComparedProblem, ParseFailure, UpgradeDelta, WorkloadDelta } from './compare.js';
export type { Problem } from './problems.js';

export const SCENARIOS = ['rolling-upgrade', 'zone-outage', 'spot-interruption', 'load', 'consolidation', 'trace'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface SimulateOptions {
  /** Scenario names, optionally with parameters: `zone-outage:zone=us-east-1a,duration=30m`. Default: all that apply. */
  scenarios?: string[];
  /** `--cluster <file>`: a Cluster spec or `kubectl get nodes -o yaml`. */
  cluster?: string;
  /** The base branch's objects, for the comparison. */
  base?: ManifestObject[];
  /** `--trace <file>`: an EventTrace for the `trace` scenario. */
  trace?: string;
  /** `--load <file>`: CSV or LoadTrace YAML for the `load` scenario. */
  load?: string;
  cwd?: string;
  /**
   * Manifest files of each side that did not parse: their objects are missing, and the comparison must say so
   * rather than call them removed or fixed.
   */
  unparsed?: { head?: ParseFailure[]; base?: ParseFailure[] };
}

export interface SideResult {
  cluster: string;
  scenarios: ScenarioOutcome[];
  problems: Problem[];
  notes: string[];
  /** Files of this side that did not parse: their workloads were not simulated. */
  unparsed: ParseFailure[];
}

export interface SimulationResult {
  head: SideResult;
  base?: SideResult;
  comparison?: Comparison;
}

interface ScenarioRequest {
  name: ScenarioName;
  params: RawParams;
  explicit: boolean;
}

export function parseScenarioArg(arg: string): { name: ScenarioName; params: RawParams } {
  const [name, rest] = arg.split(/:(.*)/s, 2) as [string, string | undefined];
  if (!(SCENARIOS as readonly string[]).includes(name)) {
    throw new SimulationInputError('--scenario', 1, `unknown scenario "${name}" (known: ${SCENARIOS.join(', ')})`);
  }
  const params: RawParams = {};
  for (const pair of (rest ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new SimulationInputError('--scenario', 1, `${name}: parameter "${pair}" must be key=value`);
    const key = pair.slice(0, eq).trim();
    // Last-one-wins would quietly run a different scenario than the one asked for (zone=a,zone=b runs only b).
    if (Object.hasOwn(params, key)) {
      throw new SimulationInputError('--scenario', 1, `${name}: parameter "${key}" is given more than once; give each parameter once (repeat --scenario to run it twice)`);
    }
    params[key] = pair.slice(eq + 1).trim();
  }
  return { name: name as ScenarioName, params };
}

function requests(options: SimulateOptions): ScenarioRequest[] {
  if (options.scenarios && options.scenarios.length > 0) {
    return options.scenarios.map((s) => ({ ...parseScenarioArg(s), explicit: true }));
  }
  return SCENARIOS.map((name) => ({ name, params: {}, explicit: false }));
}

function clusterFor(objects: readonly ManifestObject[], options: SimulateOptions, hasPools: boolean): ClusterModel {
  if (options.cluster) return readClusterFile(options.cluster, options.cwd ?? process.cwd());
  const embedded = clusterFromObjects(objects, 'manifests');
  if (embedded) return embedded;
  if (hasPools) {
    const base = defaultCluster(0);
    return { ...base, source: 'Karpenter NodePools from the manifests (nodes provisioned for the workloads at start)' };
  }
  return defaultCluster();
}

function runSide(
  objects: readonly ManifestObject[],
  options: SimulateOptions,
  loadFile: LoadSeries[] | undefined,
  unparsed: ParseFailure[] = [],
): SideResult {
  const model = readModel(objects);
  const pools = readNodePools(objects);
  const cluster = clusterFor(objects, options, pools.length > 0);
  const inputs: SimulationInputs = { model, cluster, pools };
  const notes = [...model.notes];
  const scenarios: ScenarioOutcome[] = [];
  const traces = loadFile ?? loadTracesFromObjects(objects);
  for (const req of requests(options)) {
    switch (req.name) {
      case 'rolling-upgrade':
        scenarios.push(runRollingUpgrade(inputs, req.params));
        break;
      case 'zone-outage':
        scenarios.push(...runZoneOutages(inputs, req.params));
        break;
      case 'spot-interruption': {
        const hasSpot = cluster.nodes.some((n) => n.capacityType === 'spot') || pools.some((p) => p.capacityType === 'spot');
        if (req.explicit || hasSpot) scenarios.push(runSpotInterruption(inputs, req.params));
        break;
      }
      case 'load':
        if (traces.length > 0) scenarios.push(runLoad(inputs, traces, req.params));
        else if (req.explicit) notes.push('load: no load trace (give --load or LoadTrace objects); skipped.');
        break;
      case 'consolidation':
        // A plain cluster has no consolidation: without NodePools there is nothing Karpenter could disrupt.
        if (pools.length > 0) {
          scenarios.push(runConsolidation(inputs, req.params));
        } else if (req.explicit) {
          // A typo in its parameters still fails, as it would with NodePools.
          consolidationParams(req.params);
          notes.push('consolidation: the manifests hold no Karpenter NodePool (karpenter.sh/v1 or v1beta1), so nothing would consolidate; skipped.');
        }
        break;
      case 'trace':
        if (options.trace) scenarios.push(runTrace(inputs, readTraceFile(options.trace, options.cwd ?? process.cwd()), req.params));
        else if (req.explicit) throw new SimulationInputError('--scenario', 1, 'trace: give the event file with --trace <file>');
        break;
    }
  }
  const problems = [...findProblems(scenarios, model), ...consolidationProblems(scenarios, model, pools.map((p) => p.object))];
  return { cluster: cluster.source, scenarios, problems, notes, unparsed };
}

export function simulate(objects: ManifestObject[], options: SimulateOptions = {}): SimulationResult {
  const cwd = options.cwd ?? process.cwd();
  const loadFile = options.load ? readLoadFile(options.load, cwd) : undefined;
  const head = runSide(objects, { ...options, cwd }, loadFile, options.unparsed?.head);
  if (!options.base) return { head };
  const base = runSide(options.base, { ...options, cwd }, loadFile, options.unparsed?.base);
  const facts = (side: readonly ManifestObject[], result: SideResult) => ({ objects: new Set(side.map(objectKey)), unparsed: result.unparsed });
  return { head, base, comparison: compareSides(base, head, { base: facts(options.base, base), head: facts(objects, head) }) };
}
