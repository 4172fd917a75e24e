import { Command } from 'commander';
import { readReport } from '../article/report-store.js';
import { viewReport } from '../schema/report-view.js';
import { EXIT } from './options.js';

/** `guanxi show`: one article report of a finished run, validated and printed readably. */
export function showCommand(): Command {
  return new Command('show')
    .description(
      'print one article report of a finished run (report files or shards), validated, with mention texts, counts and pairs spelled out',
    )
    .argument('<out>', 'output folder of a finished `guanxi run`')
    .argument('<id>', 'article id (its path under the input folder, without extension, e.g. 2023/20230101-01)')
    .option('--raw', 'print the report as stored (compact tuples), indented, instead of spelled out')
    .action((out: string, id: string, opts: { raw?: boolean }) => {
      // A damaged or foreign report is a ConfigError naming the file (exit 2); a missing one exits 1.
      const report = readReport(out, id);
      if (report === null) {
        process.stderr.write(`guanxi: ${out}: no article ${id}\n`);
        process.exitCode = EXIT.nothing;
        return;
      }
      process.stdout.write(`${JSON.stringify(opts.raw === true ? report : viewReport(report), null, 2)}\n`);
    });
}
