import { Command } from 'commander';
import { mergeOutputs } from '../batch/merge.js';

/** The `guanxi merge` command (registered by the CLI). */
export function mergeCommand(): Command {
  return new Command('merge')
    .description(
      'merge the output folders of finished runs into the corpus report and exports of one run over all their inputs',
    )
    .argument('<output-dirs...>', 'output folders of finished `guanxi run`s (or merges), in input order')
    .requiredOption('-o, --out <dir>', 'output folder for the merged corpus.json, aggregate.ndjson and exports')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (dirs: string[], opts: { out: string; quiet?: boolean }) => {
      const { summary } = await mergeOutputs(dirs, opts.out);
      const a = summary.articles;
      if (opts.quiet !== true) {
        process.stdout.write(
          `${[
            `merged:   ${dirs.length} runs`,
            `articles: ${a.total} (ok ${a.ok}, with warnings ${a.warnings}, failed ${a.failed})`,
            `entities: ${summary.entities} distinct, ${summary.mentions} mentions`,
            `duration: ${summary.seconds.toFixed(2)} s`,
            `output:   ${summary.out}`,
          ].join('\n')}\n`,
        );
      }
      // The same exit codes as `guanxi run`: 1 when no article at all was processed.
      process.exitCode = a.total - a.failed > 0 ? 0 : 1;
    });
}
