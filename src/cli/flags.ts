import { FORMATS } from '../report/index.js';

/** One command-line flag: parsed by `node:util` parseArgs and listed in `--help` from the same entry. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The placeholder shown after the flag in help (`FILE`, `DIR`). */
  arg?: string;
  help: string;
}

/** Flags as data, so `--help` and the docs come from one list (and match the Action's inputs). */
export const FLAGS = {
  format: { type: 'string', short: 'f', arg: 'FORMAT', help: `output format: ${FORMATS.join(', ')} (default text)` },
  output: { type: 'string', short: 'o', arg: 'FILE', help: 'write the report to FILE instead of stdout (its directory must exist)' },
  'fail-level': { type: 'string', arg: 'LEVEL', help: 'exit 1 when findings at or above LEVEL exist: error, warning, notice, never (default error)' },
  include: { type: 'string', multiple: true, arg: 'GLOB', help: 'files to lint inside directories (repeatable; default **/*.{yaml,yml,json})' },
  exclude: { type: 'string', multiple: true, arg: 'GLOB', help: 'files to leave out (repeatable)' },
  config: { type: 'string', short: 'c', arg: 'FILE', help: 'config file (default .resilint.yaml or .resilint.yml in the working directory)' },
  policies: { type: 'string', multiple: true, arg: 'DIR', help: 'extra policy folder with your own rules (repeatable)' },
  namespace: { type: 'string', short: 'n', arg: 'NS', help: 'namespace for objects that name none (default "default")' },
  'max-file-size': { type: 'string', arg: 'SIZE', help: 'skip and report files larger than SIZE (default 20MB)' },
  'instance-types': { type: 'string', arg: 'FILE', help: 'EC2 catalog: JSON printed by `aws ec2 describe-instance-types`' },
  'only-files': { type: 'string', multiple: true, arg: 'FILE', help: 'report findings only in these files, and findings elsewhere that name them; everything is still loaded (repeatable)' },
  baseline: { type: 'string', arg: 'FILE', help: 'accept the findings of this earlier JSON report (--format json); report only new ones (default: the config\'s baseline)' },
  color: { type: 'boolean', help: 'force colour (default: on a TTY unless NO_COLOR is set)' },
  'no-color': { type: 'boolean', help: 'disable colour' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version' },
} as const satisfies Record<string, FlagSpec>;

/**
 * The flags only `simulate` takes. Kept here rather than in simulate-command.ts so that the main
 * `--help` can list them without loading the simulator.
 */
export const SIMULATE_FLAGS = {
  base: { type: 'string', arg: 'PATH', help: 'also simulate these manifests (e.g. the main branch\'s copy) and compare: better, worse, unchanged' },
  cluster: { type: 'string', arg: 'FILE', help: 'the cluster: a Cluster spec or `kubectl get nodes -o yaml` (default: nodes or NodePools in the manifests, else 3 nodes in each of 3 zones)' },
  scenario: {
    type: 'string',
    multiple: true,
    arg: 'NAME[:k=v,...]',
    help: 'run only this scenario, repeatable: rolling-upgrade[:timeout,nodeStartup,onTimeout,nodes], zone-outage[:zone,duration], spot-interruption[:share,instanceType,notice], load[:tail], consolidation[:peak,duration], trace (default: all that apply)',
  },
  trace: { type: 'string', arg: 'FILE', help: 'an EventTrace file of node events for the trace scenario' },
  load: { type: 'string', arg: 'FILE', help: 'a CSV or LoadTrace YAML of load over time for the load scenario' },
} as const satisfies Record<string, FlagSpec>;

/**
 * `  -f, --format FORMAT        help`, aligned, one row per flag; `helpFor` replaces a flag's help
 * where a command reads it differently (simulate's formats).
 */
export function flagRows(
  flags: Record<string, FlagSpec>,
  names: readonly string[] = Object.keys(flags),
  helpFor: Partial<Record<string, string>> = {},
): string[] {
  return names.map((name) => {
    const f = { ...flags[name]!, help: helpFor[name] ?? flags[name]!.help };
    const short = f.short ? `-${f.short}, ` : '    ';
    const arg = f.arg ? ` ${f.arg}` : '';
    const left = `  ${short}--${name}${arg}`;
    // A long flag spec pushes its help to the next line rather than breaking the column.
    return left.length < 34 ? left.padEnd(34) + f.help : `${left}\n${' '.repeat(34)}${f.help}`;
  });
}
