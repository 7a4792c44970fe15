import type { GitHubClient } from './client.js';

/** Who writes comments made with the Actions-provided GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login our comments are authored by, so we only ever edit or delete our own: a user can
 * paste our marker into their comment, and that must not make it ours. A personal token can ask
 * `GET /user`; the GITHUB_TOKEN cannot, and always comments as the Actions bot.
 */
export async function resolveIdentity(client: GitHubClient): Promise<string> {
  return (await client.authenticatedLogin()) ?? ACTIONS_BOT_LOGIN;
}

export function isAuthoredBy(author: string | undefined, identity: string): boolean {
  return author !== undefined && author.toLowerCase() === identity.toLowerCase();
}
