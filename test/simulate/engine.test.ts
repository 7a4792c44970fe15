import { describe, expect, it } from 'vitest';
import { EventLoop } from '../../src/simulate/engine.js';

/** Runs the loop and returns the labels in the order their events ran. */
function order(schedule: (loop: EventLoop, log: (label: string) => () => void) => void, until = Number.MAX_SAFE_INTEGER): string[] {
  const loop = new EventLoop();
  const ran: string[] = [];
  schedule(loop, (label) => () => ran.push(`${label}@${loop.now}`));
  loop.runUntil(until);
  return ran;
}

describe('EventLoop', () => {
  it('runs events by time, and events at the same time in the order they were scheduled', () => {
    const ran = order((loop, log) => {
      loop.at(50, log('a'));
      loop.at(10, log('b'));
      loop.at(50, log('c'));
      loop.at(30, log('d'));
      loop.at(10, log('e'));
    });
    expect(ran).toEqual(['b@10', 'e@10', 'd@30', 'a@50', 'c@50']);
  });

  it('interleaves in-order and out-of-order schedules exactly like one priority queue', () => {
    // A deterministic pseudo-random mix of times, with many ties, scheduled partly from inside running events.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const expected: Array<{ at: number; seq: number; label: string }> = [];
    const ran = order((loop, log) => {
      let seq = 0;
      const schedule = (at: number) => {
        const label = `e${seq}`;
        expected.push({ at: Math.max(at, loop.now), seq: seq++, label });
        loop.at(at, () => {
          log(label)();
          if (seq < 400) for (let k = 0; k < 2; k++) schedule(loop.now + Math.floor(random() * 4) * 5);
        });
      };
      for (let i = 0; i < 20; i++) schedule(Math.floor(random() * 10) * 10);
    });
    // Every event runs once, at its time, sorted by (time, scheduling order): the loop's documented contract.
    const sorted = [...expected].sort((a, b) => a.at - b.at || a.seq - b.seq).map((e) => `${e.label}@${e.at}`);
    expect(ran).toEqual(sorted);
    expect(ran.length).toBeGreaterThanOrEqual(400);
  });

  it('never runs an event before the current time and stops at `until`', () => {
    const loop = new EventLoop();
    const ran: string[] = [];
    loop.at(100, () => {
      loop.at(20, () => ran.push(`late@${loop.now}`));
      loop.after(500, () => ran.push(`next@${loop.now}`));
    });
    loop.runUntil(300);
    expect(ran).toEqual(['late@100']);
    expect(loop.now).toBe(300);
    expect(loop.pending).toBe(1);
    expect(loop.executed).toBe(2);
    loop.runUntil(1000);
    expect(ran).toEqual(['late@100', 'next@600']);
    expect(loop.lastEventAt).toBe(600);
    expect(loop.pending).toBe(0);
  });

  it('keeps the order across a long run of in-order events with out-of-order ones in between', () => {
    // Thousands of in-order events (like the initial readiness timers) with earlier ones scheduled while they wait.
    const ran = order((loop, log) => {
      for (let i = 0; i < 3000; i++) loop.at(1000 + i, log(`t${i}`));
      loop.at(1500, () => {
        loop.at(1500, log('tie'));
        loop.at(1600, log('mid'));
      });
    });
    expect(ran.indexOf('tie@1500')).toBe(ran.indexOf('t500@1500') + 1);
    expect(ran.indexOf('mid@1600')).toBe(ran.indexOf('t600@1600') + 1);
    expect(ran).toHaveLength(3002);
    expect(ran[ran.length - 1]).toBe('t2999@3999');
  });
});
