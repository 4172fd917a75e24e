import nodejieba from 'nodejieba';
import { z } from 'zod';
import type { Doc } from '../schema/document.js';
import { defineStage } from './types.js';

/** Options of the keywords stage. */
export const KeywordsOptions = z
  .object({
    topK: z.number().int().nonnegative().default(10),
  })
  .strict();

/** The keywords stage: the article's top-k words by jieba's TF-IDF, weights rounded so output is stable. */
export const keywordsStage = defineStage({
  name: 'keywords',
  options: KeywordsOptions,
  requires: ['segment'],
  create(options) {
    return {
      name: 'keywords',
      run(doc: Doc): Doc {
        const text = (doc.norm ?? []).map((n) => n.text).join('\n');
        if (options.topK === 0 || text.trim() === '') return { ...doc, keywords: [] };
        const keywords = nodejieba
          .extract(text, options.topK)
          .map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }))
          .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
        return { ...doc, keywords };
      },
    };
  },
});
