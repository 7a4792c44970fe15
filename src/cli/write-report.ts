import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIO } from './main.js';

/**
 * Fails before any work when `--output` cannot be written, so a long run is not wasted on a typo.
 * The directory is not created: a missing one is far more often a mistake than a wish.
 */
export function checkOutputPath(output: string | undefined, io: Pick<CliIO, 'cwd'>): void {
  if (output === undefined) return;
  const dir = path.dirname(path.resolve(io.cwd, output));
  if (!existsSync(dir)) throw new UsageError(`cannot write ${output}: directory ${path.dirname(output)} does not exist`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`cannot write ${output}: ${path.dirname(output)} is not a directory`);
}

/** Writes the report to `--output` or stdout; a failed write is a usage error naming the file, not a stack trace. */
export function writeReport(report: string, output: string | undefined, io: CliIO): void {
  if (output === undefined) {
    io.stdout(report.endsWith('\n') ? report : `${report}\n`);
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, output), report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    const reason = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'its directory does not exist' : code;
    throw new UsageError(`cannot write ${output}: ${reason}`);
  }
}
