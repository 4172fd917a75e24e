import { Command, Option } from 'commander';
import { ConfigError } from '../core/errors.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../pipeline.js';
import { existsSync, readFileSync } from 'node:fs';
import { Convention, conventionOf, nerInput, nerLine, sentenceRecognizer } from '../evaluate/ner.js';
import type { ConventionT, NerInputFormat } from '../evaluate/ner.js';

import { collect } from './options.js';

/** Input formats of `guanxi ner` and gold formats of `guanxi eval ner`. */
export const FORMATS = ['text', 'msra', 'bio', 'pfr', 'cluener'] as const;

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new ConfigError(`input file ${file} does not exist`);
  return readFileSync(file, 'utf8');
}

/** `guanxi ner`: names in sentences, one JSON line each. */
export function nerCommand(): Command {
  return new Command('ner')
    .description(
      'find PER, LOC and ORG names in sentences (one per line, or the text of a gold file); one JSON line per sentence',
    )
    .argument('[file]', 'input file (standard input when absent or -)')
    .addOption(new Option('-f, --format <format>', 'input format').choices(FORMATS).default('text'))
    .option('-p, --pipeline <file>', 'pipeline file whose dictionaries, rules and model are used', DEFAULT_PIPELINE)
    .option('-d, --dict <path>', 'extra dictionary file or folder (repeatable)', collect, [])
    .addOption(
      new Option(
        '-c, --convention <corpus>',
        'annotation conventions to follow (default: those of --format; msra for text)',
      ).choices(Convention.options),
    )
    .action(
      (
        file: string | undefined,
        opts: { format: NerInputFormat; pipeline: string; dict: string[]; convention?: ConventionT },
      ) => {
        const input = nerInput(opts.format, readInput(file));
        for (const p of input.problems) process.stderr.write(`guanxi ner: line ${p.line}: ${p.message} (skipped)\n`);
        const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
        const recognize = sentenceRecognizer(pipeline, 'pipeline', opts.convention ?? conventionOf(opts.format));
        const out: string[] = [];
        for (const sentence of input.sentences) {
          out.push(nerLine(recognize(sentence)));
          if (out.length >= 1000) {
            process.stdout.write(`${out.join('\n')}\n`);
            out.length = 0;
          }
        }
        if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
      },
    );
}
