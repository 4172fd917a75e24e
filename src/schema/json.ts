import { z } from 'zod';
import { DictFile } from './dictionary.js';
import { PipelineFile } from './pipeline.js';
import { AggregateLine, MentionLine } from './aggregate.js';
import { ArticleReport } from './report.js';
import { CorpusReport, RunInfo } from './corpus.js';

/** JSON Schemas generated from the zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, title: string, io: 'input' | 'output'): unknown => ({
    title,
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }),
  });
  return {
    'article.schema.json': gen(ArticleReport, 'guanxi article report', 'output'),
    'corpus.schema.json': gen(CorpusReport, 'guanxi corpus report', 'output'),
    'run.schema.json': gen(RunInfo, 'guanxi run information', 'output'),
    // NDJSON files: the schema of one line.
    'mention-line.schema.json': gen(MentionLine, 'guanxi mentions.ndjson line', 'output'),
    'aggregate-line.schema.json': gen(AggregateLine, 'guanxi aggregate.ndjson line', 'output'),
    // Input schemas: what a user may write (defaults optional).
    'dictionary.schema.json': gen(DictFile, 'guanxi dictionary file', 'input'),
    'pipeline.schema.json': gen(PipelineFile, 'guanxi pipeline file', 'input'),
  };
}
