// The answers of `guanxi serve`'s JSON API (docs/api.md), one zod schema per endpoint: the server's tests validate
// every answer against them and the web UI imports their types, so this file is the contract between the two.
import { z } from 'zod';

/** An error answer (400 bad parameter, 404 unknown id or path). */
export const ApiError = z.object({ error: z.string() });

/** A day, `YYYY-MM-DD`. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A period of a timeline: `YYYY-MM-DD` (day), `YYYY-Www` (ISO week) or `YYYY-MM` (month), in the run's time zone. */
export const Period = z.string();

/** Period length of a series. */
export const Granularity = z.enum(['day', 'week', 'month']);

/** Window kind of a co-occurrence count. */
export const WindowKind = z.enum(['sentence', 'block', 'article']);

/** Association measure partners and edges are ranked by. */
export const Measure = z.enum(['count', 'npmi', 'g2']);

/** An entity as lists show it: id, type (lowercase: person, country, place, organization, initiative …), names. */
export const EntityRef = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  /** English name from the built-in dictionaries, when the entity has one. */
  nameEn: z.string().optional(),
});

/** Mentions and articles of an entity (in the date range when one is given). */
export const EntityCounts = EntityRef.extend({ mentions: z.number().int(), articles: z.number().int() });

/** `GET /api/run`: what run this is. */
export const RunAnswer = z.object({
  /** The output folder's name (never its full path). */
  out: z.string(),
  pipeline: z.string(),
  pipelineHash: z.string(),
  dictionaryHash: z.string(),
  dictionaries: z.array(z.string()),
  timezone: z.string(),
  articles: z.number().int(),
  entities: z.number().int(),
  mentions: z.number().int(),
  /** First and last day of the dated articles (null when none is dated). */
  dateRange: z.object({ from: Day.nullable(), to: Day.nullable() }),
  guanxiVersion: z.string(),
  /** The input folders as `run.json` names them (relative as given on the command line), when it names them. */
  inputs: z.array(z.string()).optional(),
  /** Entity types present in the run, most mentioned first. */
  types: z.array(z.string()),
});

/** `GET /api/overview`. */
export const OverviewAnswer = z.object({
  volume: z.array(z.object({ period: Period, articles: z.number().int(), mentions: z.number().int() })),
  /** The 10 most mentioned entities of each type present, keyed by type. */
  top: z.record(z.string(), z.array(EntityCounts)),
  diagnostics: z.array(z.object({ code: z.string(), severity: z.string(), count: z.number().int() })),
  /** The 20 most frequent unresolved shorthands and the entities they could stand for. */
  unresolved: z.array(
    z.object({
      text: z.string(),
      count: z.number().int(),
      articles: z.number().int(),
      candidates: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

/** `GET /api/search`: matching entities, prefix matches first, then substrings, each by mentions. */
export const SearchAnswer = z.array(
  EntityCounts.extend({
    /** The name, alias, English name or id that matched. */
    matched: z.string(),
  }),
);

/** `GET /api/entities/:id`. */
export const EntityAnswer = EntityCounts.extend({
  aliases: z.array(z.string()),
  /** ISO code of the country its articles name most. */
  country: z.string().optional(),
  /** Its own ISO code (countries). */
  iso2: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  source: z.string(),
  /** Titles seen beside the entity's name, with the articles and the first and last dates they were seen. */
  roles: z.array(
    z.object({
      role: z.string(),
      articles: z.number().int(),
      first: z.string().nullable(),
      last: z.string().nullable(),
    }),
  ),
  focusArticles: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});

/** `GET /api/entities/:id/timeline`: every period of the corpus that has articles (in the range), zeros included. */
export const TimelineAnswer = z.object({
  granularity: Granularity,
  series: z.array(
    z.object({
      period: Period,
      mentions: z.number().int(),
      articles: z.number().int(),
      /** Articles of the whole corpus in the period (to normalise). */
      volumeArticles: z.number().int(),
    }),
  ),
});

/** One partner of an entity, with the pair's measures in the window kind asked for. */
export const Partner = EntityRef.extend({
  /** Windows holding both. */
  count: z.number().int(),
  /** Articles holding such a window. */
  articles: z.number().int(),
  npmi: z.number(),
  g2: z.number(),
});

/** `GET /api/entities/:id/partners`: kept pairs (the run's pairs.minCount and minArticles), by the measure. */
export const PartnersAnswer = z.array(Partner);

/** An article in a list. */
export const ArticleItem = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  /** Mentions of the entity in it (entity lists) or all its mentions (focus lists). */
  mentions: z.number().int(),
  /** Whether the article is about the entity (its focus). */
  focus: z.boolean(),
});

/** `GET /api/entities/:id/articles` and `GET /api/articles?focus=`: newest first. */
export const ArticlesAnswer = z.object({ total: z.number().int(), items: z.array(ArticleItem) });

/** A highlighted span of an evidence text (UTF-16 offsets into `text`). */
export const Span = z.object({ start: z.number().int(), end: z.number().int(), entity: z.string() });

/** `GET /api/evidence`: windows holding both entities, newest first. */
export const EvidenceAnswer = z.array(
  z.object({
    article: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    block: z.number().int(),
    /** The sentence's index (sentence windows), or null (block and article windows). */
    sentence: z.number().int().nullable(),
    text: z.string(),
    spans: z.array(Span),
  }),
);

/** A node of a network, laid out by ForceAtlas2 and coloured by its Louvain community. */
export const NetworkNode = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string(),
  x: z.number(),
  y: z.number(),
  /** Display size (3–20, by the square root of its mentions). */
  size: z.number(),
  community: z.number().int(),
  mentions: z.number().int(),
});

/** An edge: `weight` is the value of the measure asked for, `count` its windows. */
export const NetworkEdge = z.object({
  source: z.string(),
  target: z.string(),
  weight: z.number(),
  count: z.number().int(),
});

/** `GET /api/network/ego` and `GET /api/network/corpus`. */
export const NetworkAnswer = z.object({
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
  /** Whether nodes were left out to stay within maxNodes (corpus network). */
  truncated: z.boolean(),
});

/** `GET /api/compare`. */
export const CompareAnswer = z.object({
  granularity: Granularity,
  series: z.record(
    z.string(),
    z.array(z.object({ period: Period, mentions: z.number().int(), articles: z.number().int() })),
  ),
  /** Periods in which two of the entities share a sentence: `count` sentence windows holding both. */
  together: z.array(z.object({ a: z.string(), b: z.string(), period: Period, count: z.number().int() })),
});

/** `GET /api/articles/:id`: the article's text (its sentences, in their blocks) and what was found in it. */
export const ArticleAnswer = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  /** Path relative to the input folder (shown, never opened by the server). */
  path: z.string(),
  categories: z.array(z.string()),
  status: z.string(),
  /** Each block's text rebuilt from its sentences (gaps between them are spaces, so mention offsets hold). */
  blocks: z.array(z.object({ block: z.number().int(), text: z.string() })),
  mentions: z.array(
    z.object({
      block: z.number().int(),
      sentence: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      entity: z.string(),
      type: z.string(),
      name: z.string(),
      source: z.string(),
      confidence: z.number(),
      rule: z.string().optional(),
      roles: z.array(z.string()).optional(),
    }),
  ),
  unresolved: z.array(
    z.object({
      block: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      type: z.string(),
      candidates: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  focus: z.array(
    z.object({
      entity: z.string(),
      name: z.string(),
      rank: z.number().int(),
      score: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  /** Keywords with their TF-IDF weights. */
  keywords: z.array(z.tuple([z.string(), z.number()])),
  diagnostics: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string() })),
});

/** `GET /api/places`: entities with a point (lat/lon), for the map. */
export const PlacesAnswer = z.array(
  EntityCounts.extend({ lat: z.number(), lon: z.number(), focusArticles: z.number().int() }),
);

/** The type of {@link ApiError}. */
export type ApiErrorT = z.infer<typeof ApiError>;
/** The type of {@link RunAnswer}. */
export type RunAnswerT = z.infer<typeof RunAnswer>;
/** The type of {@link OverviewAnswer}. */
export type OverviewAnswerT = z.infer<typeof OverviewAnswer>;
/** The type of {@link SearchAnswer}. */
export type SearchAnswerT = z.infer<typeof SearchAnswer>;
/** The type of {@link EntityAnswer}. */
export type EntityAnswerT = z.infer<typeof EntityAnswer>;
/** The type of {@link TimelineAnswer}. */
export type TimelineAnswerT = z.infer<typeof TimelineAnswer>;
/** The type of {@link Partner}. */
export type PartnerT = z.infer<typeof Partner>;
/** The type of {@link PartnersAnswer}. */
export type PartnersAnswerT = z.infer<typeof PartnersAnswer>;
/** The type of {@link ArticleItem}. */
export type ArticleItemT = z.infer<typeof ArticleItem>;
/** The type of {@link ArticlesAnswer}. */
export type ArticlesAnswerT = z.infer<typeof ArticlesAnswer>;
/** The type of {@link EvidenceAnswer}. */
export type EvidenceAnswerT = z.infer<typeof EvidenceAnswer>;
/** The type of {@link NetworkNode}. */
export type NetworkNodeT = z.infer<typeof NetworkNode>;
/** The type of {@link NetworkEdge}. */
export type NetworkEdgeT = z.infer<typeof NetworkEdge>;
/** The type of {@link NetworkAnswer}. */
export type NetworkAnswerT = z.infer<typeof NetworkAnswer>;
/** The type of {@link CompareAnswer}. */
export type CompareAnswerT = z.infer<typeof CompareAnswer>;
/** The type of {@link ArticleAnswer}. */
export type ArticleAnswerT = z.infer<typeof ArticleAnswer>;
/** The type of {@link PlacesAnswer}. */
export type PlacesAnswerT = z.infer<typeof PlacesAnswer>;
/** The type of {@link Granularity}. */
export type GranularityT = z.infer<typeof Granularity>;
/** The type of {@link WindowKind}. */
export type WindowKindT = z.infer<typeof WindowKind>;
/** The type of {@link Measure}. */
export type MeasureT = z.infer<typeof Measure>;
