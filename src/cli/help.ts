import { VERSION } from '../version.js';
import { FLAGS, flagRows, SIMULATE_FLAGS, type FlagSpec } from './flags.js';

const EXIT_CODES = 'Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage, config or rule errors.';

/** `resilint --help`: every command in one line, then the flags. */
export function mainHelp(): string {
  return [
    `resilint ${VERSION}: resilience linter for Kubernetes manifests`,
    '',
    'Usage:',
    '  resilint [paths...] [flags]        lint files, directories or globs (default .)',
    '  resilint - [flags]                 lint manifests piped on stdin (helm template . | resilint -)',
    '  resilint rules                     list the rules with their severity under the config',
    '  resilint explain <rule-id>         show a rule\'s documentation',
    '  resilint test [dir...]             run the test cases beside each rule (default: built-in pack)',
    '  resilint simulate [paths...]       replay drains, zone outages, spot interruptions and load',
    '',
    'Run `resilint <command> --help` for one command\'s flags and an example.',
    '',
    'Flags:',
    ...flagRows(FLAGS),
    '',
    'Simulate flags (with --format text, json or markdown, --output and --fail-level):',
    ...flagRows(SIMULATE_FLAGS),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

interface CommandHelp {
  usage: string;
  summary: string;
  /** Flags from FLAGS the command reads, in the order shown; any other flag is refused (see commandFlags). */
  flags: (keyof typeof FLAGS)[];
  /** Help text where the command reads a shared flag differently. */
  helpFor?: Partial<Record<keyof typeof FLAGS, string>>;
  extraFlags?: typeof SIMULATE_FLAGS;
  example: string;
  /** Whether the command exits by the fail level, like lint (the others say their codes in the summary). */
  failLevelExit?: boolean;
}

const COMMANDS: Record<string, CommandHelp> = {
  simulate: {
    usage: 'resilint simulate [paths...] [flags]',
    summary:
      'Replays a rolling node upgrade, zone outages, spot interruptions, a load trace or a recorded event trace against\n' +
      'the manifests and reports workloads that lose ready replicas, drains that hang and HPAs that cannot scale.\n' +
      'With --base the same scenarios run on a second copy (e.g. the main branch) and the report compares them.\n' +
      'Formats: text, json, markdown.',
    flags: ['format', 'output', 'fail-level', 'include', 'exclude', 'namespace', 'color', 'no-color'],
    helpFor: { format: 'output format: text, json or markdown (default text)' },
    extraFlags: SIMULATE_FLAGS,
    example: 'resilint simulate k8s/ --base main-checkout/k8s/ --scenario zone-outage:zone=us-east-1a,duration=30m',
    failLevelExit: true,
  },
  test: {
    usage: 'resilint test [dir...]',
    summary:
      'Runs the tests.yaml cases beside each rule in the given policy folders (default: the built-in pack).\n' +
      'Exit 1 when a case fails, 2 when a rule does not load or compile.',
    flags: [],
    example: 'resilint test my-policies/',
  },
  rules: {
    usage: 'resilint rules [flags]',
    summary:
      'Lists the built-in rules, those of the config\'s policies folders and of --policies folders, with the severity\n' +
      'they run at under the config (or "off") and their description.',
    flags: ['config', 'policies', 'format'],
    helpFor: { format: 'json for a machine-readable list (default text)' },
    example: 'resilint rules --policies my-policies/ --format json',
  },
  explain: {
    usage: 'resilint explain <rule-id> [flags]',
    summary:
      'Prints a rule\'s documentation: why it matters, how to fix a finding, its params and links, its severity under\n' +
      'the config, and the validation ids a resilint.io/ignore annotation can name.',
    flags: ['config', 'policies'],
    example: 'resilint explain pdb-blocks-drain',
  },
};

/**
 * The flags a subcommand accepts: those its help lists, so a flag it would silently ignore is refused
 * instead. Undefined for the lint run (every flag of FLAGS) and unknown commands.
 */
export function commandFlags(command: string): Record<string, FlagSpec> | undefined {
  const c = COMMANDS[command];
  if (!c) return undefined;
  const names = [...c.flags, 'help'] as const;
  return { ...Object.fromEntries(names.map((name) => [name, FLAGS[name]])), ...c.extraFlags };
}

/** `resilint <command> --help`, or undefined for a command without its own help. */
export function commandHelp(command: string): string | undefined {
  const c = COMMANDS[command];
  if (!c) return undefined;
  const rows = [...flagRows(FLAGS, c.flags, c.helpFor), ...(c.extraFlags ? flagRows(c.extraFlags) : []), ...flagRows(FLAGS, ['help'])];
  const footer = c.failLevelExit ? [EXIT_CODES, ''] : [];
  return [`Usage: ${c.usage}`, '', c.summary, '', 'Flags:', ...rows, '', 'Example:', `  ${c.example}`, '', ...footer].join('\n');
}
