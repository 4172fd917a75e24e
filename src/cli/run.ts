import { Command, Option } from 'commander';
import type { ReportLayoutT } from '../schema/pipeline.js';
import type cliProgressType from 'cli-progress';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { FolderLock } from '../io/lock.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../pipeline.js';
import type { Pipeline } from '../pipeline.js';
import { runBatch } from '../batch/run.js';
import type { RunResult, RunSummary } from '../batch/run.js';
import type { DatabaseResult } from '../db/sqlite.js';

import { EXIT, collect, watchStopSignals } from './options.js';
import { addQueueOptions, checkQueue, runQueued } from './queue.js';
import type { QueueFlags } from './queue.js';

/** A progress bar on standard error when it is a terminal and the run is not quiet; its module is loaded only then. */
function progressBar(quiet: boolean): cliProgressType.SingleBar | null {
  if (!process.stderr.isTTY || quiet) return null;
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressType;
  return new cliProgress.SingleBar(
    {
      format: 'guanxi {bar} {value}/{total} articles | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
}

/** The summary line of a database write. */
export function databaseLine(d: DatabaseResult): string {
  const what =
    d.action === 'kept'
      ? 'unchanged'
      : d.action === 'built'
        ? `built, ${d.written} articles`
        : `updated, ${d.written} articles written, ${d.removed} removed`;
  return `database: ${d.path} (${what}; ${d.seconds.toFixed(2)} s)`;
}

/** Prints a finished run's summary (unless quiet) and sets the exit code: 1 when no article could be processed. */
function report(summary: RunSummary, quiet: boolean, database: DatabaseResult | null): void {
  const a = summary.articles;
  if (!quiet) {
    process.stdout.write(
      `${[
        `articles: ${a.total} (ok ${a.ok}, with warnings ${a.warnings}, failed ${a.failed})`,
        `entities: ${summary.entities} distinct, ${summary.mentions} mentions`,
        `duration: ${summary.seconds.toFixed(2)} s`,
        `output:   ${summary.out}`,
        ...(database === null ? [] : [databaseLine(database)]),
      ].join('\n')}\n`,
    );
  }
  process.exitCode = a.total - a.failed > 0 ? EXIT.ok : EXIT.nothing;
  if (a.total === 0) process.stderr.write('no .md, .markdown or .html files found in the inputs\n');
}

/** `guanxi run`: process articles into reports and corpus outputs. */
export function runCommand(): Command {
  const cmd = new Command('run')
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
    .addOption(
      new Option('--reports <layout>', 'article reports: a JSON file each, or gzip-compressed NDJSON shards').choices([
        'files',
        'ndjson.gz',
      ]),
    )
    .option('--pretty', 'indent report files and corpus.json for people (default: compact JSON)')
    .option(
      '--follow-symlinks',
      'read symbolic links that lead out of an input folder (default: skipped, with a diagnostic)',
    )
    .option('--no-db', "write no <out>/guanxi.sqlite database (and remove an earlier run's)")
    .option('-q, --quiet', 'print nothing but errors');
  return addQueueOptions(cmd).action(async (inputs: string[], opts: RunFlags & QueueFlags) => {
    if (opts.workers !== undefined && !(Number.isInteger(opts.workers) && opts.workers >= 1))
      throw new ConfigError('--workers takes a whole number of at least 1');
    // A distributed run's server is checked first: a bad URL or a server that does not answer leaves nothing behind.
    if (opts.queue !== undefined) await checkQueue(opts.queue);
    // The output folder is locked before anything is loaded: a second run into it stops at once.
    const lock = FolderLock.acquire(resolve(opts.out), opts.queue === undefined ? 'run' : 'run --queue');
    try {
      if (opts.queue === undefined) await runWith(inputs, opts, lock);
      else await runQueued(inputs, loadPipeline(opts), opts, lock);
    } finally {
      lock.release();
    }
  });
}

/** The options of `guanxi run`, as commander gives them. */
interface RunFlags {
  pipeline: string;
  dict: string[];
  out: string;
  quiet?: boolean;
  workers?: number;
  cache: boolean;
  /** False with --no-db (commander's default is true, so only false overrides the pipeline file's `output.db`). */
  db: boolean;
  reports?: ReportLayoutT;
  pretty?: boolean;
  followSymlinks?: boolean;
}

/** Loads the pipeline of a run, printing its dictionaries' warnings. */
function loadPipeline(opts: RunFlags): Pipeline {
  const pipeline = createPipeline(readPipelineFile(opts.pipeline), { userDictionaries: opts.dict });
  for (const d of pipeline.dictionaries.diagnostics) {
    if (d.severity !== 'info' && opts.quiet !== true) process.stderr.write(`${d.severity}: ${d.message}\n`);
  }
  return pipeline;
}

/** Loads the pipeline and runs it over the inputs into the locked output folder, reporting as it goes. */
async function runWith(inputs: string[], opts: RunFlags, lock: FolderLock): Promise<void> {
  const pipeline = loadPipeline(opts);
  const bar = progressBar(opts.quiet === true);
  const stop = watchStopSignals();
  let summary: RunSummary;
  let database: RunResult['database'];
  try {
    ({ summary, database } = await runBatch({
      inputs,
      out: opts.out,
      pipeline,
      onStart: (total) => bar?.start(total, 0),
      onArticle: (done) => bar?.update(done),
      shouldStop: () => stop.signal !== null,
      cache: opts.cache,
      lock,
      followSymlinks: opts.followSymlinks === true,
      ...(opts.reports !== undefined ? { reports: opts.reports } : {}),
      ...(opts.pretty === true ? { pretty: true } : {}),
      ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
      ...(opts.db === false ? { db: false } : {}),
    }));
  } finally {
    bar?.stop();
    stop.dispose();
  }
  if (summary.interrupted !== undefined) {
    process.stderr.write(
      `guanxi: ${stop.signal ?? 'signal'}: stopped after ${summary.interrupted.done} of ${summary.interrupted.total} articles; their reports are complete, corpus.json was not updated. Run again to finish.\n`,
    );
    process.exitCode = 130;
    return;
  }
  report(summary, opts.quiet === true, database ?? null);
}
