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
  const result: LoadResult = {
    objects: [],
    files: [],
    problems: [],
    notes: [],
    skippedDocuments: 0,
    skippedFiles: 0,
    sources: new Map(),
  };
  if (readsStdin) {
    const piped = loadManifestText(options.stdinText!, STDIN_FILE, options);
    // A parse error is reported as a finding; silence on a pipe means the command before it failed.
    if (options.requireManifests && piped.objects.length === 0 && piped.problems.length === 0) throw new EmptyStdinError(piped);
    result.files.push(STDIN_FILE);
    mergeInto(result, piped);
  }
  for (const file of files) {
    const abs = path.resolve(cwd, file);
    const read = readManifestFile(abs, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    result.files.push(file);
    if (!read.ok) {
      result.problems.push(parseError(file, read.reason, { line: read.line, column: read.column, endLine: read.line, endColumn: read.column }));
    } else {
      const loaded = loadManifestText(read.text, file, { ...options, helmChartTemplate: isHelmChartTemplate(abs) });
      mergeInto(result, loaded);
    }
    options.onFile?.(result.files.length, files.length);
  }
  return result;
}

export interface TextLoadOptions extends LoadOptions {
  /** The file sits in a Helm chart's `templates/` folder. */
  helmChartTemplate?: boolean;
}

/** Loads manifests from text already in memory (used by `loadManifests`, rule tests and the Action). */
export function loadManifestText(text: string, file: string, options: TextLoadOptions = {}): LoadResult {
  const source = new SourceText(file, text);
  const result: LoadResult = {
    objects: [],
    files: [file],
    problems: [],
    notes: [],
    skippedDocuments: 0,
    skippedFiles: 0,
    sources: new Map([[file, source]]),
  };
  const looksLikeHelm = /\{\{[\s\S]*?\}\}/.test(text);
  // A template action used as YAML structure often still parses (as a flow mapping), into objects
  // whose fields hold maps where numbers and strings belong: skip before rules see them.
  if (looksLikeHelm && (options.helmChartTemplate || hasStructuralTemplate(text))) {
    return skipHelm(result, file);
  }
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  const { documents, problems } = parseYamlDocuments(source, limits);
  if (problems.length && looksLikeHelm) {
    // Go templates are not YAML until rendered; a parse error there is expected, not a finding.
    return skipHelm(result, file);
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
        if (isManifest(item)) result.objects.push(makeObject(file, doc.index, item, doc.positions, value, ['items', i], options.namespace, i));
        else result.skippedDocuments++;
      });
      continue;
    }
    result.objects.push(makeObject(file, doc.index, value, doc.positions, value, [], options.namespace));
  }
  return result;
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
  prefix: PathSegment[],
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
  const locate = (p: readonly PathSegment[]): LocatedField => positions.locate(docValue, p, prefix);
  let range: SourceRange | undefined;
  const obj: ManifestObject = {
    apiVersion: raw.apiVersion,
    kind: raw.kind,
    name,
    namespace,
    file,
    docIndex,
    raw,
    get range() {
      range ??= positions.span(docValue, prefix);
      return range;
    },
    locate,
  };
  if (listIndex !== undefined) obj.listIndex = listIndex;
  return obj;
}

export function parseError(file: string, reason: string, at: SourceRange): Finding {
  return {
    ruleId: 'parse-error',
    severity: 'error',
    message: reason,
    file,
    ...at,
    fingerprint: fingerprint(['parse-error', file, reason]),
    suppressed: false,
  };
}

function skipHelm(result: LoadResult, file: string): LoadResult {
  result.skippedFiles++;
  result.notes.push(`${file}: skipped, looks like a Helm template ({{ }}); lint the rendered output (helm template … | resilint -)`);
  return result;
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
  into.objects.push(...from.objects);
  into.problems.push(...from.problems);
  into.notes.push(...from.notes);
  into.skippedDocuments += from.skippedDocuments;
  into.skippedFiles += from.skippedFiles;
  for (const [k, v] of from.sources) into.sources.set(k, v);
}
