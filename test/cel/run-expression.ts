/** Compiling and running one expression in the Kubernetes CEL environment, as the CEL tests do. */
import { compileExpression } from '../../src/cel/compile.js';
import { createKubernetesEnvironment } from '../../src/cel/environment.js';

/** The Kubernetes environment with `object` as a `dyn` variable. */
export const env = createKubernetesEnvironment().clone().registerVariable('object', 'dyn');

export function compile(expression: string) {
  return compileExpression(env, expression);
}

/** The expression's value with `object` bound; a compile error is thrown with its message. */
export function run(expression: string, object: unknown = {}): unknown {
  const compiled = compile(expression);
  if (!compiled.ok) throw new Error(`compile: ${compiled.error.message}`);
  return compiled.program.evaluate({ object });
}
