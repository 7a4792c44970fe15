import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main()` as the bin does, in `cwd`, with stdout and stderr captured and colour off. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: { NO_COLOR: '1' },
    cwd,
    readStdin: () => {
      throw new Error('the command read stdin unasked');
    },
  });
  return { code, stdout, stderr };
}
