import { formatFieldPath } from '../model/field-path.js';
import type { PathSegment } from '../model/types.js';

/**
 * What an offline linter cannot evaluate, and where an expression's failing field probably is.
 * The apiserver evaluates `authorizer` against live RBAC; offline there is nothing to ask, so any
 * expression that needs it is reported as not evaluable rather than silently passing.
 */
export function usesAuthorizer(expression: string): boolean {
  return /\bauthorizer\b/.test(expression);
}

/** `variables.<name>` references in an expression. */
export function variablesUsed(expression: string): string[] {
  return [...expression.matchAll(/\bvariables\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

/**
 * Kyverno's CEL libraries that need a cluster, a registry or the network (or that resilint does not
 * implement). A policy using one is skipped with this reason instead of failing to compile.
 */
const KYVERNO_EXTENSIONS: Array<[RegExp, string]> = [
  [/\bresource\.(Get|List|Post)\s*\(/, 'resource.* (reads live cluster objects)'],
  [/\bhttp\.(Get|Post|Client)\s*\(/, 'http.* (calls external services)'],
  [/\bglobalContext\.Get\s*\(/, 'globalContext.Get (reads Kyverno global context entries)'],
  [/\bimage\.GetMetadata\s*\(|\bimagedata\.Get\s*\(/, 'image.GetMetadata (fetches image metadata from a registry)'],
  [/(^|[^.\w])image\s*\(/, 'image() (Kyverno image reference library)'],
  [/\bparseImageReference\s*\(/, 'parseImageReference (Kyverno image library)'],
  [/\bx509\./, 'x509.* (Kyverno certificate library)'],
  [/\bjson\.(Unmarshal|unmarshal)\s*\(|\byaml\.(Parse|parse)\s*\(/, 'json/yaml parsing (Kyverno library)'],
  [/\bgenerator\.|\bmutation\./, 'generate/mutate libraries'],
  [/\brandom\s*\(/, 'random() (Kyverno library)'],
  [/\bbase64\./, 'base64.* (Kyverno library)'],
  [/\btime\.now\s*\(/, 'time.now() (Kyverno library)'],
];

/** The first Kyverno extension an expression uses, as a reason for skipping the policy. */
export function kyvernoExtensionIn(expression: string): string | undefined {
  return KYVERNO_EXTENSIONS.find(([re]) => re.test(expression))?.[1];
}

const OBJECT_PATH = /\bobject((?:\s*\.\s*\??[A-Za-z_][A-Za-z0-9_]*|\[\s*'[^']*'\s*\]|\[\s*"[^"]*"\s*\]|\[\s*\d+\s*\])+)(\s*\()?/;

/**
 * The first `object.a.b[0]` path an expression names (a trailing method call such as `.all(` or
 * `.startsWith(` is not part of it), as a field path for the finding. Undefined when none.
 */
export function objectPathIn(expression: string | undefined): PathSegment[] | undefined {
  if (!expression) return undefined;
  const m = OBJECT_PATH.exec(expression);
  if (!m) return undefined;
  const segments: PathSegment[] = [];
  for (const part of m[1]!.matchAll(/\.\s*\??([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\d+)\s*\]/g)) {
    if (part[1] !== undefined) segments.push(part[1]);
    else if (part[2] !== undefined) segments.push(part[2]);
    else if (part[3] !== undefined) segments.push(part[3]);
    else segments.push(Number(part[4]));
  }
  if (m[2]) segments.pop();
  return segments.length > 0 ? segments : undefined;
}

export function pathText(path: PathSegment[] | undefined): string | undefined {
  return path && path.length > 0 ? formatFieldPath(path) : undefined;
}
