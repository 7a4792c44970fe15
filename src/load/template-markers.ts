/**
 * Whether a file uses Go template actions (`{{ ... }}`) as YAML structure: at the start of a key or
 * value, or on a line of their own. There YAML either fails to parse or silently reads the action
 * as a flow mapping (`replicas: {{ .Values.replicas }}` is `{replicas: {{.Values.replicas: null}: null}}`),
 * so such a file is an unrendered Helm (or similar) template, not a manifest.
 *
 * Actions inside quoted scalars, block scalars and comments are data: Prometheus alert templates
 * (`summary: "{{ $labels.instance }} down"`), Grafana legends in JSON, config files embedded in
 * ConfigMaps. So are actions in the middle of a plain scalar (`urlPath: /ns/{{request.namespace}}`,
 * as Kyverno policies write them): YAML reads them as part of a string, which lints as written.
 *
 * This is a scan, not a parser: it follows just enough YAML (quotes, comments, block scalars, flow
 * brackets) to know whether a `{{` sits where a node starts.
 */
export function hasStructuralTemplate(text: string): boolean {
  const lines = text.split(/\r?\n/);
  /** Inside a `|` or `>` block scalar: lines indented deeper than this column are its content. */
  let blockParentColumn: number | undefined;
  /** An open quoted scalar continues on the next line. */
  let openQuote: '"' | "'" | undefined;
  let flowDepth = 0;

  for (const line of lines) {
    const indent = line.search(/\S/);
    if (blockParentColumn !== undefined) {
      if (indent === -1 || indent > blockParentColumn) continue;
      blockParentColumn = undefined;
    }
    let i = 0;
    if (openQuote) {
      i = closingQuote(line, 0, openQuote);
      if (i === -1) continue;
      openQuote = undefined;
      i++;
    }
    let atNodeStart = i === 0;
    /** Column of the key (or `- `) that owns a block scalar starting on this line. */
    let parentColumn = indent;
    for (; i < line.length; i++) {
      const c = line[i]!;
      const next = line[i + 1];
      const spaceOrEnd = next === undefined || next === ' ' || next === '\t';
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
      if (!atNodeStart) {
        // A plain scalar, or what follows a quoted one, until a `: ` or a flow separator starts a new node.
        if (c === ':' && (spaceOrEnd || flowDepth > 0)) atNodeStart = true;
        else if (flowDepth > 0 && c === ',') atNodeStart = true;
        else if (flowDepth > 0 && (c === ']' || c === '}')) flowDepth--;
        continue;
      }
      if (c === '{' && next === '{') return true;
      if (c === '"' || c === "'") {
        parentColumn = i;
        const end = closingQuote(line, i + 1, c);
        if (end === -1) {
          openQuote = c;
          break;
        }
        i = end;
        atNodeStart = false;
        continue;
      }
      if (c === '-' && spaceOrEnd) {
        parentColumn = i;
        continue;
      }
      if (c === '?' && spaceOrEnd) continue;
      if (c === '[' || c === '{') {
        flowDepth++;
        continue;
      }
      if ((c === '|' || c === '>') && /^[|>][0-9+-]*(\s+#.*)?\s*$/.test(line.slice(i))) {
        blockParentColumn = parentColumn;
        break;
      }
      if (c === ']' || c === '}') {
        flowDepth = Math.max(0, flowDepth - 1);
        atNodeStart = false;
        continue;
      }
      // A plain scalar starts here. If it turns out to be a key, its value's block scalar belongs to it.
      parentColumn = i;
      atNodeStart = false;
    }
  }
  return false;
}

/** Index of the quote closing a scalar opened before `from`, or -1 when it continues past the line. */
function closingQuote(line: string, from: number, quote: '"' | "'"): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++; // '' is an escaped quote
      else return i;
    }
  }
  return -1;
}
