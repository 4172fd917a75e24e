import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { Pipeline } from '../pipeline.js';
import { readGold, readSighan } from '../nlp/ner/gold.js';
import type { GoldFormatT, GoldProblem, NerSentence, NerSpanT } from '../nlp/ner/gold.js';
import { createRecognizer } from '../article/recognizer.js';
import { scoreNer, scoreSeg } from '../nlp/ner/score.js';
import type { NerScore, SegScore } from '../nlp/ner/score.js';

/** Input formats of `guanxi ner`: plain text (one sentence a line) or the text of a gold format. */
export type NerInputFormat = GoldFormatT | 'text';

/** Sentences to recognize from an input's content: each line for text, the gold sentences otherwise. */
export function nerInput(format: NerInputFormat, content: string): { sentences: string[]; problems: GoldProblem[] } {
  if (format === 'text') {
    const lines = content.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return { sentences: lines, problems: [] };
  }
  const read = readGold(format, content);
  return { sentences: read.sentences.map((s) => s.text), problems: read.problems };
}

/** What `guanxi ner` writes for one sentence: `{"entities":[{"start":0,"end":2,"type":"PER","text":"王毅"}]}`. */
export function nerLine(spans: readonly NerSpanT[]): string {
  return JSON.stringify({ entities: spans.map((s) => ({ start: s.start, end: s.end, type: s.type, text: s.text })) });
}

/** Which recognizer `guanxi eval ner` scores: the pipeline's (dictionaries, rules and model) or the model alone. */
export type EvalMode = 'pipeline' | 'model';

/** Annotation conventions the model can follow: its default (MSRA's) and those of its other training corpora. */
export const Convention = z.enum(['msra', 'pfr', 'cluener']);
/** A convention name. */
export type ConventionT = z.infer<typeof Convention>;

/** The convention of a gold format (MSRA's for plain text and BIO, which is MSRA's release format). */
export function conventionOf(format: NerInputFormat): ConventionT {
  return format === 'pfr' ? 'pfr' : format === 'cluener' ? 'cluener' : 'msra';
}

/** A recognizer for sentences: the pipeline's full one, or the model alone, following a corpus's conventions. */
export function sentenceRecognizer(
  pipeline: Pipeline,
  mode: EvalMode,
  convention: ConventionT = 'msra',
): (text: string) => NerSpanT[] {
  const tagOptions = pipeline.stageOptions('tag') as { model?: string } | undefined;
  const model = pipeline.resources.nerModel(tagOptions?.model);
  // A model trained without that corpus follows its default conventions.
  const index = Math.max(0, (model.info.conventions ?? ['msra']).indexOf(convention));
  if (mode === 'model')
    return (text) => model.spans(text, index).map(({ start, end, type, text: t }) => ({ start, end, type, text: t }));
  const r = createRecognizer(pipeline);
  return (text) => r.recognize(text, index);
}

/** Result of `guanxi eval ner`. */
export interface NerEval {
  gold: string;
  format: GoldFormatT;
  mode: EvalMode;
  convention: ConventionT;
  score: NerScore;
  characters: number;
  seconds: number;
  charsPerSecond: number;
  problems: GoldProblem[];
}

/** Scores the recognizer on a gold file (exact start, end and type). */
export function evalNer(
  pipeline: Pipeline,
  format: GoldFormatT,
  goldPath: string,
  mode: EvalMode = 'pipeline',
  convention: ConventionT = conventionOf(format),
): NerEval {
  if (!existsSync(goldPath)) throw new ConfigError(`gold file ${goldPath} does not exist`);
  const read = readGold(format, readFileSync(goldPath, 'utf8'));
  if (read.sentences.length === 0)
    throw new ConfigError(
      `gold file ${goldPath} has no ${format} sentences${read.problems[0] !== undefined ? ` (line ${read.problems[0].line}: ${read.problems[0].message})` : ''}`,
    );
  return evalNerSentences(pipeline, format, goldPath, read.sentences, read.problems, mode, convention);
}

/** Scores the recognizer on sentences already read. */
export function evalNerSentences(
  pipeline: Pipeline,
  format: GoldFormatT,
  gold: string,
  sentences: readonly NerSentence[],
  problems: GoldProblem[],
  mode: EvalMode,
  convention: ConventionT = conventionOf(format),
): NerEval {
  const recognize = sentenceRecognizer(pipeline, mode, convention);
  // Set-up (model, jieba) happens on the first call; keep it out of the timing.
  recognize('王毅会见布林肯。');
  let characters = 0;
  const predicted: NerSpanT[][] = [];
  const t0 = performance.now();
  for (const s of sentences) {
    characters += s.text.length;
    predicted.push(recognize(s.text));
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    gold,
    format,
    mode,
    convention,
    score: scoreNer(
      sentences.map((s) => s.spans),
      predicted,
    ),
    characters,
    seconds,
    charsPerSecond: characters / Math.max(seconds, 1e-9),
    problems,
  };
}

/** Result of `guanxi eval seg`. */
export interface SegEval {
  gold: string;
  vocabulary: string | null;
  score: SegScore;
  characters: number;
  seconds: number;
  charsPerSecond: number;
}

/** The training word list beside a SIGHAN gold file (msr_test_gold.utf8 → msr_training_words.utf8), if present. */
export function defaultVocabulary(goldPath: string): string | null {
  const m = /^([a-z]+)_test_gold\.utf8$/.exec(basename(goldPath));
  if (m === null) return null;
  const path = join(dirname(goldPath), `${m[1]}_training_words.utf8`);
  return existsSync(path) ? path : null;
}

/** Scores the segmenter (jieba's algorithm and lexicon, built in, with the dictionaries' forms and the HMM for unknown words) on SIGHAN gold. */
export function evalSeg(
  pipeline: Pipeline,
  goldPath: string,
  vocabularyPath: string | null = defaultVocabulary(goldPath),
): SegEval {
  if (!existsSync(goldPath)) throw new ConfigError(`gold file ${goldPath} does not exist`);
  if (vocabularyPath !== null && !existsSync(vocabularyPath))
    throw new ConfigError(`word list ${vocabularyPath} does not exist`);
  const gold = readSighan(readFileSync(goldPath, 'utf8'));
  const vocabulary =
    vocabularyPath === null
      ? undefined
      : new Set(
          readFileSync(vocabularyPath, 'utf8')
            .split(/\s+/)
            .filter((w) => w !== ''),
        );
  const segmenter = pipeline.resources.segmenter(1_000_000);
  let characters = 0;
  const predicted: string[][] = [];
  const t0 = performance.now();
  for (const words of gold) {
    const text = words.join('');
    characters += text.length;
    // jieba keeps spaces as tokens; the gold has none inside a sentence.
    predicted.push(segmenter.cut(text, true).filter((w) => w.trim() !== ''));
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    gold: goldPath,
    vocabulary: vocabularyPath,
    score: scoreSeg(gold, predicted, vocabulary),
    characters,
    seconds,
    charsPerSecond: characters / Math.max(seconds, 1e-9),
  };
}

const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);

/** A plain-text table of an NER evaluation. */
export function formatNerEval(e: NerEval): string {
  const rows = [
    `${e.gold} (${e.format}, ${e.score.sentences} sentences, recognizer: ${e.mode}, conventions: ${e.convention})`,
    'type   gold    pred    correct  precision  recall     F1',
  ];
  const line = (name: string, p: NerScore['micro']): string =>
    `${name.padEnd(6)} ${String(p.gold).padStart(6)}  ${String(p.predicted).padStart(6)}  ${String(p.correct).padStart(7)}  ${pct(p.precision)}    ${pct(p.recall)}  ${pct(p.f1)}`;
  for (const t of ['PER', 'LOC', 'ORG'] as const) rows.push(line(t, e.score.types[t]));
  rows.push(line('micro', e.score.micro));
  rows.push(
    `speed: ${Math.round(e.charsPerSecond).toLocaleString('en')} characters/s (${e.characters.toLocaleString('en')} characters in ${e.seconds.toFixed(2)} s)`,
  );
  if (e.problems.length > 0)
    rows.push(
      `skipped ${e.problems.length} unreadable lines (first: line ${e.problems[0]?.line}: ${e.problems[0]?.message})`,
    );
  return `${rows.join('\n')}\n`;
}

/** A plain-text summary of a segmentation evaluation. */
export function formatSegEval(e: SegEval): string {
  const s = e.score;
  return `${[
    `${e.gold} (${s.sentences} sentences${e.vocabulary !== null ? `; vocabulary ${e.vocabulary}` : ''})`,
    `words: gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct}`,
    `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  OOV recall ${s.oovRecall === null ? '   n/a' : pct(s.oovRecall)}${s.oovRecall === null ? '' : ` (${s.oovCorrect}/${s.oovGold})`}`,
    `speed: ${Math.round(e.charsPerSecond).toLocaleString('en')} characters/s`,
  ].join('\n')}\n`;
}
