import type { Finding } from '../model/types.js';
import { ensureCommit, type Git } from './base-checkout.js';
import { git } from './git.js';

/**
 * `actions/checkout` checks out a pull request's merge commit by default, so findings carry that
 * commit's line numbers; review comments and links go to the PR head, where the same line may sit
 * elsewhere (the base moved on since the branch was cut). This reads `git diff -U0 <head> HEAD`
 * for the files with findings and moves each finding to its line in the head. A finding on a line
 * the head does not have (it came from the base) cannot be placed there: it is listed in `offHead`
 * and never commented inline.
 */
export interface HeadView {
  /** Whether the checkout differs from the PR head (when false, `translate` returns its argument). */
  moved: boolean;
  translate(f: Finding): Finding;
  /** Translated findings whose line exists only in the checkout, not in the head. */
  offHead: ReadonlySet<Finding>;
  /** The checked-out commit (links to `offHead` findings point into it). */
  checkout?: string;
}

export const SAME_LINES: HeadView = { moved: false, translate: (f) => f, offHead: new Set() };

export async function headView(findings: readonly Finding[], headSha: string, cwd: string): Promise<HeadView> {
  const run: Git = (args, extra) => git(args, { cwd, ...extra });
  const checkedOut = (await run(['rev-parse', 'HEAD'])).trim();
  if (checkedOut === headSha) return SAME_LINES;
  const files = [...new Set(findings.filter((f) => f.line > 0 && !f.file.startsWith('<')).map((f) => f.file))];
  if (files.length === 0) return SAME_LINES;
  await ensureCommit(headSha, run);
  // Plain paths (no octal quoting) with the standard a/ b/ prefixes, whatever the user's git config.
  const diff = await run([
    '-c',
    'core.quotePath=false',
    'diff',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--relative',
    headSha,
    'HEAD',
    '--',
    ...files.map((f) => `:(literal)${f}`),
  ]);
  const hunks = parseHunks(diff);
  const offHead = new Set<Finding>();
  const cache = new Map<Finding, Finding>();
  const translate = (f: Finding): Finding => {
    const fileHunks = hunks.get(f.file);
    if (!fileHunks || f.line <= 0) return f;
    let out = cache.get(f);
    if (out) return out;
    const line = headLine(fileHunks, f.line);
    const endLine = headLine(fileHunks, f.endLine);
    out =
      line === undefined
        ? { ...f }
        : endLine === undefined
          ? { ...f, line, endLine: line, endColumn: f.column }
          : { ...f, line, endLine };
    if (line === undefined) offHead.add(out);
    cache.set(f, out);
    return out;
  };
  return { moved: true, translate, offHead, checkout: checkedOut };
}

/** One hunk of a `-U0` diff from the head (old side) to the checkout (new side). */
interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Hunks per file (the new side's name) of a `git diff -U0`. A `+++` line names the file only in a
 * file's header, between `diff --git` and its first hunk: inside a hunk it is an added line.
 */
export function parseHunks(diff: string): Map<string, Hunk[]> {
  const out = new Map<string, Hunk[]>();
  let current: Hunk[] | undefined;
  let inHeader = false;
  for (const text of diff.split('\n')) {
    if (text.startsWith('diff --git ')) {
      inHeader = true;
      current = undefined;
      continue;
    }
    if (inHeader && text.startsWith('+++ ')) {
      const name = headerPath(text.slice(4));
      current = [];
      if (name !== undefined) out.set(name, current);
      continue;
    }
    const h = HUNK_HEADER.exec(text);
    if (h) {
      inHeader = false;
      current?.push({ oldStart: Number(h[1]), oldCount: h[2] === undefined ? 1 : Number(h[2]), newStart: Number(h[3]), newCount: h[4] === undefined ? 1 : Number(h[4]) });
    }
  }
  return out;
}

/**
 * The path in a `+++ b/<path>` header: git ends a path that contains a space with a tab, and
 * C-quotes one with characters it must escape (`"b/a\"b.yaml"`); `/dev/null` is no file.
 */
function headerPath(raw: string): string | undefined {
  let name = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (name.startsWith('"') && name.endsWith('"')) {
    try {
      name = JSON.parse(name.replace(/\\([0-7]{3})/g, (_, octal: string) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`)) as string;
    } catch {
      return undefined;
    }
  }
  if (name === '/dev/null') return undefined;
  return name.startsWith('b/') ? name.slice(2) : name;
}

/** The head's line for a checkout line, or undefined when the checkout changed that line. */
export function headLine(hunks: readonly Hunk[], line: number): number | undefined {
  let delta = 0;
  for (const h of hunks) {
    if (h.newCount === 0) {
      // Head lines removed after checkout line `newStart`.
      if (line <= h.newStart) break;
    } else {
      if (line < h.newStart) break;
      if (line < h.newStart + h.newCount) return undefined;
    }
    delta += h.oldCount - h.newCount;
  }
  return line + delta;
}
