import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { DEFAULT_INCLUDE, discoverFiles, globBase, toPosix } from './discover.js';
import { STDIN_PATH } from './load-manifests.js';

/** A glob and where the user wrote it: `--exclude`, or `.resilint.yaml:4:5`. */
export interface SourcedGlob {
  glob: string;
  from: string;
}

/** Where the config file sets its globs: `.resilint.yaml:4:5` for `['exclude', 0]`. */
interface GlobConfig {
  include?: readonly string[];
  exclude?: readonly string[];
  locate(path: (string | number)[]): string;
}

/**
 * The include and exclude globs a run uses, each with where it was written: the `--include` flag
 * (or Action input) replaces the config's include (as in engine/lint.ts effectiveLoadOptions),
 * excludes add up.
 */
export function sourcedGlobs(
  given: { include?: readonly string[]; exclude?: readonly string[] },
  config: GlobConfig,
  names = { include: '--include', exclude: '--exclude' },
): { include: SourcedGlob[]; exclude: SourcedGlob[] } {
  const fromFlag = (flag: string) => (glob: string) => ({ glob, from: flag });
  const fromConfig = (key: 'include' | 'exclude') => (glob: string, i: number) => ({ glob, from: config.locate([key, i]) });
  const include = given.include ?? [];
  return {
    include: include.length ? include.map(fromFlag(names.include)) : (config.include ?? []).map(fromConfig('include')),
    exclude: [...(config.exclude ?? []).map(fromConfig('exclude')), ...(given.exclude ?? []).map(fromFlag(names.exclude))],
  };
}

/** A file the walk can reach, by both names a glob is matched against (see load/discover.ts). */
interface Candidate {
  /** Relative to the working directory. */
  rel: string;
  /** Relative to the directory walked, or to a glob path's base. */
  fromRoot: string;
  /** Walked from a directory, so `include` decides whether it is linted. */
  walked: boolean;
}

/**
 * Notices for include and exclude globs that match nothing: a typo in an exclude quietly lints
 * the vendored charts, one in an include quietly lints less, and neither fails the run. Matching
 * follows the loader: includes filter the files a directory walk finds, excludes apply to those
 * and to the files of glob paths, and a file named on its own is always linted, so neither is
 * judged when nothing was walked. Walks the paths a second time, so only called with user globs.
 */
export function unmatchedGlobNotices(paths: readonly string[], cwd: string, include: readonly SourcedGlob[], exclude: readonly SourcedGlob[]): string[] {
  const candidates = paths.filter((p) => p !== STDIN_PATH).flatMap((input) => candidatesOf(input, cwd));
  const walked = candidates.filter((c) => c.walked);
  const notices: string[] = [];
  if (walked.length > 0) {
    for (const { glob, from } of include) {
      const m = matcher(glob);
      if (!walked.some((c) => m.match(c.fromRoot))) notices.push(`include glob '${glob}' (${from}) matched no file`);
    }
  }
  const includes = (include.length ? include.map((g) => g.glob) : DEFAULT_INCLUDE).map(matcher);
  const linted = candidates.filter((c) => !c.walked || includes.some((m) => m.match(c.fromRoot)));
  for (const { glob, from } of exclude) {
    if (linted.length === 0) break;
    const m = matcher(glob);
    if (linted.some((c) => m.match(c.rel) || m.match(c.fromRoot))) continue;
    notices.push(`exclude glob '${glob}' (${from}) matched no file that would be linted, so it leaves nothing out${folderHint(glob, linted)}`);
  }
  return notices;
}

function candidatesOf(input: string, cwd: string): Candidate[] {
  const abs = path.resolve(cwd, input);
  if (isGlob(input)) {
    const base = path.resolve(cwd, globBase(input));
    return discoverFiles([input], { cwd, exclude: [] }).map((rel) => ({ rel, fromRoot: toPosix(path.relative(base, path.resolve(cwd, rel))), walked: false }));
  }
  // A file named on its own is linted whatever the globs say.
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  return discoverFiles([input], { cwd, include: ['**'], exclude: [] }).map((rel) => ({
    rel,
    fromRoot: toPosix(path.relative(abs, path.resolve(cwd, rel))),
    walked: true,
  }));
}

/** `legacy` names a folder, but a glob matches file paths: the README's "a folder name alone matches nothing". */
function folderHint(glob: string, files: readonly Candidate[]): string {
  if (glob.includes('/') || isGlob(glob)) return '';
  const isFolder = files.some((c) => c.rel.split('/').slice(0, -1).includes(glob));
  return isFolder ? ` (a folder name alone matches no file: write '**/${glob}/**')` : '';
}

function matcher(glob: string): Minimatch {
  return new Minimatch(glob, { dot: true });
}

/** As the loader decides whether a path argument is a glob. */
function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}
