/**
 * What we need to know about a failed GitHub request. Octokit throws a `RequestError`; we read it
 * structurally so the fake used in tests and any other thrower are treated the same.
 */
export interface ApiErrorShape {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as ApiErrorShape | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function headerOf(error: unknown, name: string): string | undefined {
  const value = (error as ApiErrorShape | null)?.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * 403 (read-only token, fork PR, missing `pull-requests: write`) and 404 (the token cannot see the
 * PR at all) mean "you may not comment here", not "try again": the caller falls back to
 * annotations and the job summary.
 */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  return (status === 403 || status === 404) && !isRateLimited(error);
}

/** GitHub signals both primary and secondary rate limits with 403 or 429 plus headers or wording. */
export function isRateLimited(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return false;
  if (status === 429) return true;
  return (
    headerOf(error, 'retry-after') !== undefined ||
    headerOf(error, 'x-ratelimit-remaining') === '0' ||
    /rate limit/i.test(messageOf(error))
  );
}
