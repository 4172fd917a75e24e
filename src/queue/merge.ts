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
  for await (const line of readAggregateFile(path)) {
    if (line.t === 'ids') {
      for (const id of line.ids)
        if (id !== expected[at++]) throw new ConfigError(`${path}: names article ${id}, not ${expected[at - 1]}`);
      continue;
    }
    agg.absorb(line);
  }
  if (at !== expected.length) throw new ConfigError(`${path}: holds ${at} articles, not ${expected.length}`);
}

/** Merges the shards (in shard order) into the corpus outputs of the run; returns the corpus report. */
export async function mergeShards(input: MergeInput, results: readonly ShardResultT[]): Promise<CorpusReportT> {
  const { spec, pipeline, ids, tmpDir } = input;
  const out = spec.out;
  const aggregate = new CorpusAggregate(aggregateMeta(pipeline), pointLookup(pipeline.dictionaries));
  const mentions = new LineWriter(join(out, MENTIONS_FILE), tmpDir, undefined, GZIP_LEVEL);
  const stages = new StageSeconds();
  try {
    for (const r of results) {
      const first = r.shard * spec.shardSize;
      await absorbShard(aggregate, checkedPath(out, r, SHARD_AGGREGATE), ids.slice(first, first + r.articles));
      for await (const text of ndjsonLines(checkedPath(out, r, MENTIONS_FILE)))
        if (text !== '') mentions.write(`${text}\n`);
      stages.add(Object.entries(r.stageSeconds));
    }
  } catch (err) {
    mentions.abort();
    throw err;
  }
  for (const d of input.discoveryDiagnostics) aggregate.addDiagnostics(d.file, null, [d]);
  mentions.close();
  const { corpus } = writeCorpusOutputs(out, aggregate, ids, tmpDir, { pretty: spec.pretty });
  const articlesDir = join(out, 'articles');
  if (spec.reports === 'ndjson.gz') {
    const index: ShardIndexT = {
      format: 'guanxi-report-shards',
      version: 1,
      shards: results.flatMap((r) => r.reportShards),
    };
    writeAtomic(join(articlesDir, SHARD_INDEX), `${JSON.stringify(index)}\n`, tmpDir);
    tidyArticles(articlesDir, 'ndjson.gz', index.shards.length);
  } else tidyArticles(articlesDir, 'files', 0);
  const workers = new Set(results.map((r) => r.worker)).size;
  writeRunInfo(
    {
      startedAt: input.startedAt,
      inputs: spec.inputs,
      out,
      articles: ids.length,
      characters: aggregate.characters,
      stageSeconds: stages,
      workers: Math.max(1, workers),
      cache: { hits: 0, misses: ids.length },
    },
    (performance.now() - input.t0) / 1000,
    tmpDir,
  );
  rmSync(tmpDir, { recursive: true, force: true });
  return corpus;
}
