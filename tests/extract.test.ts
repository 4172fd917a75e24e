import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStage, parseDate } from '../src/stages/extract.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { MINI_DICT, rawDoc } from './helpers.js';
import { stageContext } from './helpers.js';

const ctx = stageContext(loadDictionaries({ builtin: MINI_DICT }));
const extract = extractStage.create(extractStage.options.parse({}), ctx);
const seed = readFileSync(new URL('../examples/seed-article.md', import.meta.url), 'utf8');

describe('extract stage', () => {
  it('reads front matter after a leading blank line (the seed article)', () => {
    const doc = extract.run(rawDoc(seed));
    expect(doc.meta.title).toBe('中土外长谈阿富汗局势');
    expect(doc.meta.date).toBe('2021-07-13T08:15:54Z');
    expect(doc.meta.categories).toEqual(['新媒体', '观察者网', '首页']);
    expect(doc.meta.author).toBe('观察者网');
    expect(doc.meta.other.comments).toBe(false);
    expect(doc.meta.other.headimg).toMatch(/^https:/);
    expect(doc.diagnostics).toEqual([]);
  });

  it('tolerates a byte-order mark before the front matter', () => {
    const doc = extract.run(rawDoc('\uFEFF---\ntitle: T\n---\n<p>正文。</p>'));
    expect(doc.meta.title).toBe('T');
  });

  it('splits the seed body into ordered blocks with images and the credit line as a caption', () => {
    const doc = extract.run(rawDoc(seed));
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 5)).toEqual(['title', 'paragraph', 'image', 'caption', 'paragraph']);
    expect(doc.blocks[3]?.text).toBe('本文图自外交部网站');
    expect(doc.blocks[2]?.src).toBe('https://i.guancha.cn/news/official/2021/07/13/20210713075907570.jpg');
    expect(doc.blocks[2]?.title).toBe('点击查看大图');
    expect(doc.blocks.filter((b) => b.kind === 'image')).toHaveLength(4);
    expect(doc.blocks[1]?.text.startsWith('据外交部网站消息')).toBe(true);
  });

  it('renders a Markdown body and keeps headings and list items', () => {
    const doc = extract.run(
      rawDoc('---\ntitle: M\ncategories: 国际\n---\n\n# 标题一\n\n第一段。\n\n- 甲项\n- 乙项\n\n![图](a.png "t")\n'),
    );
    expect(doc.meta.categories).toEqual(['国际']);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', 'M'],
      ['heading', '标题一'],
      ['paragraph', '第一段。'],
      ['list-item', '甲项'],
      ['list-item', '乙项'],
      ['image', ''],
    ]);
    expect(doc.blocks[5]?.alt).toBe('图');
  });

  it('drops script and style content', () => {
    const doc = extract.run(
      rawDoc('---\ntitle: S\n---\n<div><script>var x = "坏";</script><style>p{}</style><p>好。</p></div>'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['S', '好。']);
  });

  it('reports broken YAML as a warning and still reads the body', () => {
    const doc = extract.run(rawDoc('---\ntitle: [unclosed\n---\n<p>正文。</p>'));
    expect(doc.diagnostics.map((d) => [d.code, d.severity, d.stage])).toEqual([
      ['front-matter-invalid', 'warning', 'extract'],
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文。']);
  });

  it('reports a missing front matter, an empty body and an unparsable date', () => {
    expect(extract.run(rawDoc('<p>正文。</p>')).diagnostics.map((d) => d.code)).toEqual(['no-front-matter']);
    expect(extract.run(rawDoc('---\ntitle: T\n---\n')).diagnostics.map((d) => d.code)).toEqual(['empty-body']);
    // A missing value written out as the text (4 新闻联播 items read "undefined") is no body either.
    const placeholder = extract.run(rawDoc("---\ntitle: 'undefined'\n---\n<div>\nundefined\n</div>\n")).diagnostics;
    expect(placeholder.map((d) => [d.code, d.message])).toEqual([
      [
        'empty-body',
        'the article\'s only body text is "undefined", a missing value written out by whatever produced the file',
      ],
    ]);
    expect(extract.run(rawDoc('---\ntitle: T\n---\n<p>undefined behaviour</p>')).diagnostics).toEqual([]);
    const bad = extract.run(rawDoc('---\ndate: 明天\n---\n<p>正文。</p>'));
    expect(bad.meta.date).toBeNull();
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['date-unparsable']);
  });

  it('reads title, date and link from an HTML page head', () => {
    const doc = extract.run(
      rawDoc(
        '<html><head><title>页面</title><meta property="article:published_time" content="2024-03-01T08:00:00+08:00"><link rel="canonical" href="https://x.cn/a"></head><body><article><p>正文。</p></article></body></html>',
        'html',
        'a.html',
      ),
    );
    expect(doc.meta).toMatchObject({ title: '页面', date: '2024-03-01T00:00:00Z', link: 'https://x.cn/a' });
    expect(doc.diagnostics).toEqual([]);
  });

  it('rejects an unknown time zone option at set-up', () => {
    expect(() => extractStage.create(extractStage.options.parse({ timezone: 'Mars/Base' }), ctx)).toThrow(
      /extract.timezone/,
    );
  });
});

describe('parseDate', () => {
  it('reads RFC 1123, ISO 8601 and zone-less dates in the given zone', () => {
    expect(parseDate('Tue, 13 Jul 2021 08:15:54 GMT', 'Asia/Shanghai')).toBe('2021-07-13T08:15:54Z');
    expect(parseDate('2021-07-13T08:15:00+02:00', 'Asia/Shanghai')).toBe('2021-07-13T06:15:00Z');
    expect(parseDate('2021-07-13 08:15', 'Asia/Shanghai')).toBe('2021-07-13T00:15:00Z');
    expect(parseDate('2021-07-13 08:15:30', 'Europe/Berlin')).toBe('2021-07-13T06:15:30Z');
    expect(parseDate('2021-07-13', 'Asia/Shanghai')).toBe('2021-07-12T16:00:00Z');
    expect(parseDate('not a date', 'Asia/Shanghai')).toBeNull();
  });
});
