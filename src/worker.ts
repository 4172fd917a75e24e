// A worker thread of a parallel run: creates the pipeline once (jieba, dictionaries, model), then processes
// articles sent by the main thread and returns each report as JSON.
import { createPipeline, readPipelineFile } from './pipeline.js';
import type { Pipeline } from './pipeline.js';
import { readArticle } from './read.js';
import type { InputFile } from './read.js';

/** One article for a worker: the file, its id, and its bytes (already read by the main thread for the cache key). */
export interface WorkerTask {
  pipelinePath: string;
  userDictionaries: string[];
  file: InputFile;
  id: string;
  bytes: Uint8Array;
}

/** What a worker returns: the article report as JSON and the seconds each stage took on it. */
export interface WorkerResult {
  json: string;
  stageSeconds: Array<[string, number]>;
}

let pipeline: Pipeline | null = null;

/** Processes one article (the pipeline is created on the first call and reused). */
export default function processArticle(task: WorkerTask): WorkerResult {
  pipeline ??= createPipeline(readPipelineFile(task.pipelinePath), { userDictionaries: task.userDictionaries });
  const before = new Map(pipeline.stageSeconds);
  const doc = pipeline.run(readArticle(task.file, task.id, { maxBytes: pipeline.limits.maxBytes, bytes: task.bytes }));
  const stageSeconds: Array<[string, number]> = [...pipeline.stageSeconds].map(([k, v]) => [k, v - (before.get(k) ?? 0)]);
  return { json: JSON.stringify(doc.report, null, 2) + '\n', stageSeconds };
}
