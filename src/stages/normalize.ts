import { z } from 'zod';
import type { Doc } from '../schema/doc.js';
import { isTraditional, normalizeText } from '../core/text.js';
import { defineStage } from './types.js';

/** Options of the normalize stage. */
export const NormalizeOptions = z
  .object({
    /** Traditional-Chinese articles are matched through a conversion to simplified (offsets stay in the original). */
    traditional: z.enum(['auto', 'off']).default('auto'),
  })
  .strict();

/** The normalize stage: a matching form with an offset map for every block. */
export const normalizeStage = defineStage({
  name: 'normalize',
  options: NormalizeOptions,
  requires: ['extract'],
  create(options, ctx) {
    const table = options.traditional === 'auto' ? ctx.resources.traditionalChars() : null;
    return {
      name: 'normalize',
      run(doc: Doc): Doc {
        if (table !== null && isTraditional(doc.blocks.map((b) => b.text).join('\n'), table)) {
          const convert = ctx.resources.toSimplified();
          return {
            ...doc,
            source: { ...doc.source, script: 'traditional' },
            norm: doc.blocks.map((b) => normalizeText(b.text, convert)),
          };
        }
        return { ...doc, norm: doc.blocks.map((b) => normalizeText(b.text)) };
      },
    };
  },
});
