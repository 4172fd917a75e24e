// The run's database opened read-only, with what every request needs built once at start: the entity table in
// memory (search, names, types), English names from the built-in dictionaries, and the run's facts.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { DB_FILE } from '../db/sqlite.js';
import { DB_VERSION } from '../db/schema.js';
import { BUILTIN_DICT_DIR, readDictionaryFile } from '../resources/dictionaries.js';
import { openStartupCache } from '../resources/startup-cache.js';
import { CooccurOptions } from '../stages/cooccur.js';
import type { EntityRef } from './api-schema.js';

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
  /** Every article (lists are sorted and filtered by date in memory: no query sorts thousands of rows). */
  articles: Map<string, ArticleMeta>;
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
export function openStore(out: string): Store {
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
    maxEntities: CooccurOptions.parse({}).maxEntities,
  };
  const english = englishNames(db);
  const rows = db
    .prepare('SELECT id, type, name, aliases, mentions, articles FROM entities ORDER BY mentions DESC, id')
    .all() as Array<{ id: string; type: string; name: string; aliases: string; mentions: number; articles: number }>;
  const ranked = rows.map(
    (r): EntityMeta => ({ ...r, aliases: JSON.parse(r.aliases) as string[], nameEn: english.get(r.id) }),
  );
  const byType = new Map<string, number>();
  for (const e of ranked) byType.set(e.type, (byType.get(e.type) ?? 0) + e.mentions);
  const types = [...byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const articles = new Map<string, ArticleMeta>();
  const list = db.prepare('SELECT id, title, date, day FROM articles ORDER BY date DESC, id DESC').all() as Array<
    Omit<ArticleMeta, 'rank'>
  >;
  list.forEach((a, rank) => {
    articles.set(a.id, { ...a, rank });
  });
  return { db, out, entities: new Map(ranked.map((e) => [e.id, e])), ranked, facts, articles, types };
}

/** English names of the run's built-in dictionaries (the first `en` form of each entry), by entity id. */
function englishNames(db: Database.Database): Map<string, string> {
  const names = new Map<string, string>();
  const listed = JSON.parse((db.prepare('SELECT dictionaries FROM run').pluck().get() as string) ?? '[]') as string[];
  const cache = openStartupCache();
  for (const name of listed) {
    // Only the built-in folder is known to the server (the run records file names, not user paths).
    const file = join(BUILTIN_DICT_DIR, basename(name));
    if (!existsSync(file)) continue;
    try {
      for (const e of readDictionaryFile(file, cache).entries) {
        const en = e.en[0];
        if (en !== undefined && !names.has(e.id)) names.set(e.id, en);
      }
    } catch {
      // A dictionary that no longer parses only costs English names.
    }
  }
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
