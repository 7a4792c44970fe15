import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { tempRepo } from '../helpers/temp-repo.js';

/** A throwaway repo with manifests, a user policy folder and optionally a config. */
const repo = (files: Record<string, string>) => tempRepo(files, 'resilint-engine-');

const containerRule = `apiVersion: resilint.dev/v1alpha1
kind: Rule
metadata:
  id: image-tag-pinned
  severity: warning
docs:
  description: Flags containers whose image has no tag.
  remediation: Pin the image to a tag or digest.
params:
  allowLatest:
    type: boolean
    default: false
    description: Whether the latest tag is acceptable.
match:
  kinds: [PodControllers]
validations:
  - id: untagged
    forEach: containers(object)
    expression: item.spec.image.contains(':') && (params.allowLatest || !item.spec.image.endsWith(':latest'))
    messageExpression: "'container ' + item.name + ' uses image ' + item.spec.image + ' without a pinned tag'"
    fieldPathExpression: item.path + '.image'
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: app
          image: nginx
        - name: side
          image: envoy:latest
`;

describe('lint() with user policies', () => {
  it('runs a per-element validation and points each finding at the element field', () => {
    const dir = repo({ 'k8s/web.yaml': deployment, 'rules/image.yaml': containerRule });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.line, f.fieldPath, f.message])).toEqual([
      ['image-tag-pinned', 'warning', 13, 'spec.template.spec.containers[0].image', 'container app uses image nginx without a pinned tag'],
      ['image-tag-pinned', 'warning', 15, 'spec.template.spec.containers[1].image', 'container side uses image envoy:latest without a pinned tag'],
    ]);
    expect(r.summary).toMatchObject({ files: 1, objects: 1, warnings: 2, errors: 0 });
  });

  it('applies severity, params and enablement from .resilint.yaml', () => {
    const dir = repo({
      'k8s/web.yaml': deployment,
      'rules/image.yaml': containerRule,
      '.resilint.yaml': 'policies: [rules]\nrules:\n  image-tag-pinned:\n    severity: error\n    params: {allowLatest: true}\n',
    });
    const r = lint({ paths: ['k8s'], cwd: dir, noBuiltin: true });
    expect(r.findings.map((f) => [f.severity, f.line])).toEqual([['error', 13]]);
    const off = repo({ 'k8s/web.yaml': deployment, 'rules/image.yaml': containerRule, '.resilint.yaml': 'policies: [rules]\nrules: {image-tag-pinned: off}\n' });
    expect(lint({ paths: ['k8s'], cwd: off, noBuiltin: true }).findings).toEqual([]);
  });

  it('lets a severity set in .resilint.yaml win over a validation\'s own severity and severityExpression', () => {
    const rule = containerRule.replace(
      "    fieldPathExpression: item.path + '.image'\n",
      "    fieldPathExpression: item.path + '.image'\n    severityExpression: \"'notice'\"\n",
    );
    const files = { 'k8s/web.yaml': deployment, 'rules/image.yaml': rule };
    expect(lint({ paths: ['k8s'], cwd: repo(files), policies: ['rules'], noBuiltin: true }).findings.map((f) => f.severity)).toEqual(['notice', 'notice']);
    const raised = repo({ ...files, '.resilint.yaml': 'policies: [rules]\nrules:\n  image-tag-pinned: {severity: error}\n' });
    expect(lint({ paths: ['k8s'], cwd: raised, noBuiltin: true }).findings.map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('applies top-level params to every rule that declares them, with a rule\'s own params winning', () => {
    const critical = (name: string, priorityClass: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      priorityClassName: ${priorityClass}
      containers: [{name: app, image: app:1, resources: {requests: {cpu: 100m, memory: 64Mi}}}]
`;
    const files = { 'k8s/web.yaml': critical('web', 'payments-critical') };
    const criticalRules = (r: ReturnType<typeof lint>) =>
      [...new Set(r.findings.filter((f) => ['critical-pod-guaranteed-qos', 'pdb-missing', 'topology-spread-missing'].includes(f.ruleId)).map((f) => f.ruleId))].sort();
    // At one replica only criticality makes these two rules speak; by default the pod is not critical.
    expect(criticalRules(lint({ paths: ['k8s'], cwd: repo(files) }))).toEqual([]);
    // One setting, and the rules agree that payments-critical pods are critical.
    const shared = repo({ ...files, '.resilint.yaml': 'params:\n  criticalPriorityClasses: [payments-critical]\n' });
    expect(criticalRules(lint({ paths: ['k8s'], cwd: shared }))).toEqual(['critical-pod-guaranteed-qos', 'pdb-missing']);
    // A rule's own params override the shared ones for that rule only.
    const overridden = repo({
      ...files,
      '.resilint.yaml': 'params:\n  criticalPriorityClasses: [payments-critical]\nrules:\n  pdb-missing:\n    params: {criticalPriorityClasses: []}\n',
    });
    expect(criticalRules(lint({ paths: ['k8s'], cwd: overridden }))).toEqual(['critical-pod-guaranteed-qos']);
  });

  it('gives number params to CEL as doubles, even when written as whole numbers', () => {
    const rule = containerRule.replace(/params:[\s\S]*?match:/, `params:
  ratio:
    type: number
    default: 4
    description: A ratio.
  steps:
    type: array
    items: {type: number}
    default: [1, 2.5]
    description: Some steps.
match:`).replace(/validations:[\s\S]*/, `validations:
  - id: ratio
    expression: params.ratio * 2.0 < 100.0 && params.steps.all(s, s * 2.0 < 100.0)
    message: ratio too large
`);
    const run = (config: string) =>
      lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule, '.resilint.yaml': config }), policies: ['rules'], noBuiltin: true })
        .findings.map((f) => `${f.ruleId} ${f.message}`);
    expect(run('rules: {}\n')).toEqual([]);
    expect(run('rules:\n  image-tag-pinned:\n    params: {ratio: 60}\n')).toEqual(['image-tag-pinned ratio too large']);
    expect(run('rules:\n  image-tag-pinned:\n    params: {steps: [3, 70]}\n')).toEqual(['image-tag-pinned ratio too large']);
  });

  it('checks a shared param only against the rules it reaches, and rule params even on a disabled rule', () => {
    const minRule = containerRule.replace(
      /params:[\s\S]*?match:/,
      'params:\n  minReplicas: {type: integer, default: 6, minimum: 5, description: Replicas needed.}\nmatch:',
    );
    const files = { 'k8s/web.yaml': deployment, 'rules/r.yaml': minRule };
    // The rule sets its own value, so the shared 3 (below its minimum) never reaches it.
    const overridden = repo({ ...files, '.resilint.yaml': 'policies: [rules]\nparams: {minReplicas: 3}\nrules:\n  image-tag-pinned: {params: {minReplicas: 6}}\n' });
    expect(() => lint({ paths: ['k8s'], cwd: overridden, noBuiltin: true })).not.toThrow();
    const reached = repo({ ...files, '.resilint.yaml': 'policies: [rules]\nparams: {minReplicas: 3}\n' });
    expect(() => lint({ paths: ['k8s'], cwd: reached, noBuiltin: true })).toThrow(/\.resilint\.yaml:2:10: param "minReplicas" must be at least 5 \(as rule image-tag-pinned declares it\)/);
    const disabledTypo = repo({ ...files, '.resilint.yaml': 'policies: [rules]\nrules:\n  image-tag-pinned: {enabled: false, params: {minReplica: 6}}\n' });
    expect(() => lint({ paths: ['k8s'], cwd: disabledTypo, noBuiltin: true })).toThrow(/rule image-tag-pinned has no param "minReplica"; did you mean minReplicas\?/);
    const empty = repo({ ...files, '.resilint.yaml': 'policies: [rules]\nparams:\n  # criticalPriorityThreshold: 100000\n' });
    expect(() => lint({ paths: ['k8s'], cwd: empty, noBuiltin: true })).not.toThrow();
  });

  it('checks the element type of list params', () => {
    const bad = repo({ 'k8s/web.yaml': deployment, '.resilint.yaml': 'params:\n  criticalPriorityClasses: [payments, 1]\n' });
    expect(() => lint({ paths: ['k8s'], cwd: bad })).toThrow(/param "criticalPriorityClasses" must be a list of string values \(item 2 is not\)/);
  });

  it('rejects a top-level param no rule declares, or of the wrong type, with file and line', () => {
    const typo = repo({ 'k8s/web.yaml': deployment, '.resilint.yaml': 'params:\n  criticalPriorityClass: [x]\n' });
    expect(() => lint({ paths: ['k8s'], cwd: typo })).toThrow(/\.resilint\.yaml:2:3: no rule has a param "criticalPriorityClass"; did you mean criticalPriorityClasses\?/);
    const wrongType = repo({ 'k8s/web.yaml': deployment, '.resilint.yaml': 'params:\n  criticalPriorityThreshold: high\n' });
    expect(() => lint({ paths: ['k8s'], cwd: wrongType })).toThrow(/\.resilint\.yaml:2:3: param "criticalPriorityThreshold" must be of type integer/);
  });

  it('rejects config mistakes with the config file and line', () => {
    const dir = repo({ 'k8s/web.yaml': deployment, 'rules/image.yaml': containerRule, '.resilint.yaml': 'policies: [rules]\nrules:\n  image-tag-pinned:\n    params: {allowLatest: "yes"}\n' });
    expect(() => lint({ paths: ['k8s'], cwd: dir, noBuiltin: true })).toThrow(/\.resilint\.yaml:4:\d+: param "allowLatest" must be of type boolean/);
    const typo = repo({ 'k8s/web.yaml': deployment, '.resilint.yaml': 'rulez: {}\n' });
    expect(() => lint({ paths: ['k8s'], cwd: typo, noBuiltin: true })).toThrow(/\.resilint\.yaml:1:1: unknown setting "rulez"/);
  });

  it('keeps suppressed findings, marked, with the reason', () => {
    const suppressed = deployment.replace('  name: web\n', '  name: web\n  annotations:\n    resilint.io/ignore: image-tag-pinned\n    resilint.io/ignore-reason: vendored chart\n');
    const dir = repo({ 'k8s/web.yaml': suppressed, 'rules/image.yaml': containerRule });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true });
    expect(r.findings.every((f) => f.suppressed && f.suppressionReason === 'vendored chart')).toBe(true);
    expect(r.summary).toMatchObject({ warnings: 0, suppressed: 2 });
  });

  it('suppresses one validation of a rule with rule-id/validationId, and warns about one the rule does not have', () => {
    const twoChecks = containerRule.replace(
      /validations:[\s\S]*/,
      `validations:
  - id: hasReplicas
    expression: has(object.spec.replicas)
    message: no replicas
  - id: hasLabels
    expression: has(object.metadata.labels)
    message: no labels
`,
    );
    const annotated = (ignore: string) => deployment.replace('  name: web\n', `  name: web\n  annotations:\n    resilint.io/ignore: "${ignore}"\n`);
    const run = (ignore: string) =>
      lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': annotated(ignore), 'rules/r.yaml': twoChecks }), policies: ['rules'], noBuiltin: true })
        .findings.map((f) => `${f.ruleId}/${f.validation}${f.suppressed ? ' suppressed' : ''}`);
    expect(run('image-tag-pinned/hasLabels')).toEqual(['image-tag-pinned/hasReplicas', 'image-tag-pinned/hasLabels suppressed']);
    const typo = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': annotated('image-tag-pinned/hasLabel'), 'rules/r.yaml': twoChecks }), policies: ['rules'], noBuiltin: true });
    expect(typo.findings.filter((f) => f.ruleId === 'suppression-error').map((f) => f.message)).toEqual([
      'resilint.io/ignore names unknown rule(s) image-tag-pinned/hasLabel (did you mean image-tag-pinned/hasLabels?), so it suppresses nothing for them (see `resilint rules`)',
    ]);
  });

  it('tells one cause once: a superseded rule’s finding at the same place is kept, marked suppressed', () => {
    const specific = containerRule
      .replace('id: image-tag-pinned', 'id: image-tag-specific\n  supersedes: [image-tag-pinned]')
      .replace(/messageExpression:.*/, "messageExpression: \"'container ' + item.name + ' floats: pin it'\"");
    const files = (annotation = '') => ({
      'k8s/web.yaml': deployment.replace('  name: web\n', `  name: web\n${annotation}`),
      'rules/general.yaml': containerRule,
      'rules/specific.yaml': specific,
    });
    const r = lint({ paths: ['k8s'], cwd: repo(files()), policies: ['rules'], noBuiltin: true });
    const shown = r.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.line}`);
    expect(shown).toEqual(['image-tag-specific 13', 'image-tag-specific 15']);
    expect(r.findings.filter((f) => f.suppressed).map((f) => `${f.ruleId} ${f.line} ${f.suppressionReason}`)).toEqual([
      'image-tag-pinned 13 superseded by image-tag-specific, which reports the same place',
      'image-tag-pinned 15 superseded by image-tag-specific, which reports the same place',
    ]);
    // Suppressing the specific rule brings the general one back.
    const ignored = lint({ paths: ['k8s'], cwd: repo(files('  annotations: {resilint.io/ignore: image-tag-specific}\n')), policies: ['rules'], noBuiltin: true });
    expect(ignored.findings.filter((f) => !f.suppressed).map((f) => f.ruleId)).toEqual(['image-tag-pinned', 'image-tag-pinned']);
  });

  it('reports a supersedes entry that names no rule at its line, with a guess', () => {
    const wrong = containerRule.replace('id: image-tag-pinned', 'id: image-tag-specific\n  supersedes: [image-tag-pined]');
    const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/general.yaml': containerRule, 'rules/wrong.yaml': wrong }), policies: ['rules'], noBuiltin: true });
    expect(r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'rules/wrong.yaml:5 rule image-tag-specific: supersedes unknown rule "image-tag-pined"; did you mean image-tag-pinned?',
    ]);
  });

  it('reports only findings in reportFiles while cross-object rules still see every file', () => {
    const pdbRule = containerRule; // any rule; the point is the filter
    const dir = repo({ 'k8s/a.yaml': deployment, 'k8s/b.yaml': deployment.replace('name: web', 'name: api'), 'rules/image.yaml': pdbRule });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true, reportFiles: ['k8s/b.yaml'] });
    expect(new Set(r.findings.map((f) => f.file))).toEqual(new Set(['k8s/b.yaml']));
    expect(r.summary.objects).toBe(2);
  });

  it('also reports a finding in another file that names a reported file, as the PR is at fault for it', () => {
    const app = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 3
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers: [{name: api, image: api:1}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: api}
spec:
  maxUnavailable: 1
  selector: {matchLabels: {app: api}}
`;
    const second = app.split('---\n')[1]!.replace('name: api}', 'name: api-extra}');
    const dir = repo({ 'k8s/api.yaml': app, 'k8s/pdb2.yaml': second });
    const r = lint({ paths: ['k8s'], cwd: dir, reportFiles: ['k8s/pdb2.yaml'] });
    const overlap = r.findings.filter((f) => f.ruleId === 'pdb-overlap');
    expect(overlap.length).toBeGreaterThan(0);
    expect(overlap.every((f) => f.related?.some((x) => x.file === 'k8s/pdb2.yaml'))).toBe(true);
    // Findings on the unchanged file that do not involve the changed one stay out.
    expect(r.findings.filter((f) => f.file === 'k8s/api.yaml' && !f.related?.some((x) => x.file === 'k8s/pdb2.yaml'))).toEqual([]);
  });

  it('reports a wrong rule at its own file and line, and still runs the other rules', () => {
    const broken = containerRule.replace('id: image-tag-pinned', 'id: broken-rule').replace("item.spec.image.contains(':')", "item.spec.image.startWith(':')");
    const unknownField = containerRule.replace('id: image-tag-pinned', 'id: odd-rule').replace('match:', 'matches: {}\nvalidation: []\nmatch:');
    const dir = repo({ 'k8s/web.yaml': deployment, 'rules/image.yaml': containerRule, 'rules/broken.yaml': broken, 'rules/odd.yaml': unknownField });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true });
    const errors = r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => `${f.file}:${f.line} ${f.message}`).sort();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^rules\/broken\.yaml:19 rule broken-rule: CEL: .*startWith/);
    expect(errors[1]).toMatch(/^rules\/odd\.yaml:14 rule odd-rule: unknown fields "matches", "validation" \(allowed: /);
    expect(r.ruleErrors).toBe(2);
    expect(r.findings.filter((f) => f.ruleId === 'image-tag-pinned')).toHaveLength(2);
  });

  it('turns an evaluation error on one object into a rule-error finding on that object', () => {
    const rule = containerRule.replace('id: image-tag-pinned', 'id: needs-replicas').replace(
      /validations:[\s\S]*/,
      'validations:\n  - id: replicated\n    expression: object.spec.replicas >= 2\n    message: too few replicas\n',
    );
    const dir = repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'rule-error', file: 'k8s/web.yaml', line: 4 });
    expect(r.findings[0]!.message).toMatch(/needs-replicas.*replicas/);
  });

  // ValidatingAdmissionPolicy variables are lazy: one that no evaluated expression reads is never
  // evaluated, and one that fails is reported once, as itself.
  const variableRule = (validations: string) =>
    containerRule.replace('id: image-tag-pinned', 'id: lazy-vars').replace(
      /validations:[\s\S]*/,
      `variables:
  - name: broken
    expression: object.spec.replicas >= 2
  - name: named
    expression: object.metadata.name
validations:
${validations}`,
    );

  it('never evaluates a variable that no expression reads', () => {
    const rule = variableRule("  - id: named\n    expression: variables.named == 'api'\n    message: not the api\n");
    const dir = repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true });
    expect(r.findings.map((f) => [f.ruleId, f.message])).toEqual([['lazy-vars', 'not the api']]);
  });

  it('reports a failing variable once, naming it, however many validations read it', () => {
    const rule = variableRule(
      '  - id: a\n    expression: variables.broken\n    message: a\n  - id: b\n    expression: "!variables.broken"\n    message: b\n',
    );
    const dir = repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule });
    const r = lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'rule-error', line: 4 });
    expect(r.findings[0]!.message).toMatch(/^rule lazy-vars: variable "broken" failed: /);
  });

  it('evaluates a variable that reads item once per forEach element, not once per object', () => {
    const rule = containerRule.replace('id: image-tag-pinned', 'id: per-item').replace(
      /validations:[\s\S]*/,
      `variables:
  - name: image
    expression: item.spec.image
  - name: latest
    expression: variables.image.endsWith(':latest')
validations:
  - id: latest
    forEach: containers(object)
    expression: "!variables.latest"
    messageExpression: "'container ' + item.name + ' uses ' + variables.image"
    fieldPathExpression: item.path + '.image'
`,
    );
    for (const [first, second] of [
      ['bad', 'good'],
      ['good', 'bad'],
    ] as const) {
      const image = { bad: 'nginx:latest', good: 'nginx:1.25' };
      const manifest = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: ${first}, image: "${image[first]}"}\n    - {name: ${second}, image: "${image[second]}"}\n`;
      const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/pod.yaml': manifest, 'rules/r.yaml': rule }), policies: ['rules'], noBuiltin: true });
      expect(r.findings.map((f) => f.message)).toEqual(['container bad uses nginx:latest']);
    }
  });

  it('refuses, at load, a variable that reads itself, a later variable, or one that does not exist', () => {
    const rule = (variables: string, expression = 'variables.a > 0') =>
      containerRule.replace('id: image-tag-pinned', 'id: var-order').replace(
        /validations:[\s\S]*/,
        `variables:\n${variables}validations:\n  - id: v\n    expression: ${expression}\n    message: m\n`,
      );
    const messages = (text: string) =>
      lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': text }), policies: ['rules'], noBuiltin: true })
        .findings.filter((f) => f.ruleId === 'rule-error')
        .map((f) => `${f.line} ${f.message}`);
    expect(messages(rule('  - name: a\n    expression: variables.b + 1\n  - name: b\n    expression: variables.a + 1\n'))).toEqual([
      '18 rule var-order: CEL: variables.b is defined after variable "a"; a variable may read only the variables before it, as in Kubernetes',
    ]);
    expect(messages(rule('  - name: a\n    expression: variables.a + 1\n'))).toEqual(['18 rule var-order: CEL: variable "a" reads itself']);
    expect(messages(rule('  - name: count\n    expression: "1"\n', 'variables.cuont > 0'))).toEqual([
      '21 rule var-order: CEL: no variable named "cuont"; did you mean count?',
    ]);
    // A computed name could reach any variable, itself included: Kubernetes has no such read either.
    expect(messages(rule("  - name: a\n    expression: \"variables[string('a')] + 1\"\n"))).toEqual([
      "18 rule var-order: CEL: read variables by name (variables.x or variables['x']), not by a computed key",
    ]);
  });

  it('reports a fieldPathExpression that returns no field path on the object, and keeps the finding at fieldPath', () => {
    const rule = containerRule.replace("fieldPathExpression: item.path + '.image'", "fieldPath: spec.template\n    fieldPathExpression: \"'spec.template[0'\"");
    const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule }), policies: ['rules'], noBuiltin: true });
    expect(r.findings.filter((f) => f.ruleId === 'image-tag-pinned').map((f) => f.fieldPath)).toEqual(['spec.template', 'spec.template']);
    const errors = r.findings.filter((f) => f.ruleId === 'rule-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/fieldPathExpression of "untagged" returned "spec\.template\[0", which is not a field path/);
  });

  it('falls back to message when messageExpression, fieldPathExpression or severityExpression fails, and reports why', () => {
    // Kubernetes falls back silently and logs; the rule author reads the reason as a rule-error.
    const rule = containerRule.replace(
      /    messageExpression:[\s\S]*/,
      `    message: image not pinned
    messageExpression: "'owner is ' + object.metadata.labels.owner"
    fieldPath: spec.template
    fieldPathExpression: "item.path + object.metadata.labels.owner"
    severityExpression: "'bogus'"
`,
    );
    const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule }), policies: ['rules'], noBuiltin: true });
    const finding = r.findings.find((f) => f.ruleId === 'image-tag-pinned')!;
    expect([finding.message, finding.fieldPath, finding.severity]).toEqual(['image not pinned', 'spec.template', 'warning']);
    expect(r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.message)).toEqual([
      'rule image-tag-pinned: messageExpression of "untagged" failed: No such key: labels',
      'rule image-tag-pinned: fieldPathExpression of "untagged" failed: No such key: labels',
      'rule image-tag-pinned: severityExpression of "untagged" returned "bogus"; expected "error", "warning" or "notice"',
    ]);
    // Each failure keeps its own fingerprint, so a baseline tells them apart.
    expect(new Set(r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.fingerprint)).size).toBe(3);
  });

  it('takes a blank messageExpression as the documented fallback to message, with no rule-error', () => {
    const rule = containerRule.replace(/    messageExpression:.*/, `    message: image not pinned\n    messageExpression: "''"`);
    const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule }), policies: ['rules'], noBuiltin: true });
    // Two containers (app, side) lack a pinned tag.
    expect(r.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual(['image-tag-pinned image not pinned', 'image-tag-pinned image not pinned']);
  });

  it('re-evaluates a variable whose function picks the nearest copy, when an object is defined twice', () => {
    const rule = containerRule.replace('id: image-tag-pinned', 'id: nearest-copy').replace(
      /match:[\s\S]*/,
      `match:
  kinds: [ConfigMap]
variables:
  - name: high
    expression: priorityClass('high')
validations:
  - id: show
    expression: "false"
    messageExpression: "'uses ' + ref(variables.high[0]) + ' value ' + string(variables.high[0].value)"
`,
    );
    const folder = (value: number) =>
      `apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: high}\nvalue: ${value}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: ns${value}}\n`;
    const dir = repo({ 'a/all.yaml': folder(1), 'b/all.yaml': folder(2), 'rules/r.yaml': rule });
    const r = lint({ paths: ['a', 'b'], cwd: dir, policies: ['rules'], noBuiltin: true });
    // Each ConfigMap sees the PriorityClass of its own folder (see model/copies.ts), not the first one cached.
    expect(r.findings.map((f) => `${f.file} ${f.message.replace(/ \(.*?\)/, '')}`)).toEqual([
      'a/all.yaml uses PriorityClass high value 1',
      'b/all.yaml uses PriorityClass high value 2',
    ]);
  });

  it('refuses a static message with a line break, as the apiserver does', () => {
    const rule = containerRule.replace(/messageExpression: .*\n/, 'message: |\n      two\n      lines\n');
    const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': deployment, 'rules/r.yaml': rule }), policies: ['rules'], noBuiltin: true });
    expect(r.findings.map((f) => `${f.ruleId} ${f.line} ${f.message}`)).toEqual([
      'rule-error 20 rule image-tag-pinned: message must not contain line breaks (fold a long YAML message with `>-`)',
    ]);
  });

  it('reports its progress through loading files and linting objects', () => {
    const dir = repo({ 'k8s/a.yaml': deployment, 'k8s/b.yaml': deployment.replace('name: web', 'name: api'), 'rules/image.yaml': containerRule });
    const seen: string[] = [];
    lint({ paths: ['k8s'], cwd: dir, policies: ['rules'], noBuiltin: true, onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(seen).toEqual(['loading 1/2', 'loading 2/2', 'linting 0/2']);
  });

  it('warns at the annotation when resilint.io/ignore names a rule that does not exist', () => {
    const annotated = deployment.replace('  name: web\n', "  name: web\n  annotations:\n    resilint.io/ignore: 'image-tag-pined, image-tag-pinned'\n");
    const r = lint({ paths: ['k8s'], cwd: repo({ 'k8s/web.yaml': annotated, 'rules/image.yaml': containerRule }), policies: ['rules'], noBuiltin: true });
    const warning = r.findings.find((f) => f.ruleId === 'suppression-error')!;
    expect(warning).toMatchObject({ severity: 'warning', line: 6, suppressed: false });
    expect(warning.message).toContain('unknown rule(s) image-tag-pined (did you mean image-tag-pinned?)');
    expect(r.findings.filter((f) => f.ruleId === 'image-tag-pinned').every((f) => f.suppressed)).toBe(true);
  });

  it('gives findings fingerprints that survive line shifts', () => {
    const dir1 = repo({ 'k8s/web.yaml': deployment, 'rules/image.yaml': containerRule });
    const dir2 = repo({ 'k8s/web.yaml': `# a new comment\n# another\n${deployment}`, 'rules/image.yaml': containerRule });
    const a = lint({ paths: ['k8s'], cwd: dir1, policies: ['rules'], noBuiltin: true }).findings;
    const b = lint({ paths: ['k8s'], cwd: dir2, policies: ['rules'], noBuiltin: true }).findings;
    expect(b.map((f) => f.line)).toEqual(a.map((f) => f.line + 2));
    expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
  });
});
