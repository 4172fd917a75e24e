// Inter-annotator agreement of two gold files of the same paragraphs: per-type F1 with one annotator as gold and the
// other as prediction (F1 is symmetric), exact span and type (and ISO code for countries); `--errors` lists the
// disagreements for adjudication.
// Usage: npx tsx scripts/gold/agreement.ts <a.jsonl> <b.jsonl> [--errors] [--json]
import { parseArgs } from 'node:util';
import { GuideType, readEntityGold, scoreEntities } from '../../src/evaluate/entities.js';
import type { EntityError, ScoredMention } from '../../src/evaluate/entities.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { errors: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const [aPath, bPath] = positionals;
if (aPath === undefined || bPath === undefined) {
  console.error('usage: agreement.ts <a.jsonl> <b.jsonl> [--errors] [--json]');
  process.exit(2);
}
const a = readEntityGold(aPath);
const b = new Map<string, ScoredMention[]>(readEntityGold(bPath).map((p) => [p.id, p.mentions]));
const errors: EntityError[] = [];
const score = scoreEntities(a, b, errors);
if (values.json) {
  console.log(
    JSON.stringify(
      {
        a: aPath,
        b: bPath,
        paragraphs: a.length,
        f1: Object.fromEntries(GuideType.options.map((t) => [t, score.byType[t].f1])),
        micro: score.micro.f1,
        linking: score.linking.all.accuracy,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `agreement of ${bPath} with ${aPath} over ${a.length} paragraphs (F1, exact span and type; countries also by ISO code)`,
  );
  for (const t of GuideType.options) {
    const s = score.byType[t];
    console.log(
      `${t.padEnd(10)} F1 ${(s.f1 * 100).toFixed(1).padStart(5)}   A ${s.tp + s.fn}   B ${s.tp + s.fp}   both ${s.tp}`,
    );
  }
  console.log(
    `${'micro'.padEnd(10)} F1 ${(score.micro.f1 * 100).toFixed(1).padStart(5)}   canonical agreement on shared spans ${(score.linking.all.accuracy * 100).toFixed(1)}%`,
  );
  if (values.errors)
    for (const e of errors)
      console.log(
        `${e.kind === 'missed' ? 'A-only' : 'B-only'} ${e.paragraph.padStart(4)} ${e.mention.type.padEnd(10)} ${e.mention.canonical.padEnd(10)} ${e.context}`,
      );
}
