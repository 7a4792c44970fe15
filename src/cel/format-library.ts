/**
 * The Kubernetes format CEL library (k8s.io/apiserver `library.Format`, Kubernetes 1.31+):
 * `format.named(name)` (an optional format), `format.<name>()` for each named format, and
 * `<format>.validate(string)`, which is `optional.none()` for a valid string and otherwise the
 * list of error messages, e.g. for a `messageExpression`.
 */
import { Optional, type Environment } from '@marcbachmann/cel-js';
import { NAMED_FORMATS } from './formats.js';
import { registerNamespace } from './namespace.js';

export const FORMAT_TYPE = 'kubernetes.NamedFormat';

/** One named format; instances are singletons, so equality is identity. */
export class NamedFormat {
  constructor(
    readonly name: string,
    readonly validate: (value: string) => string[],
  ) {}

  toString(): string {
    return `format.${this.name}()`;
  }
}

const FORMATS = new Map(Object.entries(NAMED_FORMATS).map(([name, validate]) => [name, new NamedFormat(name, validate)]));

export function registerFormatLibrary(env: Environment): void {
  const f = FORMAT_TYPE;
  env.registerType(f, NamedFormat);
  env.registerOperator(`${f} == ${f}`, (a: NamedFormat, b: NamedFormat) => a === b);
  env.registerFunction(`${f}.validate(string): optional<list<string>>`, (format: NamedFormat, value: string) => {
    const errors = format.validate(value);
    return errors.length === 0 ? Optional.none() : Optional.of(errors);
  });
  const ns = registerNamespace(env, 'format');
  env.registerFunction(`${ns}.named(string): optional<${f}>`, (_: unknown, name: string) => {
    const format = FORMATS.get(name);
    return format ? Optional.of(format) : Optional.none();
  });
  for (const [name, format] of FORMATS) env.registerFunction(`${ns}.${name}(): ${f}`, () => format);
}
