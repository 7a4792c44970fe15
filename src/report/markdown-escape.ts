/**
 * Makes text safe inside a GitHub-flavoured Markdown table cell: `|` would end the cell, a line
 * break would end the row, and `<`/`>` would be read as HTML (a message like `<none>` vanishes).
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A code span that survives backticks in its content: the fence is one backtick longer than the
 * longest run inside, and padding spaces keep a leading or trailing backtick apart from it.
 * Pipes are escaped because GitHub splits table cells before it parses code spans.
 */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ')}${pad}${fence}`;
}

/** Link targets in `[text](url)`: spaces and parentheses would end the URL early. */
export function escapeLinkTarget(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
