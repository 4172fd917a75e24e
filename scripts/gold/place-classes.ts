// Counts the place (LOC) error classes of the modern-news issue over an evenly spaced sample of 新闻联播 articles, so
// that a change to place tagging is judged over the corpus, not one paragraph: each line is a pattern in the text and
// how many of its occurrences the tag stage reads as the guide wants (or, for the last lines, how many false places
// remain). It reads only the pipeline's public stages, so the same file runs against an older checkout.
// Usage: npx tsx scripts/gold/place-classes.ts [--corpus ../shared/corpora/xwlb] [--articles 4000]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../../src/pipeline.js';
import { readArticle } from '../../src/article/read.js';
import type { MentionT } from '../../src/schema/document.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/xwlb' },
    articles: { type: 'string', default: '4000' },
  },
});
const root = values.corpus;
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort();
const n = Math.min(Number(values.articles), files.length);
const step = files.length / n;
const sample = Array.from({ length: n }, (_, i) => files[Math.floor(i * step + step / 10)] as string);

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const stages = pipeline
  .stages()
  .filter((s) => ['extract', 'normalize', 'sentences', 'segment', 'tag'].includes(s.name));

/** One class: how often its pattern occurs, and how often the tagging is right by the guide. */
interface Count {
  seen: number;
  right: number;
}
const counts = new Map<string, Count>();
const count = (name: string, seen: number, right: number): void => {
  const c = counts.get(name) ?? { seen: 0, right: 0 };
  c.seen += seen;
  c.right += right;
  counts.set(name, c);
};

const isPlace = (m: MentionT): boolean => m.type === 'place';
const WEATHER_REGIONS = [
  '黄淮',
  '江淮',
  '江汉',
  '黄淮海',
  '中东部地区',
  '华北平原',
  '东北平原',
  '黄土高原',
  '云贵高原',
];
const NOT_PLACES = new Set([
  '北斗',
  '北斗卫星',
  '美丽河湖',
  '惠民食堂',
  '三角梅',
  '哈萨克文',
  '碳达峰',
  '中继星',
  '陈列馆',
]);
const FIELD = /\p{Script=Han}{2}\d{1,3}[-－]\d{1,3}(?:油气田|油田|气田)群?/gu;
const ROUTE = /(?:城际铁路|高速铁路|高速公路|铁路|高铁|公路|高速|航线|管道|段)$/;
const FACILITY = /(?:抽水蓄能电站|国际机场|水电站|核电站|风电场|水利枢纽|电站|机场|水库|林场|农场|古镇|隧道|大桥)$/;
/** What after 市/省/州/县 makes it the start of another word (市长, 市中心, 州长, 省会 …), roughly. */
const NOT_DIVISION_NEXT = new Set('长中民场区政委会内郊级份属界域官'.split(''));

for (const f of sample) {
  let doc = readArticle({ path: join(root, f), root }, f);
  for (const s of stages) doc = s.run(doc);
  const mentions = doc.mentions ?? [];
  doc.blocks.forEach((b, bi) => {
    const text = b.text;
    const ms = mentions.filter((m) => m.block === bi);
    const at = (start: number, end: number): MentionT | undefined => ms.find((m) => m.start === start && m.end === end);
    const covered = (i: number): boolean => ms.some((m) => m.start <= i && i < m.end);
    // 欧 of 欧美 and 美欧: Europe.
    for (const w of ['欧美', '美欧'])
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (text.startsWith('欧美同学会', i)) continue;
        const eu = text[i] === '欧' ? i : i + 1;
        count('欧 of 欧美/美欧 read as Europe', 1, at(eu, eu + 1)?.entity === 'place:europe' ? 1 : 0);
      }
    // Oil and gas fields named by a block number: one place.
    for (const m of text.matchAll(FIELD))
      count('oil/gas field by block number (宝岛21-1气田) one place', 1, at(m.index, m.index + m[0].length) ? 1 : 0);
    for (const m of ms.filter(isPlace)) {
      const before = text[m.start - 1] ?? '';
      // A route's end after 至 is the place alone (防城港至东兴铁路 → 东兴).
      if (before === '至' && ROUTE.test(m.text)) count('place after 至 spanning the route word (东兴铁路)', 1, 0);
      // A facility named after the place before it (青海 + 哇让抽水蓄能电站).
      if (FACILITY.test(m.text) && ms.some((p) => isPlace(p) && p.end === m.start))
        count('facility after a place, its own place (青海 + 哇让抽水蓄能电站)', 1, 1);
      // A division word written after the name left outside the span (敖德萨[州]).
      const next = text[m.end] ?? '';
      if (
        '市省州县'.includes(next) &&
        next !== '' &&
        !/[市省州县区]$/.test(m.text) &&
        !covered(m.end) &&
        !NOT_DIVISION_NEXT.has(text[m.end + 1] ?? '')
      )
        count('division word left after a place name (敖德萨 + 州)', 1, 0);
      if (NOT_PLACES.has(m.text)) count('false places of the new exclusions (北斗, 美丽河湖 …)', 1, 0);
    }
    // A port, bay or station named after a place: the head noun inside the span (天津港, 墨西哥湾, 唐山站).
    for (const m of ms)
      if ((m.type === 'place' || m.type === 'country') && /^[港湾站](?:[，。、；：“”（）\s]|$)/.test(text.slice(m.end)))
        count('port/bay/station head noun left after a place (天津 + 港)', 1, 0);
    for (const w of WEATHER_REGIONS)
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (w === '黄淮' && text.startsWith('黄淮海', i)) continue;
        const m = at(i, i + w.length);
        count(
          'weather regions and plains (黄淮, 江淮, 华北平原 …) one place',
          1,
          m !== undefined && isPlace(m) ? 1 : 0,
        );
      }
  });
}
console.log(`${n} articles of ${root}`);
for (const [name, c] of counts) console.log(`${String(c.right).padStart(6)} / ${String(c.seen).padEnd(6)} ${name}`);
