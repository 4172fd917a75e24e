import { z } from 'zod';
import { Diagnostic, MentionSource, Window } from './document.js';

/**
 * Version of the corpus report format (3: focus articles and focus timelines, coordinates; 2: association measures,
 * evidence, timelines by day, week and month).
 */
export const CORPUS_VERSION = 3;

const count = z.number().int().nonnegative();

/** A number for each window kind. */
export const WindowCounts = z.object({ sentence: count, block: count, article: count }).strict();

/**
 * Options of the report stage. The article report has none; these shape the corpus report and its exports (which
 * pairs are kept, how long the lists are), so a merge of runs needs the same options in every run.
 */
export const ReportOptions = z
  .object({
    /** Pairs below these counts are left out of corpus.json, edges.csv and network.gexf (aggregate.ndjson keeps all). */
    pairs: z
      .object({
        minCount: z.number().int().positive().default(5),
        minArticles: z.number().int().positive().default(2),
      })
      .strict()
      .prefault({}),
    /** The top co-occurring entities listed with each entity. */
    top: z
      .object({
        k: z.number().int().nonnegative().max(1000).default(10),
        window: Window.default('sentence'),
        by: z.enum(['g2', 'npmi', 'count']).default('g2'),
      })
      .strict()
      .prefault({}),
    /** Evidence sentences kept per pair (shortest distinct sentences first). */
    evidence: z.number().int().nonnegative().max(100).default(3),
    /** The window kind whose pairs become the edges of network.gexf. */
    network: z
      .object({ window: Window.default('sentence') })
      .strict()
      .prefault({}),
  })
  .strict();

/** One sentence in which both entities of a pair appear; offsets are UTF-16 units into `text`. */
export const Evidence = z
  .object({
    article: z.string(),
    date: z.string().nullable(),
    block: count,
    sentence: count,
    text: z.string(),
    aStart: count,
    aEnd: count,
    bStart: count,
    bEnd: count,
  })
  .strict();

/** A co-occurring entity in an entity's top list. */
export const TopPartner = z
  .object({ id: z.string(), name: z.string(), count: z.number().int().positive(), npmi: z.number(), g2: z.number() })
  .strict();

/** What the corpus table and the aggregate both say of an entity (in this key order). */
export const entityCore = {
  id: z.string(),
  type: z.string(),
  name: z.string(),
  iso2: z.string().optional(),
  source: MentionSource,
  mentions: count,
  articles: count,
};

/** A country's or place's point (from its dictionary entry), where it has one: WGS 84 degrees and its GeoNames id. */
export const entityPoint = {
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  geonames: z.number().int().positive().optional(),
};

/** One row of the corpus entity table. */
export const CorpusEntity = z
  .object({
    ...entityCore,
    /** Articles whose focus holds the entity (docs/outputs.md, "Focus"). */
    focusArticles: count,
    ...entityPoint,
    /** Windows of each kind holding the entity (article windows = articles). */
    windows: WindowCounts,
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    categories: z.array(z.object({ category: z.string(), mentions: count, articles: count }).strict()),
    top: z.array(TopPartner),
  })
  .strict();

/** One row of the corpus pair table: a pair in one window kind, with its association measures. */
export const CorpusPair = z
  .object({
    a: z.string(),
    b: z.string(),
    window: Window,
    count: z.number().int().positive(),
    articles: z.number().int().positive(),
    expected: z.number(),
    pmi: z.number(),
    npmi: z.number(),
    jaccard: z.number(),
    dice: z.number(),
    g2: z.number(),
    p: z.number(),
    evidence: z.array(Evidence),
  })
  .strict();

const periodCounts = z.record(z.string(), z.number().int().positive());
const volumeCounts = z.record(z.string(), z.object({ articles: count, mentions: count }).strict());

/** What corpus.json and the aggregate header both say of the run (in this key order); a merge needs them equal but for `articles`. */
export const runCore = {
  pipeline: z.string(),
  pipelineHash: z.string(),
  dictionaryHash: z.string(),
  dictionaries: z.array(z.string()),
  timezone: z.string(),
  options: ReportOptions,
  articles: z.object({ total: count, ok: count, warnings: count, failed: count }).strict(),
};

/** The corpus report written to `<out>/corpus.json`; deterministic for the same input, and the same after a merge. */
export const CorpusReport = z
  .object({
    version: z.literal(CORPUS_VERSION),
    run: z
      .object({
        ...runCore,
        entities: count,
        mentions: count,
        windows: WindowCounts,
        pairs: z
          .object({
            sentence: z.object({ distinct: count, kept: count }).strict(),
            block: z.object({ distinct: count, kept: count }).strict(),
            article: z.object({ distinct: count, kept: count }).strict(),
          })
          .strict(),
      })
      .strict(),
    volume: z.object({ day: volumeCounts, week: volumeCounts, month: volumeCounts }).strict(),
    categories: z.array(z.object({ category: z.string(), articles: count, mentions: count }).strict()),
    entities: z.array(CorpusEntity),
    timeline: z.array(
      z.object({ entity: z.string(), day: periodCounts, week: periodCounts, month: periodCounts }).strict(),
    ),
    /** Per entity in some article's focus (same order as `entities`): focus articles by day, ISO week and month. */
    focusTimeline: z.array(
      z.object({ entity: z.string(), day: periodCounts, week: periodCounts, month: periodCounts }).strict(),
    ),
    pairs: z.array(CorpusPair),
    diagnostics: z.array(
      z.object({ file: z.string(), article: z.string().nullable(), diagnostics: z.array(Diagnostic) }).strict(),
    ),
  })
  .strict();

/** Timings and other facts that vary between runs, kept out of the deterministic reports. */
export const RunInfo = z
  .object({
    startedAt: z.string(),
    finishedAt: z.string(),
    seconds: z.number(),
    peakRssMB: z.number(),
    /** CPU time of the whole process since it started, all threads, user and system: over `seconds`, the cores used. */
    cpuSeconds: z.number().nonnegative().optional(),
    inputs: z.array(z.string()),
    out: z.string(),
    articles: z.number().int(),
    characters: z.number().int(),
    stageSeconds: z.record(z.string(), z.number()),
    workers: z.number().int().positive(),
    cache: z.object({ hits: z.number().int().nonnegative(), misses: z.number().int().nonnegative() }).strict(),
    /** Set by `guanxi merge`: the output folders it merged (then `inputs` are the runs' inputs, in order). */
    merged: z.array(z.string()).optional(),
  })
  .strict();

export type WindowCountsT = z.infer<typeof WindowCounts>;
export type ReportOptionsT = z.infer<typeof ReportOptions>;
export type EvidenceT = z.infer<typeof Evidence>;
export type CorpusEntityT = z.infer<typeof CorpusEntity>;
export type CorpusPairT = z.infer<typeof CorpusPair>;
export type CorpusReportT = z.infer<typeof CorpusReport>;
export type RunInfoT = z.infer<typeof RunInfo>;
