import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { closestId } from '../rules/closest-id.js';
import type { FlagSpec } from './flags.js';

export interface FlagContext {
  /** The subcommand (`rules`), so the hint points at its own `--help`; none for the lint run. */
  command?: string;
  /** Flags only another command takes, with that command: `--base` given to the lint run says where it belongs. */
  elsewhere?: Readonly<Record<string, string>>;
}

/**
 * `parseArgs` over `flags`, strict. Its own messages speak of positional arguments and `<value>`
 * placeholders; a mistake becomes one line about the flag as typed (with the nearest known flag
 * for a typo) and a pointer to the command's help, exit 2.
 */
export function parseCommandFlags(argv: string[], flags: Readonly<Record<string, FlagSpec>>, context: FlagContext = {}) {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [name, { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) }]),
  );
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    const problem = describeFlagProblem(argv, flags, context) ?? (error as Error).message.split('\n')[0]!;
    throw new UsageError(`${problem}\nRun 'resilint${context.command ? ` ${context.command}` : ''} --help' for usage.`);
  }
}

/** The first flag mistake in `argv`, read from parseArgs' lenient tokens so it names the flag as the user typed it. */
function describeFlagProblem(argv: string[], flags: Readonly<Record<string, FlagSpec>>, context: FlagContext = {}): string | undefined {
  const options = Object.fromEntries(Object.entries(flags).map(([name, f]) => [name, { type: f.type, ...(f.short ? { short: f.short } : {}) }]));
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = flags[token.name];
    if (!spec) return unknownFlag(token.rawName, token.name, flags, context);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return `option '${token.rawName}' takes no value.`;
      continue;
    }
    const placeholder = `(${token.rawName} ${spec.arg ?? 'VALUE'})`;
    if (token.value === undefined) return `option '${token.rawName}' needs a value ${placeholder}.`;
    // parseArgs refuses a separate value that looks like an option (`--output --format`): most
    // often the value was forgotten. `-` alone is a value (stdin).
    if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
      return `option '${token.rawName}' needs a value, but '${token.value}' follows it (write ${token.rawName}=${token.value} if that is the value).`;
    }
  }
  return undefined;
}

function unknownFlag(rawName: string, name: string, flags: Readonly<Record<string, FlagSpec>>, context: FlagContext): string {
  const head = `unknown option '${rawName}'.`;
  // Another command's flag is a known mistake, not a typo: `--base` is not a misspelt `--baseline`.
  const owner = rawName.startsWith('--') ? context.elsewhere?.[name] : undefined;
  if (owner) return `${head} It is a flag of '${owner}'.`;
  // A one-letter flag is too short to guess from: any other letter is one edit away.
  const guess = rawName.startsWith('--') ? closestId(name, Object.keys(flags)) : undefined;
  return guess ? `${head} Did you mean '--${guess}'?` : head;
}
