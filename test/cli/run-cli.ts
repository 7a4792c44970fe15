import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main()` as the bin does, in `cwd`, with stdout and stderr captured, colour off and optional stdin text. */
export async function runCli(argv: string[], cwd: string, stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: { NO_COLOR: '1' },
    cwd,
    readStdin: () => {
      if (stdin === undefined) throw new Error('the command read stdin unasked');
      return stdin;
    },
  });
  return { code, stdout, stderr };
}
