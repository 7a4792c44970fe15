import { severityRank, type Finding, type LintResult, type Severity } from '../model/types.js';
import { countByRule, countProblems, formatCount, plural, reportedFindings, type RuleCount } from './counts.js';
import { sortFindings } from './finding-order.js';
import { codeSpan, escapeLinkTarget, escapeTableCell } from './markdown-escape.js';

/** Builds a link to a file line, e.g. the PR head's blob URL; without it locations are plain text. */
export type FileUrl = (file: string, line: number) => string;

export interface FindingsTableOptions {
  /** Rows shown before "…and N more"; defaults to {@link DEFAULT_MAX_ROWS}. */
  maxRows?: number;
  fileUrl?: FileUrl;
  /** Said after "…and N more", e.g. where the rest can be found. */
  moreNote?: string;
}

export interface MarkdownOptions extends FindingsTableOptions {
  /** Heading text; defaults to "resilint". */
  title?: string;
}

/** Keeps a PR comment well under GitHub's 65,536-character body limit with long messages. */
export const DEFAULT_MAX_ROWS = 50;

const SEVERITY_EMOJI: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };

/**
 * The Markdown summary for the GitHub job summary and the sticky PR comment: a heading, counts by
 * severity, the run's notes, and a table of the reported (unsuppressed) findings.
 */
export function formatMarkdown(result: LintResult, options: MarkdownOptions = {}): string {
  const sections = [`### ${options.title ?? 'resilint'}`, countsLine(result)];
  const byRule = countByRule(result.findings);
  if (byRule.length) sections.push(`**By rule:** ${byRule.map((c) => `${ruleLink(c)} ${formatCount(c.count)}`).join(' · ')}`);
  if (result.notes.length) sections.push(result.notes.map((note) => `> ℹ️ ${escapeTableCell(note)}`).join('\n'));
  const reported = reportedFindings(result.findings);
  if (reported.length) sections.push(renderFindingsTable(reported, options));
  return `${sections.join('\n\n')}\n`;
}

function countsLine(result: LintResult): string {
  const counts = countProblems(result);
  const scanned = `${plural(result.summary.objects, 'object')} in ${plural(result.summary.files, 'file')}`;
  const suppressed = counts.suppressed ? ` · 🔕 ${formatCount(counts.suppressed)} suppressed` : '';
  if (counts.problems === 0 && result.summary.objects === 0 && result.summary.files > 0) {
    return `⚠️ **Nothing linted**: ${plural(result.summary.files, 'file')} held no Kubernetes objects${result.summary.skippedFiles ? ` (${plural(result.summary.skippedFiles, 'Helm template')} skipped: lint \`helm template\` output)` : ''}${suppressed}`;
  }
  if (counts.problems === 0) return `✅ **No problems** in ${scanned}${suppressed}`;

  const { error, warning, notice } = counts.bySeverity;
  const bySeverity = [
    `${SEVERITY_EMOJI.error} **${formatCount(error)}** ${error === 1 ? 'error' : 'errors'}`,
    `${SEVERITY_EMOJI.warning} **${formatCount(warning)}** ${warning === 1 ? 'warning' : 'warnings'}`,
    `${SEVERITY_EMOJI.notice} **${formatCount(notice)}** ${notice === 1 ? 'notice' : 'notices'}`,
  ].join(' · ');
  return `${bySeverity}${suppressed} — ${plural(counts.filesWithProblems, 'file')} with problems, ${scanned} checked`;
}

/**
 * A table of findings (severity, rule linked to its docs, location, message), most severe first
 * and then in report order, so cutting it to `maxRows` (with a "…and N more" line) hides the
 * least important rows. Exported so the Action can list findings that fall
 * outside the PR diff in its review body.
 */
export function renderFindingsTable(findings: readonly Finding[], options: FindingsTableOptions = {}): string {
  const maxRows = Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  const sorted = sortFindings(findings).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const shown = sorted.slice(0, maxRows);
  const rows = [
    '| Severity | Rule | Location | Message |',
    '| --- | --- | --- | --- |',
    ...shown.map((f) => `| ${SEVERITY_EMOJI[f.severity]} ${f.severity} | ${ruleCell(f)} | ${locationCell(f, options.fileUrl)} | ${escapeTableCell(f.message)} |`),
  ];
  const hidden = sorted.length - shown.length;
  if (hidden > 0) rows.push('', `…and ${formatCount(hidden)} more${options.moreNote ? ` ${options.moreNote}` : ''}`);
  return rows.join('\n');
}

function ruleCell(f: Finding): string {
  return ruleLink(f);
}

function ruleLink(rule: Pick<RuleCount, 'ruleId' | 'docsUrl'>): string {
  const id = codeSpan(rule.ruleId);
  return rule.docsUrl ? `[${id}](${escapeLinkTarget(rule.docsUrl)})` : id;
}

function locationCell(f: Finding, fileUrl: FileUrl | undefined): string {
  const text = `${f.file}:${f.line}`;
  return fileUrl ? `[${escapeLinkText(text)}](${escapeLinkTarget(fileUrl(f.file, f.line))})` : codeSpan(text);
}

/** Brackets would end the link text early; pipes would end the cell. */
function escapeLinkText(text: string): string {
  return escapeTableCell(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
