import { EdgeTable } from './edge-table.js';

/** A match of a dictionary form: its span in the searched text and the payload index of the form. */
export interface FormMatch {
  start: number;
  end: number;
  value: number;
}

/** Forms from which a trie keeps its root's children in a dense table. */
const DENSE_ROOT_FORMS = 4096;

const isWordUnit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

/**
 * A character trie over all dictionary forms, built once; longest-leftmost matching costs at most
 * the longest form's length per position, whatever the number of forms.
 */
export class FormTrie {
  /**
   * Children of the root by UTF-16 unit (0: none) for a large trie; a small one (an article's own names) keeps them
   * in the edge table with the rest, since a dense root is 256 kB to allocate and clear.
   */
  private readonly root: Int32Array | null;
  private readonly edges: EdgeTable;
  private values: Int32Array = new Int32Array(64).fill(-1);
  /** 1 for forms that are Latin words and must start and end at word boundaries. */
  private wordBound: Uint8Array = new Uint8Array(64);
  private nodes = 1;
  private formCount = 0;

  /** A trie for about `expectedForms` forms (a dense root past a few thousand). */
  constructor(expectedForms = DENSE_ROOT_FORMS) {
    this.root = expectedForms >= DENSE_ROOT_FORMS ? new Int32Array(0x10000) : null;
    this.edges = new EdgeTable(Math.min(expectedForms, DENSE_ROOT_FORMS) * 2);
  }

  private rootChild(code: number): number {
    return this.root !== null ? (this.root[code] as number) : this.edges.get(0, code);
  }

  /** Number of distinct forms in the trie. */
  get size(): number {
    return this.formCount;
  }

  /** Adds a form with its payload; a form added twice keeps the first payload. */
  add(form: string, value: number): void {
    if (form.length === 0) return;
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let next = node === 0 ? this.rootChild(code) : this.edges.get(node, code);
      if (next === 0) {
        next = this.nodes++;
        if (next >= this.values.length) this.grow();
        if (node === 0 && this.root !== null) this.root[code] = next;
        else this.edges.set(node, code, next);
      }
      node = next;
    }
    if (this.values[node] === -1) {
      this.values[node] = value;
      this.formCount++;
      let latin = true;
      for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) > 0x24f) latin = false;
      this.wordBound[node] =
        latin && isWordUnit(form.charCodeAt(0)) && isWordUnit(form.charCodeAt(form.length - 1)) ? 1 : 0;
    }
  }

  private grow(): void {
    const v = new Int32Array(this.values.length * 2).fill(-1);
    v.set(this.values);
    this.values = v;
    const w = new Uint8Array(this.wordBound.length * 2);
    w.set(this.wordBound);
    this.wordBound = w;
  }

  /** The longest form starting at `pos` in text[pos, limit), or null. */
  longestAt(text: string, pos: number, limit: number = text.length): FormMatch | null {
    if (pos >= limit) return null;
    let node = this.rootChild(text.charCodeAt(pos));
    let bestEnd = -1;
    let bestValue = -1;
    for (let i = pos; node !== 0; ) {
      const v = this.values[node] ?? -1;
      // A Latin word form counts only between word boundaries.
      if (
        v >= 0 &&
        !(
          this.wordBound[node] === 1 &&
          ((pos > 0 && isWordUnit(text.charCodeAt(pos - 1))) ||
            (i + 1 < text.length && isWordUnit(text.charCodeAt(i + 1))))
        )
      ) {
        bestEnd = i + 1;
        bestValue = v;
      }
      if (++i >= limit) break;
      node = this.edges.get(node, text.charCodeAt(i));
    }
    return bestEnd < 0 ? null : { start: pos, end: bestEnd, value: bestValue };
  }

  /** All longest-leftmost, non-overlapping matches in text[from, to). */
  matchAll(text: string, from = 0, to = text.length): FormMatch[] {
    const out: FormMatch[] = [];
    for (let i = from; i < to; ) {
      const m = this.longestAt(text, i, to);
      if (m === null) {
        i++;
      } else {
        out.push(m);
        i = m.end;
      }
    }
    return out;
  }
}
