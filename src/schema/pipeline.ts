import { z } from 'zod';

/** One stage entry of a pipeline file: the stage name and its options. */
export const PipelineStage = z
  .object({
    name: z.string().min(1),
    options: z.record(z.string(), z.unknown()).default({}),
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
    stages: z.array(PipelineStage).min(1),
  })
  .strict();

export type PipelineFileT = z.infer<typeof PipelineFile>;
