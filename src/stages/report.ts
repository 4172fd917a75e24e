import { z } from 'zod';
import type { Doc } from '../schema/document.js';
import { buildArticleReport } from '../reports/article.js';
import { defineStage } from './types.js';

/** Options of the report stage. */
export const ReportOptions = z.object({}).strict();

/** The report stage: the article report, validated by its zod schema. */
export const reportStage = defineStage({
  name: 'report',
  options: ReportOptions,
  requires: ['extract'],
  create(_options, ctx) {
    return {
      name: 'report',
      run(doc: Doc): Doc {
        return { ...doc, report: buildArticleReport(doc, ctx.dictionaries) };
      },
    };
  },
});
