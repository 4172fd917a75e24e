#!/usr/bin/env node
// Runs one of the project's TypeScript scripts (npm run bench, schemas, prepare …) through tsx, as bin/guanxi.js runs
// the CLI: temporary files, tsx's transform cache among them, go to guanxi's cache folder, not the OS's.
//   node bin/run-ts.js <file.ts> [arguments…]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useCacheForTemp } from './temp-folder.js';

const [script, ...rest] = process.argv.slice(2);
if (script === undefined) {
  process.stderr.write('usage: node bin/run-ts.js <file.ts> [arguments…]\n');
  process.exit(2);
}
useCacheForTemp();
const { register } = await import('tsx/esm/api');
register();
// The script reads its arguments where tsx's command would have put them.
process.argv = [process.argv[0] ?? process.execPath, resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
