// The aggregate file (`<out>/aggregate.ndjson`): a corpus aggregate as one JSON value a line, so that finished runs
// can be merged without their article reports, and a file of any size is read and written a line at a time.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { LineWriter } from '../atomic.js';
import { ConfigError } from '../dictionaries/load.js';
import { AggregateLine } from '../schema/corpus.js';
import type { AggregateLineT } from '../schema/corpus.js';
import type { CorpusAggregate } from './corpus.js';

/** Article ids are written this many to a line. */
const IDS_PER_LINE = 1000;

/**
 * Writes an aggregate and the run's article ids (in input order) to an aggregate file: a header line, the ids,
 * then entities, pairs and diagnostics in a deterministic order, and an end line with the count of each kind.
 */
export function writeAggregateFile(path: string, aggregate: CorpusAggregate, ids: readonly string[], tmpDir: string): void {
  const w = new LineWriter(path, tmpDir);
  const n = { ids: 0, entities: 0, pairs: 0, diagnostics: 0 };
  try {
    for (const r of aggregate.records()) {
      w.write(JSON.stringify(r) + '\n');
      if (r.t === 'header') {
        for (let i = 0; i < ids.length; i += IDS_PER_LINE) {
          w.write(JSON.stringify({ t: 'ids', ids: ids.slice(i, i + IDS_PER_LINE) }) + '\n');
          n.ids++;
        }
      } else if (r.t === 'entity') n.entities++;
      else if (r.t === 'pair') n.pairs++;
      else n.diagnostics++;
    }
    w.write(JSON.stringify({ t: 'end', ...n }) + '\n');
  } catch (err) {
    w.abort();
    throw err;
  }
  w.close();
}

/** Reads an aggregate file line by line, each line validated; a damaged or incomplete file is a ConfigError. */
export async function* readAggregateFile(path: string): AsyncGenerator<AggregateLineT> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const n = { ids: 0, entities: 0, pairs: 0, diagnostics: 0 };
  let lineNo = 0;
  let ended = false;
  try {
    for await (const text of rl) {
      lineNo++;
      if (ended) throw new ConfigError(`${path}: line ${lineNo}: data after the end line`);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new ConfigError(`${path}: line ${lineNo}: not JSON`);
      }
      const parsed = AggregateLine.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ConfigError(`${path}: line ${lineNo}: not an aggregate line${issue !== undefined ? ` (field ${issue.path.join('.') || '(top level)'}: ${issue.message})` : ''}`);
      }
      const line = parsed.data;
      if ((lineNo === 1) !== (line.t === 'header')) throw new ConfigError(`${path}: line ${lineNo}: the header must be the first line, and only it`);
      switch (line.t) {
        case 'ids':
          n.ids++;
          break;
        case 'entity':
          n.entities++;
          break;
        case 'pair':
          n.pairs++;
          break;
        case 'diagnostics':
          n.diagnostics++;
          break;
        case 'end':
          if (line.ids !== n.ids || line.entities !== n.entities || line.pairs !== n.pairs || line.diagnostics !== n.diagnostics) {
            throw new ConfigError(`${path}: the end line counts ${JSON.stringify({ ids: line.ids, entities: line.entities, pairs: line.pairs, diagnostics: line.diagnostics })} lines, the file has ${JSON.stringify(n)}`);
          }
          ended = true;
          break;
        default:
          break;
      }
      yield line;
    }
  } finally {
    rl.close();
  }
  if (lineNo === 0) throw new ConfigError(`${path}: empty aggregate file`);
  if (!ended) throw new ConfigError(`${path}: no end line; the file is incomplete`);
}
