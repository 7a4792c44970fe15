/**
 * The Kubernetes URL CEL library (k8s.io/apiserver `library.URLs`, Kubernetes 1.24+): `url()`,
 * `isURL()` and the `kubernetes.URL` getters.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { celError } from './runtime-values.js';
import { KubernetesURL, URLParseError } from './url.js';

export const URL_TYPE = 'kubernetes.URL';

function parseOrThrow(text: string): KubernetesURL {
  try {
    return KubernetesURL.parse(text);
  } catch (error) {
    if (error instanceof URLParseError) throw celError(error.message);
    throw error;
  }
}

export function registerUrlLibrary(env: Environment): void {
  const u = URL_TYPE;
  env.registerType(u, KubernetesURL);
  env.registerOperator(`${u} == ${u}`, (a: KubernetesURL, b: KubernetesURL) => a.equals(b));
  env.registerFunction(`url(string): ${u}`, parseOrThrow);
  env.registerFunction('isURL(string): bool', (text: string) => KubernetesURL.isValid(text));
  env.registerFunction(`${u}.getScheme(): string`, (a: KubernetesURL) => a.scheme);
  env.registerFunction(`${u}.getHost(): string`, (a: KubernetesURL) => a.host);
  env.registerFunction(`${u}.getHostname(): string`, (a: KubernetesURL) => a.hostname);
  env.registerFunction(`${u}.getPort(): string`, (a: KubernetesURL) => a.port);
  env.registerFunction(`${u}.getEscapedPath(): string`, (a: KubernetesURL) => a.escapedPath);
  env.registerFunction(`${u}.getQuery(): map<string, list<string>>`, (a: KubernetesURL) => a.query);
}
