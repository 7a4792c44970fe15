import { effectiveLoadOptions, readConfig } from '../engine/lint.js';
import { messageOf } from '../github/api-errors.js';
import { loadManifests } from '../load/load-manifests.js';
import type { ManifestObject } from '../model/types.js';
import { checkoutBase } from './base-checkout.js';
import type { ActionInputs } from './inputs.js';

export type BaseManifests = { ok: true; objects: ManifestObject[] } | { ok: false; reason: string };

/**
 * The manifests of the PR's base commit, selected exactly as the head's were (same paths, include,
 * exclude and namespace, from the inputs and the workspace's config), so that the two sides differ
 * only by what the PR changed. Never throws: a base that cannot be read comes back with the reason.
 */
export async function readBaseManifests(sha: string, inputs: ActionInputs, cwd: string, tempDir: string): Promise<BaseManifests> {
  try {
    const checkout = await checkoutBase(sha, { cwd, paths: inputs.paths, tempDir });
    try {
      // Paths the PR adds have no base version: the base simply had no manifests there. The head's
      // config selects files on both sides: a PR that edits `exclude` must not change what is compared.
      const objects = checkout.paths.length ? loadManifests(checkout.paths, { ...headLoadOptions(inputs, cwd), cwd: checkout.cwd }).objects : [];
      return { ok: true, objects };
    } finally {
      checkout.remove();
    }
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

function headLoadOptions(inputs: ActionInputs, cwd: string) {
  return effectiveLoadOptions(inputs, readConfig({ configFile: inputs.config }, cwd));
}
