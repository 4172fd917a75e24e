import { z } from 'zod';
import type { Cooccurrence, Doc, MentionT } from '../schema/document.js';
import { defineStage } from './types.js';

/** The window kinds in which co-occurrence is counted. */
export const WINDOWS = ['sentence', 'block', 'article'] as const;

/** Options of the cooccur stage. */
export const CooccurOptions = z
  .object({
    windows: z.array(z.enum(WINDOWS)).min(1).default([...WINDOWS]),
  })
  .strict();

/** Counts, per window kind, the windows in which each pair of distinct entities appears together. */
export function cooccurrences(mentions: readonly MentionT[], windows: readonly (typeof WINDOWS)[number][]): Cooccurrence[] {
  const out: Cooccurrence[] = [];
  for (const window of WINDOWS) {
    if (!windows.includes(window)) continue;
    const groups = new Map<number, Set<string>>();
    for (const m of mentions) {
      if (m.entity === null) continue;
      const key = window === 'sentence' ? m.sentence : window === 'block' ? m.block : 0;
      let g = groups.get(key);
      if (g === undefined) groups.set(key, (g = new Set()));
      g.add(m.entity);
    }
    const counts = new Map<string, number>();
    for (const g of groups.values()) {
      const ids = [...g].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    for (const key of [...counts.keys()].sort()) {
      const [a, b] = key.split('\u0000') as [string, string];
      out.push({ a, b, window, count: counts.get(key) ?? 0 });
    }
  }
  return out;
}

/** The cooccur stage: pairs of distinct canonical entities in the same sentence, block and article. */
export const cooccurStage = defineStage({
  name: 'cooccur',
  options: CooccurOptions,
  requires: ['tag'],
  create(options) {
    return {
      name: 'cooccur',
      run(doc: Doc): Doc {
        return { ...doc, cooccurrences: cooccurrences(doc.mentions ?? [], options.windows) };
      },
    };
  },
});
