import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type YAMLType from 'yaml';
import { loadDictionaries } from './resources/dictionaries.js';
import { ConfigError } from './core/errors.js';
import type { DictionarySet } from './schema/dictionary.js';
import { PipelineFile } from './schema/pipeline.js';
import type { OutputOptionsT, PipelineFileT } from './schema/pipeline.js';
import type { Doc } from './schema/doc.js';
import { buildArticleReport } from './stages/report-builder.js';
import { cooccurStage } from './stages/cooccur.js';
import { extractStage } from './stages/extract.js';
import { focusStage } from './stages/focus.js';
import { keywordsStage } from './stages/keywords.js';
import { normalizeStage } from './stages/normalize.js';
import { ReportOptions, reportStage } from './stages/report.js';
import type { ReportOptionsT } from './stages/report.js';
import { segmentStage } from './stages/segment.js';
import { sentencesStage } from './stages/sentences.js';
import { tagStage } from './stages/tag/index.js';
import type { Stage, StageDefinition } from './stages/types.js';
import { createResources } from './resources/resources.js';
import type { Resources } from './resources/resources.js';
import { openStartupCache } from './resources/startup-cache.js';

/** Every stage a pipeline file may name. */
export const STAGES: ReadonlyMap<string, StageDefinition> = new Map<string, StageDefinition>(
  [
    extractStage,
    normalizeStage,
    sentencesStage,
    segmentStage,
    tagStage,
    cooccurStage,
    focusStage,
    keywordsStage,
    reportStage,
  ].map((s) => [s.name, s as StageDefinition]),
);

/** The default pipeline file shipped with the package. */
export const DEFAULT_PIPELINE = fileURLToPath(new URL('../pipelines/default.yaml', import.meta.url));

/** A pipeline file as read, with its path and content hash. */
export interface LoadedPipelineFile {
  path: string;
  hash: string;
  spec: PipelineFileT;
}

const require = createRequire(import.meta.url);

/** The YAML data of a pipeline file (core schema); yaml is loaded on first use. */
function parsePipelineYaml(text: string): unknown {
  return (require('yaml') as typeof YAMLType).parse(text, { schema: 'core' }) as unknown;
}

/** Reads and validates a pipeline file; a ConfigError names the file and the field. */
export function readPipelineFile(path: string): LoadedPipelineFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`pipeline file ${path}: cannot be read (no such file?)`);
  }
  let data: unknown;
  try {
    data = parsePipelineYaml(text);
  } catch (err) {
    throw new ConfigError(
      `pipeline file ${path}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const parsed = PipelineFile.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues
        .slice(0, 5)
        .map((i) => `pipeline file ${path}: field ${i.path.join('.') || '(top level)'}: ${i.message}`)
        .join('\n'),
    );
  }
  const seen: string[] = [];
  parsed.data.stages.forEach((s, i) => {
    const def = STAGES.get(s.name);
    if (def === undefined)
      throw new ConfigError(
        `pipeline file ${path}: field stages.${i}.name: unknown stage ${JSON.stringify(s.name)} (known: ${[...STAGES.keys()].join(', ')})`,
      );
    for (const need of def.requires) {
      if (!seen.includes(need))
        throw new ConfigError(
          `pipeline file ${path}: field stages.${i}.name: stage ${s.name} needs stage ${need} before it`,
        );
    }
    if (seen.includes(s.name))
      throw new ConfigError(`pipeline file ${path}: field stages.${i}.name: stage ${s.name} is listed twice`);
    seen.push(s.name);
  });
  if (seen[0] !== 'extract')
    throw new ConfigError(`pipeline file ${path}: field stages.0.name: the first stage must be extract`);
  return { path: resolve(path), hash: createHash('sha256').update(text).digest('hex').slice(0, 16), spec: parsed.data };
}

/** A ready pipeline: stages created once, dictionaries loaded once, and a runner for one document. */
export interface Pipeline {
  name: string;
  /** The pipeline file and the user's extra dictionaries it was created from (workers recreate it from them). */
  file: string;
  userDictionaries: string[];
  hash: string;
  timezone: string;
  /** Options of the report stage (defaults when the file has none): they shape the corpus report and exports. */
  report: ReportOptionsT;
  dictionaries: DictionarySet;
  /** What the stages read besides the article (segmenter, lexicon, model …), built once for this pipeline. */
  resources: Resources;
  /** Whether the start-up cache is read and written (workers create their pipelines the same way). */
  startupCache: boolean;
  /** The validated options of the first stage with this name, if the pipeline has it. */
  stageOptions(name: string): unknown;
  /** The stages, created on first call. */
  stages: () => Stage[];
  /** Size and time limits per article. */
  limits: { maxBytes: number; articleSeconds: number };
  /** How a run writes its reports (the pipeline file's `output`; flags of `guanxi run` override it). */
  output: OutputOptionsT;
  /** Seconds spent in each stage so far, for run.json and benchmarks. */
  stageSeconds: Map<string, number>;
  /** Runs every stage on a document; an exception in a stage becomes an error diagnostic, and the report is still built. */
  run(doc: Doc): Doc;
}

/** A stage definition with its validated options. */
interface ValidatedStage {
  def: StageDefinition;
  options: unknown;
}

/** Validates every stage's options now: a bad option is a configuration error naming the file and field, before any work. */
function validateStages(file: LoadedPipelineFile): ValidatedStage[] {
  return file.spec.stages.map((s, i) => {
    const def = STAGES.get(s.name) as StageDefinition;
    const parsed = def.options.safeParse(s.options);
    if (!parsed.success) {
      throw new ConfigError(
        parsed.error.issues
          .slice(0, 5)
          .map(
            (iss) =>
              `pipeline file ${file.path}: field stages.${i}.options${iss.path.length > 0 ? `.${iss.path.join('.')}` : ''}: ${iss.message}`,
          )
          .join('\n'),
      );
    }
    return { def, options: parsed.data as unknown };
  });
}

/** A document with one more error diagnostic of a stage. */
function withError(doc: Doc, stage: string, code: string, message: string): Doc {
  return { ...doc, diagnostics: [...doc.diagnostics, { code, severity: 'error', stage, message, file: doc.file }] };
}

/**
 * Runs stages over a document in order, within the article's time budget; an exception in a stage becomes an error
 * diagnostic and stops the run of that document. Returns the document and whether it failed.
 */
function runStages(
  doc: Doc,
  stages: readonly Stage[],
  articleSeconds: number,
  stageSeconds: Map<string, number>,
): { doc: Doc; failed: boolean } {
  let current = doc;
  const started = performance.now();
  for (const stage of stages) {
    if (performance.now() - started > articleSeconds * 1000) {
      const message = `the article took more than ${articleSeconds} s; stopped before stage ${stage.name}`;
      return { doc: withError(current, stage.name, 'time-budget-exceeded', message), failed: true };
    }
    const t0 = performance.now();
    try {
      current = stage.run(current);
    } catch (err) {
      const message = `stage ${stage.name} failed: ${err instanceof Error ? err.message : String(err)}`;
      return { doc: withError(current, stage.name, 'stage-failed', message), failed: true };
    } finally {
      stageSeconds.set(stage.name, (stageSeconds.get(stage.name) ?? 0) + (performance.now() - t0) / 1000);
    }
  }
  return { doc: current, failed: false };
}

/** Creates a pipeline from a pipeline file and the user's extra dictionaries (set-up happens here, once). */
export function createPipeline(
  file: LoadedPipelineFile,
  opts: { userDictionaries?: string[]; builtinDictionaries?: string | false; startupCache?: boolean } = {},
): Pipeline {
  const base = dirname(file.path);
  const user = [...file.spec.dictionaries.map((d) => resolve(base, d)), ...(opts.userDictionaries ?? [])];
  const cache = openStartupCache({ enabled: opts.startupCache !== false });
  const dictionaries = loadDictionaries({
    user,
    cache,
    ...(opts.builtinDictionaries !== undefined ? { builtin: opts.builtinDictionaries } : {}),
  });
  const resources = createResources(dictionaries, cache);
  const validated = validateStages(file);
  const optionsOf = (name: string): unknown => validated.find((v) => v.def.name === name)?.options;
  // Stages are created on first use: a main thread that only hands articles to workers never loads jieba.
  let created: Stage[] | null = null;
  const stages = (): Stage[] =>
    (created ??= validated.map(({ def, options }) => def.create(options, { dictionaries, resources })));
  const stageSeconds = new Map<string, number>();
  return {
    name: file.spec.name,
    file: file.path,
    userDictionaries: opts.userDictionaries ?? [],
    hash: file.hash,
    timezone: (optionsOf('extract') as { timezone?: string } | undefined)?.timezone ?? 'Asia/Shanghai',
    report: (optionsOf('report') as ReportOptionsT | undefined) ?? ReportOptions.parse({}),
    dictionaries,
    resources,
    startupCache: opts.startupCache !== false,
    stages,
    stageOptions: optionsOf,
    limits: file.spec.limits,
    output: file.spec.output,
    stageSeconds,
    run(doc: Doc): Doc {
      // A document that could not even be read (binary, not UTF-8) goes straight to its failed report.
      const unread = doc.diagnostics.some((d) => d.severity === 'error');
      const { doc: current, failed } = unread
        ? { doc, failed: true }
        : runStages(doc, stages(), file.spec.limits.articleSeconds, stageSeconds);
      // Whatever happened, a validated report exists (a failed one carries its diagnostic).
      if (failed || current.report === undefined)
        return { ...current, report: buildArticleReport(current, dictionaries) };
      return current;
    },
  };
}
