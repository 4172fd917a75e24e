import { Command, CommanderError, Option } from 'commander';
import type cliProgressType from 'cli-progress';
import { createRequire } from 'node:module';
import { ConfigError } from '../core/errors.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../pipeline.js';
import { runBatch } from '../batch/run.js';
import { writeAtomic } from '../io/atomic.js';
import { existsSync, readFileSync } from 'node:fs';
import {
  Convention,
  conventionOf,
  defaultVocabulary,
  evalNer,
  evalSeg,
  formatNerEval,
  formatSegEval,
  nerInput,
  nerLine,
  sentenceRecognizer,
} from '../evaluate/ner.js';
import type { ConventionT, EvalMode, NerInputFormat } from '../evaluate/ner.js';
import type { GoldFormatT } from '../nlp/ner/gold.js';
import { mergeCommand } from '../batch/merge.js';
import { evalEntities, formatEntityEval } from '../evaluate/entities.js';

/** Exit codes: 0 the run completed, 1 nothing could be processed, 2 usage or configuration error. */
export const EXIT = { ok: 0, nothing: 1, usage: 2 } as const;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function runCommand(): Command {
  return new Command('run')
    .description('process articles (.md, .markdown, .html) into per-article and corpus JSON reports')
    .argument('<inputs...>', 'article files or folders (searched recursively)')
    .option('-p, --pipeline <file>', 'pipeline file', DEFAULT_PIPELINE)
    .option(
      '-d, --dict <path>',
      'extra dictionary file or folder, layered over the built-ins (repeatable)',
      collect,
      [],
    )
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-w, --workers <n>', 'worker threads (default: available cores; 1 runs in the main thread)', (v) =>
      Number.parseInt(v, 10),
    )
    .option('--no-cache', 'process every article again instead of reusing unchanged ones from <out>/.cache')
    .option('-q, --quiet', 'print nothing but errors')
    .action(
      async (
        inputs: string[],
        opts: { pipeline: string; dict: string[]; out: string; quiet?: boolean; workers?: number; cache: boolean },
      ) => {
        if (opts.workers !== undefined && !(Number.isInteger(opts.workers) && opts.workers >= 1))
          throw new ConfigError('--workers takes a whole number of at least 1');
        const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
        for (const d of pipeline.dictionaries.diagnostics) {
          if (d.severity !== 'info' && opts.quiet !== true) process.stderr.write(`${d.severity}: ${d.message}\n`);
        }
        // The progress bar's module is loaded only when there is a terminal to draw it on.
        const cliProgress =
          process.stderr.isTTY && opts.quiet !== true
            ? (createRequire(import.meta.url)('cli-progress') as typeof cliProgressType)
            : null;
        const bar =
          cliProgress !== null
            ? new cliProgress.SingleBar(
                {
                  format: 'guanxi {bar} {value}/{total} articles | {eta_formatted} left',
                  hideCursor: true,
                  clearOnComplete: true,
                },
                cliProgress.Presets.shades_classic,
              )
            : null;
        let stopRequested: string | null = null;
        const onSignal = (sig: string) => (): void => {
          if (stopRequested !== null) process.exit(130); // a second Ctrl-C: leave at once (outputs are still whole).
          stopRequested = sig;
        };
        const onInt = onSignal('SIGINT');
        const onTerm = onSignal('SIGTERM');
        process.on('SIGINT', onInt);
        process.on('SIGTERM', onTerm);
        let summary;
        try {
          ({ summary } = await runBatch({
            inputs,
            out: opts.out,
            pipeline,
            onStart: (total) => bar?.start(total, 0),
            onArticle: (done) => bar?.update(done),
            shouldStop: () => stopRequested !== null,
            cache: opts.cache,
            ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
          }));
        } finally {
          bar?.stop();
          process.off('SIGINT', onInt);
          process.off('SIGTERM', onTerm);
        }
        if (summary.interrupted !== undefined) {
          process.stderr.write(
            `guanxi: ${stopRequested ?? 'signal'}: stopped after ${summary.interrupted.done} of ${summary.interrupted.total} articles; their reports are complete, corpus.json was not updated. Run again to finish.\n`,
          );
          process.exitCode = 130;
          return;
        }
        const a = summary.articles;
        if (opts.quiet !== true) {
          process.stdout.write(
            [
              `articles: ${a.total} (ok ${a.ok}, with warnings ${a.warnings}, failed ${a.failed})`,
              `entities: ${summary.entities} distinct, ${summary.mentions} mentions`,
              `duration: ${summary.seconds.toFixed(2)} s`,
              `output:   ${summary.out}`,
            ].join('\n') + '\n',
          );
        }
        process.exitCode = a.total - a.failed > 0 ? EXIT.ok : EXIT.nothing;
        if (a.total === 0) process.stderr.write('no .md, .markdown or .html files found in the inputs\n');
      },
    );
}

function dictCommand(): Command {
  const dict = new Command('dict').description('check dictionaries, and suggest entries from a finished run');
  dict
    .command('check')
    .description('validate and lint every dictionary in effect (built-ins plus --dict); exit 1 on errors')
    .option('-d, --dict <path>', 'extra dictionary file or folder (repeatable)', collect, [])
    .option('--no-builtin', 'check only the --dict files, not the built-in dictionaries')
    .option('--quiet-info', 'do not print info findings')
    .action(async (opts: { dict: string[]; builtin: boolean; quietInfo?: boolean }) => {
      // Loaded by the command that needs it (with jieba and yaml), not at every start of `guanxi run`.
      const { checkDictionaries, formatFinding } = await import('../resources/dictionary-check.js');
      const findings = checkDictionaries({ user: opts.dict, ...(opts.builtin ? {} : { builtin: false }) });
      for (const f of findings)
        if (!(opts.quietInfo === true && f.severity === 'info')) process.stdout.write(formatFinding(f) + '\n');
      const count = (sev: string): number => findings.filter((f) => f.severity === sev).length;
      process.stdout.write(`${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes\n`);
      process.exitCode = count('error') > 0 ? EXIT.nothing : EXIT.ok;
    });
  dict
    .command('suggest')
    .description('the most frequent names a finished run found in no dictionary, as ready-to-edit YAML entries')
    .argument('<output-dir>', 'output folder of a finished `guanxi run`')
    .option('-m, --min-count <n>', 'only names with at least this many mentions', (v) => Number.parseInt(v, 10), 2)
    .option('-t, --type <type>', 'only this entity type (repeatable: person, place, organization)', collect, [])
    .option('-n, --limit <n>', 'at most this many entries', (v) => Number.parseInt(v, 10), 100)
    .option('-o, --out <file>', 'write the YAML here instead of standard output')
    .action(async (outDir: string, opts: { minCount: number; type: string[]; limit: number; out?: string }) => {
      if (!Number.isFinite(opts.minCount) || !Number.isFinite(opts.limit))
        throw new ConfigError('--min-count and --limit take a number');
      const { suggestEntries, suggestionsToYaml } = await import('../corpus/suggest.js');
      const yaml = suggestionsToYaml(
        suggestEntries(outDir, { minCount: opts.minCount, types: opts.type, limit: opts.limit }),
        outDir,
      );
      if (opts.out !== undefined) writeAtomic(opts.out, yaml);
      else process.stdout.write(yaml);
    });
  return dict;
}

const FORMATS = ['text', 'msra', 'bio', 'pfr', 'cluener'] as const;

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new ConfigError(`input file ${file} does not exist`);
  return readFileSync(file, 'utf8');
}

function nerCommand(): Command {
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
            process.stdout.write(out.join('\n') + '\n');
            out.length = 0;
          }
        }
        if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
      },
    );
}

function evalCommand(): Command {
  const ev = new Command('eval').description('measure the entities, the recognizer and the segmenter on gold data');
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
            ? JSON.stringify({ ...result, problems: result.problems.length }, null, 2) + '\n'
            : formatNerEval(result),
        );
      },
    );
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
        opts.json === true ? JSON.stringify(json, null, 2) + '\n' : formatEntityEval(result, opts.errors === true),
      );
    });
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
      process.stdout.write(opts.json === true ? JSON.stringify(result, null, 2) + '\n' : formatSegEval(result));
    });
  return ev;
}

/** Builds the guanxi command-line program. */
export function buildProgram(): Command {
  const program = new Command('guanxi')
    .description(
      'Find the people, countries, places, organizations and initiatives in Chinese news articles, and which appear together.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  program.addCommand(runCommand());
  program.addCommand(dictCommand());
  program.addCommand(nerCommand());
  program.addCommand(evalCommand());
  program.addCommand(mergeCommand());
  program.addOption(new Option('--no-color', 'accepted for compatibility; output has no colour').hideHelp());
  return program;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`guanxi: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

const isMain = process.argv[1] !== undefined && /cli[\\/]main\.(ts|js)$/.test(process.argv[1]);
if (isMain || process.env['GUANXI_BIN'] === '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `guanxi: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
