// Validation of values built by the program itself (one article report per article) without copying them: the zod
// schema stays the single source of truth, compiled once through its JSON Schema into an ajv validator that checks
// the value in place. zod's own parse builds a copy of the whole value: over the 新闻联播 corpus that was 28% of all
// the memory the stages allocate, and the garbage collector's work that comes with it.
import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';

/**
 * A validator for `schema`, compiled on its first use (once per thread): returns the value itself when it conforms,
 * and otherwise throws zod's error (the same message a `schema.parse` gives). Only for schemas without transforms or
 * defaults, whose parse returns an equal value; the compiled check refuses what zod refuses (tested on real reports
 * and on broken ones).
 */
export function compiledValidator<T>(schema: z.ZodType<T>): (value: T) => T {
  let ajv: InstanceType<typeof Ajv2020.default> | null = null;
  let check: ReturnType<InstanceType<typeof Ajv2020.default>['compile']> | null = null;
  return (value: T): T => {
    // The constructor is the module's default export under ESM interop.
    ajv ??= new Ajv2020.default({ strict: false, allErrors: false });
    check ??= ajv.compile(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as object);
    if (check(value)) return value;
    // The error users and tests see is zod's; a value zod accepts but the compiled schema refuses is a bug here.
    schema.parse(value);
    throw new Error(`value accepted by the zod schema but refused by its JSON Schema: ${ajv.errorsText(check.errors)}`);
  };
}
