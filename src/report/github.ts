import type { Finding, LintResult } from '../model/types.js';
import { reportedFindings } from './counts.js';
import { sortFindings } from './finding-order.js';
import { toPortablePath } from './portable-path.js';

/**
 * GitHub Actions workflow commands, one annotation per reported finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::message`.
 * Suppressed findings are left out: an annotation cannot be shown as dismissed.
 */
export function formatGithub(result: LintResult): string {
  const lines = sortFindings(reportedFindings(result.findings)).map(toWorkflowCommand);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function toWorkflowCommand(f: Finding): string {
  const command = f.severity === 'notice' ? 'notice' : f.severity;
  const properties = [
    `file=${escapeProperty(toPortablePath(f.file))}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(f.message)}`;
}

/** Escaping of a command's message, as the Actions runner unescapes it. `%` goes first. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also lose `:` and `,`, which would otherwise end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
