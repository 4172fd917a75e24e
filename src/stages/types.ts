import type { z } from 'zod';
import type { Doc } from '../schema/document.js';
import type { DictionarySet } from '../resources/dictionaries.js';

/** A stage: a pure function from a document to a richer document. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): Doc;
}

/** What every stage factory may use; built once per process. */
export interface StageContext {
  dictionaries: DictionarySet;
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
