/**
 * The edges of a character trie, (node, code) → child, in one open-addressing table of int32 triples: a lookup
 * allocates nothing and reads one cache line or two. (A Map keyed by `node * 65536 + code` holds heap numbers past
 * 2^30, hashes them, and was the dictionary matcher's hottest line; profiled over the 新闻联播 corpus.)
 */
export class EdgeTable {
  /** Entries of three int32s each — parent node (-1: empty), code, child — so one probe reads one cache line. */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, expected * 1.5)));
    this.table = new Int32Array(size * 3).fill(-1);
    this.mask = size - 1;
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask;
  }

  /** The child of `node` on `code`, or 0 (node 0 is a trie's root, never anyone's child). */
  get(node: number, code: number): number {
    const t = this.table;
    for (let h = this.slot(node, code); ; h = (h + 1) & this.mask) {
      const k = t[h * 3] as number;
      if (k === -1) return 0;
      if (k === node && t[h * 3 + 1] === code) return t[h * 3 + 2] as number;
    }
  }

  /** Adds the edge (node, code) → child, which must not be there yet. */
  set(node: number, code: number, child: number): void {
    // Kept at most two-thirds full, so probes stay short.
    if (++this.count * 3 > (this.mask + 1) * 2) this.grow();
    this.put(node, code, child);
  }

  private put(node: number, code: number, child: number): void {
    const t = this.table;
    let h = this.slot(node, code);
    while (t[h * 3] !== -1) h = (h + 1) & this.mask;
    t[h * 3] = node;
    t[h * 3 + 1] = code;
    t[h * 3 + 2] = child;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    this.mask = (this.mask << 1) | 1;
    for (let i = 0; i < old.length; i += 3)
      if (old[i] !== -1) this.put(old[i] as number, old[i + 1] as number, old[i + 2] as number);
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.table.byteLength;
  }
}
