import { UsageError } from '../errors.js';
import type { CliIO } from './main.js';

/** `resilint simulate`: wired to src/simulate once the simulator lands. */
export async function runSimulateCommand(_argv: string[], _io: CliIO): Promise<number> {
  throw new UsageError('the simulator is not available in this build');
}
