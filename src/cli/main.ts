import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../core/errors.js';

import { tuneHeapForRuns } from './heap.js';
import { EXIT } from './options.js';

/** The commands, each loaded only when it runs (or for the help that lists them all): `guanxi serve` need not load
 * the pipeline that `guanxi run` needs (1.5 s of imports). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./run.js')).runCommand(),
  dict: async () => (await import('./dict.js')).dictCommand(),
  ner: async () => (await import('./ner.js')).nerCommand(),
  eval: async () => (await import('./eval.js')).evalCommand(),
  merge: async () => (await import('./merge.js')).mergeCommand(),
  show: async () => (await import('./show.js')).showCommand(),
  db: async () => (await import('./db.js')).dbCommand(),
  serve: async () => (await import('./serve.js')).serveCommand(),
  worker: async () => (await import('./queue.js')).workerCommand(),
  queue: async () => (await import('./queue.js')).queueCommand(),
};

/** Builds the guanxi command-line program: with `only`, holding that one command (the one to run). */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('guanxi')
    .description(
      'Find the people, countries, places, organizations and initiatives in Chinese news articles, and which appear together.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const [name, load] of Object.entries(COMMANDS))
    if (only === undefined || only === name) program.addCommand(await load());
  program.addOption(new Option('--no-color', 'accepted for compatibility; output has no colour').hideHelp());
  return program;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'run' || first === 'merge' || first === 'worker') tuneHeapForRuns();
  const program = await buildProgram(first !== undefined && first in COMMANDS ? first : undefined);
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
if (isMain || process.env.GUANXI_BIN === '1') {
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
