// One shard job on a worker: the shard's articles through the pipeline (on the worker's threads), their reports
// written where a local run writes them, and the shard's partial aggregate and mention lines written atomically into
// `<out>/.queue/<shard>-<content hash>/`: a retry of the same articles lands in the same folder and replaces, never
// adds; a folder already complete is returned as it is.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Pipeline } from '../pipeline.js';
import { readFileBytes } from '../article/read.js';
import type { InputFile } from '../article/read.js';
import { shardFile } from '../article/report-store.js';
import type { ShardInfoT } from '../article/report-store.js';
import type { ArticleResult, ArticleTask } from '../article/worker.js';
import { processArticle } from '../article/worker.js';
import { writeAggregateFile } from '../corpus/aggregate-file.js';
import { CorpusAggregate } from '../corpus/aggregate.js';
import { MENTIONS_FILE, pointLookup } from '../corpus/exports.js';
import { LineWriter, writeAtomic } from '../io/atomic.js';
import type { ArticleContributionT } from '../schema/aggregate.js';
import { aggregateMeta } from '../batch/run.js';
import type { ArticlePool } from '../batch/pool.js';
import { reportPath } from '../batch/inputs.js';
import { StageSeconds } from '../batch/run-info.js';
import { ShardList, ShardProgress, ShardResult, queueDirOf, shardJobId } from './protocol.js';
import type { RunSpecT, ShardJobDataT, ShardListT, ShardProgressT, ShardResultT } from './protocol.js';

/** The partial aggregate of a shard, in its folder. */
export const SHARD_AGGREGATE = 'aggregate.ndjson.gz';
/**
 * The gzip level of a shard's partial aggregate and mention lines: they are read once, by the merge, so the workers
 * compress them fast (level 1) rather than small.
 */
const SHARD_GZIP_LEVEL = 1;
/** The shard's result, written last into its folder: a folder with it is complete. */
const RESULT_FILE = 'result.json';

/** What a shard job can do with its BullMQ job: read and record its progress. */
export interface ShardJobHandle {
  data: ShardJobDataT;
  progress: unknown;
  attemptsMade: number;
  stalledCounter: number;
  updateProgress(progress: ShardProgressT): Promise<void>;
}

/** A worker's means to process a run's shards. */
export interface ShardContext {
  spec: RunSpecT;
  pipeline: Pipeline;
  pool: ArticlePool;
  /** `host:pid` of this worker, recorded in results. */
  worker: string;
  /** Environment of the process (test hooks are read from it). */
  env: NodeJS.ProcessEnv;
  /** Whether the run still wants this shard (it is still in the registry): a worker that woke up late writes nothing. */
  stillWanted: () => Promise<boolean>;
}

/** SHA-256 (hex) of bytes. */
function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The listed articles of a shard, checked against the SHA-256 its job recorded. */
function readList(data: ShardJobDataT): ShardListT {
  const text = readFileSync(data.list);
  if (sha256(text) !== data.sha256)
    throw new Error(`${data.list}: its SHA-256 differs from the job's (the run's inputs were listed again?)`);
  const list = ShardList.parse(JSON.parse(text.toString('utf8')));
  if (list.shard !== data.shard || list.first !== data.first || list.articles.length !== data.articles)
    throw new Error(`${data.list}: lists other articles than job ${shardJobId(data.shard)}`);
  return list;
}

/** One article of the shard, read: its task for the pool, and what its content hash is made of. */
interface Read {
  task: ArticleTask;
  key: string;
}

/** Reads the shard's articles (their bytes are the content the shard's folder is named by). */
function readArticles(ctx: ShardContext, list: ShardListT, tmpDir: string): Read[] {
  const articlesDir = join(ctx.spec.out, 'articles');
  const files = ctx.spec.reports === 'files';
  return list.articles.map(([id, path, root]) => {
    const file: InputFile = { path, root };
    const read = readFileBytes(path, ctx.pipeline.limits.maxBytes);
    const task: ArticleTask = {
      file,
      id,
      target: files ? reportPath(articlesDir, id) : null,
      tmpDir,
      pretty: ctx.spec.pretty,
      ...('bytes' in read ? { bytes: read.bytes } : {}),
    };
    const key = `${id}\u0000${path.slice(root.length)}\u0000${'bytes' in read ? sha256(read.bytes) : read.code}`;
    return { task, key };
  });
}

/** The content hash of a shard: the run's make (pipeline, dictionaries, code, layout) and each article's id, path and bytes. */
function contentHash(spec: RunSpecT, shard: number, reads: readonly Read[]): string {
  const h = createHash('sha256').update(
    JSON.stringify([
      shard,
      spec.pipeline.hash,
      spec.dictionaries.hash,
      spec.code,
      spec.reports,
      spec.pretty,
      spec.reportShardSize,
    ]),
  );
  for (const r of reads) h.update(`\n${r.key}`);
  return h.digest('hex').slice(0, 16);
}

/** The result recorded in a complete shard folder whose files still have their checksums, else null. */
function completeResult(dir: string): ShardResultT | null {
  try {
    const result = ShardResult.parse(JSON.parse(readFileSync(join(dir, RESULT_FILE), 'utf8')));
    for (const [name, [bytes, sum]] of Object.entries(result.files)) {
      const content = readFileSync(join(dir, name));
      if (content.length !== bytes || sha256(content) !== sum) return null;
    }
    return result;
  } catch {
    return null;
  }
}

/**
 * Test hooks, documented as test-only in docs/distributed.md: `GUANXI_TEST_CRASH_ARTICLE=<id>` kills this worker
 * (SIGKILL) when it is about to process that article; `GUANXI_TEST_FAIL_ARTICLE=<id>` makes its shard throw.
 */
function testHooks(env: NodeJS.ProcessEnv, id: string): void {
  if (env.GUANXI_TEST_CRASH_ARTICLE === id) process.kill(process.pid, 'SIGKILL');
  if (env.GUANXI_TEST_FAIL_ARTICLE === id) throw new Error(`test hook: article ${id} fails its shard`);
}

/** The diagnostic of an article that crashed its workers `n` times. */
function crashedDiagnostic(task: ArticleTask, n: number): NonNullable<ArticleTask['skipped']> {
  return {
    code: 'worker-crashed',
    severity: 'error',
    stage: 'read',
    message: `processing this article stopped its worker ${n} times (killed, or out of memory); it was skipped`,
    file: task.file.path,
  };
}

/** Processes the shard's articles on the pool's threads, all at once (the first attempt). */
async function processAll(ctx: ShardContext, reads: readonly Read[]): Promise<ArticleResult[]> {
  for (const r of reads) testHooks(ctx.env, r.task.id);
  return Promise.all(reads.map((r) => ctx.pool.process(r.task)));
}

/**
 * Processes the shard's articles one at a time (a retry after a worker died on the shard): the article in flight is
 * recorded in the job before it starts, so that when a worker dies again the next attempt knows which article it
 * was; one that was in flight `crashLimit` times is reported as failed instead of processed again.
 */
async function processCarefully(
  ctx: ShardContext,
  job: ShardJobHandle,
  reads: readonly Read[],
): Promise<{ results: ArticleResult[]; crashed: string[] }> {
  const before = ShardProgress.safeParse(job.progress);
  const crashes: Record<string, number> = { ...(before.success ? (before.data.crashes ?? {}) : {}) };
  const inflight = before.success ? before.data.inflight : undefined;
  if (inflight !== undefined) crashes[inflight] = (crashes[inflight] ?? 0) + 1;
  const results: ArticleResult[] = [];
  const crashed: string[] = [];
  for (const [i, r] of reads.entries()) {
    const n = crashes[i] ?? 0;
    if (n >= ctx.spec.settings.crashLimit) {
      crashed.push(r.task.id);
      results.push(await processArticle(ctx.pipeline, { ...r.task, skipped: crashedDiagnostic(r.task, n) }));
      continue;
    }
    await job.updateProgress({ inflight: i, crashes });
    testHooks(ctx.env, r.task.id);
    results.push(await ctx.pool.process(r.task));
  }
  await job.updateProgress({ done: reads.length, crashes });
  return { results, crashed };
}

/** Writes the report shards of a `reports: ndjson.gz` run that fall in this shard; returns their index entries. */
function writeReportShards(
  spec: RunSpecT,
  first: number,
  ids: readonly string[],
  lines: readonly string[],
  tmpDir: string,
): ShardInfoT[] {
  const size = spec.reportShardSize;
  const infos: ShardInfoT[] = [];
  for (let from = 0; from < lines.length; from += size) {
    const to = Math.min(lines.length, from + size);
    // The bytes a local run's ShardWriter writes for these reports: the same text, gzip level 6.
    const bytes = gzipSync(Buffer.from(lines.slice(from, to).join(''), 'utf8'), { level: 6 });
    const k = (first + from) / size;
    writeAtomic(join(spec.out, 'articles', shardFile(k)), bytes, tmpDir);
    infos.push({
      file: shardFile(k),
      articles: to - from,
      first: ids[from] as string,
      last: ids[to - 1] as string,
      bytes: bytes.length,
      sha256: sha256(bytes),
    });
  }
  return infos;
}

/** Writes the shard's partial aggregate, its mention lines and its report shards into folder `dir`. */
function writeShardFiles(
  ctx: ShardContext,
  list: ShardListT,
  results: readonly ArticleResult[],
  dir: string,
  tmpDir: string,
): Pick<ShardResultT, 'files' | 'characters' | 'reportShards'> {
  const aggregate = new CorpusAggregate(aggregateMeta(ctx.pipeline), pointLookup(ctx.pipeline.dictionaries));
  const ids = list.articles.map(([id]) => id);
  const mentions = new LineWriter(join(dir, MENTIONS_FILE), tmpDir, undefined, SHARD_GZIP_LEVEL);
  const lines: string[] = [];
  let characters = 0;
  try {
    for (const r of results) {
      const c = r.parsed ?? (JSON.parse(r.contribution) as ArticleContributionT);
      characters += c.characters;
      aggregate.addContribution(c);
      mentions.write(r.mentions);
      if (r.report !== undefined) lines.push(r.report);
    }
  } catch (err) {
    mentions.abort();
    throw err;
  }
  const files: ShardResultT['files'] = {};
  const mentionsSha = mentions.close();
  files[MENTIONS_FILE] = [mentions.written, mentionsSha];
  files[SHARD_AGGREGATE] = writeAggregateFile(join(dir, SHARD_AGGREGATE), aggregate, ids, tmpDir, SHARD_GZIP_LEVEL);
  const reportShards =
    ctx.spec.reports === 'ndjson.gz' ? writeReportShards(ctx.spec, list.first, ids, lines, tmpDir) : [];
  return { files, characters, reportShards };
}

/**
 * Processes one shard job: returns the paths and checksums of its files. A shard whose folder is already complete
 * (the same articles, an earlier attempt) is returned without processing; a retry after a worker died processes
 * carefully (see {@link processCarefully}).
 */
export async function processShard(ctx: ShardContext, job: ShardJobHandle): Promise<ShardResultT> {
  const t0 = performance.now();
  const data = job.data;
  const list = readList(data);
  const queueDir = queueDirOf(ctx.spec.out);
  const tmpDir = join(queueDir, '.tmp', `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    const reads = readArticles(ctx, list, tmpDir);
    const name = `${shardJobId(data.shard)}-${contentHash(ctx.spec, data.shard, reads)}`;
    const dir = join(queueDir, name);
    const done = completeResult(dir);
    if (done !== null) return { ...done, reused: true, worker: ctx.worker };
    const careful = job.attemptsMade > 0 || job.stalledCounter > 0;
    const { results, crashed } = careful
      ? await processCarefully(ctx, job, reads)
      : { results: await processAll(ctx, reads), crashed: [] };
    if (!(await ctx.stillWanted()))
      throw new Error(
        `run ${ctx.spec.run} ended while shard ${data.shard} was processed here; its results are dropped`,
      );
    const stages = new StageSeconds();
    for (const r of results) stages.add(r.stageSeconds);
    // Everything goes into a folder of its own first, renamed into place whole.
    const building = join(tmpDir, 'shard');
    mkdirSync(building, { recursive: true });
    const written = writeShardFiles(ctx, list, results, building, join(tmpDir, 'files'));
    const result: ShardResultT = {
      shard: data.shard,
      dir: `.queue/${name}`,
      ...written,
      articles: list.articles.length,
      crashed,
      reused: false,
      worker: ctx.worker,
      seconds: Math.round(performance.now() - t0) / 1000,
      stageSeconds: stages.rounded(),
    };
    writeAtomic(join(building, RESULT_FILE), `${JSON.stringify(result)}\n`, join(tmpDir, 'files'));
    try {
      renameSync(building, dir);
    } catch (err) {
      // Another attempt of the same shard finished first: its folder holds the same files.
      const theirs = existsSync(dir) ? completeResult(dir) : null;
      if (theirs === null) throw err;
      return { ...theirs, worker: ctx.worker };
    }
    return result;
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
    // A worker that outlived its run leaves no empty folders behind (rmdir refuses a folder still in use).
    for (const d of [join(queueDir, '.tmp'), queueDir])
      try {
        rmdirSync(d);
      } catch {
        // Not empty: the run goes on.
      }
  }
}

/** The absolute folder of a shard's result in an output folder. */
export function shardDirOf(out: string, result: ShardResultT): string {
  return resolve(out, result.dir);
}
