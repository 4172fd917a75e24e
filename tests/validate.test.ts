// Article reports are validated in place by the zod schema compiled to an ajv check: it must accept exactly what zod
// accepts, fail with zod's message, and the report (written as built) must keep the key order zod's parse gave.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runBatch } from '../src/batch/run.js';
import { ArticleReport } from '../src/schema/report.js';
import { CorpusReport } from '../src/schema/corpus.js';
import type { ArticleReportT } from '../src/schema/report.js';
import { compiledValidator } from '../src/schema/validate.js';
import { article, miniPipeline, rawDoc } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const validate = compiledValidator(ArticleReport);

/** Reports of the examples and of articles made to raise diagnostics (no front matter, a bad date, HTML, images). */
function reports(): ArticleReportT[] {
  const docs = [
    ...readdirSync(join(ROOT, 'examples', 'xwlb')).map((f) =>
      rawDoc(readFileSync(join(ROOT, 'examples', 'xwlb', f), 'utf8')),
    ),
    rawDoc(readFileSync(join(ROOT, 'examples', 'seed-article.md'), 'utf8')),
    rawDoc('<p>没有前言的文章，国务委员兼外长王毅会见土方代表。</p>'),
    rawDoc(
      "---\ntitle: '日期坏了'\ndate: 2024-13-45 99:00\nextra: [1, {a: 2}]\n---\n\n<p>中方和土方同意加强合作。</p>\n",
    ),
    rawDoc(
      '<html><head><title>网页</title></head><body><h1>标题</h1><p>中国和土库曼斯坦。</p><img src="a.jpg" alt="图" title="说明"></body></html>',
      'html',
      'page.html',
    ),
    rawDoc(article('')),
  ];
  return docs.map((d) => miniPipeline().run(d).report as ArticleReportT);
}

describe('compiledValidator(ArticleReport)', () => {
  const all = reports();

  it('returns the report itself, whose keys are in the order zod’s parse gives them', () => {
    expect(all.length).toBe(16);
    expect(all.some((r) => r.diagnostics.length > 0)).toBe(true);
    expect(all.some((r) => r.blocks.some((b) => b.kind === 'image'))).toBe(true);
    for (const r of all) {
      expect(validate(r)).toBe(r);
      expect(JSON.stringify(r)).toBe(JSON.stringify(ArticleReport.parse(r)));
    }
  });

  it('refuses what zod refuses, with zod’s message: a wrong value, an unknown key, a missing key', () => {
    const r = structuredClone(all[0] as ArticleReportT);
    const noMentions = structuredClone(r);
    (noMentions.entities[0] as { mentions: unknown[] }).mentions = [];
    expect(() => validate(noMentions)).toThrow(/mentions/);
    const extra = { ...structuredClone(r), surplus: 1 } as ArticleReportT;
    expect(() => validate(extra)).toThrow(/surplus/);
    const missing = structuredClone(r) as Partial<ArticleReportT>;
    delete missing.keywords;
    expect(() => validate(missing as ArticleReportT)).toThrow(/keywords/);
    const badRole = structuredClone(r);
    (badRole.entities[0] as { roles: unknown }).roles = [1];
    expect(() => validate(badRole)).toThrow(/roles/);
  });
});

describe('compiledValidator(CorpusReport)', () => {
  it('accepts the corpus report of a run in place, in the key order zod’s parse gives, and refuses a broken one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'guanxi-validate-'));
    const { corpus } = await runBatch({
      inputs: [join(ROOT, 'examples')],
      out,
      pipeline: miniPipeline(),
      cache: false,
    });
    if (corpus === null) throw new Error('the run was interrupted');
    const validate = compiledValidator(CorpusReport);
    expect(corpus.entities.length).toBeGreaterThan(10);
    expect(validate(corpus)).toBe(corpus);
    expect(JSON.stringify(corpus)).toBe(JSON.stringify(CorpusReport.parse(corpus)));
    const broken = structuredClone(corpus);
    (broken.entities[0] as { mentions: unknown }).mentions = -1;
    expect(() => validate(broken)).toThrow(/mentions/);
  });
});
