import { z } from 'zod';
import { Block, Diagnostic, FocusEntry, Meta, MentionSource, Window } from './document.js';

/** Version of the report formats; bumped on incompatible change. */
export const REPORT_VERSION = 3;

/** How an article fared: processed cleanly, processed with warnings, or not processed. */
export const ArticleStatus = z.enum(['ok', 'warnings', 'failed']);

const index = z.number().int().nonnegative();

/** What a mention records beyond its place, when there is something: the rule that found it, the roles beside it. */
export const MentionExtra = z
  .object({
    rule: z.string().optional(),
    roles: z.array(z.string()).optional(),
  })
  .strict();

/**
 * One mention inside an article report's entity, as a tuple: [block, sentence, start, end, source, confidence] and,
 * when there is any, {rule, roles}. Its text is `blocks[block].text.slice(start, end)`; `guanxi show` prints it
 * spelled out. A tuple, not an object: mentions are most of a report, and their keys were most of their bytes.
 */
export const ReportMention = z.union([
  z.tuple([index, index, index, index, MentionSource, z.number().min(0).max(1)]),
  z.tuple([index, index, index, index, MentionSource, z.number().min(0).max(1), MentionExtra]),
]);

/** An entity mentioned in an article, with all its mentions (their number is how often it is mentioned). */
export const ReportEntity = z
  .object({
    /** `<type>:<key>`: the entity's type is the id's prefix. */
    id: z.string(),
    /** The canonical name; absent for a name no dictionary holds (`person:~钱卓远`: the name follows the `~`). */
    name: z.string().optional(),
    iso2: z.string().optional(),
    country: z.string().optional(),
    /** The roles its mentions stood beside (absent: none). */
    roles: z.array(z.string()).optional(),
    mentions: z.array(ReportMention).min(1),
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

/**
 * The per-article report written to `<out>/articles/<id>.json` (or as one line of a shard). Nothing in it is there
 * twice: counts that are lengths, mention texts that are slices of a block, an entity's source (a dictionary's when
 * its id has no `~`, else its best mention's) and its pairs (from its mentions' windows) are left to the reader;
 * `guanxi show` prints them spelled out (docs/outputs.md).
 */
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
        tokens: z.number().int().nonnegative(),
      })
      .strict(),
    blocks: z.array(Block),
    /** Sentences as [block, start, end]. */
    sentences: z.array(z.tuple([index, index, index])),
    entities: z.array(ReportEntity),
    unresolved: z.array(UnresolvedMention),
    /**
     * The window kinds in which pairs were counted, and the windows left out for holding too many entities ([kind,
     * index]): with the mentions, all a reader needs to count the article's pairs (`guanxi show` prints them).
     */
    windows: z
      .object({
        counted: z.array(Window),
        skipped: z.array(z.tuple([Window, index])),
      })
      .strict(),
    /** Keywords as [word, weight], heaviest first. */
    keywords: z.array(z.tuple([z.string(), z.number()])),
    /**
     * What the article is about (the focus stage; absent when the pipeline has none): `[id, rank, score,
     * ...reasons]`, best first.
     */
    focus: z.array(FocusEntry).optional(),
    diagnostics: z.array(Diagnostic),
  })
  .strict();

export type ArticleReportT = z.infer<typeof ArticleReport>;
export type ArticleStatusT = z.infer<typeof ArticleStatus>;
export type ReportEntityT = z.infer<typeof ReportEntity>;
export type ReportMentionT = z.infer<typeof ReportMention>;
