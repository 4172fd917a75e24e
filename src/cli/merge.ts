import { Command } from 'commander';
import { mergeOutputs } from '../batch/merge.js';
import { databaseLine } from './run.js';

/** The `guanxi merge` command (registered by the CLI). */
export function mergeCommand(): Command {
  return new Command('merge')
    .description(
      'merge the output folders of finished runs into the corpus report and exports of one run over all their inputs',
    )
    .argument('<output-dirs...>', 'output folders of finished `guanxi run`s (or merges), in input order')
    .requiredOption('-o, --out <dir>', 'output folder for the merged corpus.json, aggregate.ndjson and exports')
    .option('--no-db', "write no <out>/guanxi.sqlite database (and remove an earlier merge's)")
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (dirs: string[], opts: { out: string; quiet?: boolean; db: boolean }) => {
      const { summary, database } = await mergeOutputs(dirs, opts.out, { db: opts.db });
      const a = summary.articles;
      if (opts.quiet !== true) {
        process.stdout.write(
          `${[
            `merged:   ${dirs.length} runs`,
            `articles: ${a.total} (ok ${a.ok}, with warnings ${a.warnings}, failed ${a.failed})`,
            `entities: ${summary.entities} distinct, ${summary.mentions} mentions`,
            `duration: ${summary.seconds.toFixed(2)} s`,
            `output:   ${summary.out}`,
            ...(database === null ? [] : [databaseLine(database)]),
          ].join('\n')}\n`,
        );
      }
      // The same exit codes as `guanxi run`: 1 when no article at all was processed.
      process.exitCode = a.total - a.failed > 0 ? 0 : 1;
    });
}
