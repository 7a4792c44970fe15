/**
 * The discrete-event loop: events run in virtual time (milliseconds), ordered by time and then by the order they
 * were scheduled, so two runs over the same inputs take exactly the same path.
 */

interface QueuedEvent {
  at: number;
  seq: number;
  run: () => void;
}

export class EventLoop {
  now = 0;
  /** Events executed so far (the bench reports events per second). */
  executed = 0;
  /** Time of the last event that ran. */
  lastEventAt = 0;
  private seq = 0;
  private heap: QueuedEvent[] = [];

  /** Runs `run` at `at` (never before now). */
  at(at: number, run: () => void): void {
    this.push({ at: Math.max(at, this.now), seq: this.seq++, run });
  }

  after(delayMs: number, run: () => void): void {
    this.at(this.now + delayMs, run);
  }

  get pending(): number {
    return this.heap.length;
  }

  /** Runs events until the queue is empty or the next one lies after `until`; the clock ends at `until`. */
  runUntil(until: number): void {
    while (this.heap.length > 0 && this.heap[0]!.at <= until) {
      const event = this.pop();
      this.now = event.at;
      this.lastEventAt = event.at;
      this.executed++;
      event.run();
    }
    this.now = Math.max(this.now, until);
  }

  private before(a: QueuedEvent, b: QueuedEvent): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(event: QueuedEvent): void {
    const heap = this.heap;
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): QueuedEvent {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && this.before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
}
