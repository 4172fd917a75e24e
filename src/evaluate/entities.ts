// `guanxi eval entities`: the pipeline's mentions of people, countries, places, organizations and initiatives
// scored against paragraphs annotated by the modern-news guide (gold/modern-news/), exact span and type, with the
// ISO code for countries, and how often a matched mention links to the gold canonical entity.
import { prf } from './prf.js';
import type { PRF } from './prf.js';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createParagraphTagger } from '../article/recognizer.js';
import { ConfigError } from '../core/errors.js';
import type { Pipeline } from '../pipeline.js';
import type { DictionarySet } from '../schema/dictionary.js';
import type { MentionT } from '../schema/document.js';
import { derivedName } from '../core/entity-id.js';

/** The entity types of the modern-news guide. */
export const GuideType = z.enum(['PER', 'COUNTRY', 'LOC', 'ORG', 'INITIATIVE']);
/** One of the guide's entity types. */
export type GuideTypeT = z.infer<typeof GuideType>;

/** The guide's type of each built-in entity type (other types, such as events, are not scored). */
export const GUIDE_TYPE_OF: Readonly<Record<string, GuideTypeT>> = {
  person: 'PER',
  country: 'COUNTRY',
  place: 'LOC',
  organization: 'ORG',
  initiative: 'INITIATIVE',
};

/** A gold mention as the guide writes it: code-point offsets (end exclusive), type and canonical entity. */
export const GoldMention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  type: GuideType,
  canonical: z.string().min(1),
});

/** A gold paragraph: one line of a gold file. */
export const GoldParagraph = z.object({
  id: z.union([z.number(), z.string()]),
  file: z.string().optional(),
  text: z.string(),
  entities: z.array(GoldMention),
});

/** A mention to score, in UTF-16 offsets of its paragraph. */
export interface ScoredMention {
  start: number;
  end: number;
  text: string;
  type: GuideTypeT;
  canonical: string;
  /**
   * The entity's other names (a dictionary entry's aliases and its forms after titles, 费萨尔 of 费萨尔·本·法尔汉): a
   * gold canonical written as one of them names the same entity.
   */
  names?: readonly string[];
}

/** A gold paragraph as read: UTF-16 offsets, and the article date its file name gives (YYYYMMDD), if any. */
export interface EntityGoldParagraph {
  id: string;
  file: string | null;
  date: string | null;
  text: string;
  mentions: ScoredMention[];
}

/** UTF-16 offset of each code-point offset of a text (one more entry for its end). */
function utf16Offsets(text: string): number[] {
  const at: number[] = [];
  let u = 0;
  for (const ch of text) {
    at.push(u);
    u += ch.length;
  }
  at.push(u);
  return at;
}

/** Reads a gold file (JSON Lines in the guide's format); a line that does not validate is a configuration error naming it. */
export function readEntityGold(path: string): EntityGoldParagraph[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`gold file ${path} cannot be read`);
  }
  const out: EntityGoldParagraph[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new ConfigError(`${path}: line ${i + 1}: not JSON`);
    }
    const parsed = GoldParagraph.safeParse(data);
    if (!parsed.success)
      throw new ConfigError(
        `${path}: line ${i + 1}: ${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    const p = parsed.data;
    const at = utf16Offsets(p.text);
    const mentions = p.entities.map((e) => {
      const start = at[e.start];
      const end = at[e.end];
      if (start === undefined || end === undefined || p.text.slice(start, end) !== e.text) {
        throw new ConfigError(
          `${path}: line ${i + 1}: entity ${JSON.stringify(e.text)} at ${e.start}-${e.end} is not that text`,
        );
      }
      return { start, end, text: e.text, type: e.type, canonical: e.canonical };
    });
    const day = /(\d{4})(\d{2})(\d{2})/.exec(p.file ?? '');
    out.push({
      id: String(p.id),
      file: p.file ?? null,
      date: day === null ? null : `${day[1]}-${day[2]}-${day[3]}T12:00:00Z`,
      text: p.text,
      mentions,
    });
  });
  return out;
}

/** Scores of one comparison: per type, micro-averaged, and linking accuracy of the span-and-type matches. */
export interface EntityScore {
  byType: Record<GuideTypeT, PRF>;
  micro: PRF;
  linking: Record<GuideTypeT | 'all', { matched: number; linked: number; accuracy: number }>;
}

/** A miss or a false positive, with its paragraph, for `--errors`. */
export interface EntityError {
  kind: 'missed' | 'spurious';
  paragraph: string;
  mention: ScoredMention;
  context: string;
}

/** A mention's identity for scoring: span and type, and for countries also the ISO code. */
const keyOf = (m: ScoredMention): string =>
  `${m.start}:${m.end}:${m.type}${m.type === 'COUNTRY' ? `:${m.canonical}` : ''}`;
/** Span and type only: what linking accuracy is measured over. */
const spanKeyOf = (m: ScoredMention): string => `${m.start}:${m.end}:${m.type}`;

/** Compares predicted mentions with gold ones, paragraph by paragraph (the same ids in both). */
export function scoreEntities(
  gold: readonly EntityGoldParagraph[],
  predicted: ReadonlyMap<string, readonly ScoredMention[]>,
  errors?: EntityError[],
): EntityScore {
  const counts = new Map<GuideTypeT, { tp: number; fp: number; fn: number }>(
    GuideType.options.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );
  const linking = new Map<GuideTypeT, { matched: number; linked: number }>(
    GuideType.options.map((t) => [t, { matched: 0, linked: 0 }]),
  );
  const context = (text: string, m: ScoredMention): string =>
    `${text.slice(Math.max(0, m.start - 12), m.start)}[${m.text}]${text.slice(m.end, m.end + 12)}`;
  for (const p of gold) {
    const pred = predicted.get(p.id) ?? [];
    const goldKeys = new Set(p.mentions.map(keyOf));
    const predKeys = new Set(pred.map(keyOf));
    const predBySpan = new Map(pred.map((m) => [spanKeyOf(m), m]));
    for (const m of p.mentions) {
      const c = counts.get(m.type) as { tp: number; fp: number; fn: number };
      if (predKeys.has(keyOf(m))) c.tp++;
      else {
        c.fn++;
        errors?.push({ kind: 'missed', paragraph: p.id, mention: m, context: context(p.text, m) });
      }
      const same = predBySpan.get(spanKeyOf(m));
      if (same !== undefined) {
        const l = linking.get(m.type) as { matched: number; linked: number };
        l.matched++;
        if (same.canonical === m.canonical || same.names?.includes(m.canonical) === true) l.linked++;
      }
    }
    for (const m of pred) {
      if (goldKeys.has(keyOf(m))) continue;
      (counts.get(m.type) as { fp: number }).fp++;
      errors?.push({ kind: 'spurious', paragraph: p.id, mention: m, context: context(p.text, m) });
    }
  }
  const byType = Object.fromEntries(
    GuideType.options.map((t) => {
      const c = counts.get(t) as { tp: number; fp: number; fn: number };
      return [t, prf(c.tp, c.fp, c.fn)];
    }),
  ) as Record<GuideTypeT, PRF>;
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const link = Object.fromEntries(
    GuideType.options.map((t) => {
      const l = linking.get(t) as { matched: number; linked: number };
      return [t, { ...l, accuracy: l.matched === 0 ? 0 : l.linked / l.matched }];
    }),
  ) as Record<GuideTypeT, { matched: number; linked: number; accuracy: number }>;
  const matched = GuideType.options.reduce((n, t) => n + link[t].matched, 0);
  const linked = GuideType.options.reduce((n, t) => n + link[t].linked, 0);
  return {
    byType,
    micro: prf(all.tp, all.fp, all.fn),
    linking: { ...link, all: { matched, linked, accuracy: matched === 0 ? 0 : linked / matched } },
  };
}

/** A pipeline mention as the guide would write it (null for types the guide does not score, or unresolved shorthand). */
export function guideMention(m: MentionT, dicts: DictionarySet): ScoredMention | null {
  const type = GUIDE_TYPE_OF[m.type];
  if (type === undefined || m.entity === null) return null;
  const entry = dicts.entities.get(m.entity);
  const canonical = type === 'COUNTRY' ? (entry?.iso2 ?? m.entity) : (entry?.name ?? derivedName(m.entity) ?? m.text);
  if (type === 'COUNTRY' || entry === undefined) return { start: m.start, end: m.end, text: m.text, type, canonical };
  return { start: m.start, end: m.end, text: m.text, type, canonical, names: [...entry.aliases, ...entry.titled] };
}

/** The result of `guanxi eval entities`. */
export interface EntityEval {
  gold: string;
  paragraphs: number;
  score: EntityScore;
  errors: EntityError[];
  seconds: number;
}

/** Runs the pipeline over every gold paragraph (with the date of its article) and scores its mentions. */
export function evalEntities(pipeline: Pipeline, goldPath: string): EntityEval {
  const gold = readEntityGold(goldPath);
  const tag = createParagraphTagger(pipeline);
  const t0 = performance.now();
  const predicted = new Map<string, ScoredMention[]>();
  for (const p of gold) {
    const mentions = tag(p.text, p.date).flatMap((m) => guideMention(m, pipeline.dictionaries) ?? []);
    predicted.set(p.id, mentions);
  }
  const errors: EntityError[] = [];
  const score = scoreEntities(gold, predicted, errors);
  return { gold: goldPath, paragraphs: gold.length, score, errors, seconds: (performance.now() - t0) / 1000 };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** The result as a table, and with `errors` every miss and false positive in context. */
export function formatEntityEval(r: EntityEval, errors = false): string {
  const lines = [
    `${r.gold}: ${r.paragraphs} paragraphs, ${r.seconds.toFixed(1)} s`,
    'type         P      R     F1   gold   pred   linked',
  ];
  for (const t of GuideType.options) {
    const s = r.score.byType[t];
    const l = r.score.linking[t];
    lines.push(
      `${t.padEnd(10)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp + s.fn).padStart(5)}  ${String(s.tp + s.fp).padStart(5)}  ${pct(l.accuracy)} of ${l.matched}`,
    );
  }
  const m = r.score.micro;
  lines.push(
    `${'all'.padEnd(10)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.tp + m.fn).padStart(5)}  ${String(m.tp + m.fp).padStart(5)}  ${pct(r.score.linking.all.accuracy)} of ${r.score.linking.all.matched}`,
  );
  if (errors) {
    for (const e of r.errors)
      lines.push(
        `${e.kind === 'missed' ? 'MISS' : 'FP  '} ${e.paragraph.padStart(4)} ${e.mention.type.padEnd(10)} ${e.mention.canonical.padEnd(8)} ${e.context}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
