import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that finds the shipped `policies/` folder. Both the sources (`src/rules/`) and
 * the bundles (`dist/cli/`, `dist/action/`) sit two levels below the package root. The path is
 * built at run time so the bundler does not try to inline the folder.
 */
export function builtinPoliciesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const segments = ['..', '..', 'policies'];
  const candidate = path.resolve(here, ...segments);
  if (existsSync(candidate)) return candidate;
  return path.resolve(process.env.GITHUB_ACTION_PATH ?? here, 'policies');
}
