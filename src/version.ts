import pkg from '../package.json' with { type: 'json' };

/** The package version, inlined by the bundler so the CLI and the Action report what they are. */
export const VERSION: string = pkg.version;

/** Home of the project; rule docs links are built from it. */
export const HOMEPAGE = 'https://github.com/resilint/resilint';

export function ruleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/v${VERSION.split('.')[0]}/policies/${ruleId}/README.md`;
}
