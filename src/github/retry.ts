import { headerOf, isRateLimited, statusOf } from './api-errors.js';

export interface RetryOptions {
  /** HTTP method of the request; decides whether a 5xx may be retried. */
  method: string;
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff step; doubled on each retry. */
  baseDelayMs?: number;
  /** Longest wait we accept from a rate-limit header before giving up instead. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

const DEFAULTS = { retries: 3, baseDelayMs: 1000, maxWaitMs: 60_000 };

/**
 * How long to wait before retrying, or undefined when the error is not worth retrying.
 * - Rate limits: wait for `retry-after`, or until `x-ratelimit-reset`, or back off (secondary
 *   limits without headers; GitHub asks for at least a minute, we cap at `maxWaitMs`).
 * - 5xx: back off, but never for POST: a 502 on "create review" sometimes means the review was
 *   created anyway, and a retry would post it twice. The next run's dedupe covers that case.
 */
export function retryDelay(error: unknown, attempt: number, options: RetryOptions, now = Date.now()): number | undefined {
  const base = (options.baseDelayMs ?? DEFAULTS.baseDelayMs) * 2 ** attempt;
  const maxWait = options.maxWaitMs ?? DEFAULTS.maxWaitMs;
  if (isRateLimited(error)) {
    const retryAfter = headerOf(error, 'retry-after');
    if (retryAfter !== undefined && Number.isFinite(Number(retryAfter))) {
      const ms = Number(retryAfter) * 1000;
      return ms <= maxWait ? ms : undefined;
    }
    const reset = headerOf(error, 'x-ratelimit-reset');
    if (headerOf(error, 'x-ratelimit-remaining') === '0' && reset !== undefined) {
      const ms = Math.max(0, Number(reset) * 1000 - now);
      return ms <= maxWait ? ms : undefined;
    }
    return Math.min(base, maxWait);
  }
  const status = statusOf(error);
  if (status !== undefined && status >= 500 && options.method.toUpperCase() !== 'POST') return base;
  return undefined;
}

/** Runs `attempt`, retrying transient GitHub failures with backoff (see {@link retryDelay}). */
export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const retries = options.retries ?? DEFAULTS.retries;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = n < retries ? retryDelay(error, n, options) : undefined;
      if (delay === undefined) throw error;
      options.log?.(`GitHub API returned ${statusOf(error) ?? 'an error'}; retrying in ${Math.round(delay / 1000)} s (attempt ${n + 2} of ${retries + 1}).`);
      await sleep(delay);
    }
  }
}
