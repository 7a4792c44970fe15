import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { fingerprint } from '../model/fingerprint.js';
import { isClusterScoped, isListKind } from '../model/kinds.js';
import type { Finding, LocatedField, ManifestObject, PathSegment, SourceRange } from '../model/types.js';
import { discoverFiles } from './discover.js';
import { DEFAULT_PARSE_LIMITS, parseYamlDocuments, type ParseLimits } from './parse-yaml.js';
import { readManifestFile } from './read-file.js';
import { SourceText } from './source-text.js';
import { hasStructuralTemplate } from './template-markers.js';
import type { DocumentPositions } from './yaml-positions.js';

export interface LoadOptions {
  cwd?: string;
  include?: string[];
  exclude?: string[];
  /** Namespace for namespaced objects that name none (kubectl's `--namespace`). */
  namespace?: string;
  /** Files larger than this are reported, not read. Default 20 MB. */
  maxFileBytes?: number;
  limits?: Partial<ParseLimits>;
  /** Called after each file with how many of the discovered files are done. */
  onFile?: (done: number, total: number) => void;
  /** Every directory or glob in `paths` must yield a file (the CLI's typo guard); see `discoverFiles`. */
  requireManifests?: boolean;
  /** What the `-` path stands for: manifests read from stdin, reported as file `<stdin>`. */
  stdinText?: string;
}

/** The path argument that means "read stdin", as in `helm template . | resilint -`. */
export const STDIN_PATH = '-';
/** How findings name manifests that came from stdin. */
export const STDIN_FILE = '<stdin>';

/**
 * `helm template . | resilint -` where helm printed nothing (or failed) would otherwise lint nothing
 * and pass: with `requireManifests`, stdin without a single manifest is a usage error, as an empty
 * directory is.
 */
export class EmptyStdinError extends UsageError {
  constructor(piped: Pick<LoadResult, 'skippedDocuments' | 'skippedFiles'>) {
    const why =
      piped.skippedFiles > 0
        ? ': it looks like an unrendered Helm template ({{ }}); pipe the output of `helm template` instead'
        : piped.skippedDocuments > 0
          ? ` (${piped.skippedDocuments} document(s) without apiVersion and kind)`
          : '';
    super(`${STDIN_PATH}: stdin held no manifests${why}`);
  }
}

export interface LoadResult {
  objects: ManifestObject[];
  /** Every file read, relative to cwd. */
  files: string[];
  /** `parse-error` findings (and notices for skipped files). */
  problems: Finding[];
  notes: string[];
  skippedDocuments: number;
  skippedFiles: number;
  sources: Map<string, SourceText>;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Loads every manifest under `paths` (and stdin for `-` when `stdinText` is given); never throws
 * for bad input, only for paths that don't exist or, with `requireManifests`, yield no file.
 */
export function loadManifests(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const readsStdin = options.stdinText !== undefined && paths.includes(STDIN_PATH);
  const diskPaths = readsStdin ? paths.filter((p) => p !== STDIN_PATH) : paths;
  // `resilint -` alone reads stdin only; an empty list would otherwise mean the default `.`.
  const files =
    readsStdin && diskPaths.length === 0
      ? []
      : discoverFiles(diskPaths, { cwd, include: options.include, exclude: options.exclude, requireManifests: options.requireManifests });
  const result = emptyResult();
  if (readsStdin) {
    const piped = loadManifestText(options.stdinText!, STDIN_FILE, options);
    // A parse error is reported as a finding; silence on a pipe means the command before it failed.
    if (options.requireManifests && piped.objects.length === 0 && piped.problems.length === 0) throw new EmptyStdinError(piped);
    result.files.push(STDIN_FILE);
    mergeInto(result, piped);
  }
  const limits = parseLimits(options);
  for (const file of files) {
    const abs = path.resolve(cwd, file);
    const read = readManifestFile(abs, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    result.files.push(file);
    if (!read.ok) {
      result.problems.push(parseError(file, read.reason, { line: read.line, column: read.column, endLine: read.line, endColumn: read.column }));
    } else {
      addManifestText(result, read.text, file, options.namespace, limits, isHelmChartTemplate(abs));
    }
    options.onFile?.(result.files.length, files.length);
  }
  keyFromRepositoryRoot(result, repositoryPrefix(cwd));
  return result;
}

/**
 * The working directory's path below the enclosing repository's root (`deploy/` when run from
 * `<repo>/deploy`), or '' at the root or outside any repository. The nearest `.git` (a folder, or
 * a file in a worktree or submodule) marks the root.
 */
export function repositoryPrefix(cwd: string): string {
  for (let dir = path.resolve(cwd), depth = 0; depth < 64; depth++) {
    if (existsSync(path.join(dir, '.git'))) return path.relative(dir, path.resolve(cwd)).split(path.sep).join('/');
    const parent = path.dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
  return '';
}

/**
 * Fingerprints name files from the repository root, so `resilint deploy/` from the root and
 * `resilint .` from `deploy/` give the same ones (a baseline, a PR comment's marker). Reported
 * `file`s stay relative to the working directory, as the JSON contract says.
 */
function keyFromRepositoryRoot(result: LoadResult, prefix: string): void {
  if (!prefix) return;
  const keyed = new Map<string, string>();
  const key = (file: string) => {
    let k = keyed.get(file);
    if (k === undefined) keyed.set(file, (k = file === STDIN_FILE ? file : path.posix.join(prefix, file)));
    return k;
  };
  for (const o of result.objects) o.identityFile = key(o.file);
  for (const p of result.problems) if (p.ruleId === 'parse-error') p.fingerprint = parseErrorFingerprint(key(p.file), p.message);
}

export interface TextLoadOptions extends LoadOptions {
  /** The file sits in a Helm chart's `templates/` folder. */
  helmChartTemplate?: boolean;
}

/** Loads manifests from text already in memory (used by `loadManifests`, rule tests and the Action). */
export function loadManifestText(text: string, file: string, options: TextLoadOptions = {}): LoadResult {
  const result = emptyResult();
  result.files.push(file);
  addManifestText(result, text, file, options.namespace, parseLimits(options), options.helmChartTemplate ?? false);
  return result;
}

function emptyResult(): LoadResult {
  return { objects: [], files: [], problems: [], notes: [], skippedDocuments: 0, skippedFiles: 0, sources: new Map() };
}

function parseLimits(options: LoadOptions): ParseLimits {
  return { ...DEFAULT_PARSE_LIMITS, ...options.limits };
}

/**
 * Loads one file's text into `result` (its source, objects, problems, notes and skip counts), so a
 * run over many files fills one result instead of building and merging one per file.
 */
function addManifestText(
  result: LoadResult,
  text: string,
  file: string,
  defaultNamespace: string | undefined,
  limits: ParseLimits,
  helmChartTemplate: boolean,
): void {
  const source = new SourceText(file, text);
  result.sources.set(file, source);
  const looksLikeHelm = hasTemplateAction(text);
  // A template action used as YAML structure often still parses (as a flow mapping), into objects
  // whose fields hold maps where numbers and strings belong: skip before rules see them.
  if (looksLikeHelm && (helmChartTemplate || hasStructuralTemplate(text))) {
    skipHelm(result, file);
    return;
  }
  const { documents, problems } = parseYamlDocuments(source, limits);
  if (problems.length && looksLikeHelm) {
    // Go templates are not YAML until rendered; a parse error there is expected, not a finding.
    skipHelm(result, file);
    return;
  }
  for (const p of problems) {
    const at = source.position(p.offset);
    result.problems.push(parseError(file, p.reason, { line: at.line, column: at.column, endLine: at.line, endColumn: at.column }));
  }
  for (const doc of documents) {
    const value = doc.value;
    if (value === null || value === undefined) continue; // an empty document is nothing, not a skip
    if (!isManifest(value)) {
      result.skippedDocuments++;
      continue;
    }
    if (isListKind(value.kind) && Array.isArray(value.items)) {
      value.items.forEach((item: unknown, i: number) => {
        if (isManifest(item)) result.objects.push(makeObject(file, doc.index, item, doc.positions, value, ['items', i], defaultNamespace, i));
        else result.skippedDocuments++;
      });
      continue;
    }
    result.objects.push(makeObject(file, doc.index, value, doc.positions, value, NO_PREFIX, defaultNamespace));
  }
}

/** A `{{` with a `}}` somewhere after it: a Go template action (the test `/\{\{[\s\S]*?\}\}/` makes, without a regex). */
function hasTemplateAction(text: string): boolean {
  const open = text.indexOf('{{');
  return open !== -1 && text.indexOf('}}', open + 2) !== -1;
}

function isManifest(v: unknown): v is Record<string, any> & { apiVersion: string; kind: string } {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    typeof (v as any).apiVersion === 'string' &&
    typeof (v as any).kind === 'string' &&
    (v as any).kind !== ''
  );
}

function makeObject(
  file: string,
  docIndex: number,
  raw: Record<string, any>,
  positions: DocumentPositions,
  docValue: unknown,
  prefix: readonly PathSegment[],
  defaultNamespace: string | undefined,
  listIndex?: number,
): ManifestObject {
  const meta = raw.metadata && typeof raw.metadata === 'object' ? raw.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '';
  const namespace = isClusterScoped(raw.kind)
    ? undefined
    : typeof meta.namespace === 'string' && meta.namespace
      ? meta.namespace
      : (defaultNamespace ?? 'default');
  const obj = new LoadedManifest(raw.apiVersion, raw.kind, name, namespace, file, docIndex, raw, positions, docValue, prefix);
  if (listIndex !== undefined) obj.listIndex = listIndex;
  return obj;
}

/** A document's (or List item's) root inside its document, for the documents that are objects themselves. */
const NO_PREFIX: readonly PathSegment[] = [];

/**
 * A loaded manifest. `locate` and `range` are methods on the prototype rather than closures made
 * per object: a large repository loads tens of thousands of objects, most never asked for a position.
 * The fields they read are plain own properties, so a spread copy that keeps `locate: o.locate`
 * (as the admission adapter's Pod view does) still works.
 */
class LoadedManifest implements ManifestObject {
  // Only objects from a List have one: `declare` keeps the others without the property at all.
  declare listIndex?: number;
  private cachedRange: SourceRange | undefined = undefined;

  constructor(
    public apiVersion: string,
    public kind: string,
    public name: string,
    public namespace: string | undefined,
    public file: string,
    public docIndex: number,
    public raw: Record<string, any>,
    private readonly positions: DocumentPositions,
    /** The parsed document, and where this object sits in it (`['items', i]` in a List). */
    private readonly docValue: unknown,
    private readonly prefix: readonly PathSegment[],
  ) {}

  get range(): SourceRange {
    this.cachedRange ??= this.positions.span(this.docValue, this.prefix);
    return this.cachedRange;
  }

  locate(path: readonly PathSegment[]): LocatedField {
    return this.positions.locate(this.docValue, path, this.prefix);
  }
}

export function parseError(file: string, reason: string, at: SourceRange): Finding {
  return {
    ruleId: 'parse-error',
    severity: 'error',
    message: reason,
    file,
    ...at,
    fingerprint: parseErrorFingerprint(file, reason),
    suppressed: false,
  };
}

function parseErrorFingerprint(file: string, reason: string): string {
  return fingerprint(['parse-error', file, reason]);
}

function skipHelm(result: LoadResult, file: string): void {
  result.skippedFiles++;
  result.notes.push(`${file}: skipped, looks like a Helm template ({{ }}); lint the rendered output (helm template … | resilint -)`);
}

/** `templates/` next to a `Chart.yaml` is a Helm chart's template folder. */
function isHelmChartTemplate(abs: string): boolean {
  const dir = path.dirname(abs);
  let d = dir;
  for (let i = 0; i < 4 && path.basename(d) !== ''; i++) {
    if (path.basename(d) === 'templates' && existsSync(path.join(path.dirname(d), 'Chart.yaml'))) return true;
    d = path.dirname(d);
  }
  return false;
}

function mergeInto(into: LoadResult, from: LoadResult): void {
  // A loop, not push(...array): a spread of a huge file's objects would overflow the call stack.
  for (const o of from.objects) into.objects.push(o);
  for (const p of from.problems) into.problems.push(p);
  for (const n of from.notes) into.notes.push(n);
  into.skippedDocuments += from.skippedDocuments;
  into.skippedFiles += from.skippedFiles;
  for (const [k, v] of from.sources) into.sources.set(k, v);
}
