import { execFile, type ExecFileException } from 'node:child_process';

/** A git command that could not run or did not succeed; the message is fit for a job summary. */
export class GitError extends Error {}

export interface GitOptions {
  cwd: string;
  /** Extra environment on top of the process's own (e.g. `GIT_INDEX_FILE`). */
  env?: Record<string, string>;
  /** Kill the command after this long; a hung fetch must not hang the job. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Runs `git <args>` without a shell (arguments are never parsed by one) and resolves with its
 * stdout. Git never prompts: without credentials a fetch fails fast instead of waiting for input.
 */
export function git(args: readonly string[], options: GitOptions): Promise<string> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        timeout,
        maxBuffer: 16 * 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        reject(new GitError(`git ${args[0]}: ${failureReason(error, String(stderr), timeout)}`));
      },
    );
  });
}

function failureReason(error: ExecFileException, stderr: string, timeout: number): string {
  if (error.code === 'ENOENT') return 'git is not installed on this runner';
  if (error.killed) return `no answer within ${Math.round(timeout / 1000)}s`;
  // Git's last stderr line says what went wrong ("fatal: couldn't find remote ref ..."); hints come before it.
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.at(-1) ?? error.message;
}
