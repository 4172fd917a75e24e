import type { Doc } from '../schema/doc.js';
import { buildArticleReport } from './report-builder.js';
import { ReportOptions } from '../schema/corpus.js';
import { defineStage } from './types.js';

/** Options of the report stage (defined with the corpus schemas, which record them). */
export { ReportOptions } from '../schema/corpus.js';
export type { ReportOptionsT } from '../schema/corpus.js';

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
