// The dashboard's pure parts, outside a browser: URL state, periods of the timelines, cutting text at mentions, and the
// bundle built in memory.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../src/web/assets.js';
import { fillPeriods, nextPeriod, periodTime } from '../web/src/format.js';
import { formatHash, linkTo, parseHash, withChanges } from '../web/src/route.js';
import { cutSpans, segments } from '../web/src/spans.js';

describe('URL state', () => {
  it('reads a view, its id and its parameters from the hash, and writes them back sorted', () => {
    const r = parseHash('#/entity/person%3Axi-jinping?window=block&from=2024-01-01&lang=en');
    expect(r.view).toBe('entity');
    expect(r.arg).toBe('person:xi-jinping');
    expect(r.params.get('window')).toBe('block');
    expect(formatHash(r)).toBe('#/entity/person%3Axi-jinping?from=2024-01-01&lang=en&window=block');
    const article = parseHash(formatHash({ view: 'article', arg: 'xwlb/20240110-02', params: new URLSearchParams() }));
    expect(article.arg).toBe('xwlb/20240110-02');
  });

  it('falls back to the overview for an unknown view or an empty hash, and keeps a malformed id as written', () => {
    expect(parseHash('').view).toBe('overview');
    expect(parseHash('#/nonsense/x').view).toBe('overview');
    expect(parseHash('#/entity/%E4%ZZ').arg).toBe('%E4%ZZ');
  });

  it('carries the date range and language, not a view’s own state, to another view', () => {
    const here = parseHash('#/entity/country%3ACN?from=2024-01-01&to=2024-02-01&lang=zh&partner=person%3Axi-jinping');
    expect(linkTo(here, 'map', '', { focus: 'country:CN' })).toBe(
      '#/map?focus=country%3ACN&from=2024-01-01&lang=zh&to=2024-02-01',
    );
    expect(withChanges(here.params, { partner: null, to: '' }).toString()).toBe('from=2024-01-01&lang=zh');
  });
});

describe('periods', () => {
  it('steps ISO weeks as luxon does, across week 53 and year ends', () => {
    let p = '2019-W50';
    let d = DateTime.fromISO('2019-12-09', { zone: 'utc' });
    for (let i = 0; i < 120; i++) {
      expect(p).toBe(d.toFormat("kkkk-'W'WW"));
      expect(periodTime(p)).toBe(d.toSeconds());
      p = nextPeriod(p) as string;
      d = d.plus({ weeks: 1 });
    }
  });

  it('fills the quiet periods between the first and the last, and leaves an unknown form alone', () => {
    expect(fillPeriods(['2024-11', '2025-02'])).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(fillPeriods(['2024-02-28', '2024-03-01'])).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(fillPeriods(['2020-W52', '2021-W01'])).toEqual(['2020-W52', '2020-W53', '2021-W01']);
    expect(fillPeriods([])).toEqual([]);
    expect(nextPeriod('Q1')).toBeNull();
    // More periods than the chart would hold: the periods as given.
    expect(fillPeriods(['1900-01-01', '2024-01-01'], 1000)).toEqual(['1900-01-01', '2024-01-01']);
  });
});

describe('cutting text at mentions', () => {
  it('highlights every span of an evidence sentence, leaving overlapping ones out', () => {
    const text = '习近平会见巴西总统卢拉';
    const pieces = cutSpans(text, [
      { start: 5, end: 7, entity: 'country:BR' },
      { start: 0, end: 3, entity: 'person:xi-jinping' },
      { start: 6, end: 8, entity: 'x' },
    ]);
    expect(pieces.map((p) => [p.text, p.span?.entity ?? null])).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['会见', null],
      ['巴西', 'country:BR'],
      ['总统卢拉', null],
    ]);
  });

  it('splits an outer mention around a nested one, each reachable once', () => {
    // 坚持一个中国原则: the policy 一个中国原则 (2–8) holds the country 中国 (4–6).
    const marks = [
      { i: 0, start: 2, end: 8 },
      { i: 1, start: 4, end: 6 },
    ];
    const segs = segments(8, marks);
    expect(segs.map((s) => [s.start, s.end, s.mark?.i ?? null, s.outer?.i ?? null, s.first])).toEqual([
      [0, 2, null, null, false],
      [2, 4, 0, null, true],
      [4, 6, 1, 0, true],
      [6, 8, 0, null, false],
    ]);
  });
});

describe('the bundle', () => {
  it('builds in memory: the page, its script and style sheet, and chunks the page loads from /assets/', async () => {
    const assets = await buildDashboard();
    const page = new TextDecoder().decode(assets.get('/')?.body);
    expect(assets.get('/')?.contentType).toBe('text/html; charset=utf-8');
    expect(page).toContain('src="/assets/main.js"');
    expect(page).toContain('href="/assets/main.css"');
    expect(assets.get('/assets/main.js')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(assets.get('/assets/main.css')?.contentType).toBe('text/css; charset=utf-8');
    expect([...assets.keys()].filter((k) => k.startsWith('/assets/chunk-')).length).toBeGreaterThan(0);
    // No address outside the page's own server is fetched by the app (the map's outlines are bundled).
    const js = [...assets].filter(([k]) => k.endsWith('.js')).map(([, a]) => new TextDecoder().decode(a.body));
    expect(js.some((s) => s.includes('"Turkmenistan"') || s.includes('Turkmenistan'))).toBe(true);
    expect(js.join('\n')).not.toMatch(/fetch\(\s*["'`]https?:/);
  });
});
