/**
 * Finding ids that come from resilint itself rather than from a rule file: the loader's, the
 * engine's and the suppression check's. One list, so suppressions accept exactly these and SARIF
 * describes exactly these.
 */
export const ENGINE_RULES: Readonly<Record<string, string>> = Object.freeze({
  'parse-error': 'A manifest file could not be parsed as YAML.',
  'rule-error': 'A rule could not be evaluated on an object.',
  'suppression-error': 'A resilint.io/ignore annotation names a rule that does not exist.',
});

export function isEngineRule(id: string): boolean {
  return Object.hasOwn(ENGINE_RULES, id);
}
