// Turns an annotator's inline markup into the guide's gold format, checking that the markup leaves each paragraph's
// text exactly as sampled. Markup: [[surface|TYPE|canonical]], nestable for country characters inside an initiative
// ([[[[中|COUNTRY|CN]][[缅|COUNTRY|MM]]命运共同体|INITIATIVE|中缅命运共同体]]).
// Usage: npx tsx scripts/gold/anchor.ts <paragraphs.jsonl> <marked.jsonl> <out.jsonl>
//   marked.jsonl: one {"id": N, "marked": "..."} a line, ids from paragraphs.jsonl.
import { readFileSync, writeFileSync } from 'node:fs';

const TYPES = new Set(['PER', 'COUNTRY', 'LOC', 'ORG', 'INITIATIVE']);
interface Span {
  start: number;
  end: number;
  text: string;
  type: string;
  canonical: string;
}

/** Parses markup into plain text (offsets in code points, as the guide counts) and spans. */
export function parseMarkup(marked: string): { text: string; entities: Span[] } {
  const chars = [...marked];
  const out: string[] = [];
  const stack: number[] = [];
  const entities: Span[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '[' && chars[i + 1] === '[') {
      stack.push(out.length);
      i++;
    } else if (c === '|' && stack.length > 0) {
      let j = i + 1;
      let tail = '';
      while (j < chars.length && !(chars[j] === ']' && chars[j + 1] === ']')) tail += chars[j++];
      if (j >= chars.length) throw new Error(`unclosed [[ in: ${marked}`);
      const [type, canonical, extra] = tail.split('|');
      if (
        type === undefined ||
        !TYPES.has(type) ||
        canonical === undefined ||
        canonical === '' ||
        extra !== undefined
      ) {
        throw new Error(`bad tag "|${tail}]]" in: ${marked}`);
      }
      const start = stack.pop() as number;
      entities.push({ start, end: out.length, text: out.slice(start).join(''), type, canonical });
      i = j + 1;
    } else {
      out.push(c);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed [[ in: ${marked}`);
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: out.join(''), entities };
}

const [parasPath, markedPath, outPath] = process.argv.slice(2);
if (parasPath === undefined || markedPath === undefined || outPath === undefined) {
  console.error('usage: anchor.ts <paragraphs.jsonl> <marked.jsonl> <out.jsonl>');
  process.exit(2);
}
const paras = new Map<number, { id: number; file: string; text: string }>();
for (const line of readFileSync(parasPath, 'utf8').split('\n').filter(Boolean)) {
  const p = JSON.parse(line) as { id: number; file: string; text: string };
  paras.set(p.id, p);
}
const rows: string[] = [];
let problems = 0;
readFileSync(markedPath, 'utf8')
  .split('\n')
  .forEach((line, n) => {
    if (line.trim() === '') return;
    const m = JSON.parse(line) as { id: number; marked: string };
    const p = paras.get(m.id);
    if (p === undefined) {
      console.error(`line ${n + 1}: unknown id ${m.id}`);
      problems++;
      return;
    }
    try {
      const { text, entities } = parseMarkup(m.marked);
      if (text !== p.text) throw new Error(`markup text differs from paragraph ${m.id}:\n  ${text}\n  ${p.text}`);
      rows.push(JSON.stringify({ id: p.id, file: p.file, text: p.text, entities }));
    } catch (err) {
      console.error(`line ${n + 1} (id ${m.id}): ${err instanceof Error ? err.message : String(err)}`);
      problems++;
    }
  });
writeFileSync(outPath, `${rows.join('\n')}\n`);
console.log(`${rows.length} paragraphs → ${outPath}; ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
