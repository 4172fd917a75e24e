import type { NerSentence } from './gold.js';

/** Train and held-out parts of one gold set. */
export interface Split {
  train: NerSentence[];
  test: NerSentence[];
}

/** PFR days held back from training (1998-01-29 to 31). */
export const PFR_HELD_OUT_DAYS = ['19980129', '19980130', '19980131'];

/**
 * The held-back splits used for measurement: every tenth MSRA sentence (index mod 10 = 9), PFR's last three
 * days, and every tenth CLUENER train line; deterministic, so that `npm run train:ner` and `npm run eval:held-out` agree.
 */
export function heldOutSplits(
  _gold: string,
  sets: { msra: NerSentence[]; pfr: NerSentence[]; cluener?: NerSentence[] },
): { msra: Split; pfr: Split; cluener: Split } {
  const msra: Split = { train: [], test: [] };
  sets.msra.forEach((s, i) => {
    (i % 10 === 9 ? msra.test : msra.train).push(s);
  });
  const pfr: Split = { train: [], test: [] };
  for (const s of sets.pfr) (PFR_HELD_OUT_DAYS.includes(s.id.slice(0, 8)) ? pfr.test : pfr.train).push(s);
  const cluener: Split = { train: [], test: [] };
  (sets.cluener ?? []).forEach((s, i) => {
    (i % 10 === 9 ? cluener.test : cluener.train).push(s);
  });
  return { msra, pfr, cluener };
}
