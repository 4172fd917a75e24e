// What one processed article contributes to the corpus outputs: its aggregate contribution and its mention lines,
// computed where the article was processed (a worker), so the main thread never parses its report.
import { ascending } from 'd3-array';
import type { ArticleContributionT, MentionLineT } from '../schema/aggregate.js';
import { derivedName } from '../core/entity-id.js';
import { WINDOW_RANK } from '../schema/document.js';
import type { ArticleReportT } from '../schema/report.js';
import { entitySource, reportPairs, viewMention } from '../schema/report-view.js';
import type { MentionView, PairView } from '../schema/report-view.js';

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
  const entities: ArticleContributionT['entities'] = report.entities.map((e, i) => {
    local.set(e.id, i);
    const sentences = new Set<number>();
    const blocks = new Set<number>();
    for (const m of e.mentions) {
      sentences.add(m[1]);
      blocks.add(m[0]);
    }
    return [e.id, e.type, e.name, e.iso2 ?? null, entitySource(e), e.mentions.length, sentences.size, blocks.size];
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
    // An id no dictionary describes keeps what the id itself says (its type, and its name when derived).
    const type = e?.type ?? id.slice(0, Math.max(0, id.indexOf(':')));
    return [id, type, e?.name ?? derivedName(id) ?? id, e?.iso2 ?? null];
  });
}

/** The mentions of one article as NDJSON lines, in text order (block, start, end, entity); unresolved ones are left out. */
export function mentionLines(report: ArticleReportT): string {
  const rows: Array<{ entity: ArticleReportT['entities'][number]; m: MentionView }> = [];
  for (const entity of report.entities)
    for (const m of entity.mentions) rows.push({ entity, m: viewMention(report, m) });
  rows.sort(
    (x, y) =>
      x.m.block - y.m.block || x.m.start - y.m.start || x.m.end - y.m.end || ascending(x.entity.id, y.entity.id),
  );
  let out = '';
  for (const { entity, m } of rows) {
    const line: MentionLineT = {
      article: report.id,
      date: report.meta.date,
      entity: entity.id,
      type: entity.type,
      block: m.block,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: m.text,
      source: m.source,
      ...(m.rule !== undefined ? { rule: m.rule } : {}),
      confidence: m.confidence,
    };
    out += `${JSON.stringify(line)}\n`;
  }
  return out;
}
