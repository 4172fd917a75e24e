// Counts the error classes of the modern-news issue over a finished run's article reports, so a change can be
// judged over a whole corpus, not one paragraph: person mentions that include a title, Chinese institutions linked
// right after a foreign country's name, foreign institutions composed with their country, and mentions of
// well-known people the dictionaries once lacked.
// Usage: npx tsx scripts/gold/classes.ts <out folder of a guanxi run>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TITLES } from '../../src/nlp/rules/titles.js';
import { viewReport } from '../../src/schema/report-view.js';
import type { ArticleReportT } from '../../src/schema/report.js';

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: classes.ts <run output folder>');
  process.exit(2);
}
const files = readdirSync(join(out, 'articles'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json'));
const counts = new Map<string, number>();
const add = (k: string, n = 1): void => void counts.set(k, (counts.get(k) ?? 0) + n);
const CHINESE_INSTITUTIONS = new Map([
  ['organization:mfa', '外交部'],
  ['organization:mnd', '国防部'],
  ['organization:pboc', '央行/人民银行'],
]);
const PEOPLE = ['毛泽东', '邓小平', '孙中山', '周恩来', '雷锋', '马克思'];
for (const f of files) {
  const r = viewReport(JSON.parse(readFileSync(join(out, 'articles', f), 'utf8')) as ArticleReportT);
  const countryBefore = (block: number, start: number): boolean =>
    r.entities.some(
      (e) => e.type === 'country' && e.iso2 !== 'CN' && e.mentions.some((m) => m.block === block && m.end === start),
    );
  for (const e of r.entities) {
    for (const m of e.mentions) {
      if (e.type === 'person') {
        add('person mentions');
        if (TITLES.some((t) => m.text.includes(t))) add('person mentions that include a title');
      }
      if (e.type === 'organization' && countryBefore(m.block, m.start))
        add(`organization right after a foreign country: ${e.name}`);
      if (CHINESE_INSTITUTIONS.has(e.id) && countryBefore(m.block, m.start))
        add(`Chinese ${CHINESE_INSTITUTIONS.get(e.id)} right after a foreign country`);
      if (
        e.type === 'organization' &&
        e.id.startsWith('organization:~') &&
        /政府|外交部|国防部|议会|国会|武装部队|军$|央行|中央银行/.test(e.name)
      )
        add('composed foreign institutions (政府, 外交部 …)');
      if (e.type === 'person' && PEOPLE.includes(e.name)) add(`person ${e.name}`);
    }
  }
}
const rows = [...counts]
  .filter(([k]) => !k.startsWith('organization right after'))
  .sort(([a], [b]) => (a < b ? -1 : 1));
for (const [k, n] of rows) console.log(`${String(n).padStart(7)}  ${k}`);
const after = [...counts]
  .filter(([k]) => k.startsWith('organization right after'))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8);
for (const [k, n] of after) console.log(`${String(n).padStart(7)}  ${k}`);
