import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { globBase } from '../load/discover.js';
import { git, GitError } from './git.js';

/** The manifests of the PR's base commit, written to a temporary directory. */
export interface BaseCheckout {
  /** The workspace folder as it was at the base commit. */
  cwd: string;
  /** The input paths that exist at the base commit; paths the PR adds are left out. */
  paths: string[];
  /** Deletes the temporary directory. */
  remove(): void;
}

export interface BaseCheckoutOptions {
  /** The workspace: a git checkout of the PR (any depth). */
  cwd: string;
  /** The Action's `paths` input: files, directories or globs relative to `cwd`. */
  paths: readonly string[];
  /** Where the temporary directory goes (`RUNNER_TEMP` on a runner). */
  tempDir: string;
  fetchTimeoutMs?: number;
}

/** SHA-1 or SHA-256 object ids; anything else (say, `--upload-pack=...`) never reaches git's argv. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * Materializes only the manifest paths of `sha` in a temporary directory, fetching the commit
 * first when the checkout lacks it (actions/checkout clones with depth 1). The repository's own
 * HEAD, index and working tree are left alone: git writes into a temporary index and work tree.
 * Throws GitError with a reason when the base cannot be read (no git, no credentials, a fork's
 * base that the token may not fetch); the caller then simulates the head alone.
 */
export async function checkoutBase(sha: string, options: BaseCheckoutOptions): Promise<BaseCheckout> {
  if (!sha) throw new GitError('the event names no base commit');
  if (!COMMIT_ID.test(sha)) throw new GitError(`"${sha}" is not a commit id`);
  const run = (args: string[], extra: { env?: Record<string, string>; timeoutMs?: number } = {}) => git(args, { cwd: options.cwd, ...extra });

  // Where the workspace sits inside the repository ("" at the top, "deploy/" for a subfolder).
  const prefix = (await run(['rev-parse', '--show-prefix'])).trim();
  const roots = options.paths.map((input) => ({ input, inRepo: repoPath(prefix, globBase(input)) }));
  const outside = roots.find((r) => r.inRepo === undefined);
  if (outside) throw new GitError(`path "${outside.input}" lies outside the repository`);

  await ensureCommit(sha, run, options.fetchTimeoutMs);
  const present: typeof roots = [];
  for (const root of roots) {
    if (root.inRepo === '' || (await exists(run, `${sha}:${root.inRepo}`))) present.push(root);
  }

  const temp = mkdtempSync(path.join(options.tempDir, 'resilint-base-'));
  const remove = () => rmSync(temp, { recursive: true, force: true });
  try {
    const tree = path.join(temp, 'tree');
    mkdirSync(tree);
    if (present.length > 0) {
      // `:(top,literal)`: paths from the repository root, glob characters in names taken as written.
      const pathspecs = [...new Set(present.map((r) => (r.inRepo ? `:(top,literal)${r.inRepo}` : ':(top)')))];
      // Links are written as small files: the base tree must not point the loader outside the temp directory.
      await run(['-c', 'core.symlinks=false', `--work-tree=${tree}`, 'checkout', sha, '--', ...pathspecs], {
        env: { GIT_INDEX_FILE: path.join(temp, 'index') },
      });
    }
    return { cwd: path.join(tree, prefix), paths: present.map((r) => r.input), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

export type Git = (args: string[], extra?: { timeoutMs?: number }) => Promise<string>;

export async function ensureCommit(sha: string, run: Git, fetchTimeoutMs = 120_000): Promise<void> {
  if (await exists(run, `${sha}^{commit}`)) return;
  await run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], { timeoutMs: fetchTimeoutMs });
  if (!(await exists(run, `${sha}^{commit}`))) throw new GitError(`commit ${sha} is not in the repository after fetching it`);
}

async function exists(run: Git, object: string): Promise<boolean> {
  try {
    await run(['cat-file', '-e', object]);
    return true;
  } catch {
    return false;
  }
}

/** `root` (relative to the workspace) as a path from the repository's top, or undefined outside it. */
function repoPath(prefix: string, root: string): string | undefined {
  if (path.isAbsolute(root)) return undefined;
  const joined = path.posix.normalize(path.posix.join(prefix || '.', root.split(path.sep).join('/')));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}
