import type { NerSpanT, NerTypeT } from './gold.js';

/** Counts and measures for one entity type (or the micro average). */
export interface PRF {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 per type and micro-averaged. */
export interface NerScore {
  types: Record<NerTypeT, PRF>;
  micro: PRF;
  sentences: number;
}

function prf(gold: number, predicted: number, correct: number): PRF {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

const TYPES: readonly NerTypeT[] = ['PER', 'LOC', 'ORG'];

/** Scores predicted spans against gold, sentence by sentence: a span counts only with exact start, end and type. */
export function scoreNer(
  gold: ReadonlyArray<readonly NerSpanT[]>,
  predicted: ReadonlyArray<readonly NerSpanT[]>,
): NerScore {
  if (gold.length !== predicted.length)
    throw new Error(`scoreNer: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = Object.fromEntries(TYPES.map((t) => [t, { g: 0, p: 0, c: 0 }])) as Record<
    NerTypeT,
    { g: number; p: number; c: number }
  >;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? [];
    const p = predicted[i] ?? [];
    const keys = new Set(g.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g) counts[s.type].g++;
    const seen = new Set<string>();
    for (const s of p) {
      const k = `${s.start}:${s.end}:${s.type}`;
      // A span predicted twice counts once.
      if (seen.has(k)) continue;
      seen.add(k);
      counts[s.type].p++;
      if (keys.has(k)) counts[s.type].c++;
    }
  }
  const types = Object.fromEntries(TYPES.map((t) => [t, prf(counts[t].g, counts[t].p, counts[t].c)])) as Record<
    NerTypeT,
    PRF
  >;
  let g = 0;
  let p = 0;
  let c = 0;
  for (const t of TYPES) {
    g += counts[t].g;
    p += counts[t].p;
    c += counts[t].c;
  }
  return { types, micro: prf(g, p, c), sentences: gold.length };
}

/** Word segmentation precision, recall, F1 and recall of words outside the training vocabulary. */
export interface SegScore extends PRF {
  oovGold: number;
  oovCorrect: number;
  oovRecall: number | null;
  sentences: number;
}

/** Character spans [start, end) of a sentence's words. */
function wordSpans(words: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let at = 0;
  for (const w of words) {
    out.push([at, at + w.length, w]);
    at += w.length;
  }
  return out;
}

/** Scores segmentations sentence by sentence (a word counts when both its edges match); OOV recall needs a vocabulary. */
export function scoreSeg(
  gold: ReadonlyArray<readonly string[]>,
  predicted: ReadonlyArray<readonly string[]>,
  vocabulary?: ReadonlySet<string>,
): SegScore {
  if (gold.length !== predicted.length)
    throw new Error(`scoreSeg: ${gold.length} gold sentences but ${predicted.length} predicted`);
  let g = 0;
  let p = 0;
  let c = 0;
  let oovGold = 0;
  let oovCorrect = 0;
  for (let i = 0; i < gold.length; i++) {
    const gw = wordSpans(gold[i] ?? []);
    const pw = wordSpans(predicted[i] ?? []);
    const gText = (gold[i] ?? []).join('');
    const pText = (predicted[i] ?? []).join('');
    if (gText !== pText)
      throw new Error(
        `scoreSeg: sentence ${i + 1} differs from the gold text ("${pText.slice(0, 20)}" vs "${gText.slice(0, 20)}")`,
      );
    const predicted_ = new Set(pw.map(([s, e]) => s * 100003 + e));
    g += gw.length;
    p += pw.length;
    for (const [s, e, w] of gw) {
      const hit = predicted_.has(s * 100003 + e);
      if (hit) c++;
      if (vocabulary !== undefined && !vocabulary.has(w)) {
        oovGold++;
        if (hit) oovCorrect++;
      }
    }
  }
  return {
    ...prf(g, p, c),
    oovGold,
    oovCorrect,
    oovRecall: vocabulary === undefined || oovGold === 0 ? null : oovCorrect / oovGold,
    sentences: gold.length,
  };
}
