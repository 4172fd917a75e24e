// How often each article's focus matches a careful reader's: runs the pipeline on the gold articles (paths relative
// to ../shared/corpora) and scores the focus (src/evaluate/focus.ts; the criteria are in docs/outputs.md, "Focus").
// Usage: npx tsx scripts/eval-focus.ts [--gold gold/focus/measure.jsonl] [--corpora ../shared/corpora] [--errors]
import { entityType } from '../src/schema/report-view.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticle } from '../src/article/read.js';
import { formatFocusScore, readFocusGold, scoreFocus } from '../src/evaluate/focus.js';
import type { ScoredFocus } from '../src/evaluate/focus.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'gold/focus/measure.jsonl' },
    corpora: { type: 'string', default: '../shared/corpora' },
    pipeline: { type: 'string', default: DEFAULT_PIPELINE },
    errors: { type: 'boolean', default: false },
  },
});
const gold = readFocusGold(values.gold);
const root = resolve(values.corpora);
const pipeline = createPipeline(readPipelineFile(values.pipeline));
const predicted = new Map<number, ScoredFocus[]>();
for (const a of gold) {
  const report = pipeline.run(readArticle({ path: resolve(root, a.file), root }, a.file)).report;
  const focus = report?.focus ?? [];
  predicted.set(
    a.n,
    focus.map(([id, rank]) => ({ id, rank, type: entityType(id) })),
  );
}
const score = scoreFocus(gold, predicted);
process.stdout.write(formatFocusScore(score, values.gold));
if (values.errors) {
  for (const a of score.perArticle) {
    const failed = Object.entries(a.criteria)
      .filter(([, ok]) => !ok)
      .map(([c]) => c);
    if (failed.length === 0) continue;
    const focus = (predicted.get(a.n) ?? []).map((f) => `${f.id}(${f.rank})`).join(' ');
    process.stdout.write(
      `#${a.n} ${a.file} fails ${failed.join(',')}\n  focus: ${focus}\n  missing: ${a.missing.join(' ')}\n  extra: ${a.extra.join(' ')}\n`,
    );
  }
}
