import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { UsageError } from '../errors.js';

export const DEFAULT_INCLUDE = ['**/*.{yaml,yml,json}'];
/** Directories never walked: VCS metadata and installed packages are not manifests. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** resilint's own files are configuration, not manifests. */
const DEFAULT_EXCLUDE = ['**/.resilint.yaml', '**/.resilint.yml'];

export interface DiscoverOptions {
  cwd: string;
  include?: string[];
  exclude?: string[];
  /** Every directory or glob must yield a file; else a usage error names each one that did not. */
  requireManifests?: boolean;
}

export class PathNotFoundError extends UsageError {
  constructor(readonly input: string) {
    super(`No such file, directory or matching glob: ${input}`);
  }
}

/**
 * Paths that exist but yield no manifest file: in CI a typo there would lint nothing and pass.
 * The CLI prints `resilint: ` before a usage message, so each further path gets its own such line.
 */
export class NoManifestsError extends UsageError {
  constructor(readonly empty: { input: string; glob: boolean }[], include: readonly string[]) {
    super(
      empty
        // A glob picks its files itself; `include` only filters what a directory walk finds.
        .map((e) => `${e.input} matched no manifest files${e.glob ? '' : ` (include: ${include.join(', ')})`}`)
        .join('\nresilint: '),
    );
  }
}

/**
 * Expands the user's paths (files, directories or globs) into a sorted list of files relative to
 * `cwd`, with `/` separators. A file named explicitly is always taken; files found by walking a
 * directory or a glob must match `include` and not `exclude`.
 */
export function discoverFiles(inputs: readonly string[], options: DiscoverOptions): string[] {
  const include = options.include?.length ? options.include : DEFAULT_INCLUDE;
  const exclude = [...DEFAULT_EXCLUDE, ...(options.exclude ?? [])];
  const found = new Set<string>();
  const rel = (abs: string) => toPosix(path.relative(options.cwd, abs) || '.');
  const matches = patternMatcher();
  const excluded = (relPath: string, rootRel: string) => exclude.some((p) => matches(relPath, p) || matches(rootRel, p));

  const empty: { input: string; glob: boolean }[] = [];
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(options.cwd, input);
    if (isGlob(input)) {
      const base = path.resolve(options.cwd, globBase(input));
      const pattern = toPosix(path.relative(base, abs));
      let matched = 0;
      for (const file of walk(base)) {
        const fromBase = toPosix(path.relative(base, file));
        if (!matches(fromBase, pattern)) continue;
        if (excluded(rel(file), fromBase)) continue;
        found.add(rel(file));
        matched++;
      }
      if (matched === 0 && !existsSync(base)) throw new PathNotFoundError(input);
      if (matched === 0) empty.push({ input, glob: true });
      continue;
    }
    if (!existsSync(abs)) throw new PathNotFoundError(input);
    if (statSync(abs).isDirectory()) {
      let matched = 0;
      for (const file of walk(abs)) {
        const fromRoot = toPosix(path.relative(abs, file));
        if (!include.some((p) => matches(fromRoot, p))) continue;
        if (excluded(rel(file), fromRoot)) continue;
        found.add(rel(file));
        matched++;
      }
      if (matched === 0) empty.push({ input, glob: false });
    } else {
      found.add(rel(abs));
    }
  }
  if (options.requireManifests && empty.length) throw new NoManifestsError(empty, include);
  return [...found].sort();
}

/**
 * `minimatch(path, pattern, { dot: true })` with each pattern compiled once per run rather than
 * once per file and pattern (several regex compilations per file otherwise). Compiled on first
 * use, so a pattern that is never needed is never checked, as before.
 */
function patternMatcher(): (relPath: string, pattern: string) => boolean {
  const compiled = new Map<string, Minimatch>();
  return (relPath, pattern) => {
    let m = compiled.get(pattern);
    if (m === undefined) {
      m = new Minimatch(pattern, { dot: true });
      compiled.set(pattern, m);
    }
    return m.match(relPath);
  };
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* walk(full);
    } else if (entry.isFile()) yield full;
  }
}

function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

/**
 * The directory part of a path or glob before its first magic segment (`k8s/prod/*.yaml` gives
 * `k8s/prod`, `*.yaml` gives `.`); either separator counts, so a Windows-style input gives the same root.
 */
export function globBase(input: string): string {
  const parts = input.split(/[\\/]/);
  const base: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    base.push(part);
  }
  return base.join('/') || '.';
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
