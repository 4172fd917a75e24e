// Searches the focus stage's weights and thresholds (src/stages/focus.ts, FocusOptions) for the most articles whose
// focus matches the readers' on the development sets, and reports each candidate's score on every set given, so that
// a change is kept only if it holds on a set it was not chosen on. The measure half is never a set to choose on.
// Usage: npx tsx scripts/tune-focus.ts --choose gold/focus/tune.jsonl,gold/focus/dev2.jsonl --check gold/focus/dev4.jsonl
//        [--trials 400] [--seed 1]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticle } from '../src/article/read.js';
import { readFocusGold, scoreFocus } from '../src/evaluate/focus.js';
import type { FocusGoldArticleT, ScoredFocus } from '../src/evaluate/focus.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { entityType } from '../src/schema/report-view.js';
import { FocusOptions, focusStage } from '../src/stages/focus.js';
import type { Doc } from '../src/schema/doc.js';

const { values } = parseArgs({
  options: {
    choose: { type: 'string', default: 'gold/focus/tune.jsonl,gold/focus/dev2.jsonl,gold/focus/dev3.jsonl' },
    check: { type: 'string', default: 'gold/focus/dev4.jsonl' },
    corpora: { type: 'string', default: '../shared/corpora' },
    trials: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
  },
});
if ((values.choose + values.check).includes('measure')) throw new Error('the measure half is only measured');

/** The weights and thresholds searched, each with the values tried (the current default among them). */
const SPACE: Record<string, number[]> = {
  'weights.title': [1.5, 2, 2.5, 3],
  'weights.heading': [0.5, 1, 1.5],
  'weights.lead': [1, 1.5, 2, 2.5],
  'weights.share': [6, 8, 10, 12],
  'weights.shareCap': [2.5, 3, 3.5, 4],
  'weights.spread': [1, 1.5, 2, 2.5],
  'weights.actor': [1, 1.5, 2],
  'weights.section': [0.6, 0.7, 0.8, 0.9],
  threshold: [2, 2.5, 3],
  primary: [3.5, 4, 4.5, 5],
};

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const root = resolve(values.corpora);
const sets = [...new Set([...values.choose.split(','), ...values.check.split(',')])].map((path) => ({
  path,
  chosen: values.choose.split(',').includes(path),
  gold: readFocusGold(path),
}));
// Every stage runs once per article; only the focus stage runs again for each candidate.
const docs = new Map<string, Doc>();
for (const s of sets)
  for (const a of s.gold) docs.set(a.file, pipeline.run(readArticle({ path: resolve(root, a.file), root }, a.file)));

type Candidate = Record<string, number>;
const parsedDefaults = FocusOptions.parse({}) as unknown as Record<string, Record<string, number> | number>;
const defaults: Candidate = Object.fromEntries(
  Object.keys(SPACE).map((k) => {
    const [a, b] = k.split('.') as [string, string | undefined];
    return [
      k,
      b === undefined ? (parsedDefaults[a] as number) : ((parsedDefaults[a] as Record<string, number>)[b] as number),
    ];
  }),
);

function optionsOf(c: Candidate): unknown {
  const weights: Record<string, number> = {};
  const top: Record<string, unknown> = { weights };
  for (const [k, v] of Object.entries(c)) {
    const [a, b] = k.split('.') as [string, string | undefined];
    if (b === undefined) top[a] = v;
    else weights[b] = v;
  }
  return top;
}

function matches(c: Candidate, gold: readonly FocusGoldArticleT[]): number {
  const stage = focusStage.create(FocusOptions.parse(optionsOf(c)), {
    dictionaries: pipeline.dictionaries,
    resources: pipeline.resources,
  });
  const predicted = new Map<number, ScoredFocus[]>();
  for (const a of gold) {
    const focus = stage.run(docs.get(a.file) as Doc).focus ?? [];
    predicted.set(
      a.n,
      focus.map(([id, rank]) => ({ id, rank, type: entityType(id) })),
    );
  }
  return scoreFocus(gold, predicted).matched.match;
}

const scores = (c: Candidate): number[] => sets.map((s) => matches(c, s.gold));
const chosenTotal = (sc: number[]): number => sc.reduce((n, x, i) => n + (sets[i]?.chosen ? x : 0), 0);

// A seeded generator (mulberry32), so that a search can be repeated.
let state = Number(values.seed) >>> 0;
const random = (): number => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const show = (label: string, c: Candidate, sc: number[]): void => {
  const changed = Object.entries(c)
    .filter(([k, v]) => v !== defaults[k])
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  process.stdout.write(
    `${label.padEnd(8)} ${sets.map((s, i) => `${s.path.replace(/.*\//, '')} ${sc[i]}`).join('  ')}  ${changed || '(defaults)'}\n`,
  );
};

const base = scores(defaults);
show('default', defaults, base);
// Coordinate moves from the best so far, then random jumps of two or three parameters.
let best = { c: defaults, sc: base };
const keys = Object.keys(SPACE);
for (let trial = 0; trial < Number(values.trials); trial++) {
  const c = { ...best.c };
  const moves = trial < keys.length * 4 ? 1 : 2 + Math.floor(random() * 2);
  for (let m = 0; m < moves; m++) {
    const k =
      trial < keys.length * 4
        ? (keys[trial % keys.length] as string)
        : (keys[Math.floor(random() * keys.length)] as string);
    const vals = SPACE[k] as number[];
    c[k] = vals[Math.floor(random() * vals.length)] as number;
  }
  const sc = scores(c);
  if (chosenTotal(sc) > chosenTotal(best.sc) || (chosenTotal(sc) === chosenTotal(best.sc) && random() < 0.3)) {
    best = { c, sc };
    show(`#${trial}`, c, sc);
  }
}
show('best', best.c, best.sc);
