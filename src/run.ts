import { mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Pipeline } from './pipeline.js';
import { ConfigError } from './dictionaries/load.js';
import { CorpusAggregate } from './reports/corpus.js';
import type { DiagnosticT } from './schema/document.js';
import { readArticle } from './read.js';
import type { InputFile } from './read.js';

export { readArticle } from './read.js';
export type { InputFile } from './read.js';
import { jsonSchemas } from './schema/json.js';
import { RunInfo } from './schema/report.js';
import type { ArticleReportT, CorpusReportT, RunInfoT } from './schema/report.js';

/** File extensions the run picks up. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

/** Finds article files under the given files or folders, recursively and sorted; symbolic-link loops are skipped. */
export function discoverInputs(inputs: readonly string[]): { files: InputFile[]; diagnostics: DiagnosticT[] } {
  const files: InputFile[] = [];
  const diagnostics: DiagnosticT[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new ConfigError(`input ${input}: no such file or folder`);
    }
    if (st.isFile()) {
      files.push({ path: abs, root: dirname(abs) });
      continue;
    }
    const seen = new Set<string>();
    const walk = (dir: string): void => {
      let real: string;
      try {
        real = realpathSync(dir);
      } catch {
        return;
      }
      if (seen.has(real)) {
        diagnostics.push({ code: 'symlink-loop', severity: 'warning', stage: 'read', message: `folder ${dir} was already visited (symbolic-link loop); skipped`, file: dir });
        return;
      }
      seen.add(real);
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('.')) continue;
        const p = join(dir, name);
        let s;
        try {
          s = statSync(p);
        } catch {
          continue;
        }
        if (s.isDirectory()) walk(p);
        else if (s.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push({ path: p, root: abs });
      }
    };
    walk(abs);
  }
  return { files, diagnostics };
}

/** The article id of a file: its path relative to the input root, without extension, made safe as a relative path. */
export function articleId(file: InputFile): string {
  const rel = relative(file.root, file.path);
  const noExt = rel.slice(0, rel.length - extname(rel).length);
  const parts = noExt
    .split(sep)
    .map((p) => p.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 120))
    .filter((p) => p !== '');
  return parts.length === 0 ? 'article' : parts.join('/');
}

let tmpCounter = 0;

/**
 * Writes a file through a temporary file and a rename, so no half-written file is ever visible. Runs put their
 * temporary files in `<out>/.tmp/` (removed at the start of the next run, so even kill -9 leaves nothing behind).
 */
export function writeAtomic(path: string, content: string, tmpDir?: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const dir = tmpDir ?? dirname(path);
  if (tmpDir !== undefined) mkdirSync(tmpDir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${tmpCounter++}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** The folder for a run's temporary files inside its output folder. */
export function tmpDirOf(out: string): string {
  return join(out, '.tmp');
}

/** Summary of a finished run, for the CLI to print. */
export interface RunSummary {
  articles: { total: number; ok: number; warnings: number; failed: number };
  entities: number;
  mentions: number;
  seconds: number;
  out: string;
  /** Set when the run was stopped before the end: how many articles were done. */
  interrupted?: { done: number; total: number };
}

/** Options of a batch run. */
export interface RunOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  onArticle?: (done: number, total: number, report: ArticleReportT) => void;
  onStart?: (total: number) => void;
  /** Polled between articles: when it returns true the run stops cleanly, writing nothing more. */
  shouldStop?: () => boolean;
}

/** Runs the pipeline over every input article, writing article reports, the corpus report, schemas and run.json. */
export async function runBatch(opts: RunOptions): Promise<{ summary: RunSummary; corpus: CorpusReportT | null }> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const out = resolve(opts.out);
  const { files, diagnostics: discoveryDiagnostics } = discoverInputs(opts.inputs);
  opts.onStart?.(files.length);
  const aggregate = new CorpusAggregate(opts.pipeline.timezone);
  const articlesDir = join(out, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  // Temporary files of an earlier run that was killed are removed; they were never visible as outputs.
  const tmpDir = tmpDirOf(out);
  rmSync(tmpDir, { recursive: true, force: true });
  const usedIds = new Set<string>();
  let characters = 0;
  let lastYield = performance.now();
  for (const [i, file] of files.entries()) {
    // Yield to the event loop now and then, so SIGINT/SIGTERM handlers can ask the run to stop.
    if (performance.now() - lastYield > 50) {
      await new Promise((r) => setImmediate(r));
      lastYield = performance.now();
    }
    if (opts.shouldStop?.() === true) {
      rmSync(tmpDir, { recursive: true, force: true });
      return { summary: { articles: { ...aggregate.articles }, entities: aggregate.entities.size, mentions: aggregate.mentions, seconds: (performance.now() - t0) / 1000, out, interrupted: { done: i, total: files.length } }, corpus: null };
    }
    let id = articleId(file);
    // Two inputs mapping to one id (a.md and a.html, or two roots) keep distinct reports.
    if (usedIds.has(id.toLowerCase())) {
      let n = 2;
      while (usedIds.has(`${id}~${n}`.toLowerCase())) n++;
      id = `${id}~${n}`;
    }
    usedIds.add(id.toLowerCase());
    const doc = opts.pipeline.run(readArticle(file, id, { maxBytes: opts.pipeline.limits.maxBytes }));
    const report = doc.report as ArticleReportT;
    characters += report.stats.characters;
    const target = join(articlesDir, `${id}.json`);
    if (!resolve(target).startsWith(articlesDir + sep)) throw new Error(`article id ${id} escapes the output folder`);
    writeAtomic(target, JSON.stringify(report, null, 2) + '\n', tmpDir);
    aggregate.add(report);
    opts.onArticle?.(i + 1, files.length, report);
  }
  for (const d of discoveryDiagnostics) aggregate.diagnostics.push({ file: d.file, article: null, diagnostics: [d] });
  const corpus = aggregate.toReport({
    pipeline: opts.pipeline.name,
    pipelineHash: opts.pipeline.hash,
    dictionaryHash: opts.pipeline.dictionaries.hash,
    dictionaries: opts.pipeline.dictionaries.files.map((f) => basename(f)),
  });
  writeAtomic(join(out, 'corpus.json'), JSON.stringify(corpus, null, 2) + '\n', tmpDir);
  for (const [name, schema] of Object.entries(jsonSchemas())) writeAtomic(join(out, 'schema', name), JSON.stringify(schema, null, 2) + '\n', tmpDir);
  const seconds = (performance.now() - t0) / 1000;
  const runInfo: RunInfoT = RunInfo.parse({
    startedAt,
    finishedAt: new Date().toISOString(),
    seconds: Math.round(seconds * 1000) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    inputs: opts.inputs,
    out,
    articles: files.length,
    characters,
    stageSeconds: Object.fromEntries([...opts.pipeline.stageSeconds].map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
  });
  writeAtomic(join(out, 'run.json'), JSON.stringify(runInfo, null, 2) + '\n', tmpDir);
  rmSync(tmpDir, { recursive: true, force: true });
  return { summary: { articles: corpus.run.articles, entities: corpus.run.entities, mentions: corpus.run.mentions, seconds, out }, corpus };
}

/** Removes a previous run's article reports so the output holds only this run's (used with --clean). */
export function cleanOutput(out: string): void {
  rmSync(join(resolve(out), 'articles'), { recursive: true, force: true });
}
