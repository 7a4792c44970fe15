import type * as core from '@actions/core';
import { vi } from 'vitest';

/**
 * Typed stand-ins for the `@actions/core` functions the Action calls. Register them with
 * `vi.mock('@actions/core', () => import('../helpers/actions-core.js'))`.
 */
export const getInput = vi.fn<typeof core.getInput>();
export const setOutput = vi.fn<typeof core.setOutput>();
export const setFailed = vi.fn<typeof core.setFailed>();
export const info = vi.fn<typeof core.info>();
export const debug = vi.fn<typeof core.debug>();
export const warning = vi.fn<typeof core.warning>();
export const error = vi.fn<typeof core.error>();
export const notice = vi.fn<typeof core.notice>();

/** The job summary: `addRaw` chains like the real one, `write` records nothing on disk. */
export const summary = {
  addRaw: vi.fn((_text: string, _addEOL?: boolean) => summary),
  write: vi.fn(async () => summary),
};
