import { describe, expect, it } from 'vitest';
import { hasStructuralTemplate } from '../../src/load/template-markers.js';

describe('hasStructuralTemplate: Go template actions used as YAML structure', () => {
  it.each([
    ['a value that YAML reads as a flow mapping', 'metadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n'],
    ['an action on a line of its own', 'spec:\n  {{- if .Values.hpa }}\n  replicas: 2\n  {{- end }}\n'],
    ['a template comment at the top of the file', '{{/* chart notes */}}\napiVersion: v1\n'],
    ['a sequence item', 'args:\n  - {{ .Values.arg }}\n'],
    ['a key', 'labels:\n  {{ $key }}: x\n'],
    ['a value after a quoted key (JSON style)', '{\n  "replicas": {{ .Values.replicas }}\n}\n'],
    ['an item of a flow sequence', 'args: [a, {{ .Values.b }}]\n'],
    ['a line after a block scalar has ended', 'data:\n  a: |\n    {{ $labels.x }}\nspec:\n  replicas: {{ .Values.n }}\n'],
  ])('finds %s', (_what, text) => {
    expect(hasStructuralTemplate(text)).toBe(true);
  });

  it.each([
    ['Prometheus alert text in double quotes', 'annotations:\n  summary: "{{ $labels.instance }} is down"\n'],
    ['single quotes with an escaped quote', "annotations:\n  summary: 'it''s {{ $value }}'\n"],
    ['a double-quoted scalar spanning lines', 'command: "run\n  {{backup_flags}}\n  done"\nname: x\n'],
    ['a block scalar (an embedded config)', 'data:\n  collector.yaml: |\n    exporters:\n      project: {{PROJECT_ID}}\n    other: 1\nkind: ConfigMap\n'],
    ['a folded block scalar with indicators and a comment', 'description: >-  # note\n  {{ $value }}\n\n  {{ $labels }}\n'],
    ['a block scalar in a sequence item', 'args:\n- |\n  {{ range .Alerts }}x{{ end }}\n'],
    ['a block scalar under a key in a sequence item', 'rules:\n  - alert: Down\n    expr: |\n      {{ $labels.job }}\n    for: 5m\n'],
    ['a comment', '# rendered with {{ .Values.x }}\napiVersion: v1  # {{ not this }}\n'],
    ['the middle of a plain scalar (Kyverno urlPath)', 'urlPath: /apis/apps/v1/namespaces/{{request.namespace}}/deployments\n'],
    ['Grafana legends in JSON', '{\n  "targets": [{"expr": "up", "legendFormat": "{{ pod }}"}],\n  "title":"{{ x }}"\n}\n'],
  ])('ignores %s', (_what, text) => {
    expect(hasStructuralTemplate(text)).toBe(false);
  });
});
