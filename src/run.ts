import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Pipeline } from './pipeline.js';
import { ConfigError } from './dictionaries/load.js';
import { CorpusAggregate } from './reports/corpus.js';
import type { DiagnosticT, Doc } from './schema/document.js';
import { jsonSchemas } from './schema/json.js';
import { RunInfo } from './schema/report.js';
import type { ArticleReportT, CorpusReportT, RunInfoT } from './schema/report.js';

/** File extensions the run picks up. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

/** An input file with the root its id is taken relative to. */
export interface InputFile {
  path: string;
  root: string;
}

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

/** Writes a file through a temporary name and a rename, so no half-written file is ever visible. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Reads an input file into the starting document; unreadable, binary or non-UTF-8 input becomes an error diagnostic. */
export function readArticle(file: InputFile, id: string): Doc {
  const format = ['.html', '.htm'].includes(extname(file.path).toLowerCase()) ? 'html' : 'markdown';
  const base: Doc = {
    id,
    file: file.path,
    source: { path: relative(process.cwd(), file.path) || basename(file.path), bytes: 0, sha256: '', format },
    raw: '',
    meta: { title: null, date: null, categories: [], author: null, link: null, other: {} },
    blocks: [],
    diagnostics: [],
  };
  base.source.path = relative(file.root, file.path).split(sep).join('/');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (err) {
    return { ...base, diagnostics: [{ code: 'unreadable', severity: 'error', stage: 'read', message: `cannot read file: ${err instanceof Error ? err.message : String(err)}`, file: file.path }] };
  }
  base.source.bytes = bytes.length;
  base.source.sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.subarray(0, 8192).includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ...base, diagnostics: [{ code: 'binary-file', severity: 'error', stage: 'read', message: 'file contains NUL bytes: binary, not an article', file: file.path }] };
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ...base, diagnostics: [{ code: 'not-utf8', severity: 'error', stage: 'read', message: 'file is not valid UTF-8', file: file.path }] };
  }
  return { ...base, raw };
}

/** Summary of a finished run, for the CLI to print. */
export interface RunSummary {
  articles: { total: number; ok: number; warnings: number; failed: number };
  entities: number;
  mentions: number;
  seconds: number;
  out: string;
}

/** Options of a batch run. */
export interface RunOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  onArticle?: (done: number, total: number, report: ArticleReportT) => void;
  onStart?: (total: number) => void;
}

/** Runs the pipeline over every input article, writing article reports, the corpus report, schemas and run.json. */
export function runBatch(opts: RunOptions): { summary: RunSummary; corpus: CorpusReportT } {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const out = resolve(opts.out);
  const { files, diagnostics: discoveryDiagnostics } = discoverInputs(opts.inputs);
  opts.onStart?.(files.length);
  const aggregate = new CorpusAggregate(opts.pipeline.timezone);
  const articlesDir = join(out, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const usedIds = new Set<string>();
  let characters = 0;
  files.forEach((file, i) => {
    let id = articleId(file);
    // Two inputs mapping to one id (a.md and a.html, or two roots) keep distinct reports.
    if (usedIds.has(id.toLowerCase())) {
      let n = 2;
      while (usedIds.has(`${id}~${n}`.toLowerCase())) n++;
      id = `${id}~${n}`;
    }
    usedIds.add(id.toLowerCase());
    const doc = opts.pipeline.run(readArticle(file, id));
    const report = doc.report as ArticleReportT;
    characters += report.stats.characters;
    const target = join(articlesDir, `${id}.json`);
    if (!resolve(target).startsWith(articlesDir + sep)) throw new Error(`article id ${id} escapes the output folder`);
    writeAtomic(target, JSON.stringify(report, null, 2) + '\n');
    aggregate.add(report);
    opts.onArticle?.(i + 1, files.length, report);
  });
  for (const d of discoveryDiagnostics) aggregate.diagnostics.push({ file: d.file, article: null, diagnostics: [d] });
  const corpus = aggregate.toReport({
    pipeline: opts.pipeline.name,
    pipelineHash: opts.pipeline.hash,
    dictionaryHash: opts.pipeline.dictionaries.hash,
    dictionaries: opts.pipeline.dictionaries.files.map((f) => basename(f)),
  });
  writeAtomic(join(out, 'corpus.json'), JSON.stringify(corpus, null, 2) + '\n');
  for (const [name, schema] of Object.entries(jsonSchemas())) writeAtomic(join(out, 'schema', name), JSON.stringify(schema, null, 2) + '\n');
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
  writeAtomic(join(out, 'run.json'), JSON.stringify(runInfo, null, 2) + '\n');
  return { summary: { articles: corpus.run.articles, entities: corpus.run.entities, mentions: corpus.run.mentions, seconds, out }, corpus };
}

/** Removes a previous run's article reports so the output holds only this run's (used with --clean). */
export function cleanOutput(out: string): void {
  rmSync(join(resolve(out), 'articles'), { recursive: true, force: true });
}
