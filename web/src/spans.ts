// Cutting a text at highlighted spans (UTF-16 offsets), for evidence sentences and article blocks.

/** A span of a text with an index naming it. */
export interface Spanned {
  i: number;
  start: number;
  end: number;
}

/** A text cut at its spans: plain pieces and highlighted ones (overlapping spans are left out). */
export function cutSpans<S extends { start: number; end: number }>(
  text: string,
  spans: readonly S[],
): Array<{ text: string; span: S | null }> {
  const pieces: Array<{ text: string; span: S | null }> = [];
  let at = 0;
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), span: null });
    pieces.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), span: null });
  return pieces;
}

/** A stretch of a block between two span boundaries: plain, or inside a mark (the innermost) and maybe an outer one. */
export interface Segment<M extends Spanned> {
  start: number;
  end: number;
  mark: M | null;
  outer: M | null;
  /** Whether this is the first segment of its mark (the one the keyboard stops at). */
  first: boolean;
}

/** Cuts a block at every mark boundary; nested mentions (中国 inside 一个中国原则) split their outer one. */
export function segments<M extends Spanned>(length: number, marks: readonly M[]): Array<Segment<M>> {
  const cuts = new Set([0, length]);
  for (const m of marks) if (m.start >= 0 && m.end <= length && m.end > m.start) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const seen = new Set<number>();
  const out: Array<Segment<M>> = [];
  for (let k = 1; k < points.length; k++) {
    const start = points[k - 1] as number;
    const end = points[k] as number;
    const covering = marks
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const mark = covering[0] ?? null;
    const first = mark !== null && !seen.has(mark.i);
    if (mark !== null) seen.add(mark.i);
    out.push({ start, end, mark, outer: covering[1] ?? null, first });
  }
  return out;
}
