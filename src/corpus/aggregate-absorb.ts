// The merge of another aggregate's lines (from its records or its aggregate file) into an aggregate's tables.
import type { AggregateEntityT, AggregateHeaderT, AggregateLineT, AggregatePairsT } from '../schema/aggregate.js';
import { WINDOW_RANK } from '../schema/document.js';
import { WINDOW_LIST, metaOf } from './aggregate-tables.js';
import type { AggregateTables, EntityRow } from './aggregate-tables.js';
import type { EvidenceSentence } from './evidence.js';
import { addPair, addTo } from './tally.js';

/** The sentences and entities an aggregate file refers to by position, as its lines are absorbed. */
export interface SourceTables {
  entities: EntityRow[];
  sentences: EvidenceSentence[];
}

/** Raised when two aggregates cannot be merged (different pipeline, dictionaries, zone or options). */
export class AggregateMismatch extends Error {}

/**
 * Merges one line of another aggregate into `t` (lines from `aggregateRecords()` or an aggregate file, in their
 * order: a header line starts a new source, whose entity and sentence positions the later lines refer to, kept in
 * `source`). `rename` maps the other run's article ids to the ids one run over all inputs would have given them.
 */
export function absorbLine(
  t: AggregateTables,
  source: SourceTables,
  line: AggregateLineT,
  rename?: (id: string) => string,
): void {
  switch (line.t) {
    case 'header':
      absorbHeader(t, line);
      source.entities.length = 0;
      source.sentences.length = 0;
      return;
    case 'entity':
      source.entities.push(absorbEntity(t, line));
      return;
    case 'sentences':
      for (const [article, date, block, sentence, text] of line.rows)
        source.sentences.push({
          article: rename === undefined ? article : rename(article),
          date,
          block,
          sentence,
          text,
        });
      return;
    case 'pairs':
      absorbPairs(t, source, line);
      return;
    case 'diagnostics':
      t.diagnostics.push({
        file: line.file,
        article: line.article === null || rename === undefined ? line.article : rename(line.article),
        diagnostics: line.diagnostics,
      });
      return;
    default:
      // Ids and the end marker belong to the file, not to the aggregate.
      return;
  }
}

function absorbHeader(t: AggregateTables, line: AggregateHeaderT): void {
  const mine = JSON.stringify(metaOf(t.meta));
  const theirs = JSON.stringify(metaOf(line));
  if (mine !== theirs)
    throw new AggregateMismatch(
      `aggregates differ in pipeline, dictionaries, time zone or report options:\n  ${mine}\n  ${theirs}`,
    );
  for (const k of ['total', 'ok', 'warnings', 'failed'] as const) t.articles[k] += line.articles[k];
  t.mentions += line.mentions;
  t.characters += line.characters;
  for (const w of WINDOW_LIST) t.windows[w] += line.windows[w];
  for (const [d, [a, m]] of Object.entries(line.days)) addPair(t.days, d, a, m);
  for (const [c, [a, m]] of Object.entries(line.categories)) addPair(t.categories, c, a, m);
}

function absorbEntity(t: AggregateTables, line: AggregateEntityT): EntityRow {
  const row = t.entity(line.id, line.type, line.name, line.iso2, line.source);
  row.mentions += line.mentions;
  row.articles += line.articles;
  row.sentences += line.sentences;
  row.blocks += line.blocks;
  t.dates(row, line.firstDate, line.lastDate);
  for (const [d, n] of Object.entries(line.days)) addTo(row.days, d, n);
  for (const [c, [m, a]] of Object.entries(line.categories)) addPair(row.categories, c, m, a);
  row.focusArticles += line.focusArticles;
  for (const [d, n] of Object.entries(line.focusDays)) addTo(row.focusDays, d, n);
  if (row.point === undefined && line.lat !== undefined && line.lon !== undefined)
    row.point = { lat: line.lat, lon: line.lon, geonames: line.geonames };
  return row;
}

function absorbPairs(t: AggregateTables, source: SourceTables, line: AggregatePairsT): void {
  const w = WINDOW_RANK[line.window];
  for (const row of line.rows) {
    const a = source.entities[row[0]];
    const b = source.entities[row[1]];
    if (a === undefined || b === undefined)
      throw new RangeError(
        `pair row names entity ${a === undefined ? row[0] : row[1]}, but the aggregate has ${source.entities.length}`,
      );
    const r = t.pairRow(w, a, b);
    (t.pairs.count[r] as number) += row[2];
    (t.pairs.articles[r] as number) += row[3];
    for (const [si, aStart, aEnd, bStart, bEnd] of row[4] ?? []) {
      const s = source.sentences[si];
      if (s === undefined)
        throw new RangeError(`pair row names sentence ${si}, but the aggregate has ${source.sentences.length}`);
      t.offer(r, { s, aStart, aEnd, bStart, bEnd });
    }
  }
}
