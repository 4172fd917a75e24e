// `npm run bench:ner`: characters per second of the NER model (with its dictionary gazetteer) on one core, over
// body text of ../shared/corpora/xwlb, next to nodejieba.tag and nodejieba.cut on the same sentences in the same run.
// Usage: npm run bench:ner -- [articles=3000]
import nodejieba from 'nodejieba';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { createRecognizer } from '../src/article/recognizer.js';
import { benchText } from './text.js';

const limit = Number(process.argv[2] ?? 3000);
const { text, source } = benchText(limit);
// Sentences as the pipeline sees them: split after sentence-final punctuation and at line breaks.
const sentences = text
  .split(/\n|(?<=[。！？!?；])/)
  .map((s) => s.trim())
  .filter((s) => s !== '');
const chars = sentences.reduce((n, s) => n + s.length, 0);

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const model = pipeline.resources.nerModel();
pipeline.resources.loadNodejieba(1_000_000);
const recognizer = createRecognizer(pipeline);

function measure(name: string, fn: (s: string) => unknown, rounds = 3): number {
  for (let i = 0; i < Math.min(200, sentences.length); i++) fn(sentences[i] as string);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const s of sentences) fn(s);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  const rate = chars / best;
  console.log(
    `${name.padEnd(44)} ${Math.round(rate).toLocaleString('en').padStart(12)} chars/s  (${best.toFixed(2)} s)`,
  );
  return rate;
}

console.log(
  `text: ${sentences.length.toLocaleString('en')} sentences, ${chars.toLocaleString('en')} characters from ${limit} articles of ${source}; best of 3 rounds, one thread`,
);
const tag = measure('nodejieba.tag (baseline)', (s) => nodejieba.tag(s));
const cut = measure('nodejieba.cut', (s) => nodejieba.cut(s, true));
const m = measure('NER model + dictionary gazetteer', (s) => model.spans(s));
const full = measure('pipeline recognizer (segment + dict + rules + model)', (s) => recognizer.recognize(s), 1);
console.log(
  `\nmodel / nodejieba.tag: ${(m / tag).toFixed(2)}x   model / nodejieba.cut: ${(m / cut).toFixed(2)}x   pipeline recognizer / nodejieba.tag: ${(full / tag).toFixed(2)}x`,
);
console.log(
  `target: model >= 1,000,000 chars/s or >= 0.6x nodejieba.tag: ${m >= 1_000_000 || m / tag >= 0.6 ? 'met' : 'NOT met'}`,
);
