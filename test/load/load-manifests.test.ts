import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { EmptyStdinError, loadManifests, loadManifestText } from '../../src/load/load-manifests.js';

const deployment = `# a leading comment
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web   # trailing comment
  annotations:
    "resilint.io/critical": "true"
spec:
  replicas: 3
  paused:
  template:
    spec:
      containers:
        - name: app
          image: nginx
          resources:
            limits: {cpu: "1", memory: 1Gi}
        - name: side
          image: envoy
`;

describe('field positions', () => {
  const [obj] = loadManifestText(deployment, 'deploy.yaml').objects;

  it('maps a scalar field to its key and value, 1-based', () => {
    expect(obj!.locate(['metadata', 'name'])).toMatchObject({ line: 5, column: 3, endLine: 5, endColumn: 12, matchedSegments: 2 });
    expect(obj!.locate(['spec', 'replicas'])).toMatchObject({ line: 9, column: 3, endColumn: 14 });
  });

  it('finds quoted keys and fields inside flow mappings', () => {
    expect(obj!.locate(['metadata', 'annotations', 'resilint.io/critical'])).toMatchObject({ line: 7, column: 5 });
    expect(obj!.locate(['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'memory'])).toMatchObject({ line: 17, column: 32 });
  });

  it('points a list item at its first line (the container name)', () => {
    expect(obj!.locate(['spec', 'template', 'spec', 'containers', 1])).toMatchObject({ line: 18, column: 11, endLine: 18 });
  });

  it('falls back to the nearest existing parent for a missing field', () => {
    const at = obj!.locate(['spec', 'template', 'spec', 'containers', 1, 'resources', 'limits', 'cpu']);
    expect(at).toMatchObject({ line: 18, matchedSegments: 5 });
    expect(obj!.locate(['spec', 'nope'])).toMatchObject({ line: 8, matchedSegments: 1 });
  });

  it('keeps a null value on its key line', () => {
    expect(obj!.locate(['spec', 'paused'])).toMatchObject({ line: 10, endLine: 10 });
  });

  it('locates fields in JSON manifests, tabs included', () => {
    const json = '{\n\t"apiVersion": "v1",\n\t"kind": "Pod",\n\t"metadata": {"name": "p"},\n\t"spec": {"containers": [{"name": "c", "image": "i"}]}\n}\n';
    const [pod] = loadManifestText(json, 'pod.json').objects;
    expect(pod!.locate(['spec', 'containers', 0, 'image'])).toMatchObject({ line: 5, column: 40, matchedSegments: 4 });
  });
});

describe('documents and lists', () => {
  it('flattens List kinds, keeps document indexes, and counts documents without apiVersion/kind', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: a}
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: b}
  - apiVersion: policy/v1
    kind: PodDisruptionBudget
    metadata:
      name: c
    spec:
      minAvailable: 1
---
just: data
---
`;
    const r = loadManifestText(text, 'multi.yaml');
    expect(r.objects.map((o) => `${o.kind}/${o.name}@${o.docIndex}`)).toEqual(['Service/a@0', 'ConfigMap/b@1', 'PodDisruptionBudget/c@1']);
    expect(r.objects[2]!.listIndex).toBe(1);
    expect(r.objects[2]!.locate(['spec', 'minAvailable'])).toMatchObject({ line: 16, column: 7 });
    expect(r.skippedDocuments).toBe(1);
  });

  it('gives only List items a listIndex, and a spread copy that keeps locate still finds fields (the admission Pod view)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: q\n';
    const [plain, item] = loadManifestText(text, 'pods.yaml').objects;
    expect('listIndex' in plain!).toBe(false);
    expect(item!.listIndex).toBe(0);
    const view = { ...item!, kind: 'Other', locate: item!.locate };
    expect(view.locate(['metadata', 'name'])).toMatchObject({ line: 12, column: 7, matchedSegments: 2 });
    expect(item!.range).toMatchObject({ line: 9, column: 5, endLine: 12 });
  });

  it('gives namespaced objects the default namespace and cluster-scoped ones none', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: p}\nvalue: 1\n';
    expect(loadManifestText(text, 'x.yaml').objects.map((o) => o.namespace)).toEqual(['default', undefined]);
    expect(loadManifestText(text, 'x.yaml', { namespace: 'team' }).objects[0]!.namespace).toBe('team');
  });
});

describe('bad input becomes parse-error findings and the rest still loads', () => {
  it('suggests a missing --- when two manifests run together (a repeated apiVersion or kind)', () => {
    const r = loadManifestText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\napiVersion: v1\nkind: Secret\nmetadata: {name: b}\n', 'cat.yaml');
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([[4, 'duplicated mapping key "apiVersion": a `---` line between two manifests is probably missing']]);
  });

  it('reports a duplicate key and a tab indent at their lines, keeping the good document', () => {
    const text = 'apiVersion: v1\nkind: A\nmetadata:\n  name: a\n  name: b\n---\napiVersion: v1\nkind: B\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: C\nmetadata:\n\tname: tab\n';
    const r = loadManifestText(text, 'bad.yaml');
    expect(r.objects.map((o) => o.kind)).toEqual(['B']);
    expect(r.problems.map((p) => [p.ruleId, p.severity, p.line, p.column])).toEqual([
      ['parse-error', 'error', 5, 3],
      ['parse-error', 'error', 14, 1],
    ]);
    expect(r.problems[0]!.message).toMatch(/^duplicated mapping key "name"/);
    expect(r.problems[1]!.message).toMatch(/tab/);
  });

  it('refuses a billion-laughs alias bomb without expanding it', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      rows.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = loadManifestText(`${rows.join('\n')}\napiVersion: v1\nkind: ConfigMap\n`, 'bomb.yaml');
    expect(r.objects).toHaveLength(0);
    expect(r.problems[0]).toMatchObject({ ruleId: 'parse-error', line: 1 });
    expect(r.problems[0]!.message).toMatch(/alias/);
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(200)}${']'.repeat(200)}\n`;
    const r = loadManifestText(deep, 'deep.yaml');
    expect(r.objects).toHaveLength(0);
    expect(r.problems[0]!.message).toMatch(/maxDepth|nesting/);
  });

  it('skips Helm templates with a note instead of a parse error', () => {
    const r = loadManifestText('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n', 'svc.yaml');
    expect(r.problems).toHaveLength(0);
    expect(r.skippedFiles).toBe(1);
    expect(r.notes[0]).toMatch(/Helm/);
  });

  it('reports a parse error, not a Helm skip, when `}}` only comes before `{{` (no template action)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  close: "}}"\n  open: "{{"\n---\nbroken: [\n';
    const r = loadManifestText(text, 'cm.yaml');
    expect(r.skippedFiles).toBe(0);
    expect(r.objects.map((o) => o.name)).toEqual(['a']);
    expect(r.problems).toHaveLength(1);
    const helm = loadManifestText(text.replace('close: "}}"\n  open: "{{"', 'open: "{{"\n  close: "}}"'), 'cm.yaml');
    expect(helm.skippedFiles).toBe(1);
    expect(helm.problems).toHaveLength(0);
  });

  it('skips a Helm template that parses as YAML (actions read as flow mappings) instead of loading maps for names', () => {
    const r = loadManifestText('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n', 'deploy.yaml');
    expect(r.objects).toHaveLength(0);
    expect(r.problems).toHaveLength(0);
    expect(r.skippedFiles).toBe(1);
    expect(r.notes[0]).toMatch(/deploy\.yaml: skipped, looks like a Helm template/);
  });

  it('loads a PrometheusRule whose alert templates sit in quoted and block scalars', () => {
    const rule = [
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'metadata: {name: node}',
      'spec:',
      '  groups:',
      '    - name: node',
      '      rules:',
      '        - alert: NodeDown',
      '          annotations:',
      '            summary: "{{ $labels.instance }} is down"',
      '            description: |',
      '              {{ $labels.instance }} has been down for 5 minutes.',
      '          expr: up == 0',
      '',
    ].join('\n');
    const r = loadManifestText(rule, 'rules.yaml');
    expect(r.skippedFiles).toBe(0);
    expect(r.objects.map((o) => o.name)).toEqual(['node']);
  });

  it('keeps Go-template text inside valid YAML strings as data', () => {
    const r = loadManifestText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  msg: "{{ $labels.instance }} down"\n', 'cm.yaml');
    expect(r.objects).toHaveLength(1);
  });
});

describe('loadManifests on disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'resilint-load-'));
  mkdirSync(path.join(dir, 'k8s', 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(path.join(dir, 'k8s', 'a.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n');
  writeFileSync(path.join(dir, 'k8s', 'sub', 'b.yml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: b}\n');
  writeFileSync(path.join(dir, 'k8s', 'notes.txt'), 'not yaml');
  writeFileSync(path.join(dir, 'node_modules', 'x', 'c.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: c}\n');
  writeFileSync(path.join(dir, 'k8s', 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x01]));
  writeFileSync(path.join(dir, 'k8s', 'latin1.yaml'), Buffer.concat([Buffer.from('a: 1\nb: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  writeFileSync(path.join(dir, 'k8s', 'broken.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: [unclosed\n');

  it('walks directories with the default include, skipping node_modules, and sorts files', () => {
    const r = loadManifests(['.'], { cwd: dir });
    expect(r.files).toEqual(['k8s/a.yaml', 'k8s/binary.yaml', 'k8s/broken.yaml', 'k8s/latin1.yaml', 'k8s/sub/b.yml']);
    expect(r.objects.map((o) => o.name)).toEqual(['a', 'b']);
  });

  it('reports binary, non-UTF-8 and broken files at file:line:column and goes on', () => {
    const r = loadManifests(['k8s'], { cwd: dir });
    const byFile = Object.fromEntries(r.problems.map((p) => [p.file, `${p.line}:${p.column} ${p.message}`]));
    expect(byFile['k8s/binary.yaml']).toMatch(/^1:3 binary file/);
    expect(byFile['k8s/latin1.yaml']).toMatch(/^2:7 invalid UTF-8 byte 0xe9/);
    expect(byFile['k8s/broken.yaml']).toMatch(/^4:1 /);
  });

  it('reads unquoted dates as strings, as kubectl and the apiserver do, and keeps merge keys and !!binary', () => {
    const r = loadManifestText(
      [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: issuer',
        '  annotations:',
        '    linkerd.io/identity-issuer-expiry: 2020-03-25T13:37:11Z',
        '    release-day: 2024-01-01',
        '    tagged: !!timestamp 2024-01-01',
        'defaults: &defaults {type: Opaque}',
        '<<: *defaults',
        'data:',
        '  crt.pem: !!binary aGVsbG8=',
      ].join('\n'),
      'secret.yaml',
    );
    expect(r.problems).toEqual([]);
    const raw = r.objects[0]!.raw;
    expect(raw.metadata.annotations).toEqual({
      'linkerd.io/identity-issuer-expiry': '2020-03-25T13:37:11Z',
      'release-day': '2024-01-01',
      tagged: '2024-01-01',
    });
    expect(raw.type).toBe('Opaque');
    expect(Buffer.from(raw.data['crt.pem']).toString()).toBe('hello');
  });

  it('reads booleans and integers as kubectl does (go-yaml v2: YAML 1.1 booleans, Go integers)', () => {
    const r = loadManifestText(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nflags: [yes, No, on, OFF, y, true]\nmodes: [0644, 0o644, 0x1A4, 420, 1_000, -017]\nquoted: ["yes", "0644"]\n',
      'secret.yaml',
    );
    const raw = r.objects[0]!.raw;
    expect(raw.flags).toEqual([true, false, true, false, true, true]);
    expect(raw.modes).toEqual([420, 420, 420, 420, 1000, -15]);
    expect(raw.quoted).toEqual(['yes', '0644']);
  });

  it('ignores a UTF-8 byte order mark, keeping the first key at line 1, column 1', () => {
    const bomDir = mkdtempSync(path.join(tmpdir(), 'resilint-bom-'));
    writeFileSync(path.join(bomDir, 'cm.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n')]));
    const r = loadManifests(['.'], { cwd: bomDir });
    expect(r.problems).toEqual([]);
    expect(r.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['ConfigMap/x']);
    expect(r.objects[0]!.locate(['apiVersion'])).toMatchObject({ line: 1, column: 1 });
    expect(r.objects[0]!.locate(['metadata', 'name'])).toMatchObject({ line: 4, column: 3 });
  });

  it('keeps the text of every file it could decode, and reports problems in file order', () => {
    const r = loadManifests(['k8s'], { cwd: dir });
    expect([...r.sources.keys()]).toEqual(['k8s/a.yaml', 'k8s/broken.yaml', 'k8s/sub/b.yml']);
    expect(r.sources.get('k8s/sub/b.yml')!.text).toBe('apiVersion: v1\nkind: Service\nmetadata: {name: b}\n');
    expect(r.problems.map((p) => p.file)).toEqual(['k8s/binary.yaml', 'k8s/broken.yaml', 'k8s/latin1.yaml']);
  });

  it('applies include/exclude globs and accepts glob paths', () => {
    expect(loadManifests(['k8s'], { cwd: dir, exclude: ['**/sub/**', '**/b*.yaml', '**/latin1.yaml'] }).files).toEqual(['k8s/a.yaml']);
    expect(loadManifests(['k8s/**/*.yml'], { cwd: dir }).files).toEqual(['k8s/sub/b.yml']);
  });

  it('reports files over the size limit without reading them', () => {
    const r = loadManifests(['k8s/a.yaml'], { cwd: dir, maxFileBytes: 10 });
    expect(r.objects).toHaveLength(0);
    expect(r.problems[0]!.message).toMatch(/over the 10 bytes limit/);
  });

  it('throws a usage error for a path that does not exist', () => {
    expect(() => loadManifests(['missing'], { cwd: dir })).toThrow(/No such file/);
  });

  it('with requireManifests, names every directory and glob that yields no file', () => {
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const load = () => loadManifests(['k8s', 'empty', 'k8s/nomatch*.yaml'], { cwd: dir, requireManifests: true });
    expect(load).toThrow(UsageError);
    expect(load).toThrow('empty matched no manifest files (include: **/*.{yaml,yml,json})\nresilint: k8s/nomatch*.yaml matched no manifest files');
    // Without the flag (the Action's base commit may legitimately have none) an empty path loads nothing.
    expect(loadManifests(['empty'], { cwd: dir }).files).toEqual([]);
  });

  it('counts a directory whose files are all excluded as empty', () => {
    expect(() => loadManifests(['k8s/sub'], { cwd: dir, exclude: ['**/*.yml'], requireManifests: true })).toThrow(/k8s\/sub matched no manifest files/);
  });

  it('reads `-` as stdin text named <stdin>, next to files on disk', () => {
    const stdinText = 'apiVersion: v1\nkind: Service\nmetadata: {name: piped}\n---\nkind: [\n';
    const r = loadManifests(['-', 'k8s/a.yaml'], { cwd: dir, stdinText, requireManifests: true });
    expect(r.files).toEqual(['<stdin>', 'k8s/a.yaml']);
    expect(r.objects.map((o) => `${o.file}:${o.name}`)).toEqual(['<stdin>:piped', 'k8s/a.yaml:a']);
    expect(r.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['<stdin>:6']);
  });

  it('reads stdin alone for `-` without walking the working directory', () => {
    const r = loadManifests(['-'], { cwd: dir, stdinText: '' });
    expect(r.files).toEqual(['<stdin>']);
    expect(r.objects).toHaveLength(0);
  });

  it('with requireManifests, stdin without a manifest is a usage error, so a failed `helm template` cannot pass', () => {
    const load = (stdinText: string, paths = ['-']) => () => loadManifests(paths, { cwd: dir, stdinText, requireManifests: true });
    for (const empty of ['', '\n---\n# only comments\n---\n']) {
      expect(load(empty)).toThrow(EmptyStdinError);
      expect(load(empty)).toThrow(/^-: stdin held no manifests$/);
    }
    // Even next to files on disk: the pipe was asked for and brought nothing.
    expect(load('', ['-', 'k8s/a.yaml'])).toThrow(UsageError);
    expect(load('a: 1\n---\nb: 2\n')).toThrow('-: stdin held no manifests (2 document(s) without apiVersion and kind)');
    expect(load('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n{{- end }}\n')).toThrow(/unrendered Helm template/);
  });

  it('keeps broken stdin a parse-error finding rather than a usage error', () => {
    const r = loadManifests(['-'], { cwd: dir, stdinText: 'kind: [\n', requireManifests: true });
    expect(r.problems.map((p) => `${p.ruleId} ${p.file}`)).toEqual(['parse-error <stdin>']);
  });
});
