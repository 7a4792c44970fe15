import type { Environment } from '@marcbachmann/cel-js';
import type { ContextHolder } from './cel-functions.js';

/** CEL functions about Karpenter NodePools and the EC2 instance-type catalog. */
export function registerKarpenterFunctions(_env: Environment, _holder: ContextHolder): void {}
