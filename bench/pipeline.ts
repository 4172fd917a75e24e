// npm run bench — the default pipeline over ../shared/corpora/xwlb and pfr199801: articles/s, characters/s and
// peak RSS for 1 and 2 workers (cold, no cache) and a warm (cached) re-run, next to raw nodejieba.cut over the same
// extracted text in the same run; stage-by-stage time shares for 1 worker; the bytes a default run writes (outputs
// and cache) against the input's; peak RSS over 1, 2 and 4 copies of the corpus (--scale).
// A last run edits one article of a copy of the corpus: the re-run processes that article and re-aggregates.
// Everything is written under output/bench/ (removed at the end), never the OS temporary folder.
//   npm run bench [-- --corpus xwlb|pfr199801 … --scale]
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { JiebaSegmenter } from '../src/nlp/segmenter.js';
import { readReports } from '../src/article/report-store.js';
import type { RunInfoT } from '../src/schema/corpus.js';
import { SHARED } from './text.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const corpora = args.flatMap((a, i) => (args[i - 1] === '--corpus' ? [a] : []));
const scale = args.includes('--scale');
/** The benchmark's own folder, inside the project's generated output/ (ignored by git). */
const BENCH_DIR = join(ROOT, 'output', 'bench');
mkdirSync(BENCH_DIR, { recursive: true });
const names = corpora.length > 0 ? corpora : ['xwlb', 'pfr199801'];
if (!existsSync(join(SHARED, 'corpora'))) {
  process.stdout.write(
    `skipped: ${join(SHARED, 'corpora')} is not here (the benchmark needs ../shared beside the project)\n`,
  );
  process.exit(0);
}

interface Measured {
  label: string;
  seconds: number;
  /** CPU seconds of the run's process, all threads (over `seconds`: the cores it kept busy). */
  cpuSeconds: number;
  peakRssMB: number;
  articles: number;
  characters: number;
  stageSeconds: Record<string, number>;
}

function run(label: string, input: string, out: string, extra: string[]): Measured {
  // What earlier runs (and the copy of the corpus) left for the kernel to write back is written first: creating files
  // while hundreds of MB are being flushed blocks (0.4 ms a file measured here, against 0.02 ms on a settled disk),
  // which would charge one run for the one before.
  spawnSync('sync');
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'run', input, '--out', out, '--quiet', ...extra],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${label}: guanxi run failed (${r.status}): ${r.stderr}`);
  const info = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunInfoT;
  // Wall time of the whole command (start-up included), as a user sees it.
  return {
    label,
    seconds,
    cpuSeconds: info.cpuSeconds ?? Number.NaN,
    peakRssMB: info.peakRssMB,
    articles: info.articles,
    characters: info.characters,
    stageSeconds: info.stageSeconds,
  };
}

/**
 * Raw nodejieba.cut over the block texts the run extracted (the floor for any pipeline that segments), and the
 * built-in segmenter the pipeline uses (the same words, without user words on either side) over the same texts.
 */
function jiebaFloor(out: string): { seconds: number; characters: number; builtinSeconds: number } {
  const texts: string[] = [];
  for (const r of readReports(out)) for (const b of r.blocks) if (b.text !== '') texts.push(b.text);
  nodejieba.load({ userDict: EMPTY_USER_DICT });
  for (const t of texts.slice(0, 200)) nodejieba.cut(t); // warm-up
  let characters = 0;
  const t0 = performance.now();
  for (const t of texts) {
    nodejieba.cut(t);
    characters += t.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const seg = JiebaSegmenter.create();
  for (const t of texts.slice(0, 200)) seg.cutSpans(t);
  const t1 = performance.now();
  for (const t of texts) seg.cutSpans(t);
  return { seconds, characters, builtinSeconds: (performance.now() - t1) / 1000 };
}

/** An empty user dictionary, so that nodejieba cuts with its lexicon alone, like the built-in segmenter below. */
const EMPTY_USER_DICT = join(mkdtempSync(join(BENCH_DIR, 'dict-')), 'empty.utf8');
writeFileSync(EMPTY_USER_DICT, '');

/** Bytes of the files under `dir` (their sizes, not disk blocks), leaving out the folders named in `skip`. */
function bytesUnder(dir: string, skip: readonly string[] = []): number {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    if (skip.some((s) => f === s || f.startsWith(`${s}/`))) continue;
    const st = statSync(join(dir, f));
    if (st.isFile()) n += st.size;
  }
  return n;
}

/** Peak RSS of a default run (cold, with its cache) over 1, 2 and 4 copies of `input`. */
function scaleRss(
  input: string,
  work: string,
): Array<{ copies: number; articles: number; peakRssMB: number; seconds: number }> {
  const rows = [];
  for (const copies of [1, 2, 4]) {
    const dir = join(work, `scale-${copies}`);
    for (let i = 0; i < copies; i++) cpSync(input, join(dir, 'input', `copy-${i}`), { recursive: true });
    const m = run(`${copies}× copies`, join(dir, 'input'), join(dir, 'out'), []);
    rows.push({ copies, articles: m.articles, peakRssMB: m.peakRssMB, seconds: m.seconds });
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const fmt = (n: number, d = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const works: string[] = [];
for (const name of names) {
  const input = join(SHARED, 'corpora', name);
  const work = mkdtempSync(join(BENCH_DIR, `${name}-`));
  process.stdout.write(`\n== ${name} (${input})\n`);
  // The input is read once first, so that the first run does not alone pay for reading it from disk.
  for (const f of readdirSync(input, { recursive: true }).map(String)) {
    const p = join(input, f);
    if (statSync(p).isFile()) readFileSync(p);
  }
  // A run over a few articles first fills the start-up cache (dictionaries, IDF, keyed by the code): otherwise the
  // first run after a change of code pays for it alone, as no user's second run does.
  const few = join(work, 'few');
  for (const f of readdirSync(input, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .slice(0, 3))
    cpSync(join(input, f), join(few, f));
  run('warm-up', few, join(work, 'warm-up'), ['--workers', '1']);
  const one = run('1 worker, cold', input, join(work, 'w1'), ['--workers', '1', '--no-cache']);
  // The same without the database (#17 writes it by default), to see what it adds.
  const noDb = run('1 worker, cold, --no-db', input, join(work, 'w1-nodb'), [
    '--workers',
    '1',
    '--no-cache',
    '--no-db',
  ]);
  // The cached runs work on a copy, so that one article can be edited for the last run.
  const copy = join(work, 'input');
  cpSync(input, copy, { recursive: true });
  const two = run('2 workers, cold', copy, join(work, 'w2'), ['--workers', '2']);
  const warm = run('2 workers, warm (cached)', copy, join(work, 'w2'), ['--workers', '2']);
  // One article changed: that article is processed again and the corpus outputs re-aggregated from the cache.
  const edited = (readdirSync(copy, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()[0] ?? '') as string;
  appendFileSync(join(copy, edited), '\n<p>新华社北京电 国务院总理李强会见了来访的客人。</p>\n');
  const touched = run('2 workers, 1 article edited', copy, join(work, 'w2'), ['--workers', '2']);
  const floor = jiebaFloor(join(work, 'w1'));
  // What a default run writes: its outputs (without the cache) and its cache, against the input's bytes.
  const inputBytes = bytesUnder(input);
  const outBytes = bytesUnder(join(work, 'w2'), ['.cache']);
  const dbBytes =
    bytesUnder(join(work, 'w2'), ['.cache', 'articles', 'schema']) -
    bytesUnder(join(work, 'w1-nodb'), ['articles', 'schema']);
  const cacheBytes = bytesUnder(join(work, 'w2', '.cache'));
  const floorCps = floor.characters / floor.seconds;
  process.stdout.write(`${one.articles} articles, ${fmt(one.characters)} characters of block text\n`);
  process.stdout.write(
    `${'run'.padEnd(28)} ${'seconds'.padStart(8)} ${'articles/s'.padStart(11)} ${'M chars/s'.padStart(10)} ${'× jieba.cut'.padStart(12)} ${'peak RSS MB'.padStart(12)} ${'cores used'.padStart(11)}\n`,
  );
  for (const m of [one, noDb, two, warm, touched]) {
    const cps = m.characters / m.seconds;
    process.stdout.write(
      `${m.label.padEnd(28)} ${fmt(m.seconds, 1).padStart(8)} ${fmt(m.articles / m.seconds).padStart(11)} ${fmt(cps / 1e6, 2).padStart(10)} ${fmt(cps / floorCps, 3).padStart(12)} ${fmt(m.peakRssMB).padStart(12)} ${fmt(m.cpuSeconds / m.seconds, 2).padStart(11)}\n`,
    );
  }
  process.stdout.write(
    `${'raw nodejieba.cut (floor)'.padEnd(28)} ${fmt(floor.seconds, 1).padStart(8)} ${''.padStart(11)} ${fmt(floorCps / 1e6, 2).padStart(10)} ${'1.000'.padStart(12)}\n`,
  );
  const builtinCps = floor.characters / floor.builtinSeconds;
  process.stdout.write(
    `${'built-in segmenter (same cut)'.padEnd(28)} ${fmt(floor.builtinSeconds, 1).padStart(8)} ${''.padStart(11)} ${fmt(builtinCps / 1e6, 2).padStart(10)} ${fmt(builtinCps / floorCps, 3).padStart(12)}\n`,
  );
  // One worker already keeps more than one core busy (V8's garbage collector threads, libuv's thread pool writing
  // reports, the kernel writing back): on two cores, two workers can gain at most 2 / (cores used by one).
  process.stdout.write(
    `2 workers / 1 worker: ${fmt(one.seconds / two.seconds, 2)}× (bound on ${availableParallelism()} cores: ${fmt(availableParallelism() / (one.cpuSeconds / one.seconds), 2)}×); warm / cold (2 workers): ${fmt(two.seconds / warm.seconds, 1)}× faster; one article edited / cold: ${fmt(two.seconds / touched.seconds, 1)}× faster\n`,
  );
  const total = Object.values(one.stageSeconds).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `stage shares (1 worker, ${fmt(total, 1)} s in stages of ${fmt(one.seconds, 1)} s wall): ${Object.entries(
      one.stageSeconds,
    )
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${fmt((100 * v) / total, 1)}%`)
      .join(', ')}\n`,
  );
  // The stages alone (no start-up, report files or corpus outputs) against the same floor.
  process.stdout.write(
    `stages alone (1 worker): ${fmt(one.characters / total / 1e6, 2)} M chars/s, ${fmt(one.characters / total / floorCps, 3)}× jieba.cut\n`,
  );
  process.stdout.write(
    `bytes: input ${fmt(inputBytes / 1e6, 1)} MB; outputs without .cache ${fmt(outBytes / 1e6, 1)} MB (${fmt(outBytes / inputBytes, 2)}× the input), of which the database ${fmt(dbBytes / 1e6, 1)} MB (without it ${fmt((outBytes - dbBytes) / inputBytes, 2)}×); .cache ${fmt(cacheBytes / 1e6, 1)} MB (${fmt(cacheBytes / inputBytes, 2)}×)\n`,
  );
  if (scale) {
    for (const r of scaleRss(input, work))
      process.stdout.write(
        `scale: ${r.copies}× copies, ${r.articles} articles, ${fmt(r.seconds, 1)} s, peak RSS ${fmt(r.peakRssMB)} MB\n`,
      );
  }
  works.push(work);
}
// Removed only at the end: on a file system mounted with `discard`, deleting tens of thousands of files slows the
// file creation of whatever runs next for a while, which would penalise the next corpus's runs.
for (const work of works) rmSync(work, { recursive: true, force: true });
rmSync(dirname(EMPTY_USER_DICT), { recursive: true, force: true });
