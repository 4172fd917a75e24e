import { describe, expect, it } from 'vitest';
import { viewReport } from '../src/schema/report-view.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { readArticle } from '../src/article/read.js';
import type { ArticleReportT } from '../src/schema/report.js';
import { fileURLToPath } from 'node:url';

const SEED = fileURLToPath(new URL('../examples/seed-article.md', import.meta.url));
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const report = viewReport(
  pipeline.run(
    readArticle({ path: SEED, root: fileURLToPath(new URL('../examples/', import.meta.url)) }, 'seed-article'),
  ).report as ArticleReportT,
);
const entity = (id: string) => report.entities.find((e) => e.id === id);
const byName = (name: string) => report.entities.find((e) => e.name === name);

describe('the seed article with the built-in dictionaries', () => {
  it('finds 王毅 four times with the roles 国务委员 and 外长', () => {
    const wang = byName('王毅');
    expect(wang?.type).toBe('person');
    expect(wang?.count).toBe(4);
    expect(wang?.roles).toEqual(['国务委员', '外长']);
  });

  it('finds 梅列多夫 three times with the roles 副总理 and 外长', () => {
    const mer = byName('梅列多夫');
    expect(mer?.type).toBe('person');
    expect(mer?.count).toBe(3);
    expect(mer?.roles).toEqual(['副总理', '外长']);
  });

  it('finds China, Turkmenistan (never Turkey) and Afghanistan', () => {
    expect(entity('country:CN')?.count).toBeGreaterThan(10);
    const tm = entity('country:TM');
    const forms = new Set(tm?.mentions.map((m) => m.text));
    expect(forms).toEqual(new Set(['土库曼斯坦', '土']));
    // 中土 in the title, 土方, 土中, 土副总理 all resolve to Turkmenistan.
    const rules = new Set(tm?.mentions.map((m) => m.rule ?? m.source));
    expect(rules).toEqual(
      new Set(['dictionary', 'shorthand-compound', 'shorthand-x-fang', 'shorthand-title', 'shorthand-preposition']),
    );
    expect(tm?.mentions.some((m) => m.block === 0)).toBe(true);
    expect(entity('country:TR')).toBeUndefined();
    const af = entity('country:AF');
    expect(af?.mentions.map((m) => report.blocks[m.block]?.kind)).toEqual(['title', 'paragraph']);
    expect(report.unresolved).toEqual([]);
  });

  it('finds the place 阿什哈巴德 linked to Turkmenistan', () => {
    const ash = byName('阿什哈巴德');
    expect(ash?.type).toBe('place');
    expect(ash?.country).toBe('TM');
  });

  it('finds 中国共产党, and 外交部 also in the image caption', () => {
    expect(byName('中国共产党')?.count).toBe(5);
    const mfa = report.entities.find((e) => e.type === 'organization' && e.mentions.some((m) => m.text === '外交部'));
    expect(mfa?.mentions.map((m) => report.blocks[m.block]?.kind)).toEqual(['paragraph', 'caption']);
  });

  it('finds the initiatives 一带一路, 复兴丝绸之路, 鲁班工坊 and 一国两制', () => {
    for (const name of ['一带一路', '复兴丝绸之路', '鲁班工坊', '一国两制'])
      expect(byName(name)?.type, name).toBe('initiative');
    expect(byName('一带一路')?.count).toBe(3);
  });

  it('pairs 王毅 and 梅列多夫 in a sentence window', () => {
    const a = byName('王毅')?.id as string;
    const b = byName('梅列多夫')?.id as string;
    const [x, y] = a < b ? [a, b] : [b, a];
    expect(report.cooccurrences).toContainEqual({ a: x, b: y, window: 'sentence', count: 1 });
  });

  it('never tags 两国 or 双方', () => {
    const texts = report.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts.filter((t) => t.includes('两国') || t.includes('双方'))).toEqual([]);
  });

  it('gives offsets that slice the block text to the surface form', () => {
    let n = 0;
    for (const e of report.entities) {
      for (const m of e.mentions) {
        expect(report.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
