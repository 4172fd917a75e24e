import { z } from 'zod';
import { Block, Diagnostic, Meta, MentionSource, Window } from './document.js';

/** Version of the report formats; bumped on incompatible change. */
export const REPORT_VERSION = 2;

/** How an article fared: processed cleanly, processed with warnings, or not processed. */
export const ArticleStatus = z.enum(['ok', 'warnings', 'failed']);

/** One mention inside an article report's entity. */
export const ReportMention = z
  .object({
    block: z.number().int().nonnegative(),
    sentence: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    source: MentionSource,
    rule: z.string().optional(),
    confidence: z.number().min(0).max(1),
    roles: z.array(z.string()).optional(),
  })
  .strict();

/** An entity mentioned in an article, with all its mentions. */
export const ReportEntity = z
  .object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    iso2: z.string().optional(),
    country: z.string().optional(),
    source: MentionSource,
    count: z.number().int().positive(),
    roles: z.array(z.string()),
    mentions: z.array(ReportMention),
  })
  .strict();

/** A shorthand the article's context could not resolve, with its candidate entities. */
export const UnresolvedMention = z
  .object({
    text: z.string(),
    type: z.string(),
    block: z.number().int().nonnegative(),
    sentence: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    rule: z.string().optional(),
    candidates: z.array(z.string()),
  })
  .strict();

/** Co-occurrence of two entities in one window kind. */
export const ReportPair = z
  .object({
    a: z.string(),
    b: z.string(),
    window: Window,
    count: z.number().int().positive(),
  })
  .strict();

/** The per-article report written to `<out>/articles/<id>.json`. */
export const ArticleReport = z
  .object({
    version: z.literal(REPORT_VERSION),
    id: z.string(),
    status: ArticleStatus,
    source: z
      .object({
        path: z.string(),
        bytes: z.number().int().nonnegative(),
        sha256: z.string(),
        format: z.enum(['markdown', 'html']),
        encoding: z.string(),
        script: z.enum(['simplified', 'traditional']),
      })
      .strict(),
    meta: Meta,
    stats: z
      .object({
        characters: z.number().int().nonnegative(),
        blocks: z.number().int().nonnegative(),
        sentences: z.number().int().nonnegative(),
        tokens: z.number().int().nonnegative(),
        mentions: z.number().int().nonnegative(),
      })
      .strict(),
    blocks: z.array(Block),
    sentences: z.array(
      z
        .object({
          block: z.number().int().nonnegative(),
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
        })
        .strict(),
    ),
    entities: z.array(ReportEntity),
    unresolved: z.array(UnresolvedMention),
    cooccurrences: z.array(ReportPair),
    keywords: z.array(z.object({ word: z.string(), weight: z.number() }).strict()),
    diagnostics: z.array(Diagnostic),
  })
  .strict();

export type ArticleReportT = z.infer<typeof ArticleReport>;
export type ArticleStatusT = z.infer<typeof ArticleStatus>;
export type ReportEntityT = z.infer<typeof ReportEntity>;
