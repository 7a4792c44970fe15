/**
 * Findings already carry paths relative to the working directory, but a Windows run would give
 * backslashes; machine formats (JSON, SARIF, GitHub commands) promise `/` separators.
 */
export function toPortablePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
