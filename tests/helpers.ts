import { createResources } from '../src/resources/resources.js';
import type { DictionarySet } from '../src/schema/dictionary.js';
import type { StageContext } from '../src/stages/types.js';
import { fileURLToPath } from 'node:url';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import type { Pipeline } from '../src/pipeline.js';
import type { Doc } from '../src/schema/doc.js';

/** The small test dictionary folder (independent of the built-in data). */
export const MINI_DICT = fileURLToPath(new URL('./fixtures/dict-mini/', import.meta.url));

/** A starting document from raw article text, as the runner would read it. */
export function rawDoc(raw: string, format: 'markdown' | 'html' = 'markdown', file = 'test.md'): Doc {
  return {
    id: 'test',
    file,
    source: { path: file, bytes: Buffer.byteLength(raw), sha256: '', format, encoding: 'UTF-8', script: 'simplified' },
    raw,
    meta: { title: null, date: null, categories: [], author: null, link: null, other: {} },
    blocks: [],
    diagnostics: [],
  };
}

let mini: Pipeline | null = null;

/** The default pipeline over the mini test dictionary, created once per test file. */
export function miniPipeline(): Pipeline {
  mini ??= createPipeline(readPipelineFile(DEFAULT_PIPELINE), { builtinDictionaries: MINI_DICT });
  return mini;
}

/** Wraps body text as an article with front matter. */
export function article(body: string, title = '标题'): string {
  return `---\ntitle: '${title}'\ndate: 2024-01-02 10:00\n---\n\n<div><p>${body}</p></div>\n`;
}

/** A stage context over dictionaries, as a pipeline builds it (resources made on first use). */
export function stageContext(dictionaries: DictionarySet): StageContext {
  return { dictionaries, resources: createResources(dictionaries) };
}

/** The mentions a pipeline finds in an article's first paragraph (block 1), as [text, entity] pairs in text order. */
export function paragraphMentions(pipeline: Pipeline, raw: string): Array<[string, string | null]> {
  return (pipeline.run(rawDoc(raw)).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);
}

/** The people of one article dated `date` (YYYY-MM-DD) with `body` as its paragraph, as [text, entity] pairs. */
export function datedPeople(pipeline: Pipeline, date: string, body: string): Array<[string, string | null]> {
  const doc = pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`));
  return (doc.mentions ?? []).filter((m) => m.type === 'person').map((m) => [m.text, m.entity]);
}
