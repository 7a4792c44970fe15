import path from 'node:path';
import { STDIN_FILE, STDIN_PATH } from '../load/load-manifests.js';

/**
 * `--only-files` as the names findings carry (relative to the working directory, `/`): a user (or
 * a CI script) writes `./k8s/a.yaml`, an absolute path or `k8s\a.yaml`, and a name that differs
 * from the finding's by one `./` would filter every finding out and pass.
 */
export function normaliseReportFiles(given: readonly string[] | undefined, cwd: string): string[] | undefined {
  if (given === undefined) return undefined;
  return given.map((file) => {
    if (file === STDIN_PATH || file === STDIN_FILE) return STDIN_FILE;
    const abs = path.resolve(cwd, file.replace(/\\/g, '/'));
    return path.relative(cwd, abs).split(path.sep).join('/') || '.';
  });
}

const SHOWN = 5;

/**
 * The notice for `--only-files` entries that were not linted: a deleted or non-manifest file is
 * normal in a list of changed files, a typo is not, and both would otherwise pass in silence.
 * Undefined when every entry was linted.
 */
export function unlintedReportFilesNotice(reportFiles: readonly string[], linted: readonly string[]): string | undefined {
  const read = new Set(linted);
  const missing = [...new Set(reportFiles)].filter((f) => !read.has(f));
  if (missing.length === 0) return undefined;
  const names = missing.slice(0, SHOWN).join(', ') + (missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : '');
  const [count, them] = missing.length === 1 ? ['1 file that was', 'it'] : [`${missing.length} files that were`, 'them'];
  return `--only-files names ${count} not linted, so nothing is reported for ${them}: ${names} (deleted, not a manifest, or outside the paths linted)`;
}
