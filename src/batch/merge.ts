// `guanxi merge`: combines the output folders of finished runs into the outputs one run over all their inputs would
// have written: the aggregates are merged line by line, mentions.ndjson files are concatenated in order, and article
// ids that collide between runs are renamed the way one run would have named them (`~2`, `~3` …).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GZIP_LEVEL, LineWriter, writeAtomic } from '../io/atomic.js';
import { FolderLock } from '../io/lock.js';
import { ConfigError } from '../core/errors.js';
import { AGGREGATE_FILE, ndjsonLines, readAggregateFile } from '../corpus/aggregate-file.js';
import { AggregateMismatch } from '../corpus/aggregate-absorb.js';
import { metaOf } from '../corpus/aggregate-tables.js';
import { CorpusAggregate } from '../corpus/aggregate.js';
import { MENTIONS_FILE, writeCorpusOutputs } from '../corpus/exports.js';
import { baseId, IdAssigner } from './inputs.js';
import { processCpuSeconds } from './run-info.js';
import { tmpDirOf } from './run.js';
import type { RunSummary } from './run.js';
import type { CorpusReportT } from '../schema/corpus.js';
import type { MentionLineT } from '../schema/aggregate.js';
import { RunInfo } from '../schema/corpus.js';
import { updateDatabase } from '../db/sqlite.js';
import type { DatabaseResult, ReportSource } from '../db/sqlite.js';

/** What {@link mergeOutputs} wrote: its summary, the corpus report, and what writing the database did (null: none). */
export interface MergeResult {
  summary: RunSummary;
  corpus: CorpusReportT;
  database: DatabaseResult | null;
}

/** The path of output `name` (`x.ndjson.gz`) in `dir`, or of its uncompressed form an older run wrote; null if neither. */
function outputFile(dir: string, name: string): string | null {
  for (const f of [name, name.replace(/\.gz$/, '')]) if (existsSync(join(dir, f))) return join(dir, f);
  return null;
}

/** The inputs a finished run recorded in its run.json (empty when it has none). */
function inputsOf(dir: string): string[] {
  try {
    const info = RunInfo.safeParse(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')));
    return info.success ? info.data.inputs : [];
  } catch {
    return [];
  }
}

/**
 * Merges the output folders of finished runs (in the order given) into `out`: corpus.json, aggregate.ndjson,
 * entities.csv, edges.csv, network.gexf and mentions.ndjson byte-identical to one run over all their inputs, in that
 * order. Article reports stay in the runs' folders. A folder without an aggregate, or runs made with a different
 * pipeline, dictionaries, time zone or report options, is a ConfigError.
 */
export async function mergeOutputs(
  dirs: readonly string[],
  outDir: string,
  options: { db?: boolean } = {},
): Promise<MergeResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  if (dirs.length === 0) throw new ConfigError('merge needs at least one output folder');
  const out = resolve(outDir);
  const sources = dirs.map((d) => resolve(d));
  for (const d of sources) {
    if (d === out)
      throw new ConfigError(`--out ${outDir} is one of the folders to merge; write the merge to a new folder`);
    for (const f of [AGGREGATE_FILE, MENTIONS_FILE]) {
      if (outputFile(d, f) === null)
        throw new ConfigError(`${d}: no ${f}; is this the output folder of a finished guanxi run?`);
    }
  }
  // The same lock as a run's: nothing else writes into `out` while the merge does.
  const lock = FolderLock.acquire(out, 'merge');
  try {
    return await mergeInto(sources, out, { t0, startedAt, db: options.db !== false });
  } finally {
    lock.release();
  }
}

/** The body of {@link mergeOutputs}, once the sources are checked and `out` is locked. */
async function mergeInto(
  sources: readonly string[],
  out: string,
  { t0, startedAt, db }: { t0: number; startedAt: string; db: boolean },
): Promise<MergeResult> {
  const tmpDir = tmpDirOf(out);
  rmSync(tmpDir, { recursive: true, force: true });
  const mentions = new LineWriter(join(out, MENTIONS_FILE), tmpDir, undefined, GZIP_LEVEL);
  const assigner = new IdAssigner();
  const ids: string[] = [];
  let aggregate: CorpusAggregate | null = null;
  const reports: ReportSource[] = [];
  try {
    for (const dir of sources) {
      // This run's ids that one run over all inputs would have named differently (usually none).
      const renames = new Map<string, string>();
      reports.push({ dir, renames });
      const rename = (id: string): string => renames.get(id) ?? id;
      const file = outputFile(dir, AGGREGATE_FILE) as string;
      for await (const line of readAggregateFile(file)) {
        if (line.t === 'header') aggregate ??= new CorpusAggregate(metaOf(line));
        if (line.t === 'ids') {
          for (const id of line.ids) {
            const now = assigner.next(baseId(id));
            if (now !== id) renames.set(id, now);
            ids.push(now);
          }
          continue;
        }
        try {
          aggregate?.absorb(line, renames.size > 0 ? rename : undefined);
        } catch (err) {
          if (err instanceof AggregateMismatch)
            throw new ConfigError(`${file}: cannot be merged with ${sources[0] ?? ''}: ${err.message}`);
          throw err;
        }
      }
      for await (const text of ndjsonLines(outputFile(dir, MENTIONS_FILE) as string)) {
        if (text === '') continue;
        if (renames.size === 0) {
          mentions.write(`${text}\n`);
          continue;
        }
        const m = JSON.parse(text) as MentionLineT;
        const now = renames.get(m.article);
        mentions.write(now === undefined ? `${text}\n` : `${JSON.stringify({ ...m, article: now })}\n`);
      }
    }
  } catch (err) {
    mentions.abort();
    throw err;
  }
  if (aggregate === null) throw new ConfigError('nothing to merge');
  mentions.close();
  const { corpus } = writeCorpusOutputs(out, aggregate, ids, tmpDir);
  const seconds = (performance.now() - t0) / 1000;
  const info = RunInfo.parse({
    startedAt,
    finishedAt: new Date().toISOString(),
    seconds: Math.round(seconds * 1000) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: processCpuSeconds(),
    inputs: sources.flatMap(inputsOf),
    out,
    articles: aggregate.articles.total,
    characters: aggregate.characters,
    stageSeconds: {},
    workers: 1,
    cache: { hits: 0, misses: 0 },
    merged: sources,
  });
  writeAtomic(join(out, 'run.json'), `${JSON.stringify(info, null, 2)}\n`, tmpDir);
  rmSync(tmpDir, { recursive: true, force: true });
  // The database of the merge holds the rows of one run over all inputs: the articles come from the runs' reports.
  // A merged folder holds none (they stay in its runs' folders), so a merge of merges writes no database.
  const withReports = sources.every((d) => existsSync(join(d, 'articles')));
  const database = await updateDatabase(db && withReports, { out, corpus: () => corpus, sources: reports });
  return {
    summary: {
      articles: corpus.run.articles,
      entities: corpus.run.entities,
      mentions: corpus.run.mentions,
      seconds,
      out,
    },
    corpus,
    database,
  };
}
