import { Command } from 'commander';
import { ConfigError } from '../core/errors.js';
import { writeAtomic } from '../io/atomic.js';

import { EXIT, collect } from './options.js';

/** `guanxi dict`: check dictionaries, and suggest entries from a finished run. */
export function dictCommand(): Command {
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
        if (!(opts.quietInfo === true && f.severity === 'info')) process.stdout.write(`${formatFinding(f)}\n`);
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
