import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOMEPAGE, ruleDocsUrl, VERSION } from '../src/version.js';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const major = `v${VERSION.split('.')[0]}`;

describe('the docs name the release line users get', () => {
  it('every `uses: resilint/resilint@…` in the README and docs is the major tag the rule docs links point at', () => {
    const refs = ['README.md', 'docs/action.md', 'docs/simulate.md'].flatMap((f) =>
      [...read(f).matchAll(/resilint\/resilint@([\w.-]+)/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(ref).toMatch(new RegExp(`: ${major}$`));
    expect(ruleDocsUrl('pdb-blocks-drain')).toBe(`${HOMEPAGE}/blob/${major}/policies/pdb-blocks-drain/README.md`);
  });

  it('the npm package ships the docs its README links to', () => {
    const pkg = JSON.parse(read('package.json')) as { files: string[] };
    for (const linked of ['docs', 'policies', 'dist']) expect(pkg.files).toContain(linked);
  });
});
