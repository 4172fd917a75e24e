// The corpus aggregate, grown one article at a time; its tables, lines, merge and report have modules of their own.
import { ascending } from 'd3-array';
import { contributionOf } from '../article/contribution.js';
import type { AggregateLineT, ArticleContributionT } from '../schema/aggregate.js';
import type { CorpusReportT, WindowCountsT } from '../schema/corpus.js';
import { WINDOW_RANK } from '../schema/document.js';
import type { DiagnosticT } from '../schema/document.js';
import type { ArticleReportT } from '../schema/report.js';
import { absorbLine } from './aggregate-absorb.js';
import type { SourceTables } from './aggregate-absorb.js';
import { aggregateLines, aggregateRecords } from './aggregate-lines.js';
import type { AggregateRecord, AggregateText } from './aggregate-lines.js';
import { AggregateTables } from './aggregate-tables.js';
import type { AggregateMeta, EntityRow, PointLookup } from './aggregate-tables.js';
import type { EvidenceSentence } from './evidence.js';
import { corpusReport } from './report.js';
import { addPair, addTo } from './tally.js';

/**
 * The corpus aggregate: grows one article at a time and merges with another aggregate, so that memory follows the
 * number of distinct entities and pairs, not the number of articles. Built from disjoint sets of articles and merged,
 * in any order, it equals the aggregate of their union exactly; `records()` is its serialisable form, and `absorb()`
 * of those records is the merge.
 */
export class CorpusAggregate {
  private readonly tables: AggregateTables;
  /** The tables of the aggregate file being absorbed (reset by each header line). */
  private readonly source: SourceTables = { entities: [], sentences: [] };

  /** `points` gives the coordinates of an entity by id (a run's dictionaries; a merge reads them from the aggregates). */
  constructor(
    readonly meta: AggregateMeta,
    points?: PointLookup,
  ) {
    this.tables = new AggregateTables(meta, points);
  }

  /** Articles by status. */
  get articles(): AggregateTables['articles'] {
    return this.tables.articles;
  }

  /** Entity mentions in all articles. */
  get mentions(): number {
    return this.tables.mentions;
  }

  /** Characters of text in all articles. */
  get characters(): number {
    return this.tables.characters;
  }

  /** Windows of each kind in the corpus (every sentence, block and article with text), the N of the measures. */
  get windows(): WindowCountsT {
    return this.tables.windows;
  }

  /** The entities by id. */
  get entities(): ReadonlyMap<string, EntityRow> {
    return this.tables.entities;
  }

  /** The time zone of the per-day counts. */
  get timezone(): string {
    return this.meta.timezone;
  }

  /** Records diagnostics of a file (with a null article for problems found while listing inputs). */
  addDiagnostics(file: string, article: string | null, diagnostics: DiagnosticT[]): void {
    this.tables.diagnostics.push({ file, article, diagnostics });
  }

  /** Adds one article report (the runner adds contributions computed where the article was processed). */
  add(report: ArticleReportT): void {
    this.addContribution(contributionOf(report));
  }

  /** Adds what one article contributes ({@link contributionOf}). */
  addContribution(c: ArticleContributionT): void {
    const t = this.tables;
    t.articles.total++;
    t.articles[c.status]++;
    t.characters += c.characters;
    if (c.diagnostics.length > 0) t.diagnostics.push({ file: c.file, article: c.id, diagnostics: c.diagnostics });
    // An article without any block has no text: it is no window of any kind.
    if (c.blocks > 0) {
      t.windows.sentence += c.sentences;
      t.windows.block += c.blocks;
      t.windows.article += 1;
    }
    const local = this.addEntities(c);
    const p = t.pairs;
    for (const [w, a, b, count] of c.pairs) {
      const ra = local[a];
      const rb = local[b];
      if (ra === undefined || rb === undefined) continue;
      const r = t.pairRow(w, ra, rb);
      (p.count[r] as number) += count;
      (p.articles[r] as number) += 1;
    }
    if (c.articlePairs) {
      // Every two entities once, in the order of their ids, as the pairs of the other windows are listed.
      const byId = c.entities.map((_, i) => i).sort((x, y) => ascending(c.entities[x]?.[0], c.entities[y]?.[0]));
      for (let i = 0; i < byId.length; i++) {
        const ra = local[byId[i] as number] as EntityRow;
        for (let j = i + 1; j < byId.length; j++) {
          const r = t.pairRow(WINDOW_RANK.article, ra, local[byId[j] as number] as EntityRow);
          (p.count[r] as number) += 1;
          (p.articles[r] as number) += 1;
        }
      }
    }
    this.addFocus(c);
    if (t.meta.options.evidence > 0) this.addEvidence(c, local);
  }

  /** Counts the article for each entity of its focus, by day; one the article never names gets a row of its own. */
  private addFocus(c: ArticleContributionT): void {
    const t = this.tables;
    const day = c.date === null ? null : t.dayOf(c.date);
    for (const [id, type, name, iso2] of c.focus) {
      // Only dictionary entities are in focus without being named (the home country through 我国/全国).
      const row = t.entities.get(id) ?? t.entity(id, type, name, iso2 ?? undefined, 'dictionary');
      row.focusArticles += 1;
      if (day !== null) addTo(row.focusDays, day, 1);
    }
  }

  /** Adds an article's entities and mentions by day and category; returns its entity rows in contribution order. */
  private addEntities(c: ArticleContributionT): EntityRow[] {
    const t = this.tables;
    const date = c.date;
    const day = date === null ? null : t.dayOf(date);
    const categories = c.categories.length > 1 ? [...new Set(c.categories)] : c.categories;
    const local: EntityRow[] = [];
    let mentions = 0;
    for (const [id, type, name, iso2, source, count, sentences, blocks] of c.entities) {
      mentions += count;
      const row = t.entity(id, type, name, iso2 ?? undefined, source);
      row.mentions += count;
      row.articles += 1;
      row.sentences += sentences;
      row.blocks += blocks;
      t.dates(row, date, date);
      if (day !== null) addTo(row.days, day, count);
      for (const cat of categories) addPair(row.categories, cat, count, 1);
      local.push(row);
    }
    t.mentions += mentions;
    if (day !== null) addPair(t.days, day, 1, mentions);
    for (const cat of categories) addPair(t.categories, cat, 1, mentions);
    return local;
  }

  /** Offers an article's sentences as evidence of the sentence pairs of the entities they hold. */
  private addEvidence(c: ArticleContributionT, local: EntityRow[]): void {
    const t = this.tables;
    const k = t.meta.options.evidence;
    for (const [block, sentence, text, members] of c.evidence) {
      let s: EvidenceSentence | null = null;
      for (let i = 0; i < members.length; i += 3) {
        const ra = local[members[i] as number];
        if (ra === undefined) continue;
        for (let j = i + 3; j < members.length; j += 3) {
          const rb = local[members[j] as number];
          if (rb === undefined) continue;
          const r = t.pairs.find(0, ra.idx, rb.idx);
          if (r < 0) continue;
          // Cheap rejection before building a candidate: a longer sentence cannot enter a full list.
          const ev = t.evidence[r];
          const last = ev !== null && ev !== undefined && ev.length >= k ? ev[k - 1] : undefined;
          if (last !== undefined && text.length > last.s.text.length) continue;
          s ??= { article: c.id, date: c.date, block, sentence, text };
          t.offer(r, {
            s,
            aStart: members[i + 1] as number,
            aEnd: members[i + 2] as number,
            bStart: members[j + 1] as number,
            bEnd: members[j + 2] as number,
          });
        }
      }
    }
  }

  /**
   * The serialisable form of the aggregate, in a deterministic order: the header, entities by id, the evidence
   * sentence table, pairs by window kind, a and b (naming entities and sentences by position), then diagnostics.
   */
  records(): Generator<AggregateRecord> {
    return aggregateRecords(this.tables);
  }

  /** `records()` as JSON text, one line per record (without its newline), the same characters. */
  lines(): Generator<AggregateText> {
    return aggregateLines(this.tables);
  }

  /**
   * Merges one record of another aggregate (from `records()` or an aggregate file, in their order: a header line
   * starts a new source, whose entity and sentence positions the later lines refer to). `rename` maps the other
   * run's article ids to the ids one run over all inputs would have given them.
   */
  absorb(line: AggregateLineT, rename?: (id: string) => string): void {
    absorbLine(this.tables, this.source, line, rename);
  }

  /** Merges another aggregate (built from disjoint articles) into this one. */
  merge(other: CorpusAggregate): void {
    for (const r of other.records()) this.absorb(r);
  }

  /** The deterministic corpus report (stable ordering everywhere), validated by its schema. */
  toReport(): CorpusReportT {
    return corpusReport(this.tables);
  }
}
