import { describe, expect, it, vi } from 'vitest';
import { retryDelay, withRetry } from '../../src/github/retry.js';
import { FakeRequestError } from '../helpers/fake-github.js';

describe('retrying GitHub requests', () => {
  it('backs off exponentially on 5xx for reads and gives up after the retries', async () => {
    const sleep = vi.fn(async (_ms: number) => {});
    const attempt = vi.fn(async () => {
      throw new FakeRequestError(502, 'Bad Gateway');
    });
    await expect(withRetry(attempt, { method: 'GET', retries: 3, baseDelayMs: 100, sleep })).rejects.toThrow('Bad Gateway');
    expect(attempt).toHaveBeenCalledTimes(4);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100, 200, 400]);
  });

  it('returns the first success', async () => {
    const attempt = vi.fn().mockRejectedValueOnce(new FakeRequestError(503, 'Unavailable')).mockResolvedValueOnce('ok');
    await expect(withRetry(attempt, { method: 'DELETE', sleep: async () => {} })).resolves.toBe('ok');
  });

  it('never retries a POST on 5xx: the review may have been created and would be posted twice', () => {
    expect(retryDelay(new FakeRequestError(502, 'Bad Gateway'), 0, { method: 'POST' })).toBeUndefined();
  });

  it('waits for retry-after on a secondary rate limit, even for a POST', () => {
    const error = new FakeRequestError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '7' });
    expect(retryDelay(error, 0, { method: 'POST' })).toBe(7000);
  });

  it('backs off on a secondary rate limit that names no wait', () => {
    expect(retryDelay(new FakeRequestError(403, 'You have exceeded a secondary rate limit'), 1, { method: 'POST', baseDelayMs: 1000 })).toBe(2000);
  });

  it('waits until x-ratelimit-reset for an exhausted primary limit, unless that is too far away', () => {
    const now = 1_700_000_000_000;
    const soon = new FakeRequestError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) });
    const late = new FakeRequestError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3600) });
    expect(retryDelay(soon, 0, { method: 'GET' }, now)).toBe(5000);
    expect(retryDelay(late, 0, { method: 'GET' }, now)).toBeUndefined();
  });

  it('does not retry a plain 403 or 404: those are permissions, handled by the fallback', () => {
    expect(retryDelay(new FakeRequestError(403, 'Resource not accessible by integration'), 0, { method: 'POST' })).toBeUndefined();
    expect(retryDelay(new FakeRequestError(404, 'Not Found'), 0, { method: 'GET' })).toBeUndefined();
  });
});
