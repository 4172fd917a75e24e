import type { z } from 'zod';
import type { Doc } from '../schema/doc.js';
import type { DictionarySet } from '../schema/dictionary.js';
import type { Resources } from '../resources/resources.js';

/** A stage: a pure function from a document to a richer document. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): Doc;
}

/** What every stage factory may use: the pipeline's dictionaries and the resources built from files, once per pipeline. */
export interface StageContext {
  dictionaries: DictionarySet;
  resources: Resources;
}

/** A stage definition: its name, option schema, the stages it needs before it, and its factory. */
export interface StageDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  options: S;
  requires: readonly string[];
  create(options: z.infer<S>, ctx: StageContext): Stage;
}

/** Helper that keeps the option type of a stage definition. */
export function defineStage<S extends z.ZodType>(def: StageDefinition<S>): StageDefinition<S> {
  return def;
}
