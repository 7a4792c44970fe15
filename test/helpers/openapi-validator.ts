import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

type Schema = Record<string, any>;

/**
 * Validates request bodies against GitHub's published OpenAPI description (`@octokit/openapi`),
 * so the end-to-end test checks what we send against GitHub's contract, not our own assumptions.
 * OpenAPI 3.0 schemas are almost JSON Schema: `$ref`s into `components` are inlined here, and
 * Ajv understands `nullable`. On top of the schema we also reject properties the description does
 * not name: GitHub ignores unknown fields silently, which would hide a misspelt `start_line`.
 */
export class GitHubOpenApi {
  private readonly spec: Schema;
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, { validate: ValidateFunction; schema: Schema }>();
  private readonly templates: { method: string; pattern: RegExp; template: string }[] = [];

  constructor() {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@octokit/openapi/package.json'));
    this.spec = JSON.parse(readFileSync(path.join(dir, 'generated', 'api.github.com.json'), 'utf8'));
    for (const [template, item] of Object.entries<Schema>(this.spec.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const method of Object.keys(item)) this.templates.push({ method: method.toUpperCase(), pattern, template });
    }
  }

  /** The operation GitHub documents for a request, e.g. `pulls/create-review`. */
  operation(method: string, pathname: string): { operationId: string; template: string } | undefined {
    const match = this.templates.find((t) => t.method === method && t.pattern.test(pathname));
    if (!match) return undefined;
    return { operationId: this.spec.paths[match.template][method.toLowerCase()].operationId, template: match.template };
  }

  /** Problems with a request body (empty when it conforms). */
  validateBody(method: string, pathname: string, body: unknown): string[] {
    const op = this.operation(method, pathname);
    if (!op) return [`${method} ${pathname} is not in GitHub's REST API description`];
    const key = `${method} ${op.template}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      const requestBody = this.spec.paths[op.template][method.toLowerCase()].requestBody;
      const raw = requestBody?.content?.['application/json']?.schema;
      if (!raw) return body === undefined ? [] : [`${op.operationId} takes no request body`];
      const schema = this.inline(raw, 0);
      entry = { validate: this.ajv.compile(schema), schema };
      this.compiled.set(key, entry);
    }
    const problems: string[] = [];
    if (!entry.validate(body)) {
      for (const e of entry.validate.errors ?? []) problems.push(`${op.operationId}: ${e.instancePath || '(body)'} ${e.message}`);
    }
    problems.push(...undocumentedProperties(entry.schema, body, '').map((p) => `${op.operationId}: ${p} is not in GitHub's description`));
    return problems;
  }

  private inline(schema: unknown, depth: number): Schema {
    if (depth > 20 || schema === null || typeof schema !== 'object') return schema as Schema;
    if (Array.isArray(schema)) return schema.map((s) => this.inline(s, depth + 1)) as unknown as Schema;
    const ref = (schema as Schema).$ref;
    if (typeof ref === 'string') {
      const target = ref.replace(/^#\//, '').split('/').reduce<any>((node, part) => node?.[part], this.spec);
      return this.inline(target, depth + 1);
    }
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, this.inline(v, depth + 1)]));
  }
}

function undocumentedProperties(schema: Schema, value: unknown, at: string): string[] {
  if (!schema || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return schema.items ? value.flatMap((v, i) => undocumentedProperties(schema.items, v, `${at}[${i}]`)) : [];
  if (!schema.properties) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k in schema.properties ? undocumentedProperties(schema.properties[k], v, `${at}.${k}`) : [`${at}.${k}`],
  );
}
