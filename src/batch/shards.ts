// Article reports as gzip-compressed NDJSON shards of consecutive articles (`reports: ndjson.gz`): a large run writes
// a few hundred files instead of millions. Shard k holds the reports of articles k·size … (k+1)·size − 1 in input
// order; a shard whose articles are all unchanged (and whose file is in place) is kept as it is, any other is
// written again whole, its articles processed again (a new article at the end of a dated archive touches the last
// shard only).
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { writeAtomicAsync } from '../io/atomic.js';
import { SHARD_INDEX, shardFile } from '../article/report-store.js';
import type { ShardIndexT, ShardInfoT } from '../article/report-store.js';

const gzipAsync = promisify(gzip);

/** The shard plan of a run: which shard each article is in, and which shards an earlier run left that can be kept. */
export class ShardPlan {
  constructor(
    readonly articlesDir: string,
    readonly ids: readonly string[],
    readonly size: number,
  ) {}

  /** How many shards the run writes. */
  get count(): number {
    return Math.ceil(this.ids.length / this.size);
  }

  /** The shard of article `i`. */
  shardOf(i: number): number {
    return Math.floor(i / this.size);
  }

  /** The articles of shard `k`: [first index, end index). */
  range(k: number): [number, number] {
    return [k * this.size, Math.min(this.ids.length, (k + 1) * this.size)];
  }

  /** The path of shard `k`'s file. */
  path(k: number): string {
    return join(this.articlesDir, shardFile(k));
  }

  /**
   * The shards of an earlier run's index that this run can keep as they are, given which articles the cache can
   * spare: every article of the shard reused, and the earlier shard holding exactly these articles.
   */
  keepable(previous: ShardIndexT | null, reused: readonly boolean[]): Map<number, ShardInfoT> {
    const kept = new Map<number, ShardInfoT>();
    if (previous === null) return kept;
    for (let k = 0; k < this.count; k++) {
      const old = previous.shards[k];
      const [from, to] = this.range(k);
      if (
        old === undefined ||
        old.file !== shardFile(k) ||
        old.articles !== to - from ||
        old.first !== this.ids[from] ||
        old.last !== this.ids[to - 1]
      )
        continue;
      let all = true;
      for (let i = from; i < to && all; i++) all = reused[i] === true;
      if (all) kept.set(k, old);
    }
    return kept;
  }
}

/**
 * Collects the report lines of the shard being written, in input order, and writes each shard (compressed on
 * libuv's thread pool, atomically) when its last article arrives; `finish` writes the index and removes what an
 * earlier run left that this one does not name.
 */
export class ShardWriter {
  private lines: string[] = [];
  private readonly infos: Array<ShardInfoT | undefined> = [];
  private readonly pending: Array<Promise<void>> = [];

  constructor(
    private readonly plan: ShardPlan,
    private readonly kept: ReadonlyMap<number, ShardInfoT>,
    private readonly tmpDir: string,
  ) {
    for (const [k, info] of kept) this.infos[k] = info;
  }

  /** Whether shard `k` is kept from the earlier run (its articles bring no lines). */
  isKept(k: number): boolean {
    return this.kept.has(k);
  }

  /**
   * Adds article `i`'s report line (articles must come in input order; a kept shard's articles bring none); resolves,
   * when `i` ends its shard, to that shard's file size once written, else to null.
   */
  add(i: number, line: string | undefined): Promise<number> | null {
    const k = this.plan.shardOf(i);
    const [from, to] = this.plan.range(k);
    if (this.kept.has(k)) return i === to - 1 ? Promise.resolve((this.kept.get(k) as ShardInfoT).bytes) : null;
    if (line === undefined) throw new Error(`article ${i} of shard ${k} brought no report line`);
    this.lines.push(line);
    if (i !== to - 1) return null;
    const text = this.lines.join('');
    this.lines = [];
    const done = gzipAsync(Buffer.from(text, 'utf8'), { level: 6 }).then(async (bytes) => {
      await writeAtomicAsync(this.plan.path(k), bytes, this.tmpDir);
      this.infos[k] = {
        file: shardFile(k),
        articles: to - from,
        first: this.plan.ids[from] as string,
        last: this.plan.ids[to - 1] as string,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
      return bytes.length;
    });
    this.pending.push(done.then(() => undefined));
    return done;
  }

  /** The listing of the shard that holds article `i`, once that shard is written (or kept); else undefined. */
  infoOf(i: number): ShardInfoT | undefined {
    return this.infos[this.plan.shardOf(i)];
  }

  /** Waits for every shard, then returns the index to write (the caller writes it with the other outputs). */
  async index(): Promise<ShardIndexT> {
    await Promise.all(this.pending);
    const shards = this.infos.map((info, k) => {
      if (info === undefined) throw new Error(`shard ${k} was never written`);
      return info;
    });
    return { format: 'guanxi-report-shards', version: 1, shards };
  }

  /** Abandons the shards not yet written (an interrupted or failed run): waits for those being written. */
  async abort(): Promise<void> {
    this.lines = [];
    await Promise.allSettled(this.pending);
  }
}

/** Removes from `articlesDir` what this layout does not use: shards beyond `count` (or all) and per-article files. */
export function tidyArticles(articlesDir: string, layout: 'files' | 'ndjson.gz', count: number): void {
  let names: string[];
  try {
    // Shards and their index sit at the top of the folder; only a sharded run looks for report files below it.
    names = readdirSync(articlesDir, { recursive: layout === 'ndjson.gz' }).map(String);
  } catch {
    return;
  }
  for (const name of names) {
    const shard = /^part-(\d{5,})\.ndjson\.gz$/.exec(name);
    if (layout === 'files') {
      if (shard !== null || name === SHARD_INDEX) rmSync(join(articlesDir, name), { force: true });
    } else if (shard !== null ? Number(shard[1]) >= count : name.endsWith('.json') && name !== SHARD_INDEX) {
      rmSync(join(articlesDir, name), { force: true });
    }
  }
}
