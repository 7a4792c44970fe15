import { describe, expect, it } from 'vitest';
import { loadManifestText } from '../../src/load/load-manifests.js';

/** 1-based line and column of the `nth` (0-based) occurrence of `needle` in `text`: the oracle for expected positions. */
function positionOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" #${nth} not in text`);
  }
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}

function onlyObject(text: string) {
  const loaded = loadManifestText(text, 'test.yaml');
  expect(loaded.problems).toEqual([]);
  expect(loaded.objects).toHaveLength(1);
  return loaded.objects[0]!;
}

describe('field positions through nodes js-yaml composes twice', () => {
  it('finds fields of flow mappings written as block sequence items (a load trace\'s points)', () => {
    const text = [
      'apiVersion: resilint.io/v1alpha1',
      'kind: LoadTrace',
      'metadata: {name: search}',
      'spec:',
      '  points:',
      '    - {at: 0s, value: 600m}',
      '    - {at: 5m, value: 2500m}',
      '    - {at: 10m, value: 6000m}',
      '',
    ].join('\n');
    const o = onlyObject(text);
    for (const [i, value] of ['600m', '2500m', '6000m'].entries()) {
      const at = o.locate(['spec', 'points', i, 'value']);
      const key = positionOf(text, 'value', i);
      expect(at).toMatchObject({ line: key.line, column: key.column, matchedSegments: 4 });
      expect(at.endColumn).toBe(positionOf(text, value).column + value.length);
    }
  });

  it('finds fields in a JSON document (the whole document is one flow mapping)', () => {
    const text = '{\n  "kind": "Service",\n  "apiVersion": "v1",\n  "metadata": {\n    "name": "web",\n    "labels": {"app": "web"}\n  }\n}\n';
    const o = onlyObject(text);
    expect(o.locate(['metadata', 'labels', 'app'])).toMatchObject({ ...positionOf(text, '"app"'), matchedSegments: 3 });
    expect(o.range).toMatchObject({ line: 1, column: 1, endLine: 8, endColumn: 2 });
  });

  it('tells an only list item apart from a wrapper: a one-container Pod still locates inside the container', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx\n';
    const o = onlyObject(text);
    expect(o.locate(['spec', 'containers', 0, 'image'])).toMatchObject({ ...positionOf(text, 'image'), matchedSegments: 4 });
    // The item itself starts at its first key; a missing field falls back to it.
    expect(o.locate(['spec', 'containers', 0, 'ports'])).toMatchObject({ ...positionOf(text, 'name: app'), matchedSegments: 3 });
  });

  it('sees through anchors, tags and explicit keys', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: &meta\n  name: cm\n? data\n: !!map\n  key: &v value\n  other: *v\n';
    const o = onlyObject(text);
    expect(o.locate(['metadata', 'name'])).toMatchObject({ ...positionOf(text, 'name'), matchedSegments: 2 });
    expect(o.locate(['data', 'other'])).toMatchObject({ ...positionOf(text, 'other'), matchedSegments: 2 });
  });
});

describe('field positions in large and deep documents', () => {
  it('locates fields at every level of a document nested 150 deep (a raised depth limit), wrappers included', () => {
    const depth = 150;
    // Each level holds a sequence of one flow mapping (`w`) and the next level (`nx`; a bare `n` would be YAML 1.1's false).
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: deep}', 'data:'];
    for (let i = 0; i < depth; i++) {
      const indent = '  '.repeat(i + 1);
      lines.push(`${indent}w:`, `${indent}  - {leaf: L${i}}`, `${indent}nx:`);
    }
    lines.push(`${'  '.repeat(depth + 1)}end: here`);
    const text = lines.join('\n') + '\n';
    const loaded = loadManifestText(text, 'deep.yaml', { limits: { maxDepth: 400 } });
    expect(loaded.problems).toEqual([]);
    const o = loaded.objects[0]!;
    const levels: string[] = [];
    for (let i = 0; i < depth; i++) {
      expect(o.locate(['data', ...levels, 'w', 0, 'leaf'])).toMatchObject({ ...positionOf(text, `leaf: L${i}}`), matchedSegments: levels.length + 4 });
      levels.push('nx');
    }
    expect(o.locate(['data', ...levels, 'end'])).toMatchObject({ ...positionOf(text, 'end: here'), matchedSegments: depth + 2 });
  });

  it('locates the last item of a list denser than the recorder is sized for (one node per two characters)', () => {
    const count = 20_000;
    const items = Array.from({ length: count }, (_, i) => String(i % 10));
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dense}\nspec:\n  items: [${items.join(',')}]\n  after: yes\n`;
    const o = onlyObject(text);
    const lastColumn = positionOf(text, '[').column + 2 * (count - 1) + 1;
    expect(o.locate(['spec', 'items', count - 1])).toMatchObject({ line: 5, column: lastColumn, endColumn: lastColumn + 1, matchedSegments: 3 });
    expect(o.locate(['spec', 'after'])).toMatchObject({ ...positionOf(text, 'after'), matchedSegments: 2 });
  });

  it('keeps positions of every document in a file of many documents', () => {
    const docs = Array.from({ length: 300 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n`);
    const text = docs.join('---\n');
    const { objects } = loadManifestText(text, 'many.yaml');
    expect(objects).toHaveLength(300);
    for (const i of [0, 1, 150, 299]) {
      expect(objects[i]!.locate(['metadata', 'name'])).toMatchObject(positionOf(text, `name: cm-${i}\n`));
      expect(objects[i]!.range.line).toBe(positionOf(text, 'apiVersion', i).line);
    }
  });
});
