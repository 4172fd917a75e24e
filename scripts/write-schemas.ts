// Writes the JSON Schemas generated from the zod schemas to schema/ (committed, so editors can validate
// dictionary and pipeline files without running anything).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/schema/json.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schema/${name}\n`);
}
