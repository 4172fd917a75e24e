import * as fc from 'fast-check';
import { viewReport } from '../src/schema/report-view.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ArticleReport } from '../src/schema/report.js';
import { jsonSchemas } from '../src/schema/json.js';
import { miniPipeline, rawDoc } from './helpers.js';

const validate = new Ajv2020.default({ strict: false }).compile(jsonSchemas()['article.schema.json'] as object);

/** Any UTF-16 code unit, unpaired surrogates and control characters included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.string({ unit: anyUnit, maxLength: 200 });
const cjkText = fc.string({
  unit: fc.constantFrom(...'中国美方土库曼斯坦外长王毅表示，。“”一带一路巴基斯坦两国双方阿富汗共产党'.split('')),
  maxLength: 120,
});
const tag = fc.constantFrom(
  'p',
  'div',
  'span',
  'img',
  'br',
  'script',
  'style',
  'h1',
  'li',
  'ul',
  'table',
  'td',
  'strong',
  'figcaption',
  'p align="center"',
);
const htmlPiece = fc.oneof(
  cjkText,
  anyText,
  tag.map((t) => `<${t}>`),
  tag.map((t) => `</${t.split(' ')[0]}>`),
  fc.constantFrom(
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '&amp;',
    '&#x0;',
    '&#xD800;',
    '<img src="x" alt="图">',
    '<',
    '>',
    '"',
    "'",
  ),
);
const html = fc.array(htmlPiece, { maxLength: 40 }).map((parts) => parts.join(''));
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: 正常\ndate: 2024-01-01 08:00\ncategories: [a, b]\n---\n'),
  fc.constant('\n\n---\ntitle: [未闭合\n---\n'),
  fc.constant('---\ntitle: 只有开头\n'),
  anyText.map((t) => `---\n${t}\n---\n`),
  fc.tuple(anyText, anyText).map(([k, v]) => `---\ntitle: ${v}\ndate: ${k}\n---\n`),
);
const hugeLine = fc
  .tuple(cjkText, fc.integer({ min: 1000, max: 20000 }))
  .map(([t, n]) => (t === '' ? '中' : t).repeat(Math.ceil(n / Math.max(1, t.length))).slice(0, n));
const article = fc.oneof(
  fc.tuple(frontMatter, html).map(([f, b]) => f + b),
  fc.tuple(frontMatter, anyText).map(([f, b]) => f + b),
  fc.tuple(frontMatter, hugeLine).map(([f, b]) => `${f}<p>${b}</p>`),
  anyText,
);

describe('fuzzing the whole pipeline', () => {
  it('never lets an exception escape, and every report validates against its zod and JSON schemas', () => {
    const pipeline = miniPipeline();
    fc.assert(
      fc.property(article, fc.constantFrom<'markdown' | 'html'>('markdown', 'html'), (raw, format) => {
        const doc = pipeline.run(rawDoc(raw, format, format === 'html' ? 'f.html' : 'f.md'));
        const report = doc.report;
        expect(report).toBeDefined();
        ArticleReport.parse(report);
        const json = JSON.parse(JSON.stringify(report)) as unknown;
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        for (const e of report === undefined ? [] : viewReport(report).entities)
          for (const m of e.mentions) expect(report?.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });
});
