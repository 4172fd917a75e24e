import { z } from 'zod';

/** One stage entry of a pipeline file: the stage name and its options. */
export const PipelineStage = z
  .object({
    name: z.string().min(1),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** How article reports are written: a JSON file each, or gzip-compressed NDJSON shards (for large runs). */
export const ReportLayout = z.enum(['files', 'ndjson.gz']);

/** How a run writes its outputs. */
export const OutputOptions = z
  .object({
    /** `files` (one JSON file an article) or `ndjson.gz` (shards of `shardSize` consecutive articles). */
    reports: ReportLayout.default('files'),
    /** Indented JSON for people; compact by default (reports are most of a run's bytes). */
    pretty: z.boolean().default(false),
    /** Articles per shard with `reports: ndjson.gz`. */
    shardSize: z.number().int().positive().default(1000),
    /** Write `<out>/guanxi.sqlite` (docs/database.md); false: write none, and remove an earlier run's. */
    db: z.boolean().default(true),
  })
  .strict();

/** A pipeline file: its name, extra dictionaries layered over the built-ins, and the ordered stages. */
export const PipelineFile = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    dictionaries: z.array(z.string()).default([]),
    limits: z
      .object({
        /** Files larger than this many bytes are skipped with a diagnostic. */
        maxBytes: z.number().int().positive().default(5_000_000),
        /** An article whose stages take longer than this many seconds is stopped with a diagnostic. */
        articleSeconds: z.number().positive().default(30),
      })
      .strict()
      .default({ maxBytes: 5_000_000, articleSeconds: 30 }),
    output: OutputOptions.default({ reports: 'files', pretty: false, shardSize: 1000, db: true }),
    stages: z.array(PipelineStage).min(1),
  })
  .strict();

export type PipelineFileT = z.infer<typeof PipelineFile>;
export type ReportLayoutT = z.infer<typeof ReportLayout>;
export type OutputOptionsT = z.infer<typeof OutputOptions>;
