// The worker threads of a parallel run, and what happens when one of them fails on an article.
import type { Piscina } from 'piscina';
import { ConfigError } from '../core/errors.js';
import type { Pipeline } from '../pipeline.js';
import { processArticle } from '../article/worker.js';
import type { ArticleResult, ArticleTask, WorkerSetup } from '../article/worker.js';

/**
 * Old-generation heap limit of each worker. A worker's live data is its lexicons and one article at a time
 * (well under 200 MB); without a limit V8 lets garbage grow each worker's heap by hundreds of MB before
 * collecting. An article that would need more is processed again in the main thread (see {@link ArticlePool.process}).
 */
const WORKER_HEAP_MB = 384;

/** What {@link ArticlePool.warm} has each thread process: every stage runs once, on text that names a few entities. */
const WARM_UP_ARTICLE = '---\ntitle: 中方同土方会谈\n---\n<p>国家主席习近平在北京同土库曼斯坦总统会谈。</p>\n';

/** The error of a run whose worker threads cannot start, with what they said. */
function workersFailed(err: unknown): ConfigError {
  return new ConfigError(
    `worker threads could not start: ${err instanceof Error ? err.message : String(err)} (run with --workers 1 to process the articles in one thread)`,
  );
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
 * How many pool threads process `misses` articles with `workers` workers; 0 processes them in this thread. With one
 * worker, or too few articles for the pool's start-up to pay (it loads a pipeline per thread), there is no pool.
 * With one, this thread runs no pipeline: it is busy with its own work, and a third pipeline would cost its memory
 * (jieba, lexicons and model: about 450 MB) for no time saved.
 */
export function poolThreads(workers: number, misses: number): number {
  return workers > 1 && misses > workers ? workers : 0;
}

/** Worker threads that process articles, started on first use; articles they cannot process are processed in this thread. */
export class ArticlePool {
  private pool: Promise<Piscina<ArticleTask, ArticleResult>> | null = null;
  private succeeded = 0;
  private failed = 0;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly threads: number,
  ) {}

  private started(): Promise<Piscina<ArticleTask, ArticleResult>> {
    this.pool ??= this.create();
    return this.pool;
  }

  private async create(): Promise<Piscina<ArticleTask, ArticleResult>> {
    const { Piscina: P } = await import('piscina');
    const setup: WorkerSetup = {
      pipelinePath: this.pipeline.file,
      userDictionaries: this.pipeline.userDictionaries,
      startupCache: this.pipeline.startupCache,
    };
    // Two tasks a thread: the next article already waits in the thread's queue when it finishes one, instead of after
    // a round trip through this thread.
    return new P<ArticleTask, ArticleResult>({
      filename: workerFile().href,
      workerData: setup,
      minThreads: this.threads,
      maxThreads: this.threads,
      concurrentTasksPerWorker: 2,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  }

  /** Processes an article on a pool thread (an unreadable file, which needs no pipeline, in this thread). */
  async process(task: ArticleTask): Promise<ArticleResult> {
    if (task.bytes === undefined) return processArticle(this.pipeline, task);
    const p = await this.started().catch((err: unknown) => {
      throw workersFailed(err);
    });
    let r: ArticleResult;
    try {
      r = await p.run(task);
    } catch (err) {
      // Workers that fail on every article before any succeeds cannot start (their entry does not load): the run
      // stops with the reason rather than processing the whole corpus in this thread.
      if (this.succeeded === 0 && ++this.failed > 2 * this.threads) throw workersFailed(err);
      // A worker that died on this article (its heap limit, a native crash) is replaced by the pool; the article
      // is processed again here, where a failing stage becomes a diagnostic on its report like anywhere else.
      return processArticle(this.pipeline, task);
    }
    this.succeeded++;
    return r;
  }

  /**
   * Starts the threads and has them process a tiny article each, so that the first real article does not wait for
   * their set-up (a process that serves runs, such as `guanxi worker`, pays it once, before any run appears).
   */
  async warm(): Promise<void> {
    const bytes = new TextEncoder().encode(WARM_UP_ARTICLE);
    await Promise.all(
      Array.from({ length: this.threads * 2 }, (_, i) =>
        this.process({
          file: { path: `warm-up-${i}.md`, root: '' },
          id: `warm-up-${i}`,
          bytes,
          target: null,
          tmpDir: '',
          pretty: false,
        }),
      ),
    );
  }

  /** Stops the threads, if they were started (a pool that could not be created has nothing to stop). */
  async destroy(): Promise<void> {
    if (this.pool !== null)
      await this.pool.then(
        (p) => p.destroy(),
        () => undefined,
      );
  }
}
