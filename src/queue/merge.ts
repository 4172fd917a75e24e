// The end of a distributed run: the shards' partial aggregates merged in shard order into one aggregate, their
// mention lines concatenated, and the corpus outputs, shard index, run.json and database written as a local run
// writes them — byte for byte, since the aggregate's merge is exact.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../pipeline.js';
import { SHARD_INDEX } from '../article/report-store.js';
import type { ShardIndexT } from '../article/report-store.js';
import { ndjsonLines, readAggregateFile } from '../corpus/aggregate-file.js';
import { CorpusAggregate } from '../corpus/aggregate.js';
import { MENTIONS_FILE, pointLookup, writeCorpusOutputs } from '../corpus/exports.js';
import { ConfigError } from '../core/errors.js';
import { GZIP_LEVEL, LineWriter, writeAtomic } from '../io/atomic.js';
import type { DiagnosticT } from '../schema/document.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { aggregateMeta } from '../batch/run.js';
import { tidyArticles } from '../batch/shards.js';
import { StageSeconds, writeRunInfo } from '../batch/run-info.js';
import type { RunSpecT, ShardResultT } from './protocol.js';
import { SHARD_AGGREGATE, shardDirOf } from './shard.js';

/** What the merge needs besides the shard results. */
export interface MergeInput {
  spec: RunSpecT;
  pipeline: Pipeline;
  ids: readonly string[];
  discoveryDiagnostics: readonly DiagnosticT[];
  tmpDir: string;
  startedAt: string;
  t0: number;
}

/** A shard file, checked against the size and SHA-256 its worker returned. */
function checkedPath(out: string, r: ShardResultT, name: string): string {
  const path = join(shardDirOf(out, r), name);
  const sum = r.files[name];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new ConfigError(`${path}: missing (shard ${r.shard}); is ${out} on a file system every worker shares?`);
  }
  if (sum === undefined || bytes.length !== sum[0] || createHash('sha256').update(bytes).digest('hex') !== sum[1])
    throw new ConfigError(`${path}: its size or SHA-256 differs from what its worker returned (shard ${r.shard})`);
  return path;
}

/** Absorbs one shard's aggregate, checking that it holds the shard's articles. */
async function absorbShard(agg: CorpusAggregate, path: string, expected: readonly string[]): Promise<void> {
  let at = 0;
  for await (const line of readAggregateFile(path, { trusted: true })) {
    if (line.t === 'ids') {
      for (const id of line.ids)
        if (id !== expected[at++]) throw new ConfigError(`${path}: names article ${id}, not ${expected[at - 1]}`);
      continue;
    }
    agg.absorb(line);
  }
  if (at !== expected.length) throw new ConfigError(`${path}: holds ${at} articles, not ${expected.length}`);
}

/**
 * The merge of a run's shards, in shard order: shards can be added as they finish (the coordinator absorbs them while
 * the others are processed, so that little is left at the end), and `finish` adds the rest and writes the outputs.
 */
export class ShardMerger {
  private aggregate!: CorpusAggregate;
  private mentions!: LineWriter;
  private absorbed: ShardResultT[] = [];
  private stages = new StageSeconds();

  constructor(private readonly input: MergeInput) {
    this.start();
  }

  private start(): void {
    const { pipeline, spec, tmpDir } = this.input;
    this.aggregate = new CorpusAggregate(aggregateMeta(pipeline), pointLookup(pipeline.dictionaries));
    this.mentions = new LineWriter(join(spec.out, MENTIONS_FILE), tmpDir, undefined, GZIP_LEVEL);
    this.absorbed = [];
    this.stages = new StageSeconds();
  }

  /** The next shard to add. */
  get next(): number {
    return this.absorbed.length;
  }

  /** Adds shard {@link next}'s partial aggregate and mention lines, checked against their checksums. */
  async add(r: ShardResultT): Promise<void> {
    const { spec, ids } = this.input;
    if (r.shard !== this.next) throw new Error(`shard ${r.shard} added before shard ${this.next}`);
    const first = r.shard * spec.shardSize;
    await absorbShard(this.aggregate, checkedPath(spec.out, r, SHARD_AGGREGATE), ids.slice(first, first + r.articles));
    for await (const text of ndjsonLines(checkedPath(spec.out, r, MENTIONS_FILE)))
      if (text !== '') this.mentions.write(`${text}\n`);
    this.stages.add(Object.entries(r.stageSeconds));
    this.absorbed.push(r);
  }

  /** Drops what was merged (nothing is written). */
  abort(): void {
    this.mentions.abort();
  }

  /**
   * Adds the shards not added yet and writes the corpus outputs, the shard index and run.json; returns the corpus
   * report. A shard added earlier whose final result names other files (its inputs changed and it was processed
   * again) makes the merge start over.
   */
  async finish(results: readonly ShardResultT[]): Promise<CorpusReportT> {
    if (this.absorbed.some((a, k) => results[k]?.dir !== a.dir)) {
      this.mentions.abort();
      this.start();
    }
    try {
      for (const r of results.slice(this.next)) await this.add(r);
    } catch (err) {
      this.mentions.abort();
      throw err;
    }
    return this.write(results);
  }

  private write(results: readonly ShardResultT[]): CorpusReportT {
    const { spec, ids, tmpDir } = this.input;
    const out = spec.out;
    const aggregate = this.aggregate;
    for (const d of this.input.discoveryDiagnostics) aggregate.addDiagnostics(d.file, null, [d]);
    this.mentions.close();
    const { corpus } = writeCorpusOutputs(out, aggregate, ids, tmpDir, { pretty: spec.pretty });
    const articlesDir = join(out, 'articles');
    if (spec.reports === 'ndjson.gz') {
      const shards = results.flatMap((r) => r.reportShards);
      const index: ShardIndexT = { format: 'guanxi-report-shards', version: 1, shards };
      writeAtomic(join(articlesDir, SHARD_INDEX), `${JSON.stringify(index)}\n`, tmpDir);
      tidyArticles(articlesDir, 'ndjson.gz', shards.length);
    } else tidyArticles(articlesDir, 'files', 0);
    writeRunInfo(
      {
        startedAt: this.input.startedAt,
        inputs: spec.inputs,
        out,
        articles: ids.length,
        characters: aggregate.characters,
        stageSeconds: this.stages,
        workers: Math.max(1, new Set(results.map((r) => r.worker)).size),
        cache: { hits: 0, misses: ids.length },
      },
      (performance.now() - this.input.t0) / 1000,
      tmpDir,
    );
    rmSync(tmpDir, { recursive: true, force: true });
    return corpus;
  }
}
