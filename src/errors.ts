/**
 * Errors that end a run before any linting: bad flags, a broken config, missing paths. The CLI
 * exits 2 for these, 1 for findings at or above the fail level, 0 otherwise.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
}
