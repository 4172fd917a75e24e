// The order of a run: articles are processed ahead, in parallel, and finished strictly in input order.

/** A result that a feeder delivers and the consumer waits for. */
interface Slot<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (err: unknown) => void;
}

/** Options of an {@link OrderedWindow}. */
export interface WindowOptions<T> {
  /** Indices of the items to work on, ascending (the consumer takes the others from elsewhere). */
  todo: readonly number[];
  /** How far (in items) the feeders may go ahead of the consumer. */
  window: number;
  /** How many feeders take items at once. */
  feeders: number;
  work: (i: number) => Promise<T>;
  /**
   * Whether `work` runs in this thread, up to a pending write: then a feeder yields before each item, and goes on to
   * the next while the last one's promise is pending.
   */
  inThisThread: boolean;
}

/**
 * Feeders take the items to work on from one queue, never more than a bounded window ahead of the consumer, which
 * takes every result strictly in order: memory stays flat and what the consumer makes is the same whatever the number
 * of feeders. The window should be wide, so that one slow item does not leave the other feeders idle.
 */
export class OrderedWindow<T> {
  private readonly results = new Map<number, Slot<T>>();
  private readonly waiting: Array<() => void> = [];
  /** Work done in this thread whose promise is still pending (see {@link WindowOptions.inThisThread}). */
  private readonly pending = new Set<Promise<T>>();
  private readonly running: Array<Promise<void>>;
  private next = 0;
  /** How many items the consumer is done with. */
  private consumedCount = 0;
  private stopping = false;

  constructor(private readonly o: WindowOptions<T>) {
    this.running = Array.from({ length: o.feeders }, () => this.feed());
  }

  private slot(i: number): Slot<T> {
    let r = this.results.get(i);
    if (r === undefined) {
      let resolve!: (value: T) => void;
      let reject!: (err: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A result the consumer never takes (the run stopped first) must not be an unhandled rejection.
      promise.catch(() => undefined);
      r = { promise, resolve, reject };
      this.results.set(i, r);
    }
    return r;
  }

  private wake(): void {
    for (const w of this.waiting.splice(0)) w();
  }

  /** The next item for a feeder, once it is within the window; null when there is none or the window stops. */
  private async take(): Promise<number | null> {
    for (;;) {
      const i = this.o.todo[this.next];
      if (this.stopping || i === undefined) return null;
      if (i - this.consumedCount < this.o.window) {
        this.next++;
        return i;
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  private async feed(): Promise<void> {
    for (let i = await this.take(); i !== null; i = await this.take()) {
      const s = this.slot(i);
      if (!this.o.inThisThread) {
        await this.o.work(i).then(s.resolve, s.reject);
        continue;
      }
      // Pool results and the consumer run before this thread takes on an item of its own.
      await new Promise((r) => setImmediate(r));
      const p = this.o.work(i);
      this.pending.add(p);
      p.then(s.resolve, s.reject).finally(() => this.pending.delete(p));
    }
  }

  /** The result of item `i` (one of `todo`), once its work is done; the error of its work if it failed. */
  async result(i: number): Promise<T> {
    const value = await this.slot(i).promise;
    this.results.delete(i);
    return value;
  }

  /** Tells the feeders that the consumer is done with every item up to `i`, so that the window moves on. */
  consumed(i: number): void {
    this.consumedCount = i + 1;
    this.wake();
  }

  /** Lets the feeders take no more items, and waits for them and for the work still pending in this thread. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await Promise.allSettled(this.running);
    await Promise.allSettled([...this.pending]);
  }
}

/** Polls a run's stop request between articles, yielding to the event loop now and then so that signal handlers can make one. */
export class StopCheck {
  private lastYield = performance.now();

  constructor(private readonly shouldStop: (() => boolean) | undefined) {}

  /** Whether the run should stop now. */
  async requested(): Promise<boolean> {
    if (performance.now() - this.lastYield > 50) {
      await new Promise((r) => setImmediate(r));
      this.lastYield = performance.now();
    }
    return this.shouldStop?.() === true;
  }
}
