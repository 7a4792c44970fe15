/** `string()` of durations and timestamps and the other conversions cel-js lacks, in cel-go's formats. */
import { describe, expect, it } from 'vitest';
import { run } from './run-expression.js';

describe('string(duration)', () => {
  it('writes seconds as the shortest decimal followed by s, as cel-go does', () => {
    expect(run("string(duration('90s'))")).toBe('90s');
    expect(run("string(duration('1m30s'))")).toBe('90s');
    expect(run("string(duration('1000000s'))")).toBe('1000000s');
    expect(run("string(duration('1.5s'))")).toBe('1.5s');
    expect(run("string(duration('-250ms'))")).toBe('-0.25s');
    expect(run("string(duration('1ns'))")).toBe('0.000000001s');
    expect(run("string(duration('0s'))")).toBe('0s');
  });

  it('builds rule messages', () => {
    expect(run("'grace period ' + string(duration(object.grace))", { grace: '2m' })).toBe('grace period 120s');
  });
});

describe('string(timestamp)', () => {
  it('writes RFC 3339 in UTC without a zero fraction', () => {
    expect(run("string(timestamp('2009-02-13T23:31:30Z'))")).toBe('2009-02-13T23:31:30Z');
    expect(run("string(timestamp('2009-02-13T23:31:30.120Z'))")).toBe('2009-02-13T23:31:30.12Z');
    expect(run("string(timestamp('2009-02-14T01:31:30+02:00'))")).toBe('2009-02-13T23:31:30Z');
  });
});

describe('other conversions', () => {
  it('int(timestamp) is seconds since the epoch', () => {
    expect(run("int(timestamp('2009-02-13T23:31:30Z'))")).toBe(1234567890n);
    expect(run("int(timestamp('1969-12-31T23:59:59.5Z'))")).toBe(-1n);
  });

  it('duration(duration) and timestamp(timestamp) are identities', () => {
    expect(run("duration(duration('100s')) == duration('100s')")).toBe(true);
    expect(run('timestamp(timestamp(1000000000)) == timestamp(1000000000)')).toBe(true);
  });
});
