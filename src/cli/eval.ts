import { Command, Option } from 'commander';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../pipeline.js';
import {
  Convention,
  conventionOf,
  defaultVocabulary,
  evalNer,
  evalSeg,
  formatNerEval,
  formatSegEval,
} from '../evaluate/ner.js';
import type { ConventionT, EvalMode } from '../evaluate/ner.js';
import type { GoldFormatT } from '../nlp/ner/gold.js';
import { evalEntities, formatEntityEval } from '../evaluate/entities.js';
import { collect } from './options.js';
import { FORMATS } from './ner.js';

/** `guanxi eval ner`: the recognizer on NER gold (MSRA, BIO, PFR, CLUENER). */
function addEvalNer(ev: Command): void {
  ev.command('ner')
    .description('precision, recall and F1 per type and micro-averaged (exact spans), and characters per second')
    .addOption(
      new Option('-f, --format <format>', 'gold format')
        .choices(FORMATS.filter((f) => f !== 'text'))
        .makeOptionMandatory(),
    )
    .requiredOption('-g, --gold <file>', 'gold file')
    .addOption(
      new Option('-r, --recognizer <which>', "score the pipeline's recognizer or the model alone")
        .choices(['pipeline', 'model'])
        .default('pipeline'),
    )
    .option('-p, --pipeline <file>', 'pipeline file', DEFAULT_PIPELINE)
    .option('-d, --dict <path>', 'extra dictionary file or folder (repeatable)', collect, [])
    .addOption(
      new Option('-c, --convention <corpus>', 'annotation conventions to follow (default: those of --format)').choices(
        Convention.options,
      ),
    )
    .option('--json', 'print the result as JSON')
    .action(
      (opts: {
        format: GoldFormatT;
        gold: string;
        recognizer: EvalMode;
        pipeline: string;
        dict: string[];
        json?: boolean;
        convention?: ConventionT;
      }) => {
        const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
        const result = evalNer(
          pipeline,
          opts.format,
          opts.gold,
          opts.recognizer,
          opts.convention ?? conventionOf(opts.format),
        );
        process.stdout.write(
          opts.json === true
            ? `${JSON.stringify({ ...result, problems: result.problems.length }, null, 2)}\n`
            : formatNerEval(result),
        );
      },
    );
}

/** `guanxi eval entities`: the mentions of every type on paragraphs annotated by the modern-news guide. */
function addEvalEntities(ev: Command): void {
  ev.command('entities')
    .description(
      'people, countries, places, organizations and initiatives against paragraphs annotated by the modern-news guide',
    )
    .requiredOption(
      '-g, --gold <file>',
      'gold paragraphs (JSON Lines: id, file, text, entities with code-point offsets)',
    )
    .option('-p, --pipeline <file>', 'pipeline file', DEFAULT_PIPELINE)
    .option('-d, --dict <path>', 'extra dictionary file or folder (repeatable)', collect, [])
    .option('--errors', 'list every miss and false positive in context')
    .option('--json', 'print the result as JSON')
    .action((opts: { gold: string; pipeline: string; dict: string[]; errors?: boolean; json?: boolean }) => {
      const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
      const result = evalEntities(pipeline, opts.gold);
      const json = {
        gold: result.gold,
        paragraphs: result.paragraphs,
        score: result.score,
        seconds: result.seconds,
        ...(opts.errors === true ? { errors: result.errors } : {}),
      };
      process.stdout.write(
        opts.json === true ? `${JSON.stringify(json, null, 2)}\n` : formatEntityEval(result, opts.errors === true),
      );
    });
}

/** `guanxi eval seg`: the segmenter on SIGHAN gold. */
function addEvalSeg(ev: Command): void {
  ev.command('seg')
    .description('word segmentation precision, recall, F1 and out-of-vocabulary recall on SIGHAN 2005 gold')
    .requiredOption('-g, --gold <file>', 'gold segmentation (words separated by spaces, one sentence a line)')
    .option(
      '-w, --words <file>',
      'training word list for OOV recall (default: the *_training_words.utf8 beside the gold)',
    )
    .option('-p, --pipeline <file>', 'pipeline file', DEFAULT_PIPELINE)
    .option('-d, --dict <path>', 'extra dictionary file or folder (repeatable)', collect, [])
    .option('--json', 'print the result as JSON')
    .action((opts: { gold: string; words?: string; pipeline: string; dict: string[]; json?: boolean }) => {
      const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
      const result = evalSeg(pipeline, opts.gold, opts.words ?? defaultVocabulary(opts.gold));
      process.stdout.write(opts.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatSegEval(result));
    });
}

/** `guanxi eval`: entities, the recognizer and the segmenter measured on gold data. */
export function evalCommand(): Command {
  const ev = new Command('eval').description('measure the entities, the recognizer and the segmenter on gold data');
  addEvalNer(ev);
  addEvalEntities(ev);
  addEvalSeg(ev);
  return ev;
}
