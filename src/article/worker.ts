// A worker thread of a parallel run: creates the pipeline once (jieba, dictionaries, model), then processes articles
// sent by the main thread. Each article's report is written here, and only what the main thread needs of it comes
// back: its aggregate contribution and its lines of mentions.ndjson, a tenth of the report, never parsed again.
import { join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';
import { workerData } from 'piscina';
import { writeAtomic, writeAtomicAsync } from '../io/atomic.js';
import { createPipeline, readPipelineFile } from '../pipeline.js';
import type { Pipeline } from '../pipeline.js';
import { readArticle } from './read.js';
import type { InputFile } from './read.js';
import { contributionOf, linesOfRows, mentionRows } from './contribution.js';
import type { MentionRow } from './contribution.js';
import { serializeReport } from './report-store.js';
import type { ArticleContributionT } from '../schema/aggregate.js';
import type { DiagnosticT } from '../schema/document.js';

/** One article to process: the file, its id, its bytes (already read for the cache key), and where its report goes. */
export interface ArticleTask {
  file: InputFile;
  id: string;
  /** The bytes of the file; absent when it could not be read (the report then says why). */
  bytes?: Uint8Array;
  /** The report file, written atomically through `tmpDir`; null when the report goes into a shard (it is returned). */
  target: string | null;
  tmpDir: string;
  /** Indented JSON for people instead of compact JSON (files only: a shard's reports are one line each). */
  pretty: boolean;
  /**
   * An error diagnostic that stands in for processing: the article is reported as failed with it and no stage runs
   * (a distributed run's article that crashed its workers).
   */
  skipped?: DiagnosticT;
}

/** What a worker thread builds its pipeline from, given once when the pool starts (piscina's `workerData`). */
export interface WorkerSetup {
  pipelinePath: string;
  userDictionaries: string[];
  startupCache: boolean;
}

/** A processed article: its report is written; what the corpus outputs need of it, and the seconds each stage took. */
export interface ArticleResult {
  /** Size of the report file in bytes (0 for a report that goes into a shard). */
  reportBytes: number;
  /** The report as one line, when it goes into a shard rather than a file of its own. */
  report?: string;
  /** The article's {@link contributionOf} as JSON. */
  contribution: string;
  /** Its lines of mentions.ndjson. */
  mentions: string;
  /** Its mentions as {@link MentionRow}s (JSON): what the cache keeps of them. */
  mentionRows: string;
  stageSeconds: Array<[string, number]>;
  /** The contribution itself, when the article was processed in the main thread (which then need not parse it). */
  parsed?: ArticleContributionT;
}

/** Runs the pipeline on one article: its report's bytes, and what the main thread needs of it. */
function compute(
  pipeline: Pipeline,
  task: ArticleTask,
): { json: Buffer; result: ArticleResult; contribution: ArticleContributionT } {
  const before = new Map(pipeline.stageSeconds);
  const read = readArticle(task.file, task.id, {
    maxBytes: pipeline.limits.maxBytes,
    ...(task.bytes !== undefined ? { bytes: task.bytes } : {}),
  });
  // An error diagnostic before the stages makes the pipeline build the failed report at once.
  const doc = pipeline.run(
    task.skipped === undefined ? read : { ...read, diagnostics: [...read.diagnostics, task.skipped] },
  );
  const report = doc.report;
  if (report === undefined) throw new Error(`article ${task.id}: the pipeline made no report`);
  const json = Buffer.from(serializeReport(report, task.pretty && task.target !== null));
  const stageSeconds: Array<[string, number]> = [...pipeline.stageSeconds].map(([k, v]) => [
    k,
    v - (before.get(k) ?? 0),
  ]);
  const contribution = contributionOf(report, doc.cooccurrences ?? [], (id) => pipeline.dictionaries.entities.get(id));
  const rows = mentionRows(report);
  return {
    json,
    contribution,
    result: {
      reportBytes: task.target === null ? 0 : json.length,
      ...(task.target === null ? { report: json.toString('utf8') } : {}),
      contribution: JSON.stringify(contribution),
      mentions: linesOfRows(contribution, rows),
      mentionRows: JSON.stringify(rows),
      stageSeconds,
    },
  };
}

/**
 * Processes one article with a pipeline in the main thread (one worker); the promise resolves with the rest once its
 * report is written. The stages run before this returns; only the write is left pending, so the caller can start on
 * the next article meanwhile.
 */
export function processArticle(pipeline: Pipeline, task: ArticleTask): Promise<ArticleResult> {
  const { json, result, contribution } = compute(pipeline, task);
  result.parsed = contribution;
  if (task.target === null) return Promise.resolve(result);
  return writeAtomicAsync(task.target, json, task.tmpDir).then(() => result);
}

/**
 * The handler of a worker thread: creates the thread's own pipeline once, then processes one article per call and
 * writes its report synchronously. An asynchronous write holds the thread's task open until each of its steps (open,
 * write, close, rename) has come back through the thread's event loop, which only turns between articles: measured
 * over the 新闻联播 corpus with 2 workers, 30–31 s against 24 s with one or three tasks a thread.
 */
export function workerHandler(setup: WorkerSetup): (task: ArticleTask) => ArticleResult {
  const pipeline = createPipeline(readPipelineFile(setup.pipelinePath), {
    userDictionaries: setup.userDictionaries,
    startupCache: setup.startupCache,
  });
  return (task) => {
    // A temporary folder per thread: creating files in one shared folder serialises the workers on the file system's
    // lock of that folder (measured on ext4: two writers in one folder 1.25 ms a file each, in two folders 0.67 ms).
    const t = { ...task, tmpDir: join(task.tmpDir, `w${threadId}`) };
    const { json, result } = compute(pipeline, t);
    if (t.target !== null) writeAtomic(t.target, json, t.tmpDir);
    return result;
  };
}

/** In a pool thread, the handler piscina calls; built from the pool's `workerData` when the thread starts. */
export default isMainThread ? undefined : workerHandler(workerData as WorkerSetup);
