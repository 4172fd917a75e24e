import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DictionarySet } from './dictionaries.js';
import { ConfigError } from './dictionaries.js';
import { NerModel, charTables, trieGazetteer } from '../nlp/ner/model.js';
import type { CharTables, Gazetteer } from '../nlp/ner/model.js';

/** The model shipped with guanxi (trained by `npm run train:ner`). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));
const SURNAMES_PATH = fileURLToPath(new URL('../../data/surnames.tsv', import.meta.url));

let tables: CharTables | null = null;

/** Character tables from the bundled surname list (ordered by frequency), built once per process. */
export function defaultCharTables(): CharTables {
  if (tables !== null) return tables;
  const rows = readFileSync(SURNAMES_PATH, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r): r is [string, string] => r.length >= 2 && (r[0] ?? '').trim() !== '')
    .map(([name, tf]) => ({ name: name.trim(), tf: Number(tf) || 0 }));
  rows.sort((a, b) => b.tf - a.tf || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  tables = charTables(rows.map((r) => r.name));
  return tables;
}

/** The dictionaries' forms as model features: each form labelled with its entity's type. */
export function dictionaryGazetteer(dicts: DictionarySet): Gazetteer {
  return trieGazetteer(dicts.trie, (value) => {
    const claim = dicts.formList[value]?.claim;
    return claim === undefined ? undefined : dicts.entities.get(claim.entity)?.type;
  });
}

const cache = new Map<string, NerModel>();

/** Loads a model file once per process and dictionary set; a missing or corrupt file is a configuration error. */
export function loadNerModel(dicts: DictionarySet, path: string = DEFAULT_MODEL_PATH): NerModel {
  const key = `${path}\u0000${dicts.hash}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!existsSync(path)) throw new ConfigError(`NER model ${path} does not exist (train one with \`npm run train:ner\`)`);
  let model: NerModel;
  try {
    model = NerModel.fromBytes(readFileSync(path), defaultCharTables(), dictionaryGazetteer(dicts), path);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  cache.set(key, model);
  return model;
}
