import type { LintResult } from '../model/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
export type ReportFormat = (typeof FORMATS)[number];

/** Everything any reporter may need; each reporter reads only its own part. */
export interface ReportOptions extends MarkdownOptions {
  /** resilint's version, for the JSON and SARIF `tool` entries. */
  toolVersion: string;
  /** ANSI colours in the text report; off unless the caller turns it on. */
  color?: boolean;
  /** Overrides the SARIF `tool.driver.informationUri`. */
  informationUri?: string;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** Renders a lint result in one of the {@link FORMATS}. */
export function formatResult(result: LintResult, format: ReportFormat, options: ReportOptions): string {
  switch (format) {
    case 'text':
      return formatText(result, { color: options.color ?? false, ruleCounts: true });
    case 'json':
      return formatJson(result, { toolVersion: options.toolVersion });
    case 'sarif':
      return formatSarif(result, { toolVersion: options.toolVersion, informationUri: options.informationUri });
    case 'markdown':
      return formatMarkdown(result, { maxRows: options.maxRows, fileUrl: options.fileUrl, title: options.title, moreNote: options.moreNote });
    case 'github':
      return formatGithub(result);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown report format "${String(unknown)}"; expected one of ${FORMATS.join(', ')}.`);
    }
  }
}

export { formatGithub, escapeData, escapeProperty } from './github.js';
export { formatJson, type JsonOptions } from './json.js';
export {
  DEFAULT_MAX_ROWS,
  formatMarkdown,
  renderFindingsTable,
  type FileUrl,
  type FindingsTableOptions,
  type MarkdownOptions,
} from './markdown.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatText, summaryLine, type TextOptions } from './text.js';
