import { isEngineRule } from '../model/engine-rules.js';
import type { Finding, LintResult, Severity } from '../model/types.js';
import { palette, type Palette } from './ansi.js';
import { renderCodeFrame } from './code-frame.js';
import { countByRule, countProblems, formatCount, plural, reportedFindings, severityBreakdown } from './counts.js';
import { sortFindings } from './finding-order.js';

export interface TextOptions {
  /** ANSI colours on or off; the CLI decides from TTY, `NO_COLOR` and `FORCE_COLOR`. */
  color: boolean;
  /**
   * After the summary line, the rules that fired with their counts and how to explain one (the
   * lint report). Off by default: simulate's report adds its exit reason to the summary line, which
   * must stay last.
   */
  ruleCounts?: boolean;
}

/** Frames and related locations sit under their finding at this indent. */
const DETAIL_INDENT = '    ';

/**
 * The terminal report: findings grouped by file, each with a clickable `file:line:column`, a
 * short code frame, and related locations; then the run's notes and one summary line.
 */
export function formatText(result: LintResult, options: TextOptions): string {
  const paint = palette(options.color);
  const out: string[] = [];

  for (const [file, findings] of groupByFile(sortFindings(reportedFindings(result.findings)))) {
    out.push(paint.underline(paint.bold(file)));
    const locationWidth = Math.max(...findings.map((f) => location(f).length));
    const source = result.sources.get(file);
    findings.forEach((finding, i) => {
      out.push(...renderFinding(finding, locationWidth, paint));
      // Findings on the same span (a rule and a simulator scenario, say) share one frame.
      const next = findings[i + 1];
      if (next && sameRange(finding, next)) return;
      const frame = source === undefined ? undefined : renderCodeFrame(source, finding, frameStyle(finding.severity, paint));
      if (frame) out.push(...frame.map((line) => DETAIL_INDENT + line), '');
    });
    if (out.at(-1) !== '') out.push('');
  }

  for (const note of result.notes) out.push(paint.cyan(`ℹ ${note}`));
  out.push(summaryLine(result, paint));
  if (options.ruleCounts) out.push(...ruleCountLines(result.findings, paint));
  return `${out.join('\n')}\n`;
}

/**
 * Under the totals, `  12  topology-spread-missing` per rule that fired, most first, and how to
 * learn more about one: on a first run over a large repository the rule names say where to start.
 */
function ruleCountLines(findings: readonly Finding[], paint: Palette): string[] {
  const counts = countByRule(findings);
  if (counts.length === 0) return [];
  const width = Math.max(...counts.map((c) => formatCount(c.count).length));
  const lines = counts.map((c) => `  ${formatCount(c.count).padStart(width)}  ${paint.gray(c.ruleId)}`);
  // The loader's and engine's ids (parse-error) have no docs to explain; simulator ids do.
  const example = counts.find((c) => !isEngineRule(c.ruleId));
  const hint = `Run \`resilint explain <rule-id>\` for why a rule matters and how to fix its findings${example ? `, e.g. \`resilint explain ${example.ruleId}\`` : ''}.`;
  return [...lines, paint.gray(hint)];
}

function renderFinding(finding: Finding, locationWidth: number, paint: Palette): string[] {
  const severity = severityColor(finding.severity, paint)(finding.severity.padEnd('warning'.length));
  const lines = [`  ${location(finding).padEnd(locationWidth)}  ${severity}  ${finding.message}  ${paint.gray(finding.ruleId)}`];
  for (const related of finding.related ?? []) {
    lines.push(`${DETAIL_INDENT}${paint.gray('↳')} ${related.file}:${related.line}:${related.column}  ${paint.gray(related.message)}`);
  }
  return lines;
}

function frameStyle(severity: Severity, paint: Palette) {
  return { paint, highlight: (text: string) => paint.bold(severityColor(severity, paint)(text)) };
}

function sameRange(a: Finding, b: Finding): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** `file:line:column`, the form terminals and editors turn into a link. */
function location(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}`;
}

function groupByFile(sorted: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of sorted) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

function severityColor(severity: Severity, paint: Palette): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.cyan;
}

/**
 * `✖ 12 problems (3 errors, 8 warnings, 1 notice) in 4 files · 2 suppressed · 1,204 objects in 96 files`
 * or `✔ No problems in 1,204 objects (96 files)`.
 */
export function summaryLine(result: LintResult, paint: Palette = palette(false)): string {
  const counts = countProblems(result);
  const scanned = result.summary;
  const suppressed = counts.suppressed ? ` · ${formatCount(counts.suppressed)} suppressed` : '';

  if (counts.problems === 0 && scanned.objects === 0 && scanned.files > 0) {
    // Files were read but held nothing to lint (Helm templates, values files): a green tick would
    // read as "checked and clean".
    const why = scanned.skippedFiles ? `; ${plural(scanned.skippedFiles, 'file')} skipped (Helm templates: lint \`helm template\` output)` : '';
    return paint.yellow(`⚠ Nothing linted: ${plural(scanned.files, 'file')} held no Kubernetes objects${why}`) + paint.gray(suppressed);
  }
  if (counts.problems === 0) {
    const line = `✔ No problems in ${plural(scanned.objects, 'object')} (${plural(scanned.files, 'file')})`;
    return paint.green(line) + paint.gray(suppressed);
  }
  const headline = `✖ ${plural(counts.problems, 'problem')} (${severityBreakdown(counts.bySeverity)}) in ${plural(counts.filesWithProblems, 'file')}`;
  const worst: Severity = counts.bySeverity.error ? 'error' : counts.bySeverity.warning ? 'warning' : 'notice';
  const tail = `${suppressed} · ${plural(scanned.objects, 'object')} in ${plural(scanned.files, 'file')}`;
  return paint.bold(severityColor(worst, paint)(headline)) + paint.gray(tail);
}
