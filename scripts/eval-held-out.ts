// `npm run eval:held-out`: scores the shipped recognizer on the splits `npm run train:ner` held back from
// training (every tenth MSRA train sentence and CLUENER train line; PFR 1998-01-29 to 31), both the model alone and
// the pipeline's full recognizer (dictionaries, rules and model), each in the corpus's own conventions and, for PFR
// and CLUENER, also in the default (MSRA) conventions.
// Usage: npm run eval:held-out -- [--json] [--gold ../shared/gold]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { evalNerSentences, formatNerEval } from '../src/evaluate/ner.js';
import type { NerEval } from '../src/evaluate/ner.js';
import { readBio, readCluener, readPfr } from '../src/nlp/ner/gold.js';
import { heldOutSplits } from '../src/nlp/ner/splits.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string', default: 'msra,pfr,cluener' },
    mode: { type: 'string', default: 'model,pipeline' },
    gold: { type: 'string', default: fileURLToPath(new URL('../../shared/gold/', import.meta.url)) },
  },
});
const gold = values.gold;
if (!existsSync(`${gold}/msra/train.bio`)) {
  console.error(`eval:held-out needs the gold data at ${gold} (msra/train.bio, pfr199801/199801.txt)`);
  process.exit(2);
}
const splits = heldOutSplits(gold, {
  msra: readBio(readFileSync(`${gold}/msra/train.bio`, 'utf8')).sentences,
  pfr: readPfr(readFileSync(`${gold}/pfr199801/199801.txt`, 'utf8')).sentences,
  cluener: existsSync(`${gold}/cluener/train.json`)
    ? readCluener(readFileSync(`${gold}/cluener/train.json`, 'utf8')).sentences
    : [],
});
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const results: NerEval[] = [];
const only = values.only.split(',');
for (const mode of values.mode.split(',') as Array<'model' | 'pipeline'>) {
  if (only.includes('msra'))
    results.push(
      evalNerSentences(
        pipeline,
        'bio',
        'MSRA train, held-back split (every 10th sentence)',
        splits.msra.test,
        [],
        mode,
      ),
    );
  if (only.includes('pfr'))
    results.push(evalNerSentences(pipeline, 'pfr', 'PFR 1998-01, held-back days 29-31', splits.pfr.test, [], mode));
  if (only.includes('pfr'))
    results.push(
      evalNerSentences(pipeline, 'pfr', 'PFR 1998-01, held-back days 29-31', splits.pfr.test, [], mode, 'msra'),
    );
  if (only.includes('cluener'))
    results.push(
      evalNerSentences(
        pipeline,
        'cluener',
        'CLUENER train, held-back split (every 10th line)',
        splits.cluener.test,
        [],
        mode,
      ),
    );
  if (only.includes('cluener'))
    results.push(
      evalNerSentences(
        pipeline,
        'cluener',
        'CLUENER train, held-back split (every 10th line)',
        splits.cluener.test,
        [],
        mode,
        'msra',
      ),
    );
}
if (values.json)
  console.log(
    JSON.stringify(
      results.map((r) => ({
        gold: r.gold,
        mode: r.mode,
        convention: r.convention,
        score: r.score,
        charsPerSecond: Math.round(r.charsPerSecond),
      })),
      null,
      2,
    ),
  );
else for (const r of results) console.log(formatNerEval(r));
