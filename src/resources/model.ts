import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DictionarySet } from '../schema/dictionary.js';
import { ConfigError } from '../core/errors.js';
import { NerModel, charTables, trieGazetteer } from '../nlp/ner/model.js';
import type { CharTables, Gazetteer } from '../nlp/ner/model.js';
import { readSurnames } from './surnames.js';
import { quotedOnlyForm } from './dictionaries.js';

/** The model shipped with guanxi (trained by `npm run train:ner`). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));
/** Character tables of the recognizer's features, from the bundled surname list (ordered by frequency). */
export function defaultCharTables(): CharTables {
  return charTables(readSurnames());
}

/** The dictionaries' forms as model features: each form labelled with its entity's type. */
export function dictionaryGazetteer(dicts: DictionarySet): Gazetteer {
  return trieGazetteer(dicts.trie, (value) => {
    const claim = dicts.formList[value]?.claim;
    // A form that names its place only after the place containing it (临清 of 山东临清) is no hint on its own.
    if (claim === undefined || claim.kind === 'qualified') return undefined;
    const entity = dicts.entities.get(claim.entity);
    // Nor is one found only between quotes (“九五”): elsewhere it is part of a number (北大荒八五六农场).
    if (entity !== undefined && quotedOnlyForm(dicts.formList[value]?.form ?? '', entity.type)) return undefined;
    // An entry whose name the recognizer learnt to write otherwise (江淮: 江 + 淮) is not there for it at all.
    return entity?.hint === false ? null : entity?.type;
  });
}

/** Loads a model file; a missing or corrupt file is a configuration error. A pipeline loads it once (see createResources). */
export function loadNerModel(
  dicts: DictionarySet,
  path: string = DEFAULT_MODEL_PATH,
  tables: CharTables = defaultCharTables(),
): NerModel {
  if (!existsSync(path))
    throw new ConfigError(`NER model ${path} does not exist (train one with \`npm run train:ner\`)`);
  try {
    return NerModel.fromBytes(readFileSync(path), tables, dictionaryGazetteer(dicts), path);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}
