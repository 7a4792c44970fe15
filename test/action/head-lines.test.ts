import { describe, expect, it } from 'vitest';
import { headLine, parseHunks } from '../../src/action/head-lines.js';

/** `git diff -U0 <head> HEAD` output: old side is the PR head, new side the checked-out merge commit. */
const DIFF = `diff --git a/k8s/api.yaml b/k8s/api.yaml
index 1111111..2222222 100644
--- a/k8s/api.yaml
+++ b/k8s/api.yaml
@@ -0,0 +1,3 @@
+# one
+# two
+# three
@@ -10 +13 @@
-  replicas: 1
+  replicas: 2
@@ -20,2 +22,0 @@
-  a: 1
-  b: 2
`;

describe('reading the files of a git diff', () => {
  it('reads names with spaces (tab-terminated) and quoted names, and an added "+++" line as a line', () => {
    const diff = [
      'diff --git a/my file.yaml b/my file.yaml',
      '--- a/my file.yaml\t',
      '+++ b/my file.yaml\t',
      '@@ -0,0 +1 @@',
      '+++ not a header',
      '@@ -5 +6,0 @@',
      '-gone',
      'diff --git "a/say \\"hi\\".yaml" "b/say \\"hi\\".yaml"',
      '--- "a/say \\"hi\\".yaml"',
      '+++ "b/say \\"hi\\".yaml"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
    ].join('\n');
    const files = parseHunks(diff);
    expect([...files.keys()]).toEqual(['my file.yaml', 'say "hi".yaml']);
    expect(files.get('my file.yaml')).toHaveLength(2);
  });
});

describe('moving merge-commit lines to the PR head', () => {
  const hunks = parseHunks(DIFF).get('k8s/api.yaml')!;

  it('reads the hunks of each file', () => {
    expect(hunks).toEqual([
      { oldStart: 0, oldCount: 0, newStart: 1, newCount: 3 },
      { oldStart: 10, oldCount: 1, newStart: 13, newCount: 1 },
      { oldStart: 20, oldCount: 2, newStart: 22, newCount: 0 },
    ]);
  });

  it('shifts lines below inserted and removed lines, and has no head line for lines the checkout changed', () => {
    expect([1, 2, 3].map((l) => headLine(hunks, l))).toEqual([undefined, undefined, undefined]);
    expect(headLine(hunks, 4)).toBe(1);
    expect(headLine(hunks, 12)).toBe(9);
    expect(headLine(hunks, 13)).toBeUndefined(); // replicas changed by the base
    expect(headLine(hunks, 14)).toBe(11);
    expect(headLine(hunks, 22)).toBe(19); // the last line before the two lines only the head has
    expect(headLine(hunks, 23)).toBe(22);
  });
});
