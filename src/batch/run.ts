import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Piscina } from 'piscina';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Pipeline } from '../pipeline.js';
import { ConfigError } from '../core/errors.js';
import { CorpusAggregate } from '../corpus/aggregate.js';
import type { AggregateMeta } from '../corpus/aggregate-tables.js';
import { writeCorpusOutputs } from '../corpus/exports.js';
import type { ArticleContributionT } from '../schema/aggregate.js';
import type { DiagnosticT } from '../schema/document.js';
import { LineWriter, writeAtomic } from '../io/atomic.js';
import { ArticleCache, cacheRecord } from './cache.js';
import { codeHash } from '../io/code-hash.js';
import type { CacheHit, OutputsRecordT } from './cache.js';
import { readFileBytes } from '../article/read.js';
import { processArticle } from '../article/worker.js';
import type { ArticleResult, ArticleTask, WorkerSetup } from '../article/worker.js';
import type { InputFile } from '../article/read.js';

export { readArticle } from '../article/read.js';
export type { InputFile } from '../article/read.js';
import { RunInfo } from '../schema/corpus.js';
import type { CorpusReportT, RunInfoT } from '../schema/corpus.js';
import { ascending } from 'd3-array';

/** File extensions the run picks up. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

/** Finds article files under the given files or folders, recursively and sorted; symbolic-link loops are skipped. */
export function discoverInputs(inputs: readonly string[]): { files: InputFile[]; diagnostics: DiagnosticT[] } {
  const files: InputFile[] = [];
  const diagnostics: DiagnosticT[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new ConfigError(`input ${input}: no such file or folder`);
    }
    if (st.isFile()) {
      files.push({ path: abs, root: dirname(abs) });
      continue;
    }
    const seen = new Set<string>();
    const walk = (dir: string): void => {
      let real: string;
      try {
        real = realpathSync(dir);
      } catch {
        return;
      }
      if (seen.has(real)) {
        diagnostics.push({ code: 'symlink-loop', severity: 'warning', stage: 'read', message: `folder ${dir} was already visited (symbolic-link loop); skipped`, file: dir });
        return;
      }
      seen.add(real);
      const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => ascending(a.name, b.name));
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith('.')) continue;
        const p = join(dir, name);
        // The entry's type comes with the listing; only symbolic links (and file systems that give no type) need a stat.
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (!isDir && !isFile) {
          try {
            const s = statSync(p);
            isDir = s.isDirectory();
            isFile = s.isFile();
          } catch {
            continue;
          }
        }
        if (isDir) walk(p);
        else if (isFile && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push({ path: p, root: abs });
      }
    };
    walk(abs);
  }
  return { files, diagnostics };
}

/** A path part that articleId leaves as it is: letters, digits, `.`, `_` and `-`, not starting with `.`, at most 120 long. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}$/;

/** The article id of a file: its path relative to the input root, without extension, made safe as a relative path. */
export function articleId(file: InputFile): string {
  const rel = relative(file.root, file.path);
  const noExt = rel.slice(0, rel.length - extname(rel).length);
  const parts = noExt
    .split(sep)
    // Most names are already safe (the same after the replacements below, which cost more than the rest of a re-run's look at an article).
    .map((p) => (SAFE_NAME.test(p) ? p : p.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 120)))
    .filter((p) => p !== '');
  return parts.length === 0 ? 'article' : parts.join('/');
}

export { writeAtomic } from '../io/atomic.js';

/** The folder for a run's temporary files inside its output folder. */
export function tmpDirOf(out: string): string {
  return join(out, '.tmp');
}

/** Summary of a finished run, for the CLI to print. */
export interface RunSummary {
  articles: { total: number; ok: number; warnings: number; failed: number };
  entities: number;
  mentions: number;
  seconds: number;
  out: string;
  /** Set when the run was stopped before the end: how many articles were done. */
  interrupted?: { done: number; total: number };
}

/** Options of a batch run. */
export interface RunOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  onArticle?: (done: number, total: number) => void;
  onStart?: (total: number) => void;
  /** Polled between articles: when it returns true the run stops cleanly, writing nothing more. */
  shouldStop?: () => boolean;
  /** Worker threads (default: available cores); 1 processes in the main thread. Output is identical either way. */
  workers?: number;
  /** Reuse the reports of unchanged articles from `<out>/.cache` (default true). */
  cache?: boolean;
}

/**
 * Gives article ids in input order: an id already given (ignoring case) gets the first free suffix `~2`, `~3` …
 * A merge replays it over the runs' ids, so that merged runs name their articles as one run over all inputs would.
 */
export class IdAssigner {
  private readonly used = new Set<string>();

  /** The id for the next input whose base id (from its path, never containing `~`) is given. */
  next(base: string): string {
    let id = base;
    if (this.used.has(id.toLowerCase())) {
      let n = 2;
      while (this.used.has(`${base}~${n}`.toLowerCase())) n++;
      id = `${base}~${n}`;
    }
    this.used.add(id.toLowerCase());
    return id;
  }
}

/** The base id an assigned id was made from (its `~n` suffix removed). */
export function baseId(id: string): string {
  return id.replace(/~\d+$/, '');
}

/** Assigns every input its article id, in input order; two inputs mapping to one id keep distinct ids. */
export function assignIds(files: readonly InputFile[]): string[] {
  const ids = new IdAssigner();
  return files.map((file) => ids.next(articleId(file)));
}

/** The error of a run whose worker threads cannot start, with what they said. */
function workersFailed(err: unknown): ConfigError {
  return new ConfigError(`worker threads could not start: ${err instanceof Error ? err.message : String(err)} (run with --workers 1 to process the articles in one thread)`);
}

/**
 * The file a worker thread runs. Workers inherit the process's Node options (passing them as execArgv instead fails
 * for V8 and per-process options such as --v8-pool-size or --single-threaded-gc); when the process runs the
 * TypeScript sources without tsx's command-line loader (bin/guanxi.js registers it at run time, which a worker does
 * not inherit), the worker starts from a small entry that registers it.
 */
function workerFile(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('../article/worker.js', import.meta.url);
  if (process.execArgv.some((a) => a.includes('tsx'))) return new URL('../article/worker.ts', import.meta.url);
  return new URL('../article/worker-entry.mjs', import.meta.url);
}

/**
 * Old-generation heap limit of each worker. A worker's live data is its lexicons and one article at a time
 * (well under 200 MB); without a limit V8 lets garbage grow each worker's heap by hundreds of MB before
 * collecting. An article that would need more is processed again in the main thread (see `inPool`).
 */
const WORKER_HEAP_MB = 384;

/** Cache checkpoints (the manifest rewritten, so that a killed run's work is kept) every this many articles. */
const CHECKPOINT_EVERY = 2000;

/**
 * A full garbage collection, when the runtime allows one. V8 lets the short-lived data of each article (its
 * contribution, its cache record and mention lines, waiting in 1 MB write buffers long enough to be promoted) grow the
 * main thread's heap by a hundred MB and more before collecting; while workers process the articles this thread is
 * mostly idle, so it collects every few thousand articles (under 100 ms each), and once before the corpus outputs are
 * written, so that building them starts from the live aggregate only.
 */
function garbageCollector(): () => void {
  try {
    // Exposes gc to this process when a run starts (never on import: a library user's process keeps its flags).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Without it the run is the same, only with a larger peak heap.
  }
  return () => undefined;
}

/** One article as the main thread consumes it: its contribution and mention lines, and its cache record if it has a key. */
interface Done {
  contribution: string;
  /** The contribution as an object, when this thread made it (no need to parse `contribution` again). */
  parsed?: ArticleContributionT;
  mentions: string | Uint8Array;
  /** The article's cache record (null for an article without a key: unreadable, or no cache). */
  record: { key: string; reportBytes: number; bytes: Uint8Array } | null;
}

/** The result of {@link runBatch}: `corpus` is null when the run was interrupted. */
export interface RunResult {
  summary: RunSummary;
  /** The corpus report (read back from corpus.json when first used, if the run kept the outputs of an unchanged corpus). */
  corpus: CorpusReportT | null;
}

/**
 * Runs the pipeline over every input article, writing article reports, the corpus outputs, schemas and run.json.
 *
 * With a cache (the default), the run first computes every article's key. Articles whose key and report are
 * unchanged are not processed: their aggregate contribution and mention lines come from the cache. When every
 * article is unchanged and the outputs of the previous run are in place byte for byte, they are kept as they are.
 */
export async function runBatch(opts: RunOptions): Promise<RunResult> {
  const t0 = performance.now();
  const collectGarbage = garbageCollector();
  const startedAt = new Date().toISOString();
  const out = resolve(opts.out);
  const { files, diagnostics: discoveryDiagnostics } = discoverInputs(opts.inputs);
  opts.onStart?.(files.length);
  const meta: AggregateMeta = {
    pipeline: opts.pipeline.name,
    pipelineHash: opts.pipeline.hash,
    dictionaryHash: opts.pipeline.dictionaries.hash,
    dictionaries: opts.pipeline.dictionaries.files.map((f) => basename(f)),
    timezone: opts.pipeline.timezone,
    options: opts.pipeline.report,
  };
  const articlesDir = join(out, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  // Temporary files of an earlier run that was killed are removed; they were never visible as outputs.
  const tmpDir = tmpDirOf(out);
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const ids = assignIds(files);
  const total = files.length;
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), total));
  const runKey = [opts.pipeline.hash, opts.pipeline.dictionaries.hash, codeHash()].join(':');
  // Without the cache this run's reports replace the cached ones: the old cache is dropped rather than trusted later.
  if (opts.cache === false) rmSync(join(out, '.cache'), { recursive: true, force: true });
  const cache = opts.cache === false ? null : new ArticleCache(out, runKey, tmpDir);
  const maxBytes = opts.pipeline.limits.maxBytes;
  const stageSeconds = new Map<string, number>();
  const addStageSeconds = (pairs: Iterable<[string, number]>): void => {
    for (const [k, v] of pairs) stageSeconds.set(k, (stageSeconds.get(k) ?? 0) + v);
  };
  const targetOf = (id: string): string => {
    const target = join(articlesDir, `${id}.json`);
    if (!resolve(target).startsWith(articlesDir + sep)) throw new Error(`article id ${id} escapes the output folder`);
    return target;
  };
  const relPath = (file: InputFile): string => file.path.slice(file.root.length);
  let lastYield = performance.now();
  /** Yields to the event loop now and then, so SIGINT/SIGTERM handlers can ask the run to stop. */
  const pause = async (): Promise<void> => {
    if (performance.now() - lastYield > 50) {
      await new Promise((r) => setImmediate(r));
      lastYield = performance.now();
    }
  };
  /** The result of a run stopped after `done` articles (what the aggregate holds of them, if it was started). */
  const interrupted = (done: number, agg?: CorpusAggregate): RunResult => ({
    summary: { articles: agg === undefined ? { total: 0, ok: 0, warnings: 0, failed: 0 } : { ...agg.articles }, entities: agg?.entities.size ?? 0, mentions: agg?.mentions ?? 0, seconds: (performance.now() - t0) / 1000, out, interrupted: { done, total } },
    corpus: null,
  });
  const writeRunInfo = (characters: number, seconds: number): void => {
    const runInfo: RunInfoT = RunInfo.parse({
      startedAt,
      finishedAt: new Date().toISOString(),
      seconds: Math.round(seconds * 1000) / 1000,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      cpuSeconds: processCpuSeconds(),
      inputs: opts.inputs,
      out,
      articles: total,
      characters,
      stageSeconds: Object.fromEntries([...stageSeconds].map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
      workers,
      cache: { hits: cache?.hits ?? 0, misses: cache?.misses ?? 0 },
    });
    writeAtomic(join(out, 'run.json'), JSON.stringify(runInfo, null, 2) + '\n', tmpDir);
  };

  // Every article's key and whether it is a hit, when an earlier run left entries (else every article is a miss).
  const keys: Array<string | null | undefined> = new Array<string | null | undefined>(total).fill(undefined);
  const hits: Array<CacheHit | null> = new Array<CacheHit | null>(total).fill(null);
  let hitCount = 0;
  // The previous outputs are checked meanwhile (in a thread of their own), in case nothing changed.
  const intact = cache?.hasEntries === true ? cache.outputsIntact(out) : Promise.resolve(false);
  if (cache?.hasEntries === true) {
    for (let i = 0; i < total; i++) {
      await pause();
      if (opts.shouldStop?.() === true) {
        cache.interrupt();
        rmSync(tmpDir, { recursive: true, force: true });
        return interrupted(0);
      }
      const file = files[i] as InputFile;
      const id = ids[i] as string;
      const read = readFileBytes(file.path, maxBytes);
      if (!('bytes' in read)) {
        keys[i] = null;
        continue;
      }
      const key = cache.key(read.bytes, id, relPath(file));
      keys[i] = key;
      const hit = cache.lookup(id, key, targetOf(id));
      hits[i] = hit;
      if (hit !== null) hitCount++;
    }
  }
  /** Hash of everything the corpus outputs are made from; null when some article has no key (it could not be read). */
  const fingerprint = (): string | null => {
    if (keys.some((k) => typeof k !== 'string')) return null;
    const h = createHash('sha256').update(JSON.stringify([runKey, meta, discoveryDiagnostics]));
    for (let i = 0; i < total; i++) h.update(`\n${ids[i] as string}\u0000${keys[i] as string}`);
    return h.digest('hex');
  };
  if (cache !== null && total > 0 && hitCount === total) {
    const print = fingerprint();
    const kept = print === null ? null : cache.outputsOf(print);
    if (kept !== null && (await intact)) {
      // Nothing changed since the run that wrote these outputs: they are what this run would write.
      cache.closeFiles();
      opts.onArticle?.(total, total);
      const seconds = (performance.now() - t0) / 1000;
      writeRunInfo(kept.characters, seconds);
      rmSync(tmpDir, { recursive: true, force: true });
      let corpus: CorpusReportT | undefined;
      return {
        summary: { articles: { ...kept.articles }, entities: kept.entities, mentions: kept.mentions, seconds, out },
        get corpus(): CorpusReportT {
          corpus ??= JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusReportT;
          return corpus;
        },
      };
    }
  }

  // Articles to process: with one worker, or too few for the pool's start-up to pay (it loads a pipeline per
  // thread), they are processed in this thread. With more, this thread runs no pipeline: measured on 2 cores over
  // the 新闻联播 corpus, also processing articles here saved no time (it is busy with its own work) and cost a third
  // pipeline's memory (jieba, lexicons and model: about 450 MB).
  const misses = total - hitCount;
  const poolThreads = workers > 1 && misses > workers ? workers : 0;
  let pool: Promise<Piscina<ArticleTask, ArticleResult>> | null = null;
  // Two tasks a thread: the next article already waits in the thread's queue when it finishes one, instead of after a
  // round trip through this thread (measured with 2 workers over the 新闻联播 corpus: 0.5–3.8 s faster in three pairs
  // of runs; the threads had waited 3.9 s each for tasks).
  const workerSetup: WorkerSetup = { pipelinePath: opts.pipeline.file, userDictionaries: opts.pipeline.userDictionaries, startupCache: opts.pipeline.startupCache };
  const poolOf = (): Promise<Piscina<ArticleTask, ArticleResult>> =>
    (pool ??= import('piscina').then(
      ({ Piscina: P }) =>
        new P<ArticleTask, ArticleResult>({ filename: workerFile().href, workerData: workerSetup, minThreads: poolThreads, maxThreads: poolThreads, concurrentTasksPerWorker: 2, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
    ));

  /** What article i needs to be processed: its task, with the key computed (and the earlier entry withdrawn) first. */
  const prepare = (i: number): { task: ArticleTask; key: string | null } => {
    const file = files[i] as InputFile;
    const id = ids[i] as string;
    const read = readFileBytes(file.path, maxBytes);
    // The key of the bytes processed now (the file may have changed since the keys were computed).
    const key = 'bytes' in read && cache !== null ? cache.key(read.bytes, id, relPath(file)) : null;
    if (key !== null && keys[i] === undefined) cache?.miss();
    keys[i] = key;
    // The report is about to be rewritten: an entry naming the old one must not survive a kill from now on.
    cache?.invalidate(id);
    return { task: { file, id, target: targetOf(id), tmpDir, ...('bytes' in read ? { bytes: read.bytes } : {}) }, key };
  };
  const done = (r: ArticleResult, key: string | null): Done => {
    addStageSeconds(r.stageSeconds);
    const d: Done = { contribution: r.contribution, mentions: r.mentions, record: key === null ? null : { key, reportBytes: r.reportBytes, bytes: cacheRecord(key, r.contribution, r.mentions) } };
    if (r.parsed !== undefined) d.parsed = r.parsed;
    return d;
  };
  /** Processes article i in this thread: the stages run now; the promise waits for the report's write. */
  const inMain = async (i: number): Promise<Done> => {
    const { task, key } = prepare(i);
    return done(await processArticle(opts.pipeline, task), key);
  };
  let poolSucceeded = 0;
  let poolFailed = 0;
  /** Processes article i on a pool thread (unreadable files, which need no pipeline, stay here). */
  const inPool = async (i: number): Promise<Done> => {
    const { task, key } = prepare(i);
    if (task.bytes === undefined) return done(await processArticle(opts.pipeline, task), key);
    let r: ArticleResult;
    const p = await poolOf().catch((err: unknown) => {
      throw workersFailed(err);
    });
    try {
      r = await p.run(task);
    } catch (err) {
      // Workers that fail on every article before any succeeds cannot start (their entry does not load): the run
      // stops with the reason rather than processing the whole corpus in this thread.
      if (poolSucceeded === 0 && ++poolFailed > 2 * poolThreads) throw workersFailed(err);
      // A worker that died on this article (its heap limit, a native crash) is replaced by the pool; the article
      // is processed again here, where a failing stage becomes a diagnostic on its report like anywhere else.
      return done(await processArticle(opts.pipeline, task), key);
    }
    poolSucceeded++;
    return done(r, key);
  };

  const aggregate = new CorpusAggregate(meta);
  let characters = 0;
  // mentions.ndjson grows as articles finish, in input order, so no article is held longer than its turn.
  const mentionsOut = new LineWriter(join(out, 'mentions.ndjson'), tmpDir);
  // Feeders (two per pool thread, or this thread alone) take the articles to process from one queue, never more
  // than a bounded window ahead of the consumer, which finishes every article strictly in input order: memory stays
  // flat and every output is identical whatever the number of workers. The window is wide, so that one slow article
  // does not leave the other threads idle (what waits in it is small: contributions and mention lines).
  const window = workers * 16;
  const todo: number[] = [];
  for (let i = 0; i < total; i++) if (hits[i] === null) todo.push(i);
  const results = new Map<number, { promise: Promise<Done>; resolve: (d: Done) => void; reject: (e: unknown) => void }>();
  const slot = (j: number) => {
    let r = results.get(j);
    if (r === undefined) {
      let resolve!: (d: Done) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<Done>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => undefined);
      r = { promise, resolve, reject };
      results.set(j, r);
    }
    return r;
  };
  let nextTodo = 0;
  let consumed = 0;
  let stopping = false;
  const waiting: Array<() => void> = [];
  const wake = (): void => waiting.splice(0).forEach((w) => w());
  const take = async (): Promise<number | null> => {
    for (;;) {
      const j = todo[nextTodo];
      if (stopping || j === undefined) return null;
      if (j - consumed < window) {
        nextTodo++;
        return j;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  // Articles processed in this thread whose reports are still being written (see `inMain`).
  const writing = new Set<Promise<Done>>();
  const feeder = async (work: (j: number) => Promise<Done>, inThisThread: boolean): Promise<void> => {
    for (let j = await take(); j !== null; j = await take()) {
      const s = slot(j);
      if (!inThisThread) {
        await work(j).then(s.resolve, s.reject);
        continue;
      }
      // This thread lets pool results and the consumer run before it takes on an article of its own, and goes on
      // to the next article while the report of this one is written (the window bounds how many wait).
      await new Promise((r) => setImmediate(r));
      const p = work(j);
      writing.add(p);
      p.then(s.resolve, s.reject).finally(() => writing.delete(p));
    }
  };
  /** Waits for every feeder, and for the reports still being written, which must be in place (or given up) before the run records or removes anything. */
  const settle = async (): Promise<void> => {
    await Promise.allSettled(feeders);
    await Promise.allSettled([...writing]);
  };
  const feeders = poolThreads > 0 ? Array.from({ length: poolThreads * 2 }, () => feeder(inPool, false)) : [feeder(inMain, true)];
  try {
    for (let i = 0; i < total; i++) {
      await pause();
      if (opts.shouldStop?.() === true) {
        stopping = true;
        wake();
        await settle();
        cache?.interrupt();
        mentionsOut.abort();
        rmSync(tmpDir, { recursive: true, force: true });
        return interrupted(i, aggregate);
      }
      const hit = hits[i] ?? null;
      let d: Done;
      const cached = hit === null ? null : (cache as ArticleCache).read(hit);
      if (hit !== null && cached !== null) {
        d = { contribution: cached.contribution, mentions: cached.mentions, record: { key: hit.key, reportBytes: hit.reportBytes, bytes: cached.bytes } };
      } else if (hit !== null) {
        // The record could not be read back (a damaged cache): the article is processed again, here.
        cache?.demote();
        d = await inMain(i);
      } else {
        d = await slot(i).promise;
        results.delete(i);
      }
      consumed = i + 1;
      wake();
      const c = d.parsed ?? (JSON.parse(d.contribution) as ArticleContributionT);
      characters += c.characters;
      aggregate.addContribution(c);
      mentionsOut.write(d.mentions);
      if (d.record !== null && cache !== null) {
        cache.record(ids[i] as string, d.record.key, d.record.reportBytes, d.record.bytes);
        // A checkpoint now and then keeps the cache useful after a kill.
        if ((i + 1) % CHECKPOINT_EVERY === 0) cache.checkpoint();
      }
      opts.onArticle?.(i + 1, total);
      if (poolThreads > 0 && (i + 1) % CHECKPOINT_EVERY === 0) collectGarbage();
    }
  } catch (err) {
    mentionsOut.abort();
    cache?.closeFiles();
    throw err;
  } finally {
    stopping = true;
    wake();
    await settle();
    // Assigned in a closure: the compiler cannot see that it may be set by now.
    const started = pool as Promise<Piscina<ArticleTask, ArticleResult>> | null;
    // A pool that could not be created has nothing to stop (its error is the run's).
    if (started !== null) await started.then((p) => p.destroy(), () => undefined);
  }
  // Every report is written: the cache names them before the outputs are rewritten (which withdraws the record of
  // the earlier outputs first).
  cache?.checkpoint();
  cache?.invalidateOutputs();
  for (const d of discoveryDiagnostics) aggregate.addDiagnostics(d.file, null, [d]);
  const mentionsSha = mentionsOut.close();
  collectGarbage();
  const { corpus, files: written } = writeCorpusOutputs(out, aggregate, ids, tmpDir);
  written['mentions.ndjson'] = [mentionsOut.written, mentionsSha];
  const print = cache === null ? null : fingerprint();
  const outputs: OutputsRecordT | null = print === null ? null : { fingerprint: print, files: written, summary: { articles: corpus.run.articles, entities: corpus.run.entities, mentions: corpus.run.mentions, characters } };
  cache?.finish(outputs);
  const seconds = (performance.now() - t0) / 1000;
  writeRunInfo(characters, seconds);
  rmSync(tmpDir, { recursive: true, force: true });
  return { summary: { articles: corpus.run.articles, entities: corpus.run.entities, mentions: corpus.run.mentions, seconds, out }, corpus };
}

/** Seconds of CPU time the process has used since it started (all threads, user and system), to the millisecond. */
export function processCpuSeconds(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000) / 1000;
}

/** Removes a previous run's article reports so the output holds only this run's (used with --clean). */
export function cleanOutput(out: string): void {
  rmSync(join(resolve(out), 'articles'), { recursive: true, force: true });
}
