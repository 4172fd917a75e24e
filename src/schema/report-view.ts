// An article report spelled out for people and for code that reads it: what the compact report leaves to the reader
// (counts that are lengths, mention texts that are slices of blocks, article-window pairs) computed back.
import { ascending } from 'd3-array';
import { derivedName } from '../core/entity-id.js';
import type { MentionSourceT, WindowT } from './document.js';
import type { ArticleReportT, ReportEntityT, ReportMentionT } from './report.js';

/** One mention spelled out. */
export interface MentionView {
  block: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  source: MentionSourceT;
  rule?: string;
  confidence: number;
  roles?: string[];
}

/** An entity spelled out: its mention count and its mentions as objects with their text. */
export interface EntityView extends Omit<ReportEntityT, 'mentions' | 'roles' | 'name'> {
  type: string;
  name: string;
  source: MentionSourceT;
  count: number;
  roles: string[];
  mentions: MentionView[];
}

/** A pair of entity ids and the number of windows of one kind in which both appear. */
export interface PairView {
  a: string;
  b: string;
  window: WindowT;
  count: number;
}

/** An article report spelled out ({@link viewReport}). */
export interface ReportView extends Omit<ArticleReportT, 'stats' | 'sentences' | 'entities' | 'windows' | 'keywords'> {
  stats: { characters: number; blocks: number; sentences: number; tokens: number; mentions: number };
  sentences: Array<{ block: number; start: number; end: number }>;
  entities: EntityView[];
  cooccurrences: PairView[];
  keywords: Array<{ word: string; weight: number }>;
}

/** A mention tuple of `report` spelled out, its text cut from its block. */
export function viewMention(report: Pick<ArticleReportT, 'blocks'>, m: ReportMentionT): MentionView {
  const [block, sentence, start, end, source, confidence, extra] = m;
  const text = report.blocks[block]?.text.slice(start, end) ?? '';
  return {
    block,
    sentence,
    start,
    end,
    text,
    source,
    ...(extra?.rule !== undefined ? { rule: extra.rule } : {}),
    confidence,
    ...(extra?.roles !== undefined ? { roles: extra.roles } : {}),
  };
}

/** An entity's type: the prefix of its id (dictionaries are checked to keep it so). */
export function entityType(id: string): string {
  return id.slice(0, Math.max(0, id.indexOf(':')));
}

/** An entity's canonical name: the report's, or for a name no dictionary holds the one its id was made from. */
export function entityName(entity: Pick<ReportEntityT, 'id' | 'name'>): string {
  return entity.name ?? derivedName(entity.id) ?? entity.id;
}

const SOURCE_RANK: Record<MentionSourceT, number> = { dictionary: 0, rule: 1, model: 2 };

/** An entity's source: a dictionary's for a dictionary id (no `~` after its type), else its best mention's. */
export function entitySource(entity: Pick<ReportEntityT, 'id' | 'mentions'>): MentionSourceT {
  if (derivedName(entity.id) === null) return 'dictionary';
  let best: MentionSourceT = 'model';
  for (const m of entity.mentions) if (SOURCE_RANK[m[4]] < SOURCE_RANK[best]) best = m[4];
  return best;
}

/**
 * The pairs of a report, counted from its mentions as the cooccur stage counts them: per window kind counted
 * (sentence, block, article), the windows in which two entities both appear, except the windows left out; by
 * window kind, then by the two ids.
 */
export function reportPairs(report: Pick<ArticleReportT, 'entities' | 'windows'>): PairView[] {
  const out: PairView[] = [];
  const skipped = new Set(report.windows.skipped.map(([w, i]) => `${w}:${i}`));
  for (const window of report.windows.counted) {
    const members = new Map<number, Set<string>>();
    for (const e of report.entities) {
      for (const m of e.mentions) {
        const key = window === 'sentence' ? m[1] : window === 'block' ? m[0] : 0;
        let set = members.get(key);
        if (set === undefined) {
          set = new Set();
          members.set(key, set);
        }
        set.add(e.id);
      }
    }
    const counts = new Map<string, PairView>();
    for (const [key, set] of members) {
      if (set.size < 2 || skipped.has(`${window}:${key}`)) continue;
      const ids = [...set].sort(ascending);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = ids[i] as string;
          const b = ids[j] as string;
          const k = `${a}\u0000${b}`;
          const p = counts.get(k);
          if (p === undefined) counts.set(k, { a, b, window, count: 1 });
          else p.count++;
        }
      }
    }
    out.push(...[...counts.values()].sort((x, y) => ascending(x.a, y.a) || ascending(x.b, y.b)));
  }
  return out;
}

/** A report spelled out: counts, mention texts and every pair, as people and the dashboard read it. */
export function viewReport(report: ArticleReportT): ReportView {
  const { stats, sentences, entities, windows, keywords, ...rest } = report;
  // Unresolved shorthand counts as a mention too (it names some entity, the article cannot tell which).
  const mentions = entities.reduce((n, e) => n + e.mentions.length, report.unresolved.length);
  return {
    ...rest,
    stats: {
      characters: stats.characters,
      blocks: report.blocks.length,
      sentences: sentences.length,
      tokens: stats.tokens,
      mentions,
    },
    sentences: sentences.map(([block, start, end]) => ({ block, start, end })),
    entities: entities.map(({ mentions: list, roles, id, name, ...e }) => ({
      id,
      type: entityType(id),
      name: entityName({ id, ...(name !== undefined ? { name } : {}) }),
      ...e,
      source: entitySource({ id, mentions: list }),
      count: list.length,
      roles: roles ?? [],
      mentions: list.map((m) => viewMention(report, m)),
    })),
    cooccurrences: reportPairs({ entities, windows }),
    keywords: keywords.map(([word, weight]) => ({ word, weight })),
  };
}
