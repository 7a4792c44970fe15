/** Input the simulator cannot use (a trace naming unknown nodes, a cluster file that does not parse, impossible
 * parameters). It names the file and line so the CLI can print it next to the lint report. */
export class SimulationInputError extends Error {
  override readonly name = 'SimulationInputError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}
