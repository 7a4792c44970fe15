/**
 * The discrete-event loop: events run in virtual time (milliseconds), ordered by time and then by the order they
 * were scheduled, so two runs over the same inputs take exactly the same path.
 *
 * Most events are scheduled no earlier than the one scheduled before them (the initial placement's readiness
 * timers, a drain's polls), so they wait in a FIFO lane in O(1), and only out-of-order events go to a binary heap.
 * Both lanes are sorted by (time, sequence), and the loop always runs the smaller of the two heads, so the order is
 * exactly that of a single priority queue.
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
  /** Events in (time, sequence) order from `fifoHead` on; each was scheduled no earlier than the one before it. */
  private fifo: QueuedEvent[] = [];
  private fifoHead = 0;

  /** Runs `run` at `at` (never before now). */
  at(at: number, run: () => void): void {
    const event = { at: Math.max(at, this.now), seq: this.seq++, run };
    const fifo = this.fifo;
    // A later sequence number breaks a tie in time, so an event at the FIFO tail's time or later belongs behind it.
    if (this.fifoHead === fifo.length || event.at >= fifo[fifo.length - 1]!.at) fifo.push(event);
    else this.push(event);
  }

  after(delayMs: number, run: () => void): void {
    this.at(this.now + delayMs, run);
  }

  get pending(): number {
    return this.heap.length + this.fifo.length - this.fifoHead;
  }

  /** Runs events until the queue is empty or the next one lies after `until`; the clock ends at `until`. */
  runUntil(until: number): void {
    for (;;) {
      const event = this.next();
      if (event === undefined || event.at > until) break;
      this.take(event);
      this.now = event.at;
      this.lastEventAt = event.at;
      this.executed++;
      event.run();
    }
    this.now = Math.max(this.now, until);
  }

  /** The earliest queued event (the smaller of the two lane heads), left in place. */
  private next(): QueuedEvent | undefined {
    const fromFifo = this.fifoHead < this.fifo.length ? this.fifo[this.fifoHead] : undefined;
    const fromHeap = this.heap.length > 0 ? this.heap[0] : undefined;
    if (fromFifo === undefined) return fromHeap;
    if (fromHeap === undefined) return fromFifo;
    return this.before(fromHeap, fromFifo) ? fromHeap : fromFifo;
  }

  /** Removes `event`, which next() just returned, from its lane. */
  private take(event: QueuedEvent): void {
    if (this.fifoHead < this.fifo.length && this.fifo[this.fifoHead] === event) {
      this.fifo[this.fifoHead++] = undefined as unknown as QueuedEvent;
      if (this.fifoHead === this.fifo.length) {
        this.fifo.length = 0;
        this.fifoHead = 0;
      } else if (this.fifoHead >= 1024 && this.fifoHead * 2 >= this.fifo.length) {
        // Drop the consumed front so the lane's memory stays proportional to what is queued.
        this.fifo = this.fifo.slice(this.fifoHead);
        this.fifoHead = 0;
      }
      return;
    }
    this.pop();
  }

  private before(a: QueuedEvent, b: QueuedEvent): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  // Both sifts move a hole instead of swapping pairs: a destructuring swap allocates an array per step, and the
  // queue holds one event per pod while the initial placement's readiness timers are pending (80,000 at 4,000 nodes).
  private push(event: QueuedEvent): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.before(event, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = event;
  }

  private pop(): QueuedEvent {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let m = l;
        if (r < n && this.before(heap[r]!, heap[l]!)) m = r;
        if (!this.before(heap[m]!, last)) break;
        heap[i] = heap[m]!;
        i = m;
      }
      heap[i] = last;
    }
    return top;
  }
}
