// Small constructed article reports for corpus-aggregate tests: every entity mention is spelled out, so the window
// counts behind each association measure can be read off the test itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusAggregate } from '../src/corpus/aggregate.js';
import type { AggregateMeta } from '../src/corpus/aggregate-tables.js';
import { ReportOptions } from '../src/schema/corpus.js';
import type { MentionT } from '../src/schema/document.js';
import { REPORT_VERSION, ArticleReport } from '../src/schema/report.js';
import type { ArticleReportT, ReportEntityT, ReportMentionT } from '../src/schema/report.js';
import { Window } from '../src/schema/document.js';
import { DEFAULT_PIPELINE } from '../src/pipeline.js';

/** A constructed article: blocks of sentences, each sentence the entity ids it mentions (an id once per mention). */
export interface FakeArticle {
  id: string;
  date: string | null;
  categories?: string[];
  status?: 'ok' | 'warnings' | 'failed';
  blocks: string[][][];
}

/** The name of a constructed entity id (`country:甲` → `甲`). */
const nameOf = (id: string): string => id.slice(id.indexOf(':') + 1);

/**
 * An article report for a constructed article. A sentence's text is its entities' names joined by 和 and closed
 * by 。 (an empty sentence is 无。), so the offsets of every mention are known.
 */
export function fakeReport(a: FakeArticle): ArticleReportT {
  const blocks: ArticleReportT['blocks'] = [];
  const sentences: ArticleReportT['sentences'] = [];
  const mentions: MentionT[] = [];
  a.blocks.forEach((block, bi) => {
    let text = '';
    for (const sentence of block) {
      const start = text.length;
      if (sentence.length === 0) text += '无';
      sentence.forEach((id, i) => {
        if (i > 0) text += '和';
        mentions.push({
          entity: id,
          type: id.slice(0, id.indexOf(':')),
          block: bi,
          sentence: sentences.length,
          start: text.length,
          end: text.length + nameOf(id).length,
          text: nameOf(id),
          source: 'dictionary',
          confidence: 1,
        });
        text += nameOf(id);
      });
      text += '。';
      sentences.push([bi, start, text.length]);
    }
    blocks.push({ kind: 'paragraph', text });
  });
  const byId = new Map<string, MentionT[]>();
  for (const m of mentions) byId.set(m.entity as string, [...(byId.get(m.entity as string) ?? []), m]);
  const entities: ReportEntityT[] = [...byId.entries()]
    .map(([id, ms]) => ({
      id,
      name: nameOf(id),
      mentions: ms.map((m): ReportMentionT => [m.block, m.sentence, m.start, m.end, m.source, m.confidence]),
    }))
    .sort((x, y) => y.mentions.length - x.mentions.length || (x.id < y.id ? -1 : 1));
  const status = a.status ?? 'ok';
  return ArticleReport.parse({
    version: REPORT_VERSION,
    id: a.id,
    status,
    source: { path: `${a.id}.md`, bytes: 0, sha256: '', format: 'markdown', encoding: 'UTF-8', script: 'simplified' },
    meta: { title: null, date: a.date, categories: a.categories ?? [], author: null, link: null, other: {} },
    stats: { characters: blocks.reduce((n, b) => n + b.text.length, 0), tokens: 0 },
    blocks,
    sentences,
    entities,
    unresolved: [],
    windows: { counted: [...Window.options], skipped: [] },
    keywords: [],
    diagnostics:
      status === 'ok'
        ? []
        : [
            {
              code: status === 'failed' ? 'stage-failed' : 'empty-body',
              severity: status === 'failed' ? 'error' : 'warning',
              stage: 'test',
              message: `constructed ${status}`,
              file: `${a.id}.md`,
            },
          ],
  });
}

/** Aggregate metadata for constructed corpora, with report options layered over the defaults. */
export function testMeta(options: Record<string, unknown> = {}, timezone = 'Asia/Shanghai'): AggregateMeta {
  return {
    pipeline: 'test',
    pipelineHash: 'p',
    dictionaryHash: 'd',
    dictionaries: [],
    timezone,
    options: ReportOptions.parse(options),
  };
}

/** The aggregate of constructed articles, added in the order given. */
export function aggregateOf(articles: readonly FakeArticle[], meta: AggregateMeta = testMeta()): CorpusAggregate {
  const agg = new CorpusAggregate(meta);
  for (const a of articles) agg.add(fakeReport(a));
  return agg;
}

/**
 * Writes a copy of the default pipeline file into `dir` with the report stage's options replaced (so tests on small
 * corpora can keep every pair), and returns its path.
 */
export function pipelineWithReport(dir: string, reportOptions: string): string {
  const text = readFileSync(DEFAULT_PIPELINE, 'utf8');
  const replaced = text.replace(
    /^ {2}- name: report\n(?: {4}.*\n)*/m,
    `  - name: report\n    options: ${reportOptions}\n`,
  );
  if (replaced === text) throw new Error('the default pipeline has no report stage to replace');
  const path = join(dir, 'pipeline.yaml');
  writeFileSync(path, replaced);
  return path;
}
