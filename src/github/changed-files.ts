import { minimatch } from 'minimatch';
import { DEFAULT_INCLUDE } from '../load/discover.js';
import type { GitHubClient, PullFile } from './client.js';
import { parsePatch, type CommentableLines } from './diff-lines.js';

/** A manifest the PR adds or changes, with the lines a review comment may sit on. */
export interface ChangedFile {
  /** Path on the PR head, relative to the repository root, `/` separators. */
  path: string;
  lines: CommentableLines;
}

export interface ChangedFileFilter {
  include?: string[];
  exclude?: string[];
}

/** Lists the PR's files (every page) and keeps the manifests it adds or changes. */
export async function listChangedFiles(client: GitHubClient, pullNumber: number, filter: ChangedFileFilter): Promise<ChangedFile[]> {
  return selectChangedFiles(await client.listPullFiles(pullNumber), filter);
}

/**
 * Removed files have nothing left to lint. A renamed file is reported under its new name, which
 * is the name findings carry. Globs use the loader's defaults; a pattern without `/` matches the
 * file name anywhere (like the loader, which matches below each directory it walks).
 */
export function selectChangedFiles(files: readonly PullFile[], filter: ChangedFileFilter): ChangedFile[] {
  const include = filter.include?.length ? filter.include : DEFAULT_INCLUDE;
  const exclude = filter.exclude ?? [];
  return files
    .filter((f) => f.status !== 'removed')
    .filter((f) => matchesAny(f.filename, include) && !matchesAny(f.filename, exclude))
    .map((f) => ({ path: f.filename, lines: parsePatch(f.patch) }));
}

function matchesAny(file: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => minimatch(file, p, { dot: true, matchBase: !p.includes('/') }));
}
