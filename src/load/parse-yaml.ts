import yaml from 'js-yaml';
import type { SourceText } from './source-text.js';
import { DocumentPositions, NodeRecorder } from './yaml-positions.js';

export interface ParsedDocument {
  index: number;
  value: unknown;
  positions: DocumentPositions;
}

export interface YamlProblem {
  /** 0-based character offset in the file. */
  offset: number;
  reason: string;
}

export interface ParseLimits {
  /** Maximum nesting of collections (js-yaml `maxDepth`). */
  maxDepth: number;
  /** Maximum number of nodes a document may expand to through aliases. */
  maxExpandedNodes: number;
}

/**
 * The types Kubernetes gives manifests. kubectl and the apiserver read YAML with go-yaml v2
 * (through sigs.k8s.io/yaml), that is with YAML 1.1's plain scalars, and turn it into JSON:
 * - `yes`/`no`/`on`/`off`/`y`/`n` (in any of their spellings) are booleans, as in YAML 1.1;
 * - `0644` is octal (420) and `1_000` is 1000, as go-yaml reads integers, so `defaultMode: 0644`
 *   means what it says;
 * - an unquoted `2024-01-01` stays the string it looks like (JSON has no dates), where js-yaml's
 *   default schema would make it a date and a string field would hold something else;
 * - merge keys (`<<: *defaults`) and `!!binary` work; an explicit `!!timestamp` keeps its text.
 */
// js-yaml exports its built-in types; @types/js-yaml does not declare them.
const builtinTypes = (yaml as unknown as { types: Record<'null' | 'float' | 'merge' | 'binary', yaml.Type> }).types;

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const yaml11Bool = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => YAML11_TRUE.has(text) || YAML11_FALSE.has(text),
  construct: (text: string) => YAML11_TRUE.has(text),
  predicate: (value: unknown) => typeof value === 'boolean',
});

/**
 * Integers as go-yaml v2 reads them: underscores dropped, then Go's `ParseInt(text, 0, 64)`, so
 * decimal, `0x` hex, `0o` and legacy `0` octal, and `0b` binary.
 */
const GO_INT = /^[-+]?(?:0|[1-9][0-9]*|0[0-7]+|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)$/;
const goInt = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => {
    // Every plain scalar is offered to this type: most are words, which a first character rules out.
    const c = text.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 45 || c === 43)) return false;
    return GO_INT.test(text.includes('_') ? text.replace(/_/g, '') : text);
  },
  construct: (text: string) => {
    const plain = text.replace(/_/g, '');
    const sign = plain.startsWith('-') ? -1 : 1;
    const body = plain.replace(/^[-+]/, '').toLowerCase();
    const value =
      body.startsWith('0x') ? parseInt(body.slice(2), 16)
      : body.startsWith('0o') ? parseInt(body.slice(2), 8)
      : body.startsWith('0b') ? parseInt(body.slice(2), 2)
      : body.length > 1 && body.startsWith('0') ? parseInt(body.slice(1), 8)
      : parseInt(body, 10);
    return sign * value;
  },
  predicate: (value: unknown) => Number.isInteger(value),
});

const MANIFEST_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtinTypes.null, yaml11Bool, goInt, builtinTypes.float, builtinTypes.merge],
  explicit: [
    builtinTypes.binary,
    new yaml.Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', construct: (text: string) => text }),
  ],
});

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 100, maxExpandedNodes: 1_000_000 };

/**
 * Parses every document of a YAML (or JSON) file and keeps where each node sits. The whole file
 * is parsed in one go; only when that fails is it re-parsed document by document, so one broken
 * document costs the user that document, not the whole file.
 */
export function parseYamlDocuments(
  source: SourceText,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): { documents: ParsedDocument[]; problems: YamlProblem[] } {
  const rec = new NodeRecorder(source.text.length);
  try {
    const values = yaml.loadAll(source.text, null, {
      filename: source.file,
      listener: rec.listener,
      maxDepth: limits.maxDepth,
      schema: MANIFEST_SCHEMA,
    } as yaml.LoadOptions) as unknown[];
    const documents = collect(source, rec, values, 0, 0);
    return checkExpansion(documents, limits, source);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return parseBySlices(source, limits);
  }
}

function collect(source: SourceText, rec: NodeRecorder, values: unknown[], firstRoot: number, firstNode: number): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  let from = firstNode;
  for (let i = 0; i < values.length; i++) {
    const root = rec.roots[firstRoot + i];
    if (root === undefined) break;
    documents.push({ index: i, value: values[i], positions: new DocumentPositions(source, rec, from, root + 1) });
    from = root + 1;
  }
  return documents;
}

/** Document boundaries: a `---` marker at the start of a line (YAML forbids it inside content). */
const DOCUMENT_MARKER = /^---(?=[ \t\r\n]|$)/gm;

function parseBySlices(source: SourceText, limits: ParseLimits): { documents: ParsedDocument[]; problems: YamlProblem[] } {
  const text = source.text;
  const cuts = [0];
  for (const m of text.matchAll(DOCUMENT_MARKER)) if (m.index! > 0) cuts.push(m.index!);
  cuts.push(text.length);

  const rec = new NodeRecorder(text.length);
  const documents: ParsedDocument[] = [];
  const problems: YamlProblem[] = [];
  let docIndex = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const start = cuts[c]!;
    const slice = text.slice(start, cuts[c + 1]);
    rec.offsetBase = start;
    const firstRoot = rec.roots.length;
    const firstNode = rec.count;
    try {
      const values = yaml.loadAll(slice, null, {
        filename: source.file,
        listener: rec.listener,
        maxDepth: limits.maxDepth,
        schema: MANIFEST_SCHEMA,
      } as yaml.LoadOptions) as unknown[];
      for (const doc of collect(source, rec, values, firstRoot, firstNode)) {
        documents.push({ ...doc, index: docIndex++ });
      }
    } catch (error) {
      if (!(error instanceof yaml.YAMLException)) throw error;
      rec.resetOpen();
      rec.roots.length = firstRoot;
      problems.push({ offset: start + (error.mark?.position ?? 0), reason: describeYamlError(error, slice) });
      // A broken document still occupies an index, so later documents keep their numbers.
      docIndex++;
    }
  }
  const checked = checkExpansion(documents, limits, source);
  return { documents: checked.documents, problems: [...problems, ...checked.problems] };
}

/** The rest of the line from `offset`. */
function lineFrom(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

function describeYamlError(error: yaml.YAMLException, text?: string): string {
  const reason = error.reason || error.message.split('\n')[0] || 'invalid YAML';
  if (/tab/i.test(reason) || /\t/.test(error.mark?.snippet ?? '')) {
    return `${reason} (YAML does not allow tabs for indentation)`;
  }
  // js-yaml does not say which key; the error points at it, so read it from the source.
  if (reason === 'duplicated mapping key' && text !== undefined && error.mark) {
    const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#\s][^:#]*?)\s*:(?:\s|$)/.exec(lineFrom(text, error.mark.position));
    const name = key?.[1]!.replace(/^["']|["']$/g, '');
    // Files concatenated without `---` (cat a.yaml b.yaml | resilint -) repeat the top-level keys.
    if (name === 'apiVersion' || name === 'kind') return `duplicated mapping key "${name}": a \`---\` line between two manifests is probably missing`;
    if (name) return `duplicated mapping key "${name}": the later value would silently replace the earlier one`;
  }
  return reason;
}

/**
 * YAML aliases share one parsed value, so a "billion laughs" document is small in memory but
 * explodes for anything that walks it. Count each document's expanded size, with subtree sizes
 * memoised so the count itself stays linear, and drop documents over the limit.
 */
function checkExpansion(
  documents: ParsedDocument[],
  limits: ParseLimits,
  source: SourceText,
): { documents: ParsedDocument[]; problems: YamlProblem[] } {
  if (!source.text.includes('*')) return { documents, problems: [] };
  const kept: ParsedDocument[] = [];
  const problems: YamlProblem[] = [];
  for (const doc of documents) {
    const size = expandedSize(doc.value, new Map(), limits.maxExpandedNodes);
    if (size > limits.maxExpandedNodes) {
      const { start } = doc.positions.nodeRange(doc.positions.root);
      problems.push({
        offset: start,
        reason: `document expands to more than ${limits.maxExpandedNodes.toLocaleString('en-US')} nodes through YAML aliases (alias bomb)`,
      });
    } else kept.push(doc);
  }
  return { documents: kept, problems };
}

function expandedSize(value: unknown, memo: Map<object, number>, cap: number): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = memo.get(value);
  if (known !== undefined) return known;
  memo.set(value, cap + 1); // a cycle counts as too large
  let size = 1;
  const children = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    size += expandedSize(child, memo, cap);
    if (size > cap) break;
  }
  memo.set(value, size);
  return size;
}
