/** Scenario parameters as given on the command line (`zone-outage:zone=us-east-1a,duration=30m`). */
import { SimulationInputError } from '../errors.js';
import { durationSeconds } from '../units.js';

export type RawParams = Record<string, string>;

export class ParamReader {
  readonly used: Record<string, string | number> = {};
  constructor(
    private readonly scenario: string,
    private readonly raw: RawParams,
    known: readonly string[],
  ) {
    for (const key of Object.keys(raw)) {
      if (!known.includes(key)) this.fail(`unknown parameter "${key}" (known: ${known.join(', ')})`);
    }
  }

  private fail(detail: string): never {
    throw new SimulationInputError('--scenario', 1, `${this.scenario}: ${detail}`);
  }

  seconds(key: string, fallback: number): number {
    const text = this.raw[key];
    const value = text === undefined ? fallback : durationSeconds(text);
    if (value === undefined) this.fail(`${key}=${text} is not a duration (use 300, 300s, 5m, 1h)`);
    this.used[key] = value;
    return value;
  }

  number(key: string, fallback: number, min: number, max: number): number {
    const text = this.raw[key];
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value < min || value > max) this.fail(`${key}=${text} must be a number from ${min} to ${max}`);
    this.used[key] = value;
    return value;
  }

  choice<T extends string>(key: string, fallback: T, options: readonly T[]): T {
    const value = (this.raw[key] ?? fallback) as T;
    if (!options.includes(value)) this.fail(`${key}=${value} must be one of ${options.join(', ')}`);
    this.used[key] = value;
    return value;
  }

  text(key: string): string | undefined {
    const value = this.raw[key];
    if (value !== undefined) this.used[key] = value;
    return value;
  }
}
