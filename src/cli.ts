import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { ConfigError } from './dictionaries/load.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from './pipeline.js';
import { runBatch } from './run.js';

/** Exit codes: 0 the run completed, 1 nothing could be processed, 2 usage or configuration error. */
export const EXIT = { ok: 0, nothing: 1, usage: 2 } as const;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function runCommand(): Command {
  return new Command('run')
    .description('process articles (.md, .markdown, .html) into per-article and corpus JSON reports')
    .argument('<inputs...>', 'article files or folders (searched recursively)')
    .option('-p, --pipeline <file>', 'pipeline file', DEFAULT_PIPELINE)
    .option('-d, --dict <path>', 'extra dictionary file or folder, layered over the built-ins (repeatable)', collect, [])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-q, --quiet', 'print nothing but errors')
    .action((inputs: string[], opts: { pipeline: string; dict: string[]; out: string; quiet?: boolean }) => {
      const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
      for (const d of pipeline.dictionaries.diagnostics) {
        if (d.severity !== 'info' && opts.quiet !== true) process.stderr.write(`${d.severity}: ${d.message}\n`);
      }
      const bar = process.stderr.isTTY && opts.quiet !== true ? new cliProgress.SingleBar({ format: 'guanxi {bar} {value}/{total} articles | {eta_formatted} left', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
      const { summary } = runBatch({
        inputs,
        out: opts.out,
        pipeline,
        onStart: (total) => bar?.start(total, 0),
        onArticle: (done) => bar?.update(done),
      });
      bar?.stop();
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
    });
}

/** Builds the guanxi command-line program. */
export function buildProgram(): Command {
  const program = new Command('guanxi')
    .description('Find the people, countries, places, organizations and initiatives in Chinese news articles, and which appear together.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  program.addCommand(runCommand());
  program.addOption(new Option('--no-color', 'accepted for compatibility; output has no colour').hideHelp());
  return program;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`guanxi: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

const isMain = process.argv[1] !== undefined && /cli\.(ts|js)$/.test(process.argv[1]);
if (isMain || process.env['GUANXI_BIN'] === '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`guanxi: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
