/**
 * Where a character of a YAML scalar's value sits in the file. A CEL error reports an offset in the
 * expression; rule authors want the line and column in their rule file, whatever way they wrote
 * the expression: plain or quoted on the key's line, or a `|` / `>` block below it.
 */
export interface FilePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * `text` is the file, `keyLine` (1-based) the line of `key: value`, `offset` the 0-based offset
 * in the parsed value. Returns undefined when the layout is not one this understands (then the
 * caller keeps pointing at the key).
 */
export function positionInScalar(text: string, keyLine: number, offset: number): FilePosition | undefined {
  const lines = text.split('\n');
  const keyText = lines[keyLine - 1];
  if (keyText === undefined) return undefined;
  const colon = findValueColon(keyText);
  if (colon === -1) return undefined;
  const afterColon = keyText.slice(colon + 1);
  const lead = afterColon.length - afterColon.trimStart().length;
  const valueStart = colon + 1 + lead;
  const indicator = keyText[valueStart];

  if (indicator === '|' || indicator === '>') return inBlock(lines, keyLine, offset, indicator === '>');
  if (valueStart >= keyText.length) return undefined;
  // Plain or quoted on the key's line: one line long (escapes in double quotes may shift a column).
  const quoted = indicator === '"' || indicator === "'";
  return { line: keyLine, column: valueStart + (quoted ? 1 : 0) + offset + 1 };
}

/** The `:` that ends the key (`- expression: ...`, `expression: ...`), not one inside the value. */
function findValueColon(line: string): number {
  const match = /^(\s*(?:-\s+)?[^\s:#'"][^:#]*?|\s*(?:-\s+)?"[^"]*"|\s*(?:-\s+)?'[^']*'):(\s|$)/.exec(line);
  return match ? match[1]!.length : -1;
}

/**
 * Block scalars: `|` keeps each line's break, `>` folds a break between two non-empty lines into
 * one space. Content lines are the following lines indented more than the key line.
 */
function inBlock(lines: readonly string[], keyLine: number, offset: number, folded: boolean): FilePosition | undefined {
  const keyIndent = indentOf(lines[keyLine - 1]!);
  let indent = -1;
  let consumed = 0;
  let afterContent = false;
  for (let i = keyLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      // An empty line is one more line break; in `>` the first one after text turns the space
      // already counted for the previous break into that newline, so it adds nothing.
      if (!(folded && afterContent)) consumed += 1;
      afterContent = false;
      continue;
    }
    const own = indentOf(line);
    if (indent === -1) indent = own;
    if (own <= keyIndent || own < indent) return undefined;
    const content = line.slice(indent);
    if (offset <= consumed + content.length) return { line: i + 1, column: indent + (offset - consumed) + 1 };
    // The break after this line: a newline with `|`, a space with `>` (both one character).
    consumed += content.length + 1;
    afterContent = true;
  }
  return undefined;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
