// The aggregate file (`<out>/aggregate.ndjson.gz`): a corpus aggregate as one JSON value a line, so that finished
// runs can be merged without their article reports, and a file of any size is read and written a line at a time.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { GZIP_LEVEL, writeLines } from '../io/atomic.js';
import { ConfigError } from '../core/errors.js';
import { AGGREGATE_VERSION, AggregateLine } from '../schema/aggregate.js';
import type { AggregateEndT, AggregateLineT } from '../schema/aggregate.js';
import type { CorpusAggregate } from './aggregate.js';

/** The aggregate file of an output folder (gzip-compressed; runs before report version 3 wrote it plain). */
export const AGGREGATE_FILE = 'aggregate.ndjson.gz';

/** The lines of an NDJSON file, gzip-compressed when its name ends in `.gz`; a damaged gzip file is a ConfigError. */
export async function* ndjsonLines(path: string): AsyncGenerator<string> {
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  // A read error of the file reaches the reader through the gunzip stream.
  if (input !== file) file.on('error', (err) => input.destroy(err));
  const rl = createInterface({ input: input.setEncoding('utf8'), crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_')) throw new ConfigError(`${path}: damaged gzip file (${(err as Error).message})`);
    throw err;
  } finally {
    rl.close();
    input.destroy();
  }
}

/** Article ids are written this many to a line. */
const IDS_PER_LINE = 1000;

/** Sections of the file, in the order they must come. */
const SECTION: Record<AggregateLineT['t'], number> = {
  header: 0,
  ids: 1,
  entity: 2,
  sentences: 3,
  pairs: 4,
  diagnostics: 5,
  end: 6,
};

/**
 * Writes an aggregate and the run's article ids (in input order) to an aggregate file: a header line, the ids,
 * entities, the evidence sentence table, pairs and diagnostics in a deterministic order, and an end line with the
 * number of items of each kind. Returns the file's size in bytes and its SHA-256 (hex).
 */
export function writeAggregateFile(
  path: string,
  aggregate: CorpusAggregate,
  ids: readonly string[],
  tmpDir: string,
  /** The gzip level of a `.gz` file (a distributed run's partial aggregates, read once, take a faster one). */
  level: number = GZIP_LEVEL,
): [number, string] {
  const n: Omit<AggregateEndT, 't'> = { ids: 0, entities: 0, sentences: 0, pairs: 0, diagnostics: 0 };
  return writeLines(
    path,
    tmpDir,
    (w) => {
      for (const line of aggregate.lines()) {
        w.write(line.json);
        w.write('\n');
        if (line.t === 'header') {
          for (let i = 0; i < ids.length; i += IDS_PER_LINE) {
            const chunk = ids.slice(i, i + IDS_PER_LINE);
            w.write(`${JSON.stringify({ t: 'ids', ids: chunk })}\n`);
            n.ids += chunk.length;
          }
        } else if (line.t === 'entity') n.entities++;
        else if (line.t === 'sentences') n.sentences += line.count;
        else if (line.t === 'pairs') n.pairs += line.count;
        else n.diagnostics++;
      }
      w.write(`${JSON.stringify({ t: 'end', ...n })}\n`);
    },
    path.endsWith('.gz') ? level : null,
  );
}

/** A line checked against the line schema, or a ConfigError naming the field. */
function parsedLine(data: unknown, at: string): AggregateLineT {
  const parsed = AggregateLine.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `${at}: not an aggregate line${issue !== undefined ? ` (field ${issue.path.join('.') || '(top level)'}: ${issue.message})` : ''}`,
    );
  }
  return parsed.data;
}

/**
 * Reads an aggregate file line by line, each line validated (its schema, the order of its sections, and every
 * entity or sentence a pair row names); a damaged, incomplete or older-format file is a ConfigError.
 */
export async function* readAggregateFile(
  path: string,
  /**
   * `trusted`: lines are not checked against their schema (a distributed run's partial aggregates, written by this
   * guanxi and checked by their SHA-256); the order of sections, the positions and the end line's counts still are.
   */
  options: { trusted?: boolean } = {},
): AsyncGenerator<AggregateLineT> {
  const n: Omit<AggregateEndT, 't'> = { ids: 0, entities: 0, sentences: 0, pairs: 0, diagnostics: 0 };
  let lineNo = 0;
  let section = 0;
  let ended = false;
  for await (const text of ndjsonLines(path)) {
    lineNo++;
    const at = `${path}: line ${lineNo}`;
    if (ended) throw new ConfigError(`${at}: data after the end line`);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ConfigError(`${at}: not JSON`);
    }
    if (lineNo === 1 && typeof data === 'object' && data !== null) {
      // An aggregate from another version of guanxi: say so, rather than which field fails the schema.
      const { format, version } = data as { format?: unknown; version?: unknown };
      if (format === 'guanxi-aggregate' && version !== AGGREGATE_VERSION) {
        throw new ConfigError(
          `${path}: aggregate format version ${String(version)}; this guanxi reads version ${AGGREGATE_VERSION} only. Run \`guanxi run\` again over that run's inputs (with its cache, only the aggregate is rebuilt) to write a version ${AGGREGATE_VERSION} aggregate.`,
        );
      }
    }
    const line = options.trusted === true ? (data as AggregateLineT) : parsedLine(data, at);
    if ((lineNo === 1) !== (line.t === 'header'))
      throw new ConfigError(`${at}: the header must be the first line, and only it`);
    if (SECTION[line.t] < section)
      throw new ConfigError(
        `${at}: ${line.t === 'entity' || line.t === 'end' ? 'an' : 'a'} ${line.t} line after the ${Object.keys(SECTION)[section] ?? ''} lines`,
      );
    section = SECTION[line.t];
    switch (line.t) {
      case 'ids':
        n.ids += line.ids.length;
        break;
      case 'entity':
        n.entities++;
        break;
      case 'sentences':
        n.sentences += line.rows.length;
        break;
      case 'pairs':
        for (const row of line.rows) {
          const [a, b] = row;
          if (!(a < b && b < n.entities))
            throw new ConfigError(
              `${at}: a pair row names entities ${a} and ${b}; there are ${n.entities}, and a must come before b`,
            );
          const evidence = row[4];
          if (evidence !== undefined && line.window !== 'sentence')
            throw new ConfigError(`${at}: evidence on a ${line.window} pair`);
          for (const e of evidence ?? [])
            if (e[0] >= n.sentences)
              throw new ConfigError(`${at}: evidence names sentence ${e[0]}; the table has ${n.sentences}`);
        }
        n.pairs += line.rows.length;
        break;
      case 'diagnostics':
        n.diagnostics++;
        break;
      case 'end': {
        const { t: _t, ...counted } = line;
        if (JSON.stringify(counted) !== JSON.stringify(n))
          throw new ConfigError(
            `${path}: the end line counts ${JSON.stringify(counted)}, the file has ${JSON.stringify(n)}`,
          );
        ended = true;
        break;
      }
      default:
        break;
    }
    yield line;
  }
  if (lineNo === 0) throw new ConfigError(`${path}: empty aggregate file`);
  if (!ended) throw new ConfigError(`${path}: no end line; the file is incomplete`);
}
