/**
 * A baseline: the findings a repository already had when it adopted resilint, so that a team can
 * turn the linter on without fixing hundreds of old findings first and still fail on every new one.
 *
 * The baseline file is resilint's own JSON report (`resilint --format json --output
 * .resilint-baseline.json`). Findings are matched by fingerprint (rule, validation, file, object,
 * field path; no line, no message), so edits elsewhere in a file do not bring old findings back.
 * Matched findings are kept, marked suppressed, as every suppression is.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../model/types.js';

/** How many unsuppressed findings of each fingerprint the baseline holds. */
export type Baseline = Map<string, number>;

export const BASELINE_REASON = 'in the baseline';

/** Reads a baseline file; anything but a resilint JSON report is a usage error naming the file. */
export function readBaseline(file: string, cwd: string): Baseline {
  const rel = path.relative(cwd, file).split(path.sep).join('/') || file;
  if (!existsSync(file)) throw new UsageError(`baseline file not found: ${rel} (write one with \`resilint --format json --output ${rel}\`)`);
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`baseline ${rel} is not JSON: ${(error as Error).message}`);
  }
  const findings = (report as { findings?: unknown })?.findings;
  if (!Array.isArray(findings) || (report as { version?: unknown }).version !== 1) {
    throw new UsageError(`baseline ${rel} is not a resilint JSON report (version 1 with a findings list); write one with \`resilint --format json --output ${rel}\``);
  }
  const baseline: Baseline = new Map();
  for (const f of findings as Array<{ fingerprint?: unknown; suppressed?: unknown }>) {
    // A finding suppressed when the baseline was written is not accepted by it: if its
    // annotation goes away, the finding must come back.
    if (typeof f?.fingerprint !== 'string' || f.suppressed === true) continue;
    baseline.set(f.fingerprint, (baseline.get(f.fingerprint) ?? 0) + 1);
  }
  return baseline;
}

/**
 * Marks the findings the baseline accepts as suppressed, each baseline entry accepting one finding.
 * Returns how many were matched and how many entries matched nothing (fixed since).
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { matched: number; unused: number } {
  const left = new Map(baseline);
  let matched = 0;
  for (const f of findings) {
    if (f.suppressed) continue;
    const n = left.get(f.fingerprint);
    if (!n) continue;
    left.set(f.fingerprint, n - 1);
    f.suppressed = true;
    f.suppressionReason = BASELINE_REASON;
    f.suppressionKind = 'external';
    matched++;
  }
  let unused = 0;
  for (const n of left.values()) unused += n;
  return { matched, unused };
}

/** The run's note about the baseline, or undefined when there is nothing to say. */
export function baselineNote(rel: string, result: { matched: number; unused: number }): string | undefined {
  if (result.unused === 0) return result.matched > 0 ? `${result.matched} finding(s) accepted by the baseline ${rel}.` : undefined;
  return (
    `${result.matched} finding(s) accepted by the baseline ${rel}; ${result.unused} of its entries no longer occur ` +
    '(fixed, or moved to another file or field): write the baseline again, or they are accepted if they come back.'
  );
}
