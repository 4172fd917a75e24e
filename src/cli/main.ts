import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../core/errors.js';

import { EXIT } from './options.js';
import { runCommand } from './run.js';
import { dictCommand } from './dict.js';
import { nerCommand } from './ner.js';
import { evalCommand } from './eval.js';
import { mergeCommand } from './merge.js';
import { showCommand } from './show.js';
import { dbCommand } from './db.js';
import { queueCommand, workerCommand } from './queue.js';

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
  program.addCommand(showCommand());
  program.addCommand(dbCommand());
  program.addCommand(workerCommand());
  program.addCommand(queueCommand());
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
