// The co-occurring pairs of a corpus aggregate: (window, a, b) → count and articles.

/**
 * Pairs in typed columns with a hand-made open-addressing index, kept over a Map of objects because it is measured
 * faster and keeps a corpus's million pairs out of the garbage collector's way. Entities are named by their `idx`.
 */
export class PairTable {
  size = 0;
  window = new Uint8Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  count = new Float64Array(1024);
  articles = new Float64Array(1024);
  /** Row + 1 for each occupied slot, 0 for a free one; a power of two, at most half full. */
  private slots = new Int32Array(2048);

  private slotOf(w: number, a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ (b + (w << 28));
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const mask = this.slots.length - 1;
    let s = h & mask;
    for (;;) {
      const r = this.slots[s] as number;
      if (r === 0 || (this.a[r - 1] === a && this.b[r - 1] === b && this.window[r - 1] === w)) return s;
      s = (s + 1) & mask;
    }
  }

  /** The row of a pair, or -1. */
  find(w: number, a: number, b: number): number {
    return (this.slots[this.slotOf(w, a, b)] as number) - 1;
  }

  /** The row of a pair, added with zero counts if new. */
  upsert(w: number, a: number, b: number): number {
    const s = this.slotOf(w, a, b);
    const r = this.slots[s] as number;
    if (r !== 0) return r - 1;
    const row = this.size++;
    if (row === this.a.length) this.grow();
    this.window[row] = w;
    this.a[row] = a;
    this.b[row] = b;
    this.slots[s] = row + 1;
    if (2 * this.size > this.slots.length) this.rehash();
    return row;
  }

  private grow(): void {
    const n = this.a.length * 2;
    const w = new Uint8Array(n);
    w.set(this.window);
    const a = new Int32Array(n);
    a.set(this.a);
    const b = new Int32Array(n);
    b.set(this.b);
    const c = new Float64Array(n);
    c.set(this.count);
    const x = new Float64Array(n);
    x.set(this.articles);
    [this.window, this.a, this.b, this.count, this.articles] = [w, a, b, c, x];
  }

  /** Doubles the index and re-inserts every row. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let r = 0; r < this.size; r++)
      this.slots[this.slotOf(this.window[r] as number, this.a[r] as number, this.b[r] as number)] = r + 1;
  }
}
