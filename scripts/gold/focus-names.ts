// Maps a focus reader's names to entity ids, as the focus gold scripts do (scripts/gold/focus-gold.ts,
// scripts/gold/focus-dev.ts): gold/focus/names.tsv first, then a country's ISO code, then the one dictionary entry
// of the annotated type whose name or alias the reader wrote.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDictionaries } from '../../src/resources/dictionaries.js';
import type { FocusGoldEntityT } from '../../src/evaluate/focus.js';

/** The focus gold's folder. */
export const FOCUS_DIR = fileURLToPath(new URL('../../gold/focus/', import.meta.url));

/** One entity as a reader wrote it. */
export interface RawEntity {
  type: FocusGoldEntityT['type'];
  name: string;
  iso2?: string;
  rank: 1 | 2;
}

/** One article as a reader wrote it (`n` only in the files that number their articles themselves). */
export interface RawArticle {
  n?: number;
  file: string;
  title: string;
  focus: RawEntity[];
  note: string;
}

/** The rows of a tab-separated file of the focus gold's folder, comments and blank lines left out. */
export const readTsv = (name: string): string[][] =>
  readFileSync(FOCUS_DIR + name, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

/** The articles of a reader's JSON Lines file. */
export const readRaw = (path: string): RawArticle[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RawArticle);

/** A function from a reader's entity to its gold entity (id, other ids of the same entity, type, name, rank). */
export function createNameMapper(): (e: RawEntity) => FocusGoldEntityT {
  const dicts = loadDictionaries();
  const byForm = new Map<string, string[]>();
  for (const e of dicts.entities.values())
    for (const f of [e.name, ...e.aliases]) byForm.set(f, [...(byForm.get(f) ?? []), e.id]);
  const manual = new Map(readTsv('names.tsv').map(([key, id, ...same]) => [key as string, { id: id as string, same }]));
  const idOf = (e: RawEntity): { id: string; same: string[] } => {
    const m = manual.get(`${e.type}|${e.name}`);
    if (m !== undefined) return m;
    if (e.type === 'country' && e.iso2 !== undefined) return { id: `country:${e.iso2}`, same: [] };
    const found = (byForm.get(e.name) ?? []).filter((id) => id.startsWith(`${e.type}:`));
    if (found.length === 1) return { id: found[0] as string, same: [] };
    throw new Error(`no id for ${e.type} ${e.name} (${found.join(', ') || 'none'}): add it to names.tsv`);
  };
  return (e) => {
    const { id, same } = idOf(e);
    // The type is the id's (names.tsv may map a reader's place to an initiative, which the scoring then leaves out).
    const type = id.slice(0, id.indexOf(':')) as FocusGoldEntityT['type'];
    const name = dicts.entities.get(id)?.name ?? id.slice(id.indexOf('~') + 1);
    return { id, ...(same.length > 0 ? { same } : {}), type, name, rank: e.rank };
  };
}
