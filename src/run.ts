import { mkdirSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Piscina } from 'piscina';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Pipeline } from './pipeline.js';
import { ConfigError } from './dictionaries/load.js';
import { CorpusAggregate } from './reports/corpus.js';
import { mentionLines, writeCorpusOutputs } from './reports/exports.js';
import type { DiagnosticT } from './schema/document.js';
import { AtomicWriter, LineWriter, writeAtomic } from './atomic.js';
import { ArticleCache, codeHash } from './cache.js';
import { readFileBytes } from './read.js';
import type { WorkerResult, WorkerTask } from './worker.js';
import { readArticle } from './read.js';
import type { InputFile } from './read.js';

export { readArticle } from './read.js';
export type { InputFile } from './read.js';
import { RunInfo } from './schema/report.js';
import type { ArticleReportT, CorpusReportT, RunInfoT } from './schema/report.js';

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
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('.')) continue;
        const p = join(dir, name);
        let s;
        try {
          s = statSync(p);
        } catch {
          continue;
        }
        if (s.isDirectory()) walk(p);
        else if (s.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push({ path: p, root: abs });
      }
    };
    walk(abs);
  }
  return { files, diagnostics };
}

/** The article id of a file: its path relative to the input root, without extension, made safe as a relative path. */
export function articleId(file: InputFile): string {
  const rel = relative(file.root, file.path);
  const noExt = rel.slice(0, rel.length - extname(rel).length);
  const parts = noExt
    .split(sep)
    .map((p) => p.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 120))
    .filter((p) => p !== '');
  return parts.length === 0 ? 'article' : parts.join('/');
}

export { writeAtomic } from './atomic.js';

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
  onArticle?: (done: number, total: number, report: ArticleReportT) => void;
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

/** Worker threads need tsx's loader when running from TypeScript sources. */
function workerExecArgv(): string[] {
  if (!import.meta.url.endsWith('.ts') || process.execArgv.some((a) => a.includes('tsx'))) return process.execArgv;
  return [...process.execArgv, '--import', import.meta.resolve('tsx')];
}

/**
 * Old-generation heap limit of each worker. A worker's live data is its lexicons and one article at a time
 * (well under 200 MB); without a limit V8 lets garbage grow each worker's heap by hundreds of MB before
 * collecting. An article that would need more is processed again in the main thread (see `inPool`).
 */
const WORKER_HEAP_MB = 384;

/**
 * A full garbage collection, when the runtime allows one. The main thread parses every report it receives and
 * drops it at once; V8 lets such short-lived garbage grow the heap by hundreds of MB before collecting, so the run
 * collects every few thousand articles (a few hundred ms each) to keep peak memory near the live data.
 */
const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Without it the run is the same, only with a larger peak heap.
  }
  return () => undefined;
})();

/** Runs the pipeline over every input article, writing article reports, the corpus report, schemas and run.json. */
export async function runBatch(opts: RunOptions): Promise<{ summary: RunSummary; corpus: CorpusReportT | null }> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const out = resolve(opts.out);
  const { files, diagnostics: discoveryDiagnostics } = discoverInputs(opts.inputs);
  opts.onStart?.(files.length);
  const aggregate = new CorpusAggregate({
    pipeline: opts.pipeline.name,
    pipelineHash: opts.pipeline.hash,
    dictionaryHash: opts.pipeline.dictionaries.hash,
    dictionaries: opts.pipeline.dictionaries.files.map((f) => basename(f)),
    timezone: opts.pipeline.timezone,
    options: opts.pipeline.report,
  });
  const articlesDir = join(out, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  // Temporary files of an earlier run that was killed are removed; they were never visible as outputs.
  const tmpDir = tmpDirOf(out);
  rmSync(tmpDir, { recursive: true, force: true });
  const ids = assignIds(files);
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), files.length));
  const cache = opts.cache === false ? null : new ArticleCache(out, [opts.pipeline.hash, opts.pipeline.dictionaries.hash, codeHash()].join(':'), tmpDir);
  // With more than one worker, the main thread only reads, aggregates and writes: measured on 2 cores over the
  // 新闻联播 corpus, also processing articles there saved no time (it is busy with its own work) and cost a third
  // pipeline's memory (jieba, lexicons and model: about 450 MB). With one worker, everything runs here.
  const poolThreads = workers > 1 ? workers : 0;
  const pool = poolThreads > 0 ? new Piscina<WorkerTask, WorkerResult>({ filename: new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href, minThreads: poolThreads, maxThreads: poolThreads, execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }) : null;
  const stageSeconds = new Map<string, number>();
  const addStageSeconds = (pairs: Iterable<[string, number]>): void => {
    for (const [k, v] of pairs) stageSeconds.set(k, (stageSeconds.get(k) ?? 0) + v);
  };

  /** One article: its report JSON from the cache, from a worker, or from the pipeline in this thread. */
  interface Done {
    json: string;
    key: string | null;
    fromCache: boolean;
  }
  const targetOf = (id: string): string => {
    const target = join(articlesDir, `${id}.json`);
    if (!resolve(target).startsWith(articlesDir + sep)) throw new Error(`article id ${id} escapes the output folder`);
    return target;
  };
  /** The cached report of article i, or what is needed to process it. */
  const prepare = (i: number): Done | { file: InputFile; id: string; key: string | null; read: ReturnType<typeof readFileBytes> } => {
    const file = files[i] as InputFile;
    const id = ids[i] as string;
    const read = readFileBytes(file.path, opts.pipeline.limits.maxBytes);
    const key = cache !== null && 'bytes' in read ? cache.key(read.bytes, id, file.path.slice(file.root.length)) : null;
    if (key !== null && cache !== null) {
      const hit = cache.lookup(id, key, targetOf(id));
      if (hit !== null) return { json: hit, key, fromCache: true };
    }
    return { file, id, key, read };
  };
  /** Processes article i in this thread. */
  const inMain = (i: number): Done => {
    const p = prepare(i);
    if ('json' in p) return p;
    const before = new Map(opts.pipeline.stageSeconds);
    const doc = opts.pipeline.run(readArticle(p.file, p.id, { maxBytes: opts.pipeline.limits.maxBytes, ...('bytes' in p.read ? { bytes: p.read.bytes } : {}) }));
    addStageSeconds([...opts.pipeline.stageSeconds].map(([k, v]): [string, number] => [k, v - (before.get(k) ?? 0)]));
    return { json: JSON.stringify(doc.report, null, 2) + '\n', key: p.key, fromCache: false };
  };
  /** Processes article i on a pool thread (unreadable files, which need no pipeline, stay here). */
  const inPool = async (i: number): Promise<Done> => {
    const p = prepare(i);
    if ('json' in p) return p;
    if (pool === null || !('bytes' in p.read)) return inMain(i);
    let r: WorkerResult;
    try {
      r = await pool.run({ pipelinePath: opts.pipeline.file, userDictionaries: opts.pipeline.userDictionaries, file: p.file, id: p.id, bytes: p.read.bytes });
    } catch {
      // A worker that died on this article (its heap limit, a native crash) is replaced by the pool; the article
      // is processed again here, where a failing stage becomes a diagnostic on its report like anywhere else.
      return inMain(i);
    }
    addStageSeconds(r.stageSeconds);
    return { json: r.json, key: p.key, fromCache: false };
  };

  let characters = 0;
  let lastYield = performance.now();
  mkdirSync(tmpDir, { recursive: true });
  const writer = new AtomicWriter(tmpDir);
  // mentions.ndjson grows as articles finish, in input order, so no report is held longer than its turn.
  const mentionsOut = new LineWriter(join(out, 'mentions.ndjson'), tmpDir);
  // Feeders (two per pool thread, or the main thread alone with one worker) take articles from one queue, never more than a
  // bounded window ahead of the consumer, which finishes them strictly in input order: memory stays flat and every
  // output is identical whatever the number of workers.
  const window = workers * 4;
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
  let nextIndex = 0;
  let consumed = 0;
  let stopping = false;
  const waiting: Array<() => void> = [];
  const take = async (): Promise<number | null> => {
    for (;;) {
      if (stopping || nextIndex >= files.length) return null;
      if (nextIndex - consumed < window) return nextIndex++;
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  const feeder = async (work: (j: number) => Promise<Done> | Done, yieldFirst: boolean): Promise<void> => {
    for (let j = await take(); j !== null; j = await take()) {
      // The main thread lets pool results and the consumer run before it takes on an article of its own.
      if (yieldFirst) await new Promise((r) => setImmediate(r));
      try {
        slot(j).resolve(await work(j));
      } catch (err) {
        slot(j).reject(err);
      }
    }
  };
  const feeders = poolThreads > 0 ? Array.from({ length: poolThreads * 2 }, () => feeder(inPool, false)) : [feeder(inMain, true)];
  try {
    for (let i = 0; i < files.length; i++) {
      if (performance.now() - lastYield > 50) {
        // Yield to the event loop now and then, so SIGINT/SIGTERM handlers can ask the run to stop.
        await new Promise((r) => setImmediate(r));
        lastYield = performance.now();
      }
      if (opts.shouldStop?.() === true) {
        stopping = true;
        waiting.splice(0).forEach((w) => w());
        await Promise.allSettled(feeders);
        await writer.flush();
        cache?.checkpoint();
        mentionsOut.abort();
        rmSync(tmpDir, { recursive: true, force: true });
        return { summary: { articles: { ...aggregate.articles }, entities: aggregate.entities.size, mentions: aggregate.mentions, seconds: (performance.now() - t0) / 1000, out, interrupted: { done: i, total: files.length } }, corpus: null };
      }
      const done = await slot(i).promise;
      results.delete(i);
      consumed = i + 1;
      waiting.splice(0).forEach((w) => w());
      const id = ids[i] as string;
      const report = JSON.parse(done.json) as ArticleReportT;
      characters += report.stats.characters;
      if (!done.fromCache) await writer.write(targetOf(id), done.json);
      if (done.key !== null && cache !== null) {
        cache.record(id, done.key, done.json);
        // A checkpoint now and then keeps the cache useful after a kill (the writes it names are flushed first).
        if ((i + 1) % 2000 === 0) {
          await writer.flush();
          cache.checkpoint();
        }
      }
      aggregate.add(report);
      mentionsOut.write(mentionLines(report));
      opts.onArticle?.(i + 1, files.length, report);
      if ((i + 1) % 1000 === 0) collectGarbage();
    }
  } catch (err) {
    mentionsOut.abort();
    throw err;
  } finally {
    stopping = true;
    waiting.splice(0).forEach((w) => w());
    await Promise.allSettled(feeders);
    await pool?.destroy();
  }
  await writer.flush();
  cache?.finish();
  for (const d of discoveryDiagnostics) aggregate.addDiagnostics(d.file, null, [d]);
  mentionsOut.close();
  collectGarbage();
  const corpus = writeCorpusOutputs(out, aggregate, ids, tmpDir);
  const seconds = (performance.now() - t0) / 1000;
  const runInfo: RunInfoT = RunInfo.parse({
    startedAt,
    finishedAt: new Date().toISOString(),
    seconds: Math.round(seconds * 1000) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    inputs: opts.inputs,
    out,
    articles: files.length,
    characters,
    stageSeconds: Object.fromEntries([...stageSeconds].map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
    workers,
    cache: { hits: cache?.hits ?? 0, misses: cache?.misses ?? 0 },
  });
  writeAtomic(join(out, 'run.json'), JSON.stringify(runInfo, null, 2) + '\n', tmpDir);
  rmSync(tmpDir, { recursive: true, force: true });
  return { summary: { articles: corpus.run.articles, entities: corpus.run.entities, mentions: corpus.run.mentions, seconds, out }, corpus };
}

/** Removes a previous run's article reports so the output holds only this run's (used with --clean). */
export function cleanOutput(out: string): void {
  rmSync(join(resolve(out), 'articles'), { recursive: true, force: true });
}
