import * as fc from 'fast-check';
import { DateTime } from 'luxon';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractStage, parseDate } from '../src/stages/extract.js';
import { parseRfc1123, parseSimpleYaml } from '../src/core/fast-front-matter.js';
import { extractStage as referenceStage } from './reference/extract-cheerio.js';
import { rawDoc } from './helpers.js';

// The extract stage reads front matter, dates and HTML without gray-matter, luxon and cheerio in the common cases
// (issue #6); these properties hold it to the exact output of the implementation that used them.

const extract = extractStage.create(extractStage.options.parse({}), {} as never);
const reference = referenceStage.create(referenceStage.options.parse({}), {} as never);
const run = { seed: Number(process.env.FC_SEED ?? 20261125), numRuns: Number(process.env.FC_RUNS ?? 3000) };

/** Pieces of YAML front matter, most of them at the edge of the subset the fast reader accepts. */
const yamlKey = fc.constantFrom(
  'title',
  'date',
  'categories',
  'author',
  'link',
  'comments',
  'x_y-z',
  '标题',
  'null',
  'True',
  'FALSE',
  '__proto__',
  'a b',
  '1',
  '-k',
  'title',
);
const yamlValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '~',
    'null',
    'Null',
    'NULL',
    'nul',
    'true',
    'True',
    'TRUE',
    'tRue',
    'false',
    'no',
    'yes',
    'on',
    '0',
    '007',
    '+5',
    '-5',
    '12345678901234567890',
    '1.5',
    '1.',
    '.5',
    '1e3',
    '+1E-3',
    '.inf',
    '-.Inf',
    '.nan',
    '0x1F',
    '0o17',
    '0b1',
  ),
  fc.constantFrom(
    "'a'",
    "'a''b'",
    "'''",
    "''",
    "'a' #c",
    "'a'b'",
    '"a"',
    '"a\\"b"',
    '"a\\nb"',
    '""',
    '"a',
    "'a",
    'a #b',
    'a#b',
    'a: b',
    'a:b',
    'a:',
    ':a',
    '-a',
    '- a',
    '?a',
    '[a, b]',
    '{a: b}',
    '&x a',
    '*x',
    '!t a',
    '|',
    '>-',
    '%a',
    '@a',
    '`a',
    'a, b',
    'a ,b',
    "a'b",
    'a"b',
    'a\\b',
    '<<',
    '=',
  ),
  fc.constantFrom(
    'Mon, 01 Jan 2024 11:00:00 GMT',
    '2024-01-01 08:00',
    'https://tv.cctv.com/2024/01/01/V.shtml',
    '中朝友好年',
    '央视网',
  ),
  fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      '\t',
      '\r',
      '\u3000',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u0085',
      '中',
      '😀',
      '\ud800',
      '\udc00',
      "'",
      '"',
      '#',
      ':',
      '-',
      ',',
      '\\',
      '\u0007',
    ),
    maxLength: 8,
  }),
);
const yamlLine = fc.oneof(
  fc
    .tuple(yamlKey, fc.constantFrom(': ', ':', ':  ', ' : ', ':\t'), yamlValue, fc.constantFrom('', ' ', '  '))
    .map(([k, s, v, t]) => k + s + v + t),
  fc
    .tuple(fc.constantFrom('', ' ', '  ', '   '), fc.constantFrom('- ', '-', '-  ', '--'), yamlValue)
    .map(([i, d, v]) => i + d + v),
  fc.constantFrom('', ' ', '# comment', '  # c', '---', '...', '  continued', ' title: nested'),
);
const hostileText = fc.array(yamlLine, { maxLength: 8 }).map((lines) => lines.join('\n'));
/** Values that are mostly simple: corpus-like text with the characters that matter to YAML sprinkled in. */
const nearSimpleValue = fc.oneof(
  {
    arbitrary: fc.string({
      unit: fc.constantFrom('a', 'Z', '中', '😀', ' ', '-', ':', '#', ',', '.', '0', '9', '/', "'", '\u3000', '\u00a0'),
      minLength: 1,
      maxLength: 10,
    }),
    weight: 3,
  },
  {
    arbitrary: fc
      .string({ unit: fc.constantFrom('a', '中', ' ', "''", '"', '#', ':'), maxLength: 8 })
      .map((v) => `'${v}'`),
    weight: 1,
  },
  { arbitrary: yamlValue, weight: 2 },
);
/** Front matter close to the corpora's: distinct keys, scalars and lists, each piece sometimes at the edge. */
const plainKey = fc.constantFrom(
  'title',
  'date',
  'categories',
  'author',
  'link',
  'comments',
  'headimg',
  'x_y-z',
  '标题',
  'k1',
  'nullable',
  'Trueish',
);
const field = fc.oneof(
  fc
    .tuple(plainKey, fc.constantFrom(': ', ':  ', ': '), nearSimpleValue, fc.constantFrom('', ' '))
    .map(([k, s, v, t]) => [k, `${k}${s}${v}${t}`] as const),
  fc
    .tuple(
      plainKey,
      fc.constantFrom('', ' '),
      fc.constantFrom('', ' ', '  '),
      fc.array(fc.tuple(nearSimpleValue, fc.constantFrom('', '', '', '\n')), { minLength: 1, maxLength: 3 }),
    )
    .map(
      ([k, t, indent, items]) =>
        [k, `${k}:${t}\n${items.map(([v, blank]) => `${indent}- ${v}${blank}`).join('\n')}`] as const,
    ),
);
const nearSimpleText = fc
  .tuple(fc.constantFrom('', ' ', '\n'), fc.uniqueArray(field, { minLength: 1, maxLength: 6, selector: ([k]) => k }))
  .map(([lead, fields]) => `${lead}\n${fields.map(([, f]) => f).join('\n')}`);
const yamlText = fc.oneof(hostileText, nearSimpleText, nearSimpleText);

describe('the fast front-matter reader', () => {
  it('reads exactly what YAML.parse reads (core schema) whenever it reads anything', () => {
    let accepted = 0;
    fc.assert(
      fc.property(yamlText, (text) => {
        const fast = parseSimpleYaml(text);
        if (fast === undefined) return;
        accepted++;
        const doc = YAML.parseDocument(text, { schema: 'core', uniqueKeys: false });
        expect(doc.errors).toEqual([]);
        expect(doc.warnings).toEqual([]);
        const slow = doc.toJS() as unknown;
        expect(fast).toStrictEqual(slow);
        expect(Object.keys(fast)).toEqual(Object.keys(slow as object));
      }),
      { ...run, numRuns: 10_000 },
    );
    // The generator is not so hostile that the property holds vacuously.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('reads the front matter of the corpora', () => {
    const text =
      " \ntitle: '中朝两党两国最高领导人互致新年贺电宣布启动“中朝友好年”'\ncategories: \n - 新闻联播\n - '第03版'\nauthor: 央视网\ncomments: false\ndate: Mon, 01 Jan 2024 11:00:00 GMT\nlink: 'https://tv.cctv.com/2024/01/01/V.shtml'";
    expect(parseSimpleYaml(text)).toStrictEqual(YAML.parse(text, { schema: 'core' }));
  });
});

describe('the fast RFC 1123 date reader', () => {
  const luxon = (s: string): string | null => {
    const dt = DateTime.fromRFC2822(s, { zone: 'utc' });
    return dt.isValid ? dt.toUTC().toISO({ suppressMilliseconds: true }) : null;
  };
  const two = (max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const date = fc
    .tuple(
      fc.constantFrom('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'),
      two(32),
      fc.constantFrom('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'),
      fc.integer({ min: 900, max: 9999 }),
      two(25),
      two(61),
      two(61),
      fc.constantFrom('GMT', 'UT', '+0000', 'Z'),
    )
    .map(([w, d, m, y, hh, mm, ss, z]) => `${w}, ${d} ${m} ${String(y).padStart(4, '0')} ${hh}:${mm}:${ss} ${z}`);

  it('agrees with luxon whenever it reads a date, and reads most valid ones', () => {
    let read = 0;
    fc.assert(
      fc.property(date, (s) => {
        const fast = parseRfc1123(s);
        if (fast === null) return;
        read++;
        expect(fast).toBe(luxon(s));
        expect(parseDate(s, 'Asia/Shanghai')).toBe(fast);
      }),
      run,
    );
    expect(read).toBeGreaterThan(50);
  });

  it('leaves a wrong weekday or day of month to luxon', () => {
    expect(parseRfc1123('Tue, 01 Jan 2024 11:00:00 GMT')).toBeNull();
    expect(parseRfc1123('Thu, 30 Feb 2024 11:00:00 GMT')).toBeNull();
    expect(parseRfc1123('Mon, 01 Jan 2024 11:00:00 GMT')).toBe('2024-01-01T11:00:00Z');
  });
});

/** Articles of every shape: front matter variants, HTML with heads, articles, captions and images, Markdown. */
const cjk = fc.string({
  unit: fc.constantFrom(...'中国外长王毅表示，。“”本文图自外交部网站摄'.split('')),
  maxLength: 30,
});
const attrs = fc.constantFrom(
  '',
  ' align="center"',
  ' align="CENTER"',
  ' style="text-align: center"',
  ' style="TEXT-ALIGN:Center;color:red"',
  ' class="x"',
  ' align',
);
const open = fc
  .tuple(
    fc.constantFrom(
      'p',
      'div',
      'span',
      'article',
      'ARTICLE',
      'section',
      'h2',
      'li',
      'ul',
      'td',
      'figure',
      'figcaption',
      'blockquote',
      'pre',
      'center',
      'script',
      'style',
      'template',
      'svg',
      'title',
      'head',
      'body',
      'html',
    ),
    attrs,
  )
  .map(([t, a]) => `<${t}${a}>`);
const close = fc
  .constantFrom(
    'p',
    'div',
    'span',
    'article',
    'section',
    'h2',
    'li',
    'ul',
    'td',
    'figure',
    'figcaption',
    'blockquote',
    'pre',
    'center',
    'script',
    'style',
    'template',
    'svg',
    'title',
    'head',
    'body',
    'html',
  )
  .map((t) => `</${t}>`);
const headPiece = fc.constantFrom(
  '<title>页面标题</title>',
  '<title> </title>',
  '<meta name="author" content="记者">',
  '<meta property="og:title" content="OG 标题">',
  '<meta property="og:title" content=" ">',
  '<meta name="og:title">',
  '<meta name="Author" content="大写">',
  '<meta property="article:published_time" content="2024-03-01T08:00:00+08:00">',
  '<meta name="pubdate" content="Mon, 01 Jan 2024 11:00:00 GMT">',
  '<meta name="date" content="明天">',
  '<meta name="keywords" content="外交,国际">',
  '<meta property="og:url" content="https://x.cn/og">',
  '<link rel="canonical" href="https://x.cn/a">',
  '<link rel="CANONICAL" href="https://x.cn/b">',
  '<link rel="canonical">',
  '<link rel="canonical stylesheet" href="https://x.cn/c">',
  '<img src=" a.png " alt="图" title="t">',
  '<img data-src="b.png" alt=" ">',
  '<br>',
  '<!-- 注释 -->',
  '<![CDATA[ x ]]>',
  '&amp;&lt;&#x4e2d;',
);
const htmlBody = fc.array(fc.oneof(cjk, open, close, headPiece), { maxLength: 30 }).map((p) => p.join(''));
const markdownBody = fc
  .array(fc.oneof(cjk, fc.constantFrom('\n\n', '# ', '- ', '![图](a.png "t")', '> ', '`', '**', '\n')), {
    maxLength: 20,
  })
  .map((p) => p.join(''));
/** Front-matter lines without unknown tags (which make yaml print a warning for each). */
const quietLine = yamlLine.filter((l) => !l.includes('!t'));
const front = fc.oneof(
  fc.constant(''),
  fc.constant('\uFEFF'),
  fc.array(quietLine, { maxLength: 6 }).map((l) => `---\n${l.join('\n')}\n---\n`),
  fc.array(quietLine, { maxLength: 6 }).map((l) => `\n \n--- \n${l.join('\n')}\n---  \n\n`),
  fc.array(quietLine, { maxLength: 6 }).map((l) => `---\r\n${l.join('\r\n')}\r\n---\r\n`),
  fc.constantFrom(
    '---\n---\n',
    '---\n# only a comment\n---\n',
    '---\ntitle: a\n----\nb: c\n---\n',
    '---\ntitle: a\n---x\n---\n',
    '---\n~\n---\n',
    '---\nplain\n---\n',
    '---\n- a\n---\n',
    '---\ntitle: a\n',
  ),
);
const articleText = fc
  .tuple(
    front,
    fc.oneof(
      htmlBody,
      markdownBody,
      htmlBody.map((b) => `<!doctype html><html><head>${b}</head><body>${b}</body></html>`),
    ),
  )
  .map(([f, b]) => f + b);

describe('the extract stage without cheerio, gray-matter and luxon', () => {
  it('gives exactly the output of the cheerio implementation', () => {
    fc.assert(
      fc.property(
        articleText,
        fc.constantFrom<'markdown' | 'html'>('markdown', 'html'),
        fc.integer({ min: 1, max: 6 }),
        (raw, format, depth) => {
          const doc = rawDoc(raw, format, format === 'html' ? 'f.html' : 'f.md');
          const opts = { timezone: 'Asia/Shanghai', maxDepth: depth };
          const a = extractStage.create(opts, {} as never).run(doc);
          const b = referenceStage.create(opts, {} as never).run(doc);
          expect(JSON.stringify([a.meta, a.blocks, a.diagnostics])).toBe(
            JSON.stringify([b.meta, b.blocks, b.diagnostics]),
          );
        },
      ),
      run,
    );
  });

  it('gives the same output on the examples', () => {
    const seed =
      '---\ntitle: T\n---\n<html><head><title>x</title></head><body><article><p align="center">本文图自外交部网站</p><img src="a.png"></article></body></html>';
    const a = extract.run(rawDoc(seed, 'html', 'a.html'));
    const b = reference.run(rawDoc(seed, 'html', 'a.html'));
    expect(a.blocks).toEqual(b.blocks);
    expect(a.meta).toEqual(b.meta);
  });
});
