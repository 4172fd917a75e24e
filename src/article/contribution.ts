// What one processed article contributes to the corpus outputs: its aggregate contribution and its mention lines,
// computed where the article was processed (a worker), so the main thread never parses its report.
import { ascending } from 'd3-array';
import type { ArticleContributionT, MentionLineT } from '../schema/aggregate.js';
import { derivedName } from '../core/entity-id.js';
import { WINDOW_RANK } from '../schema/document.js';
import type { ArticleReportT } from '../schema/report.js';
import { entityName, entitySource, entityType, reportPairs, viewMention } from '../schema/report-view.js';
import type { MentionView, PairView } from '../schema/report-view.js';
import type { MentionSourceT } from '../schema/document.js';

/** The contribution's entities of a report: `[id, type, name, iso2, source, mentions, sentences, blocks]`, in report order. */
function contributionEntities(report: ArticleReportT): ArticleContributionT['entities'] {
  return report.entities.map((e) => {
    const sentences = new Set<number>();
    const blocks = new Set<number>();
    for (const m of e.mentions) {
      sentences.add(m[1]);
      blocks.add(m[0]);
    }
    return [
      e.id,
      entityType(e.id),
      entityName(e),
      e.iso2 ?? null,
      entitySource(e),
      e.mentions.length,
      sentences.size,
      blocks.size,
    ];
  });
}

/**
 * What one article report adds to a corpus aggregate ({@link CorpusAggregate.addContribution}), computed where the
 * article was processed so that the main thread never parses the report: about a tenth of its size. The pairs the
 * cooccur stage found are passed in where the article was processed; a report read back has them counted again.
 */
export function contributionOf(
  report: ArticleReportT,
  pairsFound: readonly PairView[] = reportPairs(report),
  describe: FocusDescriber = () => undefined,
): ArticleContributionT {
  const local = new Map<string, number>();
  const entities = contributionEntities(report);
  report.entities.forEach((e, i) => {
    local.set(e.id, i);
  });
  const pairs: ArticleContributionT['pairs'] = [];
  let sentencePairs = false;
  let articlePairs = false;
  for (const p of pairsFound) {
    if (p.window === 'article') {
      articlePairs = true;
      continue;
    }
    const a = local.get(p.a);
    const b = local.get(p.b);
    // Pairs come from the same mentions as the entities; one naming no entity of the report cannot be counted.
    if (a === undefined || b === undefined) continue;
    pairs.push([WINDOW_RANK[p.window], a, b, p.count]);
    if (p.window === 'sentence') sentencePairs = true;
  }
  const evidence: ArticleContributionT['evidence'] = [];
  if (sentencePairs) {
    // The first mention of each entity in each sentence.
    const bySentence = new Map<number, Map<string, { start: number; end: number }>>();
    for (const e of report.entities) {
      for (const [, sentence, start, end] of e.mentions) {
        let s = bySentence.get(sentence);
        if (s === undefined) {
          s = new Map();
          bySentence.set(sentence, s);
        }
        const cur = s.get(e.id);
        if (cur === undefined || start < cur.start || (start === cur.start && end < cur.end))
          s.set(e.id, { start, end });
      }
    }
    for (const [si, found] of bySentence) {
      if (found.size < 2) continue;
      const tuple = report.sentences[si];
      const sent = tuple === undefined ? undefined : { block: tuple[0], start: tuple[1], end: tuple[2] };
      const block = sent === undefined ? undefined : report.blocks[sent.block];
      if (sent === undefined || block === undefined) continue;
      const members: number[] = [];
      for (const id of [...found.keys()].sort(ascending)) {
        const m = found.get(id) as { start: number; end: number };
        // A mention outside its sentence's bounds cannot be shown in it.
        if (m.start < sent.start || m.end > sent.end) continue;
        members.push(local.get(id) as number, m.start - sent.start, m.end - sent.start);
      }
      if (members.length >= 6) evidence.push([sent.block, si, block.text.slice(sent.start, sent.end), members]);
    }
  }
  return {
    id: report.id,
    file: report.source.path,
    status: report.status,
    characters: report.stats.characters,
    blocks: report.blocks.length,
    sentences: report.sentences.length,
    date: report.meta.date,
    categories: report.meta.categories,
    diagnostics: report.diagnostics,
    entities,
    pairs,
    articlePairs,
    focus: focusOf(report, describe),
    evidence,
  };
}

/** The type, name and ISO code of an entity by id (a pipeline's dictionaries), for focus entities the article never names. */
export type FocusDescriber = (id: string) => { type: string; name: string; iso2?: string | undefined } | undefined;

/** The article's focus as the aggregate needs it: each entity's id, type, name and ISO code, in focus order. */
function focusOf(report: ArticleReportT, describe: FocusDescriber): ArticleContributionT['focus'] {
  const named = new Map(report.entities.map((e) => [e.id, e]));
  return (report.focus ?? []).map(([id]) => {
    const e = named.get(id) ?? describe(id);
    // The type is the id's prefix; an id no dictionary describes keeps its name when derived.
    return [id, entityType(id), e?.name ?? derivedName(id) ?? id, e?.iso2 ?? null];
  });
}

/**
 * One resolved mention of an article, compactly (what the cache keeps of its mention lines): [entity (index into the
 * contribution's entities), block, sentence, start, end, text, source, confidence] and the rule when there is one.
 */
export type MentionRow =
  | [number, number, number, number, number, string, MentionSourceT, number]
  | [number, number, number, number, number, string, MentionSourceT, number, string];

/** The resolved mentions of a report as rows, in text order (block, start, end, entity id). */
export function mentionRows(report: ArticleReportT): MentionRow[] {
  const rows: Array<{ e: number; id: string; m: MentionView }> = [];
  report.entities.forEach((entity, e) => {
    for (const m of entity.mentions) rows.push({ e, id: entity.id, m: viewMention(report, m) });
  });
  rows.sort((x, y) => x.m.block - y.m.block || x.m.start - y.m.start || x.m.end - y.m.end || ascending(x.id, y.id));
  return rows.map(({ e, m }): MentionRow => {
    const row: MentionRow = [e, m.block, m.sentence, m.start, m.end, m.text, m.source, m.confidence];
    return m.rule === undefined ? row : [...row, m.rule];
  });
}

/** The lines of mentions.ndjson of an article from its contribution and its mention rows. */
export function linesOfRows(
  c: Pick<ArticleContributionT, 'id' | 'date' | 'entities'>,
  rows: readonly MentionRow[],
): string {
  let out = '';
  for (const [e, block, sentence, start, end, text, source, confidence, rule] of rows) {
    const entity = c.entities[e];
    if (entity === undefined)
      throw new Error(`article ${c.id}: a mention row names entity ${e} of ${c.entities.length}`);
    // Keys in the schema's order, as every line of the file has them.
    const line: MentionLineT = {
      article: c.id,
      date: c.date,
      entity: entity[0],
      type: entity[1],
      block,
      sentence,
      start,
      end,
      text,
      source,
      ...(rule !== undefined ? { rule } : {}),
      confidence,
    };
    out += `${JSON.stringify(line)}\n`;
  }
  return out;
}

/** The mentions of one article as NDJSON lines, in text order (block, start, end, entity); unresolved ones are left out. */
export function mentionLines(report: ArticleReportT): string {
  return linesOfRows(
    { id: report.id, date: report.meta.date, entities: contributionEntities(report) },
    mentionRows(report),
  );
}
