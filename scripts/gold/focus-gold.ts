// Builds the adjudicated focus gold from the two annotators' files (gold/focus/): names mapped to entity ids
// (dictionary names and aliases, then gold/focus/names.tsv), agreement after mapping, every disagreement settled by
// gold/focus/decisions.tsv (an unsettled one stops the script and is listed), and the tune (odd n) and measure (even
// n) halves. Writes adjudicated.jsonl, tune.jsonl, measure.jsonl and decisions.md.
// Usage: npx tsx scripts/gold/focus-gold.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { FocusGoldArticle, formatFocusScore, scoreFocus } from '../../src/evaluate/focus.js';
import type { FocusGoldArticleT, FocusGoldEntityT, ScoredFocus } from '../../src/evaluate/focus.js';
import { createNameMapper, FOCUS_DIR as DIR, readRaw, readTsv as tsv } from './focus-names.js';
import type { RawArticle } from './focus-names.js';

const read = (who: string): RawArticle[] => readRaw(`${DIR}annotator-${who}/focus.jsonl`);
const toEntity = createNameMapper();

const files = readFileSync(`${DIR}articles.txt`, 'utf8').trim().split('\n');
const [a, b] = [read('a'), read('b')];
const mapped = (list: RawArticle[]): Map<string, FocusGoldEntityT>[] =>
  list.map(
    (x) =>
      new Map(
        x.focus.map((e) => {
          const entity = toEntity(e);
          return [entity.id, entity];
        }),
      ),
  );
const [ma, mb] = [mapped(a), mapped(b)];

// Agreement after mapping: annotator A as gold, B as prediction (F1 is symmetric).
const asGold = (m: Map<string, FocusGoldEntityT>[]): FocusGoldArticleT[] =>
  m.map((focus, i) => ({ n: i + 1, file: files[i] as string, title: '', focus: [...focus.values()], note: '' }));
const asPredicted = new Map(
  mb.map((focus, i): [number, ScoredFocus[]] => [
    i + 1,
    [...focus.values()].map((f) => ({ id: f.id, type: f.type, rank: f.rank })),
  ]),
);
const agreement = scoreFocus(asGold(ma), asPredicted);
process.stdout.write(formatFocusScore(agreement, 'annotator B against annotator A, after mapping names to ids'));

const decisions = new Map(
  tsv('decisions.tsv').map(([n, id, rank, reason]) => [`${n}\t${id}`, { rank: Number(rank), reason: reason ?? '' }]),
);
const out: FocusGoldArticleT[] = [];
const md: string[] = [];
const unsettled: string[] = [];
files.forEach((file, i) => {
  const n = i + 1;
  const [fa, fb] = [ma[i] as Map<string, FocusGoldEntityT>, mb[i] as Map<string, FocusGoldEntityT>];
  const focus: FocusGoldEntityT[] = [];
  for (const id of [...new Set([...fa.keys(), ...fb.keys()])]) {
    const ea = fa.get(id);
    const eb = fb.get(id);
    const base = (ea ?? eb) as FocusGoldEntityT;
    const same = [...new Set([...(ea?.same ?? []), ...(eb?.same ?? [])])];
    if (ea !== undefined && eb !== undefined && ea.rank === eb.rank) {
      focus.push({ ...base, ...(same.length > 0 ? { same } : {}) });
      continue;
    }
    const d = decisions.get(`${n}\t${id}`);
    const said = `A ${ea === undefined ? '—' : `rank ${ea.rank}`}, B ${eb === undefined ? '—' : `rank ${eb.rank}`}`;
    if (d === undefined) {
      unsettled.push(`${n}\t${id}\t?\t(${said}) ${a[i]?.title ?? ''}`);
      continue;
    }
    md.push(`| ${n} | ${id} | ${said} | ${d.rank === 0 ? 'out' : `rank ${d.rank}`} | ${d.reason} |`);
    if (d.rank === 1 || d.rank === 2)
      focus.push({ ...base, ...(same.length > 0 ? { same } : {}), rank: d.rank as 1 | 2 });
  }
  const note = (a[i] as RawArticle).note;
  out.push(FocusGoldArticle.parse({ n, file, title: (a[i] as RawArticle).title, focus, note }));
});
if (unsettled.length > 0) {
  console.error(`${unsettled.length} disagreements to settle in decisions.tsv:\n${unsettled.join('\n')}`);
  process.exit(1);
}
const lines = (list: FocusGoldArticleT[]): string => list.map((x) => `${JSON.stringify(x)}\n`).join('');
writeFileSync(`${DIR}adjudicated.jsonl`, lines(out));
writeFileSync(`${DIR}tune.jsonl`, lines(out.filter((x) => x.n % 2 === 1)));
writeFileSync(`${DIR}measure.jsonl`, lines(out.filter((x) => x.n % 2 === 0)));
writeFileSync(
  `${DIR}decisions.md`,
  `# Focus gold: settled disagreements\n\nWritten by \`npx tsx scripts/gold/focus-gold.ts\` from \`decisions.tsv\`. Each row is an entity the two annotators (after their names were mapped to entity ids) did not give the same rank, and how it was settled by the definition in README.md: what a careful reader lists when asked what the article is about (title, lead, mentioned throughout, both sides of bilateral news, China only when national-level, datelines no reason, passing mentions out, only countries, places, people and organizations).\n\n| article | entity | annotators | settled | reason |\n| --- | --- | --- | --- | --- |\n${md.join('\n')}\n`,
);
console.log(
  `${out.length} articles, ${md.length} settled disagreements; tune ${out.filter((x) => x.n % 2 === 1).length}, measure ${out.filter((x) => x.n % 2 === 0).length}`,
);
