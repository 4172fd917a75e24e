import { createHash } from 'node:crypto';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { writeAtomic } from '../io/atomic.js';
import { ascending } from 'd3-array';

const MANIFEST_VERSION = 3;
/** The record file of a finished run; records of an unfinished run go to `records-<n>.part` until it finishes. */
const FINAL_SEGMENT = 'records.bin';
const SEGMENT_FILE = /^records(?:-(\d+)\.part|\.bin)$/;
/** Journal line that withdraws the outputs record (the run is about to rewrite the outputs). */
const OUTPUTS_WITHDRAWN = 'null';

const count = z.number().int().nonnegative();

/** The SHA-256 (hex) of each file named in `workerData`, or null for one that cannot be read, posted back at once. */
const HASH_FILES = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
parentPort.postMessage(workerData.map((p) => { try { return createHash('sha256').update(readFileSync(p)).digest('hex'); } catch { return null; } }));
`;

/** What a finished run wrote and found, so that a re-run over unchanged inputs can keep its outputs as they are. */
const OutputsRecord = z
  .object({
    /** Hash of everything the outputs are made from: the run key, the report options and names, every article id and key in input order, the diagnostics of listing the inputs. */
    fingerprint: z.string(),
    /** Output file (relative to the output folder) → [bytes, SHA-256]. */
    files: z.record(z.string(), z.tuple([count, z.string()])),
    summary: z
      .object({
        articles: z.object({ total: count, ok: count, warnings: count, failed: count }).strict(),
        entities: count,
        mentions: count,
        characters: count,
      })
      .strict(),
  })
  .strict();

/** One article's entry in the manifest: [key, report bytes, segment (index into `segments`), offset, length]. */
const ManifestEntry = z.tuple([z.string(), count, count, count, count]);

/**
 * `<out>/.cache/manifest.json`. Its entries are checked one by one as they are read (`isEntry`, the same test as
 * `ManifestEntry`): validating tens of thousands of them through the schema took longer than everything else an
 * unchanged re-run does with them.
 */
const Manifest = z
  .object({
    version: z.literal(MANIFEST_VERSION),
    runKey: z.string(),
    segments: z.array(z.string().regex(SEGMENT_FILE)),
    /** Article id → {@link ManifestEntry}. */
    articles: z.record(z.string(), z.unknown()),
    outputs: OutputsRecord.nullable(),
  })
  .strict();

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
/** Whether a manifest value is a {@link ManifestEntry}. */
const isEntry = (x: unknown): x is z.infer<typeof ManifestEntry> =>
  Array.isArray(x) &&
  x.length === 5 &&
  typeof x[0] === 'string' &&
  isCount(x[1]) &&
  isCount(x[2]) &&
  isCount(x[3]) &&
  isCount(x[4]);

/** The outputs record of a finished run (see {@link ArticleCache.outputsOf} and {@link ArticleCache.outputsIntact}). */
export type OutputsRecordT = z.infer<typeof OutputsRecord>;

/** A cache entry: the article's key, the size of its report file, and where its record is. */
interface Entry {
  key: string;
  reportBytes: number;
  segment: string;
  offset: number;
  length: number;
}

/** A cache hit: the entry of an article whose key matches and whose report file is in place. */
export type CacheHit = Readonly<Entry>;

/** A cached article's record: its aggregate contribution and its mention rows (both JSON), and the record's bytes. */
export interface CachedRecord {
  contribution: string;
  mentionRows: string;
  bytes: Uint8Array;
}

/**
 * The bytes of an article's cache record: a header line (key, contribution length in bytes), then the contribution
 * and the mention rows (what mentions.ndjson.gz is rebuilt from), deflated at level 4: over 新闻联播 the cache is 0.8×
 * its inputs (deflated mention lines instead of rows, at level 1, made it 1.2×), and a re-run's reads stay cheap.
 */
export function cacheRecord(key: string, contribution: string, mentionRows: string): Buffer {
  const header = Buffer.from(`${key} ${Buffer.byteLength(contribution)}\n`, 'latin1');
  return Buffer.concat([header, deflateRawSync(Buffer.from(contribution + mentionRows), { level: 4 })]);
}

/**
 * The incremental-run cache in `<out>/.cache/`. The article reports in `<out>/articles/` are the reports of cached
 * articles; `records.bin` holds, per article, what the main thread needs of it (its aggregate contribution and its
 * lines of mentions.ndjson, so a re-run parses no report); `manifest.json` records, per article id, the key it was made
 * from (the article's bytes, id and path, and the hashes of the pipeline file, the dictionaries and the code), the
 * size of its report file and where its record is. An article is a hit when its key matches and its report file has
 * the recorded size; each record starts with its key, so a record is never taken for another's.
 *
 * Never a corrupt entry, even after kill -9: before a report is rewritten, its id is appended to `journal` (an entry
 * it names is dropped when the cache is read), records are only named by a manifest once written, and the manifest
 * is written atomically, at checkpoints and at the end. A finished run leaves `manifest.json` and `records.bin` only,
 * both determined by the inputs, whatever runs were interrupted before it. A run uses it through `RunCache`
 * (run-cache.ts), which calls these methods in the order this needs.
 */
export class ArticleCache {
  private readonly dir: string;
  private readonly manifestPath: string;
  private readonly journalPath: string;
  private readonly previous = new Map<string, Entry>();
  private readonly current = new Map<string, Entry>();
  private outputs: OutputsRecordT | null = null;
  private journal: number | null = null;
  private readonly readers = new Map<string, number>();
  private readonly part: string;
  private partFd: number | null = null;
  private partBuffer: Uint8Array[] = [];
  private partBuffered = 0;
  private partSize = 0;
  hits = 0;
  misses = 0;

  constructor(
    out: string,
    private readonly runKey: string,
    private readonly tmpDir: string,
  ) {
    this.dir = join(out, '.cache');
    this.manifestPath = join(this.dir, 'manifest.json');
    this.journalPath = join(this.dir, 'journal');
    mkdirSync(this.dir, { recursive: true });
    let usable = false;
    try {
      const m = Manifest.safeParse(JSON.parse(readFileSync(this.manifestPath, 'utf8')));
      if (m.success && m.data.runKey === runKey) {
        usable = true;
        for (const [id, entry] of Object.entries(m.data.articles)) {
          if (!isEntry(entry)) continue;
          const [key, reportBytes, seg, offset, length] = entry;
          const segment = m.data.segments[seg];
          if (segment !== undefined) this.previous.set(id, { key, reportBytes, segment, offset, length });
        }
        this.outputs = m.data.outputs;
      }
    } catch {
      // No manifest yet: every article is processed.
    }
    if (!usable) {
      // A manifest for other code, dictionaries or pipeline (or from an older guanxi) goes now: this run rewrites
      // reports without journaling them, so a later run with that other key must not find its entries.
      rmSync(this.manifestPath, { force: true });
      rmSync(this.journalPath, { force: true });
    }
    let journal = '';
    try {
      journal = readFileSync(this.journalPath, 'utf8');
    } catch {
      // No journal: nothing was rewritten since the manifest.
    }
    for (const line of journal.split('\n')) {
      if (line === '') continue;
      let id: unknown;
      try {
        id = JSON.parse(line) as unknown;
      } catch {
        // A line cut short by a kill names an entry that can no longer be told: none is trusted.
        this.previous.clear();
        this.outputs = null;
        break;
      }
      if (typeof id === 'string') this.previous.delete(id);
      else this.outputs = null;
    }
    // Record files no entry names (from a run killed before its first checkpoint) are removed; the new one is numbered
    // after every existing one, so it never overwrites a file the manifest names.
    const named = new Set([...this.previous.values()].map((e) => e.segment));
    let last = 0;
    for (const f of readdirSync(this.dir)) {
      const m = SEGMENT_FILE.exec(f);
      if (m === null) continue;
      last = Math.max(last, Number(m[1] ?? 0));
      if (!named.has(f)) rmSync(join(this.dir, f), { force: true });
    }
    this.part = `records-${last + 1}.part`;
  }

  /** Whether any article of an earlier run can be reused. */
  get hasEntries(): boolean {
    return this.previous.size > 0;
  }

  /** The cache key of an article from its bytes, id and relative path. */
  key(bytes: Uint8Array, id: string, path: string): string {
    return createHash('sha256')
      .update(this.runKey)
      .update('\0')
      .update(id)
      .update('\0')
      .update(path)
      .update('\0')
      .update(bytes)
      .digest('hex')
      .slice(0, 32);
  }

  /** The entry of an article whose key matches and whose report file `target` is in place, or null (counted as a hit or a miss). */
  lookup(id: string, key: string, target: string): CacheHit | null {
    const entry = this.previous.get(id);
    if (
      entry !== undefined &&
      entry.key === key &&
      statSync(target, { throwIfNoEntry: false })?.size === entry.reportBytes
    ) {
      this.hits++;
      return entry;
    }
    this.misses++;
    return null;
  }

  /** Counts a hit whose record could not be read back as a miss: the article is processed again. */
  demote(): void {
    this.hits--;
    this.misses++;
  }

  /** Counts a miss that needed no lookup (no earlier entries at all). */
  miss(): void {
    this.misses++;
  }

  /**
   * Must be called before the report of `id` is written: an entry of an earlier run for it stops being valid now
   * (journaled synchronously, so that even a kill -9 right after the report is renamed into place cannot leave an
   * entry naming the new report with the old key).
   */
  invalidate(id: string): void {
    if (!this.previous.has(id)) return;
    this.appendJournal(JSON.stringify(id));
    this.previous.delete(id);
  }

  /** Must be called before the corpus outputs are rewritten: the recorded outputs stop being valid now. */
  invalidateOutputs(): void {
    if (this.outputs === null) return;
    this.appendJournal(OUTPUTS_WITHDRAWN);
    this.outputs = null;
  }

  private appendJournal(line: string): void {
    this.journal ??= openSync(this.journalPath, 'a');
    writeSync(this.journal, `${line}\n`);
  }

  /** The record of a hit, or null when it cannot be read back whole (then the article is processed again). */
  read(hit: CacheHit): CachedRecord | null {
    try {
      let fd = this.readers.get(hit.segment);
      if (fd === undefined) {
        fd = openSync(join(this.dir, hit.segment), 'r');
        this.readers.set(hit.segment, fd);
      }
      const bytes = Buffer.allocUnsafe(hit.length);
      if (readSync(fd, bytes, 0, hit.length, hit.offset) !== hit.length) return null;
      const nl = bytes.indexOf(10);
      const [key, size] = bytes.toString('latin1', 0, Math.max(0, nl)).split(' ');
      if (nl < 0 || key !== hit.key) return null;
      const body = inflateRawSync(bytes.subarray(nl + 1));
      const end = Number(size);
      if (!(end <= body.length)) return null;
      return { contribution: body.toString('utf8', 0, end), mentionRows: body.toString('utf8', end), bytes };
    } catch {
      return null;
    }
  }

  /** Records that the report of `id`, made from `key`, is in place with `reportBytes` bytes, and appends its record. */
  record(id: string, key: string, reportBytes: number, bytes: Uint8Array): void {
    this.current.set(id, { key, reportBytes, segment: this.part, offset: this.partSize, length: bytes.length });
    this.partBuffer.push(bytes);
    this.partBuffered += bytes.length;
    this.partSize += bytes.length;
    if (this.partBuffered >= 1 << 20) this.flushPart();
  }

  private flushPart(): void {
    if (this.partBuffer.length === 0) return;
    this.partFd ??= openSync(join(this.dir, this.part), 'w');
    const bytes = Buffer.concat(this.partBuffer);
    let off = 0;
    while (off < bytes.length) off += writeSync(this.partFd, bytes, off);
    this.partBuffer = [];
    this.partBuffered = 0;
  }

  private writeManifest(entries: Map<string, Entry>): void {
    const segments = [...new Set([...entries.values()].map((e) => e.segment))].sort();
    const index = new Map(segments.map((s, i) => [s, i]));
    const articles: Record<string, [string, number, number, number, number]> = {};
    for (const id of [...entries.keys()].sort(ascending)) {
      const e = entries.get(id) as Entry;
      articles[id] = [e.key, e.reportBytes, index.get(e.segment) as number, e.offset, e.length];
    }
    writeAtomic(
      this.manifestPath,
      JSON.stringify({ version: MANIFEST_VERSION, runKey: this.runKey, segments, articles, outputs: this.outputs }) +
        '\n',
      this.tmpDir,
    );
  }

  /** Writes the manifest: this run's records over the still valid ones of earlier runs (the reports they name are written). */
  checkpoint(): void {
    this.flushPart();
    this.writeManifest(new Map([...this.previous, ...this.current]));
    if (this.journal !== null) ftruncateSync(this.journal, 0);
  }

  /**
   * Ends a run that processed or reused every article: its record file becomes `records.bin`, and the manifest names
   * this run's articles only, and the outputs it wrote (when it wrote them).
   */
  finish(outputs: OutputsRecordT | null): void {
    this.flushPart();
    this.closeFiles();
    const entries = new Map<string, Entry>();
    if (this.current.size > 0) {
      renameSync(join(this.dir, this.part), join(this.dir, FINAL_SEGMENT));
      for (const [id, e] of this.current) entries.set(id, { ...e, segment: FINAL_SEGMENT });
    }
    this.outputs = outputs;
    this.writeManifest(entries);
    rmSync(this.journalPath, { force: true });
    for (const f of readdirSync(this.dir))
      if (SEGMENT_FILE.test(f) && (f !== FINAL_SEGMENT || this.current.size === 0))
        rmSync(join(this.dir, f), { force: true });
  }

  /** Ends an interrupted run: what it did is kept for the next one. */
  interrupt(): void {
    this.checkpoint();
    this.closeFiles();
  }

  /** Closes the files the cache has open, leaving them as they are (for a run that failed). */
  closeFiles(): void {
    for (const fd of this.readers.values()) closeSync(fd);
    this.readers.clear();
    if (this.partFd !== null) closeSync(this.partFd);
    this.partFd = null;
    if (this.journal !== null) closeSync(this.journal);
    this.journal = null;
  }

  /**
   * Whether the outputs the earlier run recorded are still in `out` byte for byte: sizes here, SHA-256 in a thread
   * of its own (plain JavaScript, started in milliseconds), so that a run can check them while it computes the
   * articles' keys.
   */
  outputsIntact(out: string): Promise<boolean> {
    const o = this.outputs;
    if (o === null) return Promise.resolve(false);
    const files = Object.entries(o.files).map(([f, [bytes, sha]]) => ({ path: join(out, f), bytes, sha }));
    if (files.some((f) => statSync(f.path, { throwIfNoEntry: false })?.size !== f.bytes)) return Promise.resolve(false);
    return new Promise((resolve) => {
      const worker = new Worker(HASH_FILES, { eval: true, workerData: files.map((f) => f.path), execArgv: [] });
      worker.once('message', (hashes: Array<string | null>) => resolve(files.every((f, i) => hashes[i] === f.sha)));
      worker.once('error', () => resolve(false));
      worker.once('exit', () => resolve(false));
    });
  }

  /** The summary of the earlier run, when it wrote its outputs from the same `fingerprint` (see {@link outputsIntact}); null otherwise. */
  outputsOf(fingerprint: string): OutputsRecordT['summary'] | null {
    return this.outputs !== null && this.outputs.fingerprint === fingerprint ? this.outputs.summary : null;
  }
}
