// A least-recently-used cache of answer bodies bounded in bytes: the database is read-only, so an answer stays true
// for the server's life and the entity page's repeated requests cost a map lookup.

/** An LRU map bounded by the total weight of its values (by default a string's length). */
export class LruCache<V = string> {
  private readonly map = new Map<string, V>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly weigh: (value: V) => number = (v) => String(v).length,
  ) {}

  /** The value of `key` (made the most recent), or undefined. */
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  /** Stores `value` under `key`, dropping the least recent entries beyond the bound (a value above it is not kept). */
  set(key: string, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      this.bytes -= this.weigh(old);
    }
    const weight = this.weigh(value);
    if (weight > this.maxBytes) return;
    this.map.set(key, value);
    this.bytes += weight;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= this.weigh(v);
    }
  }

  /** Entries held. */
  get size(): number {
    return this.map.size;
  }
}
