// Where a run's article reports live and how they are read back: one JSON file per article under `<out>/articles/`,
// or, for large runs, gzip-compressed NDJSON shards of consecutive articles listed in `<out>/articles/shards.json`.
// Every reader of reports (`guanxi show`, `dict suggest`, tests, the database) goes through here, so both layouts
// are read alike.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ascending } from 'd3-array';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { ArticleReport } from '../schema/report.js';
import type { ArticleReportT } from '../schema/report.js';
import { compiledValidator } from '../schema/validate.js';

/** The article report check, compiled on first use. */
const checkReport = compiledValidator(ArticleReport);

/** The index of a sharded run's reports. */
export const SHARD_INDEX = 'shards.json';

/** One shard of a sharded run: its file (relative to `articles/`), how many reports it holds, its first and last ids. */
export const ShardInfo = z
  .object({
    file: z.string().regex(/^part-\d{5,}\.ndjson\.gz$/),
    articles: z.number().int().positive(),
    first: z.string(),
    last: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string(),
  })
  .strict();
export type ShardInfoT = z.infer<typeof ShardInfo>;

/** `<out>/articles/shards.json`: the shards in input order. */
export const ShardIndex = z
  .object({
    format: z.literal('guanxi-report-shards'),
    version: z.literal(1),
    shards: z.array(ShardInfo),
  })
  .strict();
export type ShardIndexT = z.infer<typeof ShardIndex>;

/** The file name of shard `n`. */
export function shardFile(n: number): string {
  return `part-${String(n).padStart(5, '0')}.ndjson.gz`;
}

/** A report as written: compact JSON (one line, as a shard holds it) or indented for people (`--pretty`). */
export function serializeReport(report: ArticleReportT, pretty: boolean): string {
  return `${pretty ? JSON.stringify(report, null, 2) : JSON.stringify(report)}\n`;
}

/** The articles folder of an output folder. */
export function articlesDirOf(out: string): string {
  return join(resolve(out), 'articles');
}

/** The shard index of an output folder, or null when its reports are files (or there are none). */
export function readShardIndex(out: string): ShardIndexT | null {
  const path = join(articlesDirOf(out), SHARD_INDEX);
  if (!existsSync(path)) return null;
  let parsed: ReturnType<typeof ShardIndex.safeParse>;
  try {
    parsed = ShardIndex.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    throw new ConfigError(`${path}: not a guanxi shard index: ${(err as Error).message}`);
  }
  if (!parsed.success)
    throw new ConfigError(`${path}: not a guanxi shard index: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** A report parsed from `text` (from `where`) and validated, or a ConfigError naming `where` and the first problem. */
export function parseReport(text: string, where: string): ArticleReportT {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${where}: not JSON: ${(err as Error).message}`);
  }
  // The compiled check first (several times faster than zod's parse, which copies the report); zod only to say
  // what is wrong with a report the check refuses.
  try {
    return checkReport(data as ArticleReportT);
  } catch {
    // Reported below, by zod.
  }
  const parsed = ArticleReport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `${where}: not a guanxi article report (version ${String((data as { version?: unknown } | null)?.version)}): ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/** The lines of shard `file` of `out`, checked against its recorded SHA-256. */
function shardLines(out: string, shard: ShardInfoT): string[] {
  const path = join(articlesDirOf(out), shard.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new ConfigError(`${path}: missing; the shard index names it`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== shard.sha256)
    throw new ConfigError(`${path}: damaged (its SHA-256 differs from ${SHARD_INDEX}'s)`);
  return gunzipSync(bytes)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');
}

/** The report files of a file-layout output folder, sorted by path. */
function reportFiles(out: string): string[] {
  const dir = articlesDirOf(out);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }).map(String);
  } catch {
    throw new ConfigError(`${out}: no articles/ folder; is this the output folder of a finished guanxi run?`);
  }
  return names
    .filter((n) => n.endsWith('.json') && n !== SHARD_INDEX)
    .sort(ascending)
    .map((n) => join(dir, n));
}

/** Every article report of a finished run, validated, in input order for shards and path order for files. */
export function* readReports(out: string): Generator<ArticleReportT> {
  const index = readShardIndex(out);
  if (index !== null) {
    for (const shard of index.shards) {
      const lines = shardLines(out, shard);
      for (const [i, line] of lines.entries()) yield parseReport(line, `${shard.file} line ${i + 1}`);
    }
    return;
  }
  for (const file of reportFiles(out)) yield parseReport(readFileSync(file, 'utf8'), file);
}

/** The report of article `id` of a finished run, validated; null when the run has no such article. */
export function readReport(out: string, id: string): ArticleReportT | null {
  const index = readShardIndex(out);
  if (index === null) {
    const dir = articlesDirOf(out);
    const file = join(dir, `${id}.json`);
    if (!resolve(file).startsWith(dir + sep) || !existsSync(file)) return null;
    return parseReport(readFileSync(file, 'utf8'), file);
  }
  // Ids ascend within a shard when the inputs were one folder (the usual case): shards whose range holds the id
  // are read first, then the others.
  const likely = index.shards.filter((s) => s.first <= id && id <= s.last);
  for (const shard of [...likely, ...index.shards.filter((s) => !likely.includes(s))]) {
    const lines = shardLines(out, shard);
    for (const [i, line] of lines.entries()) {
      // The id is the report's second key: a cheap test before the parse.
      if (!line.startsWith(`{"version":`) || !line.includes(`"id":${JSON.stringify(id)},`)) continue;
      const report = parseReport(line, `${shard.file} line ${i + 1}`);
      if (report.id === id) return report;
    }
  }
  return null;
}

/**
 * A file of reports as listed, before it is read: one report file, or one shard. `stamp` changes whenever the file is
 * written again (a report file's inode, size and modification time, since reports are renamed into place; a shard's
 * name and SHA-256), so a reader that recorded it can tell an unchanged file without reading it.
 */
export interface ReportUnit {
  /** The file, relative to `articles/`. */
  file: string;
  stamp: string;
  /** The id of a report file's article (from its name); undefined for a shard, whose ids are known once it is read. */
  id?: string;
  /** The unit's reports, validated, in the order the file holds them. */
  read(): ArticleReportT[];
}

/** The unit of one shard of `out`'s articles, as its index lists it. */
export function shardUnit(out: string, shard: ShardInfoT): ReportUnit {
  return {
    file: shard.file,
    stamp: `${shard.file}:${shard.sha256}`,
    read: () => shardLines(out, shard).map((line, i) => parseReport(line, `${shard.file} line ${i + 1}`)),
  };
}

/** The unit of one report file (`path`, inside `out`'s articles folder), stamped as it is now. */
export function reportFileUnit(out: string, path: string): ReportUnit {
  const file = relative(articlesDirOf(out), path);
  const s = statSync(path, { bigint: true });
  return {
    file,
    stamp: `${file}:${s.ino}:${s.size}:${s.mtimeNs}`,
    id: file.slice(0, -'.json'.length).split(sep).join('/'),
    read: () => [parseReport(readFileSync(path, 'utf8'), path)],
  };
}

/** Every report file (or shard) of a finished run, listed with its stamp and not yet read ({@link ReportUnit}). */
export function listReportUnits(out: string): ReportUnit[] {
  const index = readShardIndex(out);
  if (index !== null) return index.shards.map((shard) => shardUnit(out, shard));
  return reportFiles(out).map((path) => reportFileUnit(out, path));
}
