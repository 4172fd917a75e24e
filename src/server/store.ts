// The run's database opened read-only, with what every request needs built once at start: the entity table in
// memory (search, names, types), English names from the built-in dictionaries, and the run's facts.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { DB_VERSION } from '../db/schema.js';
import { fileURLToPath } from 'node:url';
import { openStartupCache } from '../resources/startup-cache.js';
import type { EntityRef } from './api-schema.js';

/** The database's file name in a run's folder (`DB_FILE` of src/db/sqlite.ts, whose writer's imports the server
 * does not need at start: a test checks that both agree). */
export const DB_FILE = 'guanxi.sqlite';

/** The built-in dictionaries (`BUILTIN_DICT_DIR` of src/resources/dictionaries.ts, loaded only when the English
 * names are not cached). */
export const BUILTIN_DICTIONARIES = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** The cooccur stage's default `maxEntities` (its options pull in the stages' schemas: a test checks both agree). */
export const DEFAULT_MAX_ENTITIES = 150;

/** One entity as the server keeps it in memory. */
export interface EntityMeta {
  id: string;
  type: string;
  name: string;
  nameEn: string | undefined;
  aliases: string[];
  mentions: number;
  articles: number;
}

/** One article as lists show it, with its place in the newest-first order. */
export interface ArticleMeta {
  id: string;
  title: string | null;
  date: string | null;
  day: string | null;
  /** Position in the order of dates, newest first (undated last), then ids descending. */
  rank: number;
}

/** The run's thresholds and window counts that the range computations share with the run. */
export interface RunFacts {
  minCount: number;
  minArticles: number;
  /** A window with more distinct entities counts no pairs (the cooccur stage's default). */
  maxEntities: number;
}

/** The open database and the tables kept in memory. */
export interface Store {
  db: Database.Database;
  out: string;
  entities: Map<string, EntityMeta>;
  /** Entities in search order: most mentions first, then id. */
  ranked: EntityMeta[];
  facts: RunFacts;
  /** Every article, read on first use (lists are sorted and filtered by date in memory: no query sorts thousands of
   * rows for each entity). */
  articles: () => Map<string, ArticleMeta>;
  /** Types present, most mentioned first. */
  types: string[];
}

const RunOptions = z.object({ pairs: z.object({ minCount: z.number(), minArticles: z.number() }) });

/** Whether `file` is a guanxi database of the layout this server reads (a message saying why not, otherwise). */
function checkDatabase(db: Database.Database, file: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (!tables.includes('guanxi_meta') || !tables.includes('run'))
    throw new ConfigError(`${file}: not a guanxi database; make one with \`guanxi db <out>\``);
  const version = db.prepare(`SELECT value FROM guanxi_meta WHERE name = 'version'`).pluck().get();
  if (version !== String(DB_VERSION))
    throw new ConfigError(
      `${file}: database layout ${String(version)}, this guanxi reads ${DB_VERSION}; rebuild it with \`guanxi db <out>\``,
    );
}

/** Opens `<out>/guanxi.sqlite` read-only; throws a ConfigError naming the file and how to make it. */
export async function openStore(out: string): Promise<Store> {
  const file = join(out, DB_FILE);
  if (!existsSync(file))
    throw new ConfigError(`${file}: no database; make it with \`guanxi db ${out}\` (or run without --no-db)`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    checkDatabase(db, file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(
      `${file}: cannot be read (${err instanceof Error ? err.message : String(err)}); make it again with \`guanxi db ${out}\``,
    );
  }
  const optionsText = db.prepare('SELECT options FROM run').pluck().get() as string | undefined;
  const options = RunOptions.safeParse(JSON.parse(optionsText ?? '{}'));
  const facts: RunFacts = {
    minCount: options.success ? options.data.pairs.minCount : 1,
    minArticles: options.success ? options.data.pairs.minArticles : 1,
    maxEntities: DEFAULT_MAX_ENTITIES,
  };
  const english = await englishNames(db);
  const rows = db
    .prepare('SELECT id, type, name, aliases, mentions, articles FROM entities ORDER BY mentions DESC, id')
    .all() as Array<{ id: string; type: string; name: string; aliases: string; mentions: number; articles: number }>;
  const ranked = rows.map(
    (r): EntityMeta => ({ ...r, aliases: JSON.parse(r.aliases) as string[], nameEn: english.get(r.id) }),
  );
  const byType = new Map<string, number>();
  for (const e of ranked) byType.set(e.type, (byType.get(e.type) ?? 0) + e.mentions);
  const types = [...byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  let articles: Map<string, ArticleMeta> | null = null;
  const articlesOnce = (): Map<string, ArticleMeta> => {
    if (articles !== null) return articles;
    const list = db.prepare('SELECT id, title, date, day FROM articles ORDER BY date DESC, id DESC').all() as Array<
      Omit<ArticleMeta, 'rank'>
    >;
    articles = new Map(list.map((a, rank) => [a.id, { ...a, rank }]));
    return articles;
  };
  return { db, out, entities: new Map(ranked.map((e) => [e.id, e])), ranked, facts, articles: articlesOnce, types };
}

/** English names of the run's built-in dictionaries (the first `en` form of each entry), by entity id; kept in the
 * start-up cache under the dictionaries' texts, so that a start reads one small entry instead of every dictionary. */
async function englishNames(db: Database.Database): Promise<Map<string, string>> {
  const listed = JSON.parse((db.prepare('SELECT dictionaries FROM run').pluck().get() as string) ?? '[]') as string[];
  // Only the built-in folder is known to the server (the run records file names, not user paths).
  const files = listed.map((name) => join(BUILTIN_DICTIONARIES, basename(name))).filter((f) => existsSync(f));
  const cache = openStartupCache();
  const key = files.map((f) => `${basename(f)}\0${readFileSync(f, 'utf8')}`).join('\0');
  const cached = cache.read('english-names', key);
  if (cached !== null) {
    try {
      return new Map(Object.entries(JSON.parse(cached.toString('utf8')) as Record<string, string>));
    } catch {
      // A damaged entry: read the dictionaries again.
    }
  }
  const names = new Map<string, string>();
  const { readDictionaryFile } = await import('../resources/dictionaries.js');
  for (const file of files) {
    try {
      for (const e of readDictionaryFile(file, cache).entries) {
        const en = e.en[0];
        if (en !== undefined && !names.has(e.id)) names.set(e.id, en);
      }
    } catch {
      // A dictionary that no longer parses only costs English names.
    }
  }
  cache.write('english-names', key, JSON.stringify(Object.fromEntries(names)));
  return names;
}

/** The list form of an entity (its name and English name), or a stand-in for an id the table does not hold. */
export function refOf(store: Store, id: string): z.infer<typeof EntityRef> {
  const e = store.entities.get(id);
  if (e === undefined) return { id, type: id.split(':')[0] ?? '', name: id };
  return e.nameEn === undefined
    ? { id, type: e.type, name: e.name }
    : { id, type: e.type, name: e.name, nameEn: e.nameEn };
}

/** Whether an article is in the range (every article when none is given). */
export function inRange(a: ArticleMeta, range: { all: 0 | 1; from: string; to: string }): boolean {
  return range.all === 1 || (a.day !== null && a.day >= range.from && a.day <= range.to);
}

/** The inputs `run.json` names, when it can be read. */
export function runInputs(out: string): string[] | undefined {
  try {
    const info = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { inputs?: unknown };
    return Array.isArray(info.inputs) ? info.inputs.filter((x): x is string => typeof x === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/** The output folder's name, shown instead of its full path. */
export const outName = (out: string): string => basename(out);
