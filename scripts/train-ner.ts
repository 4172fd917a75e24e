// Trains the NER model from ../shared/gold (MSRA train and PFR 1998-01), holding back a split of each for
// measurement, and writes models/ner.bin. Deterministic for a seed. Usage:
//   npm run train:ner -- [--epochs 8] [--bits 20] [--seed 20261125] [--data msra,pfr] [--no-gazetteer] [--out models/ner.bin]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { readBio, readCluener, readPfr } from '../src/nlp/ner/gold.js';
import type { NerSentence } from '../src/nlp/ner/gold.js';
import { DEFAULT_MODEL_PATH, defaultCharTables, dictionaryGazetteer } from '../src/resources/model.js';
import { NO_GAZETTEER, NerModel, TAG_COUNT, TEMPLATE_COUNT, WORD_CLASS, WordTable } from '../src/nlp/ner/model.js';
import { jiebaDictPath } from '../src/resources/lexicon.js';
import type { ModelInfo } from '../src/nlp/ner/model.js';
import { scoreNer } from '../src/nlp/ner/score.js';
import type { NerScore } from '../src/nlp/ner/score.js';
import { quantize, tagsOfSpans, trainPerceptron } from '../src/nlp/ner/train.js';
import { heldOutSplits } from '../src/nlp/ner/splits.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '15' },
    bits: { type: 'string', default: '19' },
    seed: { type: 'string', default: '20261125' },
    data: { type: 'string', default: 'msra,pfr,cluener' },
    'no-gazetteer': { type: 'boolean', default: false },
    'no-words': { type: 'boolean', default: false },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    gold: { type: 'string', default: fileURLToPath(new URL('../../shared/gold/', import.meta.url)) },
  },
});
const epochs = Number(values.epochs);
const hashBits = Number(values.bits);
const seed = Number(values.seed);
const sources = values.data.split(',');
const useGaz = !values['no-gazetteer'];

const t0 = performance.now();
const splits = heldOutSplits(values.gold, {
  msra: sources.includes('msra') ? readBio(readFileSync(`${values.gold}/msra/train.bio`, 'utf8')).sentences : [],
  pfr: sources.includes('pfr') ? readPfr(readFileSync(`${values.gold}/pfr199801/199801.txt`, 'utf8')).sentences : [],
  cluener: sources.includes('cluener')
    ? readCluener(readFileSync(`${values.gold}/cluener/train.json`, 'utf8')).sentences
    : [],
});
const train: NerSentence[] = [...splits.msra.train, ...splits.pfr.train, ...splits.cluener.train];
console.log(
  `train ${train.length} sentences (msra ${splits.msra.train.length}, pfr ${splits.pfr.train.length}, cluener ${splits.cluener.train.length}); held out msra ${splits.msra.test.length}, pfr ${splits.pfr.test.length}, cluener ${splits.cluener.test.length}`,
);

const dicts = loadDictionaries();
// jieba's lexicon, for word-boundary features; stored inside the model so inference needs no jieba files.
const words: Array<[string, number]> = [];
for (const line of readFileSync(jiebaDictPath(), 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(' ');
  if (word === undefined || tag === undefined || Number(freq) < 3) continue;
  words.push([word, WORD_CLASS[tag] ?? 4]);
}
const tables = values['no-words'] ? defaultCharTables() : { ...defaultCharTables(), words: WordTable.build(words) };
const gazetteer = useGaz ? dictionaryGazetteer(dicts) : NO_GAZETTEER;
// PFR and CLUENER sentences get corpus-specific feature copies (see TaggedSentence.domain): by default the model
// keeps MSRA's conventions; `spans(text, convention)` adds a corpus's own features to follow its conventions.
const CONVENTIONS = ['msra', 'pfr', 'cluener'];
const data = [
  ...splits.msra.train.map((s) => ({ text: s.text, tags: tagsOfSpans(s), domain: 0 })),
  ...splits.pfr.train.map((s) => ({ text: s.text, tags: tagsOfSpans(s), domain: 1 })),
  ...splits.cluener.train.map((s) => ({ text: s.text, tags: tagsOfSpans(s), domain: 2 })),
];

function evaluate(model: NerModel, set: NerSentence[], convention = 0): NerScore {
  return scoreNer(
    set.map((s) => s.spans),
    set.map((s) => model.spans(s.text, convention)),
  );
}
const fmt = (s: NerScore): string =>
  `micro ${s.micro.f1.toFixed(4)} PER ${s.types.PER.f1.toFixed(4)} LOC ${s.types.LOC.f1.toFixed(4)} ORG ${s.types.ORG.f1.toFixed(4)}`;

const info = (scale: number, heldOut: Record<string, unknown>, temperature = 1, bias = 0): ModelInfo => ({
  format: 'guanxi-ner',
  version: 1,
  hashBits,
  templates: TEMPLATE_COUNT,
  tags: TAG_COUNT,
  scale,
  temperature,
  bias,
  trainedOn: sources.map(
    (s) =>
      ({
        msra: 'MSRA NER train (held-back split excluded)',
        pfr: 'PFR 1998-01 (held-back days excluded)',
        cluener: 'CLUENER2020 train (held-back split excluded)',
      })[s] ?? s,
  ),
  epochs,
  seed,
  gazetteer: useGaz,
  heldOut,
  conventions: CONVENTIONS,
});

const result = trainPerceptron(data, tables, gazetteer, {
  hashBits,
  epochs,
  seed,
  onEpoch(epoch, weights, trans, mistakes) {
    const q = quantize(weights);
    const m = new NerModel(info(q.scale, {}), q.ints, trans, tables, gazetteer);
    const parts = [`epoch ${epoch}: ${mistakes} sentences wrong, ${((performance.now() - t0) / 1000).toFixed(0)} s`];
    if (splits.msra.test.length > 0) parts.push(`msra held-out ${fmt(evaluate(m, splits.msra.test))}`);
    if (splits.pfr.test.length > 0)
      parts.push(
        `pfr held-out ${fmt(evaluate(m, splits.pfr.test))}; with PFR conventions ${fmt(evaluate(m, splits.pfr.test, 1))}`,
      );
    if (splits.cluener.test.length > 0)
      parts.push(
        `cluener held-out ${fmt(evaluate(m, splits.cluener.test))}; with CLUENER conventions ${fmt(evaluate(m, splits.cluener.test, 2))}`,
      );
    console.log(parts.join('\n  '));
  },
});

// Calibrate confidences on the held-out sentences: a logistic fit of "span is correct" on the span margin.
const q = quantize(result.weights);
const draft = new NerModel(info(q.scale, {}), q.ints, result.trans, tables, gazetteer);
const points: Array<[number, number]> = [];
// Calibrated on MSRA's held-out sentences: the pipeline uses the default (MSRA) conventions, which the other
// corpora's gold does not follow.
for (const s of splits.msra.test) {
  const gold = new Set(s.spans.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const p of draft.spans(s.text)) {
    // With temperature 1 and bias 0 the confidence is logistic(margin): recover the margin.
    const c = Math.min(Math.max(p.confidence, 1e-6), 1 - 1e-6);
    points.push([Math.log(c / (1 - c)), gold.has(`${p.start}:${p.end}:${p.type}`) ? 1 : 0]);
  }
}
let a = 0.1;
let b = 0;
for (let it = 0; it < 300; it++) {
  let ga = 0;
  let gb = 0;
  for (const [x, y] of points) {
    const p = 1 / (1 + Math.exp(-(a * x + b)));
    ga += (p - y) * x;
    gb += p - y;
  }
  a -= (0.5 * ga) / points.length / 100;
  b -= (0.5 * gb) / points.length;
}
const temperature = 1 / Math.max(a, 1e-6);
const bias = -b * temperature;
const final = new NerModel(info(q.scale, {}, temperature, bias), q.ints, result.trans, tables, gazetteer);
const heldOut: Record<string, unknown> = {};
if (splits.msra.test.length > 0) heldOut.msra = summary(evaluate(final, splits.msra.test));
if (splits.pfr.test.length > 0) {
  heldOut.pfr = summary(evaluate(final, splits.pfr.test));
  heldOut.pfrConventions = summary(evaluate(final, splits.pfr.test, 1));
}
if (splits.cluener.test.length > 0) {
  heldOut.cluener = summary(evaluate(final, splits.cluener.test));
  heldOut.cluenerConventions = summary(evaluate(final, splits.cluener.test, 2));
}
function summary(s: NerScore): Record<string, number> {
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    sentences: s.sentences,
    micro: r(s.micro.f1),
    PER: r(s.types.PER.f1),
    LOC: r(s.types.LOC.f1),
    ORG: r(s.types.ORG.f1),
  };
}
const model = new NerModel(info(q.scale, heldOut, temperature, bias), q.ints, result.trans, tables, gazetteer);
const bytes = model.toBytes();
writeFileSync(values.out, bytes);
console.log(
  `confidence: temperature ${temperature.toFixed(3)}, bias ${bias.toFixed(3)} (from ${points.length} held-out spans)`,
);
console.log(
  `wrote ${values.out}: ${(bytes.length / 1e6).toFixed(1)} MB; held out ${JSON.stringify(heldOut)}; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
