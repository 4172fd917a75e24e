// Evidence of a sentence pair: the k best sentences in which both entities occur, chosen by content alone.
import { ascending } from 'd3-array';

/** A sentence offered as evidence, one object shared by every pair it supports. */
export interface EvidenceSentence {
  article: string;
  date: string | null;
  block: number;
  sentence: number;
  text: string;
}

/** One evidence candidate of a pair: a shared sentence and the offsets of the pair's two entities in its text. */
export interface EvidenceEntry {
  s: EvidenceSentence;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Orders strings with null after every string, so that dated evidence is preferred. */
export function compareNullLast(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : ascending(a, b);
}

/**
 * Evidence order: shorter sentences first (they tend to state the link most directly), then the text itself; for one
 * text, its earliest occurrence (date, article id, position). Everything compared is content, never arrival order,
 * so the k best are the same however the articles are split and merged.
 */
export function compareEvidence(x: EvidenceEntry, y: EvidenceEntry): number {
  const s = x.s;
  const t = y.s;
  return (
    s.text.length - t.text.length ||
    ascending(s.text, t.text) ||
    compareNullLast(s.date, t.date) ||
    ascending(s.article, t.article) ||
    s.block - t.block ||
    s.sentence - t.sentence ||
    x.aStart - y.aStart ||
    x.aEnd - y.aEnd ||
    x.bStart - y.bStart ||
    x.bEnd - y.bEnd
  );
}

/** Keeps a candidate in `ev` (in evidence order, at most `k` long) if it is among the k best distinct sentences. */
export function keepEvidence(ev: EvidenceEntry[], c: EvidenceEntry, k: number): void {
  const text = c.s.text;
  const same = ev.findIndex((e) => e.s.text === text);
  if (same >= 0) {
    // One text is shown once, from its earliest occurrence; its rank among texts does not change.
    if (compareEvidence(c, ev[same] as EvidenceEntry) < 0) ev[same] = c;
    return;
  }
  if (ev.length >= k && compareEvidence(c, ev[k - 1] as EvidenceEntry) >= 0) return;
  if (ev.length >= k) ev.pop();
  let i = ev.length;
  while (i > 0 && compareEvidence(c, ev[i - 1] as EvidenceEntry) < 0) i--;
  ev.splice(i, 0, c);
}
