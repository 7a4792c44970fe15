/**
 * The Kubernetes format CEL library beyond the upstream vectors: apimachinery's validation
 * messages (k8s.io/apimachinery pkg/util/validation) and kube-openapi strfmt's CRD formats, as
 * k8s.io/apiserver pkg/cel/library/format.go wires them.
 */
import { describe, expect, it } from 'vitest';
import { Optional } from '@marcbachmann/cel-js';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn');
const run = (expr: string, object: unknown = {}) => env.evaluate(expr, { object });
const errors = (expr: string): unknown => (run(expr) as Optional).orValue(null as never);

describe('format.<name>().validate()', () => {
  it('reports length and dots for DNS labels like apimachinery', () => {
    expect(errors(`format.dns1123Label().validate("${'a'.repeat(64)}")`)).toEqual(['must be no more than 63 characters']);
    expect(errors('format.dns1123Label().validate("a.b")')).toEqual(['must not contain dots']);
    expect(errors('format.dns1035Label().validate("1abc")')).toHaveLength(1);
    expect(run('format.dns1123Subdomain().validate(object.metadata.name).hasValue()', { metadata: { name: 'web.prod' } })).toBe(false);
  });

  it('checks both parts of a qualified name', () => {
    expect(errors('format.qualifiedName().validate("/name")')).toEqual(['prefix part must be non-empty']);
    expect(errors('format.qualifiedName().validate("example.com/")')).toEqual([
      'name part must be non-empty',
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    expect(errors('format.qualifiedName().validate("a/b/c")')).toEqual([expect.stringMatching(/^a qualified name must consist .* \(e\.g\. 'example\.com\/MyName'\)$/)]);
    expect(run('format.qualifiedName().validate("Example.COM/x")').hasValue()).toBe(true);
  });

  it('accepts a trailing dash for the *Prefix formats (generateName)', () => {
    expect(run('format.dns1123LabelPrefix().validate("web-")').hasValue()).toBe(false);
    expect(run('format.dns1123Label().validate("web-")').hasValue()).toBe(true);
    expect(run('format.dns1035LabelPrefix().validate("1a-")').hasValue()).toBe(true);
    // Upstream replaces the last two characters with "a", so "1-" is checked as "a".
    expect(run('format.dns1035LabelPrefix().validate("1-")').hasValue()).toBe(false);
  });

  it('validates the CRD formats like kube-openapi strfmt', () => {
    expect(errors('format.uri().validate("relative/path")')).toEqual(['parse "relative/path": invalid URI for request']);
    expect(run('format.uuid().validate("123E4567E89B12D3A456426614174000").hasValue()')).toBe(false);
    expect(errors('format.uuid().validate("123e4567")')).toEqual(['does not match the UUID format']);
    expect(run('format.date().validate("2024-02-29").hasValue()')).toBe(false);
    expect(errors('format.date().validate("2023-02-29")')).toEqual(['invalid date']);
    expect(run('format.datetime().validate("2024-01-01T23:59:59.5+01:00").hasValue()')).toBe(false);
    expect(errors('format.datetime().validate("2024-01-01T24:00:00Z")')).toEqual(['invalid datetime']);
    expect(errors('format.byte().validate("")')).toEqual(['invalid base64']);
  });

  it('makes messageExpression-style joins possible', () => {
    expect(run('format.labelValue().validate(object.v).orValue([]).join("; ")', { v: 'ok' })).toBe('');
  });
});

describe('optional equality', () => {
  it('compares optionals as CEL does', () => {
    expect(run('optional.of(1) == optional.of(1)')).toBe(true);
    expect(run('optional.of(1) != optional.none()')).toBe(true);
    expect(run('format.named("uuid") == optional.of(format.uuid())')).toBe(true);
    expect(run('format.named("nope") == optional.none()')).toBe(true);
  });
});
