// Share of the country and place mentions of a run whose entity is a built-in dictionary entry with a point
// (issue #20 asks for at least 98 %). Mentions of entities found without a dictionary entry (ids with ~) are
// counted apart: they have no entry to carry a point.
//   npx tsx scripts/geo/coverage.ts path/to/mentions.ndjson
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { BUILTIN_DICT_DIR, dictionaryFiles, readDictionaryFile } from '../../src/resources/dictionaries.js';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: tsx scripts/geo/coverage.ts mentions.ndjson');

const placed = new Map<string, boolean>();
for (const file of dictionaryFiles(BUILTIN_DICT_DIR))
  for (const e of readDictionaryFile(file).entries) placed.set(e.id, e.lat !== undefined && e.lon !== undefined);

let inDictionary = 0;
let withPoint = 0;
let derived = 0;
let gone = 0;
const missing = new Map<string, number>();
for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const m = JSON.parse(line) as { entity: string; type: string };
  if (m.type !== 'country' && m.type !== 'place') continue;
  const has = placed.get(m.entity);
  if (m.entity.includes('~')) {
    derived++;
    continue;
  }
  // An id the run had but today's dictionaries no longer do (an entry renamed since): reported, not counted.
  if (has === undefined) {
    gone++;
    continue;
  }
  inDictionary++;
  if (has) withPoint++;
  else missing.set(m.entity, (missing.get(m.entity) ?? 0) + 1);
}
const pct = (a: number, b: number): string => `${b === 0 ? '—' : ((100 * a) / b).toFixed(2)} %`;
process.stdout.write(
  `country and place mentions of dictionary entries: ${inDictionary}; with a point: ${withPoint} (${pct(withPoint, inDictionary)})\n` +
    `not counted: ${derived} mentions without a dictionary entry (ids with ~), ${gone} of ids no dictionary has now\n`,
);
for (const [id, n] of [...missing].sort((a, b) => b[1] - a[1]).slice(0, 20))
  process.stdout.write(`  no point: ${id} ×${n}\n`);
