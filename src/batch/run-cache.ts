// A run's use of the article cache, in the order its crash safety needs: plan, then per article rewrite or reuse and
// commit, then finish or close.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readFileBytes } from '../article/read.js';
import type { InputFile } from '../article/read.js';
import { ArticleCache, cacheRecord } from './cache.js';
import type { CacheHit, OutputsRecordT } from './cache.js';
import { relativePath } from './inputs.js';
import { linesOfRows } from '../article/contribution.js';
import type { MentionRow } from '../article/contribution.js';
import type { ArticleContributionT } from '../schema/aggregate.js';

/** Cache checkpoints (the manifest rewritten, so that a killed run's work is kept) every this many articles. */
const CHECKPOINT_EVERY = 2000;

/** What a {@link RunCache} needs to know of its run. */
export interface RunCacheOptions {
  out: string;
  tmpDir: string;
  /** False for a run without the cache: it drops the old one and records nothing. */
  enabled: boolean;
  /** The hashes of the pipeline, the dictionaries and the code: entries made with another are not used. */
  runKey: string;
  /** Everything else the corpus outputs are made from besides the run key and the articles, as JSON values. */
  madeFrom: readonly unknown[];
  files: readonly InputFile[];
  ids: readonly string[];
  maxBytes: number;
  /** The path of an article's report. */
  reportPath: (id: string) => string;
}

/** What the cache can spare a run, from {@link RunCache.plan}. */
export interface CachePlan {
  /** Per article, in input order: whether its report and record are reused. */
  reused: readonly boolean[];
  /** The articles to process (the others), in input order. */
  todo: readonly number[];
  /** When nothing changed and the earlier outputs are in place byte for byte: their summary (the run keeps them). */
  kept: OutputsRecordT['summary'] | null;
}

/** An article reused from the cache: its contribution (JSON and parsed), its mention lines, its report's size and its record. */
export interface ReusedArticle {
  contribution: string;
  parsed: ArticleContributionT;
  mentions: string;
  reportBytes: number;
  record: Uint8Array;
}

/** An article this run processed (its report written): its contribution (JSON), its mention rows (JSON) and its report's size. */
export interface ProcessedArticle {
  contribution: string;
  mentionRows: string;
  reportBytes: number;
}

/** The corpus outputs a finished run wrote: file → [bytes, SHA-256], their summary, and what the writer returns. */
export interface WrittenOutputs<T> {
  files: OutputsRecordT['files'];
  summary: OutputsRecordT['summary'];
  value: T;
}

/**
 * One run's use of the {@link ArticleCache} (or of none): `plan` once; then per article `rewrite` before its report is
 * written or `reuse` for a cached one, and `commit` in input order as each is finished; then `finish` or `close`.
 */
export class RunCache {
  /** Per article: its key, null when it has none (unreadable, or no cache), undefined before it is computed. */
  private readonly keys: Array<string | null | undefined>;
  private readonly hits: Array<CacheHit | null>;

  private constructor(
    private readonly store: ArticleCache | null,
    private readonly o: RunCacheOptions,
  ) {
    this.keys = new Array<string | null | undefined>(o.files.length).fill(undefined);
    this.hits = new Array<CacheHit | null>(o.files.length).fill(null);
  }

  /** Opens the cache of `<out>/.cache` for a run, or, for a run without it, removes it. */
  static open(o: RunCacheOptions): RunCache {
    // Without the cache this run's reports replace the cached ones: the old cache is dropped rather than trusted later.
    if (!o.enabled) rmSync(join(o.out, '.cache'), { recursive: true, force: true });
    return new RunCache(o.enabled ? new ArticleCache(o.out, o.runKey, o.tmpDir) : null, o);
  }

  /** Articles reused and articles processed so far, for run.json. */
  get counts(): { hits: number; misses: number } {
    return { hits: this.store?.hits ?? 0, misses: this.store?.misses ?? 0 };
  }

  /**
   * Computes every article's key and whether it is a hit, when an earlier run left entries (else every article is
   * processed), and whether the earlier outputs can be kept; null when `stop` asked to stop first.
   */
  async plan(stop: () => Promise<boolean>): Promise<CachePlan | null> {
    const store = this.store;
    const total = this.o.files.length;
    let hitCount = 0;
    // The previous outputs are checked meanwhile (in a thread of their own), in case nothing changed.
    const intact = store?.hasEntries === true ? store.outputsIntact(this.o.out) : Promise.resolve(false);
    if (store?.hasEntries === true) {
      for (let i = 0; i < total; i++) {
        if (await stop()) return null;
        const file = this.o.files[i] as InputFile;
        const id = this.o.ids[i] as string;
        const read = readFileBytes(file.path, this.o.maxBytes);
        if (!('bytes' in read)) {
          this.keys[i] = null;
          continue;
        }
        const key = store.key(read.bytes, id, relativePath(file));
        this.keys[i] = key;
        const hit = store.lookup(id, key, this.o.reportPath(id));
        this.hits[i] = hit;
        if (hit !== null) hitCount++;
      }
    }
    const reused = this.hits.map((h) => h !== null);
    const todo = reused.flatMap((r, i) => (r ? [] : [i]));
    return {
      reused,
      todo,
      kept: store !== null && total > 0 && hitCount === total ? await this.kept(store, intact) : null,
    };
  }

  /** The summary of the earlier outputs, when they were made from what this run's would be and are still intact. */
  private async kept(store: ArticleCache, intact: Promise<boolean>): Promise<OutputsRecordT['summary'] | null> {
    const print = this.fingerprint();
    const kept = print === null ? null : store.outputsOf(print);
    return kept !== null && (await intact) ? kept : null;
  }

  /** Hash of everything the corpus outputs are made from; null when some article has no key (it could not be read). */
  private fingerprint(): string | null {
    if (this.keys.some((k) => typeof k !== 'string')) return null;
    const h = createHash('sha256').update(JSON.stringify([this.o.runKey, ...this.o.madeFrom]));
    for (let i = 0; i < this.keys.length; i++) h.update(`\n${this.o.ids[i] as string}\u0000${this.keys[i] as string}`);
    return h.digest('hex');
  }

  /**
   * Must be called before the report of article `i` is written, with the bytes it is made from (undefined when the
   * file could not be read): keys them (the file may have changed since the plan) and withdraws the article's entry,
   * journaled at once so that even a kill -9 right after the report is renamed into place leaves no stale entry.
   */
  rewrite(i: number, bytes: Uint8Array | undefined): void {
    const file = this.o.files[i] as InputFile;
    const id = this.o.ids[i] as string;
    const key = bytes !== undefined && this.store !== null ? this.store.key(bytes, id, relativePath(file)) : null;
    if (key !== null && this.keys[i] === undefined) this.store?.miss();
    this.keys[i] = key;
    this.store?.invalidate(id);
  }

  /** Takes back the plan's hit for article `i`: it is processed again after all (its sharded report is rewritten). */
  forget(i: number): void {
    if (this.hits[i] === null || this.hits[i] === undefined) return;
    this.hits[i] = null;
    this.store?.demote();
  }

  /** The cached contribution and mention lines of article `i`, a hit of the plan; null when its record cannot be read back (then it is processed). */
  reuse(i: number): ReusedArticle | null {
    const hit = this.hits[i] ?? null;
    if (hit === null || this.store === null) return null;
    const cached = this.store.read(hit);
    let article: ReusedArticle | null = null;
    if (cached !== null) {
      try {
        const parsed = JSON.parse(cached.contribution) as ArticleContributionT;
        const mentions = linesOfRows(parsed, JSON.parse(cached.mentionRows) as MentionRow[]);
        article = {
          contribution: cached.contribution,
          parsed,
          mentions,
          reportBytes: hit.reportBytes,
          record: cached.bytes,
        };
      } catch {
        // A record that inflates but does not parse (a damaged cache) is as good as none.
      }
    }
    if (article === null) this.store.demote();
    return article;
  }

  /** Records article `i`, whose report is in place, once every article before it is committed; checkpoints now and then, so that a killed run's work is kept. */
  commit(i: number, article: ReusedArticle | ProcessedArticle): void {
    const key = this.keys[i];
    if (this.store === null || typeof key !== 'string') return;
    const bytes = 'record' in article ? article.record : cacheRecord(key, article.contribution, article.mentionRows);
    this.store.record(this.o.ids[i] as string, key, article.reportBytes, bytes);
    if ((i + 1) % CHECKPOINT_EVERY === 0) this.store.checkpoint();
  }

  /**
   * Ends a run that committed every article: checkpoints (every report is written), withdraws the record of the
   * earlier outputs, lets `write` rewrite the outputs, and records what it wrote.
   */
  finish<T>(write: () => WrittenOutputs<T>): T {
    this.store?.checkpoint();
    this.store?.invalidateOutputs();
    const written = write();
    const print = this.store === null ? null : this.fingerprint();
    this.store?.finish(print === null ? null : { fingerprint: print, files: written.files, summary: written.summary });
    return written.value;
  }

  /** Ends a run otherwise: `interrupted` keeps what it did for the next run; `kept` (the outputs were kept) and `failed` leave the cache as it is. */
  close(end: 'interrupted' | 'kept' | 'failed'): void {
    if (end === 'interrupted') this.store?.interrupt();
    else this.store?.closeFiles();
  }
}
