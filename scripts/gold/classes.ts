// Counts the error classes of the modern-news issue over a finished run's article reports, so a change can be
// judged over a whole corpus, not one paragraph: person mentions that include a title, China's organizations linked
// right after a foreign country's or place's name (not after 在 or 驻, where the country is a place: 在韩志愿军),
// foreign institutions composed with their owner, and the occurrences of well-known people (outside 《》 titles)
// that are a person mention.
// Usage: npx tsx scripts/gold/classes.ts <out folder of a guanxi run> (the built-in dictionaries say whose an
// organization is)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TITLES } from '../../src/nlp/rules/titles.js';
import { loadDictionaries } from '../../src/resources/dictionaries.js';
import { viewReport } from '../../src/schema/report-view.js';
import type { ArticleReportT } from '../../src/schema/report.js';

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: classes.ts <run output folder>');
  process.exit(2);
}
const dicts = loadDictionaries();
const files = readdirSync(join(out, 'articles'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json'));
const counts = new Map<string, number>();
const add = (k: string, n = 1): void => void counts.set(k, (counts.get(k) ?? 0) + n);
const PEOPLE = ['毛泽东', '邓小平', '孙中山', '周恩来', '雷锋', '马克思'];
/** The home country of a country or place entity, from the dictionaries. */
const home = (id: string): string | undefined => {
  const e = dicts.entities.get(id);
  return e?.type === 'country' ? e.iso2 : e?.country;
};
/** Whether text[start, end) lies inside a 《…》 title. */
const inWorkTitle = (text: string, start: number, end: number): boolean => {
  const open = text.lastIndexOf('《', start);
  return open >= 0 && text.lastIndexOf('》', start) < open && text.indexOf('》', end) >= 0;
};
for (const f of files) {
  const r = viewReport(JSON.parse(readFileSync(join(out, 'articles', f), 'utf8')) as ArticleReportT);
  const foreignBefore = (block: number, start: number): boolean =>
    r.entities.some((e) => {
      const iso = home(e.id);
      if (iso === undefined || iso === 'CN' || (e.type !== 'country' && e.type !== 'place')) return false;
      return e.mentions.some((m) => {
        if (m.block !== block || m.end !== start) return false;
        const before = r.blocks[block]?.text.slice(Math.max(0, m.start - 1), m.start) ?? '';
        return before !== '在' && before !== '驻';
      });
    });
  const people = new Set<string>();
  for (const e of r.entities) {
    for (const m of e.mentions) {
      if (e.type === 'person') {
        add('person mentions');
        people.add(`${m.block}:${m.start}:${m.end}`);
        if (TITLES.some((t) => m.text.includes(t))) add('person mentions that include a title');
      }
      if (e.type === 'organization' && dicts.entities.get(e.id)?.country === 'CN' && foreignBefore(m.block, m.start))
        add(`China's organization right after a foreign country or place: ${m.text}`);
      if (e.type === 'organization' && m.rule?.startsWith('institution') === true)
        add('organizations composed with their country or place (英国政府, 以军, 尼泊尔民航局 …)');
    }
  }
  r.blocks.forEach((b, block) => {
    for (const name of PEOPLE)
      for (let at = b.text.indexOf(name); at >= 0; at = b.text.indexOf(name, at + 1)) {
        if (inWorkTitle(b.text, at, at + name.length)) continue;
        add(`${name}: occurrences outside 《》 titles`);
        if (people.has(`${block}:${at}:${at + name.length}`)) add(`${name}: of them person mentions`);
      }
  });
}
const rows = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
for (const [k, n] of rows) console.log(`${String(n).padStart(7)}  ${k}`);
