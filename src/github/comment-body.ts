import type { Finding, Severity } from '../model/types.js';
import { codeSpan, escapeLinkTarget, escapeTableCell } from '../report/markdown-escape.js';
import { findingMarker } from './markers.js';

const SEVERITY_LABEL: Record<Severity, string> = { error: '🔴 **error**', warning: '🟡 **warning**', notice: '🔵 **notice**' };

/** Markdown would swallow `<none>` as an HTML tag; the table-cell escape also keeps line breaks. */
function escapeText(text: string): string {
  return escapeTableCell(text);
}

/**
 * The body of an inline review comment: severity and rule (linked to its docs), the message, the
 * remediation, and the hidden marker that lets the next run recognise it.
 */
export function findingCommentBody(f: Finding): string {
  const rule = f.docsUrl ? `[${codeSpan(f.ruleId)}](${escapeLinkTarget(f.docsUrl)})` : codeSpan(f.ruleId);
  const lines = [`${SEVERITY_LABEL[f.severity]} · ${rule}`, '', escapeText(f.message)];
  if (f.remediation) lines.push('', `**How to fix:** ${escapeText(f.remediation)}`);
  if (f.object) {
    const ns = f.object.namespace ? `${f.object.namespace}/` : '';
    const field = f.fieldPath ? ` · ${codeSpan(f.fieldPath)}` : '';
    lines.push('', `<sub>${escapeText(`${f.object.kind} ${ns}${f.object.name}`)}${field} · reported by resilint</sub>`);
  } else {
    lines.push('', '<sub>reported by resilint</sub>');
  }
  lines.push(findingMarker(f.fingerprint, f.ruleId));
  return lines.join('\n');
}
