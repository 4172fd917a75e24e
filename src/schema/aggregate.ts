import { z } from 'zod';
import { Diagnostic, MentionSource, Window } from './document.js';
import { WindowCounts, entityCore, entityPoint, runCore } from './corpus.js';

/**
 * Version of the aggregate file format written beside the corpus report for `guanxi merge` (3: each entity's focus
 * articles by day and its coordinates; 2: evidence sentences in a table of their own, pairs as rows of entity
 * indexes; version 1 repeated each sentence for every pair it supports).
 */
export const AGGREGATE_VERSION = 3;

const count = z.number().int().nonnegative();

/** One line of `<out>/mentions.ndjson`: a resolved mention, ready to load into a database. */
export const MentionLine = z
  .object({
    article: z.string(),
    date: z.string().nullable(),
    entity: z.string(),
    type: z.string(),
    block: count,
    sentence: count,
    start: count,
    end: count,
    text: z.string(),
    source: MentionSource,
    rule: z.string().optional(),
    confidence: z.number().min(0).max(1),
  })
  .strict();

const pairOfCounts = z.tuple([count, count]);

/** First line of an aggregate file: what the run was, and the corpus-wide totals. */
export const AggregateHeader = z
  .object({
    t: z.literal('header'),
    format: z.literal('guanxi-aggregate'),
    version: z.literal(AGGREGATE_VERSION),
    ...runCore,
    mentions: count,
    characters: count,
    windows: WindowCounts,
    /** Day (in `timezone`) → [articles, mentions]. */
    days: z.record(z.string(), pairOfCounts),
    /** Category → [articles, mentions]. */
    categories: z.record(z.string(), pairOfCounts),
  })
  .strict();

/** A chunk of the article ids of the run, in input order (a merge renames colliding ids as one run would). */
export const AggregateIds = z.object({ t: z.literal('ids'), ids: z.array(z.string()) }).strict();

/** One entity of the aggregate, with its per-day and per-category counts. */
export const AggregateEntity = z
  .object({
    t: z.literal('entity'),
    ...entityCore,
    sentences: count,
    blocks: count,
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    /** Day (in the header's `timezone`) → mentions. */
    days: z.record(z.string(), count),
    /** Category → [mentions, articles]. */
    categories: z.record(z.string(), pairOfCounts),
    /** Articles whose focus holds the entity. */
    focusArticles: count,
    /** Day → articles whose focus holds the entity. */
    focusDays: z.record(z.string(), count),
    ...entityPoint,
  })
  .strict();

/**
 * A chunk of the evidence sentence table: each row `[article, date, block, sentence, text]` is one sentence (indexes
 * into its article report) that pair rows name by its position in the table (counted over all chunks, from 0).
 */
export const AggregateSentences = z
  .object({
    t: z.literal('sentences'),
    rows: z.array(z.tuple([z.string(), z.string().nullable(), count, count, z.string()])),
  })
  .strict();

/** One evidence candidate of a pair row: `[sentence, aStart, aEnd, bStart, bEnd]`, the sentence a table index, offsets into its text. */
export const AggregateEvidence = z.tuple([count, count, count, count, count]);

/**
 * A chunk of the pairs of one window kind, unfiltered: each row `[a, b, count, articles]` names its entities by their
 * position among the file's entity lines (counted from 0; `a` < `b`); sentence rows with evidence candidates carry
 * them as a fifth element (the best `options.evidence`, in evidence order).
 */
export const AggregatePairs = z
  .object({
    t: z.literal('pairs'),
    window: Window,
    rows: z.array(
      z.union([
        z.tuple([count, count, z.number().int().positive(), z.number().int().positive()]),
        z.tuple([
          count,
          count,
          z.number().int().positive(),
          z.number().int().positive(),
          z.array(AggregateEvidence).min(1),
        ]),
      ]),
    ),
  })
  .strict();

/** The diagnostics of one article (or of input discovery, with a null article). */
export const AggregateDiagnostics = z
  .object({
    t: z.literal('diagnostics'),
    file: z.string(),
    article: z.string().nullable(),
    diagnostics: z.array(Diagnostic),
  })
  .strict();

/** Last line of an aggregate file: how many ids, entities, sentences, pairs and diagnostics came before, so a truncated file is refused. */
export const AggregateEnd = z
  .object({ t: z.literal('end'), ids: count, entities: count, sentences: count, pairs: count, diagnostics: count })
  .strict();

/** One line of `<out>/aggregate.ndjson`. */
export const AggregateLine = z.discriminatedUnion('t', [
  AggregateHeader,
  AggregateIds,
  AggregateEntity,
  AggregateSentences,
  AggregatePairs,
  AggregateDiagnostics,
  AggregateEnd,
]);

/**
 * What one article adds to the corpus aggregate, computed where the article was processed (a worker) and kept in the
 * run's cache, so that the main thread never parses an article report: the counts, the entities (with the windows
 * holding each), the pairs, and the sentences that can serve as evidence.
 */
export const ArticleContribution = z
  .object({
    id: z.string(),
    /** The article's `source.path`, named by its diagnostics in corpus.json. */
    file: z.string(),
    status: z.enum(['ok', 'warnings', 'failed']),
    characters: count,
    blocks: count,
    sentences: count,
    date: z.string().nullable(),
    categories: z.array(z.string()),
    diagnostics: z.array(Diagnostic),
    /** `[id, type, name, iso2 or null, source, mentions, sentences, blocks]`, in report order. */
    entities: z.array(
      z.tuple([z.string(), z.string(), z.string(), z.string().nullable(), MentionSource, count, count, count]),
    ),
    /**
     * `[window (0 sentence, 1 block), a, b, count]`, a and b indexes into `entities` (a's id < b's id). Pairs of the
     * article window are not listed (they would be most of the contribution): see `articlePairs`.
     */
    pairs: z.array(z.tuple([z.number().int().min(0).max(1), count, count, z.number().int().positive()])),
    /** Whether every two of `entities` co-occur once in the article window (false: not counted, or too many entities). */
    articlePairs: z.boolean(),
    /**
     * The article's focus, `[id, type, name, iso2 or null]` each (an entity the article names, or its home country
     * found by cue words alone), in focus order.
     */
    focus: z.array(z.tuple([z.string(), z.string(), z.string(), z.string().nullable()])),
    /**
     * Sentences holding two or more entities (only when the article has sentence pairs): `[block, sentence, text,
     * members]`, members a flat list of `entity, start, end` triples (the first mention of each entity in the
     * sentence, offsets into `text`), by entity id.
     */
    evidence: z.array(z.tuple([count, count, z.string(), z.array(count)])),
  })
  .strict();

export type MentionLineT = z.infer<typeof MentionLine>;
export type AggregateHeaderT = z.infer<typeof AggregateHeader>;
export type AggregateEntityT = z.infer<typeof AggregateEntity>;
export type AggregateSentencesT = z.infer<typeof AggregateSentences>;
export type AggregatePairsT = z.infer<typeof AggregatePairs>;
export type AggregateEvidenceT = z.infer<typeof AggregateEvidence>;
export type ArticleContributionT = z.infer<typeof ArticleContribution>;
export type AggregateDiagnosticsT = z.infer<typeof AggregateDiagnostics>;
export type AggregateEndT = z.infer<typeof AggregateEnd>;
export type AggregateIdsT = z.infer<typeof AggregateIds>;
export type AggregateLineT = z.infer<typeof AggregateLine>;
