// Samples paragraphs for the modern-news gold set: xwlb 2022–2024, stratified by year and kind of item, with a
// fixed seed so the sample can be drawn again. Writes gold/modern-news/paragraphs.jsonl ({id, file, text, year, kind}).
// Usage: npx tsx scripts/gold/sample-modern.ts [--corpus ../shared/corpora/xwlb] [--out gold/modern-news/paragraphs.jsonl]
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../../src/pipeline.js';
import { readArticle } from '../../src/article/read.js';
import type { BlockT } from '../../src/schema/document.js';
import type { Stage } from '../../src/stages/types.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/xwlb' },
    out: { type: 'string', default: 'gold/modern-news/paragraphs.jsonl' },
    seed: { type: 'string', default: '20261204' },
  },
});

/** Paragraphs per year: 2022 holds only its last quarter. */
const PER_YEAR: Record<string, number> = { '2022': 60, '2023': 120, '2024': 120 };
const KINDS = ['domestic-brief', 'world-brief', 'leaders', 'world', 'domestic'] as const;
type Kind = (typeof KINDS)[number];
const LEADERS = /习近平|李强|赵乐际|王沪宁|蔡奇|丁薛祥|李希|韩正|王毅/;

let state = Number(values.seed) >>> 0;
function random(): number {
  // mulberry32: a small seeded generator, so the sample is reproducible.
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const countryNames = [...pipeline.dictionaries.entities.values()]
  .filter((e) => e.type === 'country' && e.iso2 !== 'CN')
  .flatMap((e) => [e.name, ...e.aliases].filter((n) => n.length >= 2));
const extract = pipeline.stages()[0] as Stage;
function kindOf(title: string): Kind {
  if (title.includes('国内联播快讯')) return 'domestic-brief';
  if (title.includes('国际联播快讯')) return 'world-brief';
  if (LEADERS.test(title)) return 'leaders';
  if (countryNames.some((n) => title.includes(n))) return 'world';
  return 'domestic';
}

const rows: Array<{ id: number; file: string; text: string; year: string; kind: Kind }> = [];
for (const year of Object.keys(PER_YEAR)) {
  const files = readdirSync(join(values.corpus, year))
    .filter((f) => f.endsWith('.md'))
    .sort();
  const byKind = new Map<Kind, Array<{ file: string; text: string }>>(KINDS.map((k) => [k, []]));
  for (const f of files) {
    const path = join(values.corpus, year, f);
    const doc = extract.run(readArticle({ path, root: values.corpus }, f));
    const kind = kindOf(doc.meta.title ?? '');
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length >= 20 && b.text.length <= 400);
    if (paras.length === 0) continue;
    const p = paras[Math.floor(random() * paras.length)] as BlockT;
    (byKind.get(kind) as Array<{ file: string; text: string }>).push({ file: `${year}/${f}`, text: p.text });
  }
  const quota = PER_YEAR[year] as number;
  const each = Math.floor(quota / KINDS.length);
  for (const k of KINDS) {
    for (const pick of shuffle(byKind.get(k) as Array<{ file: string; text: string }>).slice(0, each))
      rows.push({ id: rows.length + 1, ...pick, year, kind: k });
  }
}
writeFileSync(values.out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
console.log(`${rows.length} paragraphs → ${values.out}`);
