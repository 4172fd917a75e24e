import { fileURLToPath } from 'node:url';
import { check, getIssues } from '@placemarkio/check-geojson';
import { bbox } from '@turf/bbox';
import { featureCollection, point } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article/read.js';
import { CorpusAggregate } from '../src/corpus/aggregate.js';
import { entitiesCsv, placesGeojson } from '../src/corpus/exports.js';
import { articleCriteria } from '../src/evaluate/focus.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import type { ArticleReportT } from '../src/schema/report.js';
import { article, miniPipeline, rawDoc } from './helpers.js';
import { fakeReport, testMeta } from './corpus-helpers.js';
import type { FakeArticle } from './corpus-helpers.js';

const SEED = fileURLToPath(new URL('../examples/seed-article.md', import.meta.url));
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const runFile = (path: string, root: string, id: string): ArticleReportT =>
  pipeline.run(readArticle({ path, root }, id)).report as ArticleReportT;

describe('the focus stage', () => {
  it('gives the seed article the focus Turkmenistan and China, not Afghanistan', () => {
    const report = runFile(SEED, fileURLToPath(new URL('../examples/', import.meta.url)), 'seed-article');
    const focus = report.focus ?? [];
    const countries = focus.filter(([id]) => id.startsWith('country:')).map(([id, rank]) => [id, rank]);
    expect(countries).toEqual([
      ['country:TM', 1],
      ['country:CN', 1],
    ]);
    // Afghanistan is in the title and one closing sentence: mentioned, not what the article is about.
    expect(report.entities.find((e) => e.id === 'country:AF')?.mentions.length).toBe(2);
    expect(focus.some(([id]) => id === 'country:AF')).toBe(false);
    const tm = focus.find(([id]) => id === 'country:TM');
    // 土方, 中土 and 土副总理 are shorthand resolved to Turkmenistan, and count for it.
    expect(tm?.slice(3)).toEqual(['title', 'lead', 'share', 'spread', 'shorthand']);
  });

  it('gives an empty article and an article without entities an empty focus', () => {
    const empty = miniPipeline().run(rawDoc('---\ntitle: 空\n---\n')).report;
    expect(empty?.focus).toEqual([]);
    const none = miniPipeline().run(rawDoc(article('今天天气很好，大家出去散步。', '天气'))).report;
    expect(none?.entities).toEqual([]);
    expect(none?.focus).toEqual([]);
  });

  it('counts the home country through 我国 and 全国 without naming it', () => {
    const report = miniPipeline().run(
      rawDoc(article('我国粮食产量再创新高，全国秋粮收获过半。', '我国粮食丰收')),
    ).report;
    expect(report?.focus?.[0]?.slice(0, 2)).toEqual(['country:CN', 1]);
    // One body block: no spread over blocks to speak of.
    expect(report?.focus?.[0]?.slice(3)).toEqual(['title', 'lead', 'share', 'national']);
  });

  it('never takes a reason from the dateline', () => {
    const body = '新华社北京１月２日电 今天天气很好，大家出去散步。';
    const report = miniPipeline().run(rawDoc(article(body, '天气'))).report;
    expect(report?.meta.dateline?.place).toBe('北京');
    expect(report?.focus).toEqual([]);
  });
});

describe('scoring a focus', () => {
  it('matches when the countries agree and primaries agree both ways', () => {
    const gold = [
      { id: 'country:TM', type: 'country', rank: 1 as const },
      { id: 'country:CN', type: 'country', rank: 2 as const },
    ];
    expect(articleCriteria(gold, [...gold].reverse()).match).toBe(true);
    // A predicted primary the reader did not list at all fails `primary`.
    const extra = [...gold, { id: 'person:x', type: 'person', rank: 1 as const }];
    expect(articleCriteria(gold, extra)).toMatchObject({ match: false, countries: true, primary: false });
    expect(articleCriteria(gold, gold.slice(0, 1))).toMatchObject({ match: false, countries: false, primary: true });
  });
});

/** A constructed article with a focus. */
function focused(a: FakeArticle, focus: string[]): ArticleReportT {
  return { ...fakeReport(a), focus: focus.map((id): [string, 1, number] => [id, 1, 5]) };
}

const ARTICLES: Array<[FakeArticle, string[]]> = [
  [{ id: 'a1', date: '2024-01-02T02:00:00Z', blocks: [[['country:甲', 'country:乙']]] }, ['country:甲']],
  [
    { id: 'a2', date: '2024-01-02T03:00:00Z', blocks: [[['country:甲'], ['country:乙']]] },
    ['country:甲', 'country:乙'],
  ],
  // 丙 is in focus without being named (as the home country through 我国): it gets a row with no mentions.
  [{ id: 'a3', date: '2024-01-09T03:00:00Z', blocks: [[['country:甲']]] }, ['country:丙']],
  [{ id: 'a4', date: null, blocks: [[['country:乙']]] }, ['country:乙']],
];

describe('focus in the corpus', () => {
  const points = (id: string) =>
    id === 'country:甲'
      ? { lat: 35, lon: 105, geonames: 1814991 }
      : id === 'country:乙'
        ? { lat: 39.5, lon: -8 }
        : undefined;
  const whole = new CorpusAggregate(testMeta(), points);
  for (const [a, f] of ARTICLES) whole.add(focused(a, f));
  const corpus = whole.toReport();
  const row = (id: string) => corpus.entities.find((e) => e.id === id);

  it('counts the articles focused on each entity, by day, week and month', () => {
    expect([
      row('country:甲')?.focusArticles,
      row('country:乙')?.focusArticles,
      row('country:丙')?.focusArticles,
    ]).toEqual([2, 2, 1]);
    expect(row('country:丙')).toMatchObject({ mentions: 0, articles: 0, focusArticles: 1 });
    // In the order of the entities: 乙 and 甲 have three mentions each (then by id), 丙 none.
    expect(corpus.focusTimeline).toEqual([
      // The undated article counts in focusArticles, in no period.
      { entity: 'country:乙', day: { '2024-01-02': 1 }, week: { '2024-W01': 1 }, month: { '2024-01': 1 } },
      { entity: 'country:甲', day: { '2024-01-02': 2 }, week: { '2024-W01': 2 }, month: { '2024-01': 2 } },
      { entity: 'country:丙', day: { '2024-01-09': 1 }, week: { '2024-W02': 1 }, month: { '2024-01': 1 } },
    ]);
  });

  it('merges to the same aggregate and report as one run', () => {
    const a = new CorpusAggregate(testMeta(), points);
    const b = new CorpusAggregate(testMeta(), points);
    ARTICLES.forEach(([x, f], i) => {
      (i < 2 ? a : b).add(focused(x, f));
    });
    const merged = new CorpusAggregate(testMeta());
    merged.merge(a);
    merged.merge(b);
    expect([...merged.records()]).toEqual([...whole.records()]);
    expect(JSON.stringify(merged.toReport())).toBe(JSON.stringify(corpus));
  });

  it('writes coordinates into corpus.json and entities.csv', () => {
    expect(row('country:甲')).toMatchObject({ lat: 35, lon: 105, geonames: 1814991 });
    expect(row('country:丙')?.lat).toBeUndefined();
    const csv = entitiesCsv(corpus).split('\n');
    expect(csv[0]).toBe(
      'id,type,name,iso2,source,mentions,articles,focusArticles,sentences,blocks,firstDate,lastDate,lat,lon,geonames',
    );
    expect(csv).toContain(
      'country:甲,country,甲,,dictionary,3,3,2,3,3,2024-01-02T02:00:00Z,2024-01-09T03:00:00Z,35,105,1814991',
    );
  });

  it('writes places.geojson that validates and opens as GeoJSON', () => {
    const text = placesGeojson(corpus);
    expect(getIssues(text)).toEqual([]);
    const fc = check(text);
    expect(fc.type).toBe('FeatureCollection');
    if (fc.type !== 'FeatureCollection') return;
    expect(fc.features.map((f) => f.properties?.id)).toEqual(['country:乙', 'country:甲']);
    expect(fc.features[1]?.properties).toMatchObject({
      name: '甲',
      type: 'country',
      mentions: 3,
      articles: 3,
      focusArticles: 2,
    });
    // Opened with turf: the points' bounding box is [minLon, minLat, maxLon, maxLat].
    const opened = featureCollection(
      fc.features.map((f) => point((f.geometry as { coordinates: number[] }).coordinates, f.properties ?? {})),
    );
    expect(bbox(opened)).toEqual([-8, 35, 105, 39.5]);
  });
});
