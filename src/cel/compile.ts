/**
 * Compiles a rule expression: parse, type-check, validate constant regex patterns, and bound
 * its estimated cost. Failures come back as one-line messages with the position *within the
 * expression* (0-based offset, 1-based line/column) so callers can map them into rule files.
 */
import type { ASTNode, Environment, ParseResult } from '@marcbachmann/cel-js';
import { DEFAULT_COST_LIMIT, estimateCost, type CostSizes } from './cost.js';
import { RegexSyntaxError, translateRe2 } from './re2.js';
import { RE2_MATCHES } from './regex.js';
import { STRING_METHOD_ROUTES } from './strings.js';
import { applyEdits, forEachNode, type AstNode } from './ast-walk.js';
import { compileClosures, evaluatorOf } from './closure-compiler.js';

export interface CompileOptions {
  /** Required result type, e.g. `bool` for validations; `dyn` results are accepted and checked at runtime by the caller. */
  expectedType?: string;
  /** Collection sizes for the cost estimate. */
  sizes?: CostSizes;
  /** Maximum estimated cost; defaults to `DEFAULT_COST_LIMIT`. */
  costLimit?: number;
}

export interface CompiledProgram {
  source: string;
  /** Call with an activation (`{object: ..., params: ...}`) to evaluate. */
  evaluate: (activation: Record<string, unknown>) => unknown;
  /** The expression's tree as written (offsets into `source`), for analysis and messages. */
  ast: ASTNode;
  /** The checked result type as cel-js names it (`bool`, `string`, `list<int>`, `dyn`, ...). */
  type: string;
  estimatedCost: number;
  /** Whether `evaluate` runs compiled closures (false: the interpreter runs every evaluation). */
  compiled: boolean;
}

export interface CompileError {
  message: string;
  /** 0-based offset into the expression, when known. */
  offset?: number;
  /** 1-based line within the expression. */
  line?: number;
  /** 1-based column within that line. */
  column?: number;
}

export type CompileResult = { ok: true; program: CompiledProgram } | { ok: false; error: CompileError };

interface CelErrorLike {
  summary?: string;
  message: string;
  range?: { start: number; end: number };
}

function locate(source: string, offset: number | undefined): Omit<CompileError, 'message'> {
  if (offset === undefined) return {};
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}

function failure(source: string, message: string, offset?: number): CompileResult {
  return { ok: false, error: { message: oneLine(message), ...locate(source, offset) } };
}

/** cel-js appends a source excerpt with a caret after a newline; keep only the first line. */
function oneLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function fromCelError(source: string, error: unknown): CompileResult {
  const e = error as CelErrorLike;
  return failure(source, e.summary ?? e.message ?? String(error), e.range?.start);
}

type Node = AstNode & { range?: { start: number } };

/**
 * Kubernetes rejects invalid constant patterns when the program is built rather than on first
 * use; so do we, for `matches`, `find` and `findAll`.
 */
function findRegexError(ast: unknown): { message: string; offset?: number } | undefined {
  let found: { message: string; offset?: number } | undefined;
  forEachNode(ast, (node) => {
    if (found) return false;
    if (node.op !== 'rcall') return;
    const [name, , args] = node.args as [string, Node, Node[]];
    const pattern = args[0];
    if ((name === 'matches' || name === 'find' || name === 'findAll') && pattern?.op === 'value' && typeof pattern.args === 'string') {
      try {
        translateRe2(pattern.args);
      } catch (error) {
        if (!(error instanceof RegexSyntaxError)) throw error;
        const message = name === 'matches' ? `invalid matches argument: ${error.message}` : error.message;
        found = { message, offset: (pattern as Node).range?.start };
      }
    }
  });
  return found;
}

export function compileExpression(env: Environment, source: string, options: CompileOptions = {}): CompileResult {
  let parsed: ParseResult;
  try {
    parsed = env.parse(source);
  } catch (error) {
    return fromCelError(source, error);
  }
  // The tree as written: offsets in it are the author's, for messages about the expression.
  const written = parsed.ast;
  // The text that runs: the source, unless has() had to be rewritten for cel-js (below).
  let text = source;
  let checked = parsed.check();
  if (!checked.valid) {
    // cel-js's has() takes only a chain of fields from a name; cel-go also takes `has(list[0].field)`.
    const rewritten = hasOnAnyOperand(source, parsed.ast);
    const retry = rewritten === source ? undefined : env.parse(rewritten);
    const retried = retry?.check();
    if (!retry || !retried?.valid) return fromCelError(source, checked.error);
    parsed = retry;
    checked = retried;
    text = rewritten;
  }
  const type = checked.type ?? 'dyn';
  if (options.expectedType && type !== options.expectedType && type !== 'dyn') {
    return failure(source, `expression must evaluate to ${options.expectedType}, but it evaluates to ${type}`, 0);
  }

  const regexError = findRegexError(written);
  if (regexError) return failure(source, regexError.message, regexError.offset);

  const estimatedCost = estimateCost(parsed.ast, options.sizes);
  const costLimit = options.costLimit ?? DEFAULT_COST_LIMIT;
  if (estimatedCost > costLimit) {
    return failure(
      source,
      `estimated cost ${estimatedCost} exceeds the limit of ${costLimit}; avoid nesting loops over large lists`,
      0,
    );
  }
  const runnable = withRoutedMethods(env, text, parsed);
  const ev = evaluatorOf(env);
  const closures = ev && compileClosures(runnable, ev);
  const evaluate = closures ?? runnable;
  return {
    ok: true,
    program: {
      source,
      evaluate: runnable === parsed ? evaluate : withWrittenNames(evaluate),
      ast: written,
      type,
      estimatedCost,
      compiled: !!closures,
    },
  };
}

type SpannedNode = AstNode & { start: number; end: number; meta?: { macro?: unknown } };

/**
 * `has(e.f)` where `e` does not start at a name (`has(c.ports[0].name)`) written as
 * `(e).?f.hasValue()`, which cel-js accepts and which is true exactly when `e` has the field `f`.
 * Returns the source unchanged when there is no such call.
 */
function hasOnAnyOperand(source: string, ast: unknown): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  forEachNode(ast, (n) => {
    const node = n as SpannedNode;
    const [name, args] = node.op === 'call' ? (node.args as [unknown, unknown]) : [];
    if (name !== 'has' || !node.meta?.macro || !Array.isArray(args) || args.length !== 1) return;
    const select = args[0] as SpannedNode;
    if (select.op !== '.' || startsAtName(select)) return;
    const [operand, field] = select.args as [SpannedNode, string];
    edits.push({ start: node.start, end: node.end, text: `(${source.slice(operand.start, operand.end)}).?${field}.hasValue()` });
    return false;
  });
  return applyEdits(source, edits);
}

function startsAtName(node: SpannedNode): boolean {
  let n = node;
  while (n.op === '.' || n.op === '.?') n = (n.args as [SpannedNode])[0];
  return n.op === 'id';
}

/**
 * Built-in methods whose cel-go semantics the library registers under another name, because
 * cel-js does not let a library replace a built-in overload: `matches` (RE2 syntax) and the
 * string functions that must count code points (see `strings.ts`).
 */
const METHOD_ROUTES: ReadonlyMap<string, string> = new Map([['matches', RE2_MATCHES], ...Object.entries(STRING_METHOD_ROUTES)]);

/** A routed name as the rule author wrote it: `string.goIndexOf(int)` → `string.indexOf(int)`. */
const WRITTEN_NAMES = new Map([...METHOD_ROUTES].map(([written, routed]) => [routed, written]));
const ROUTED_NAME = new RegExp(`\\.(${[...WRITTEN_NAMES.keys()].join('|')})\\(`, 'g');

/**
 * A routed program whose failures name methods as written. A `dyn` receiver that turns out to be
 * neither a string nor a list fails with "no matching overload for 'int.goIndexOf(string)'",
 * naming a function the author never wrote; only the failure path pays for the rewrite.
 */
function withWrittenNames(evaluate: (activation: Record<string, unknown>) => unknown): (activation: Record<string, unknown>) => unknown {
  const rename = (text: string) => text.replace(ROUTED_NAME, (_, routed: string) => `.${WRITTEN_NAMES.get(routed)}(`);
  return (activation) => {
    try {
      return evaluate(activation);
    } catch (error) {
      const e = error as { message?: unknown; summary?: unknown };
      if (error instanceof Error && typeof e.message === 'string') {
        e.message = rename(e.message);
        // cel-js's `summary` is a getter over a private field: shadow it on the instance.
        if (typeof e.summary === 'string') Object.defineProperty(error, 'summary', { value: rename(e.summary), configurable: true });
      }
      throw error;
    }
  };
}

/**
 * The program to run: the same expression with each routed method call (`x.matches(p)`,
 * `s.indexOf(t)`, ...) renamed to its cel-go implementation, when the environment has them (the
 * checks and messages above used the text as written). Each rename is made at the method name's
 * own offset, found from the parsed tree, so strings and comments that mention the name are
 * never touched.
 */
function withRoutedMethods(env: Environment, source: string, parsed: ParseResult): ParseResult {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  forEachNode(parsed.ast, (node) => {
    if (node.op !== 'rcall') return;
    const [method, receiver] = node.args as [string, AstNode];
    const target = METHOD_ROUTES.get(method);
    if (!target) return;
    // After the receiver come its closing parentheses, if any, then `.method`.
    const receiverEnd = receiver.end;
    const name = receiverEnd === undefined ? null : new RegExp(`^[\\s)]*\\.\\s*${method}\\b`).exec(source.slice(receiverEnd));
    if (!name) return;
    const start = receiverEnd! + name[0].length - method.length;
    edits.push({ start, end: start + method.length, text: target });
  });
  if (edits.length === 0) return parsed;
  const rewritten = applyEdits(source, edits);
  try {
    const program = env.parse(rewritten);
    return program.check().valid ? program : parsed;
  } catch {
    return parsed; // an environment without the library keeps the built-ins
  }
}
