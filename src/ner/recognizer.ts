import { loadNerModel } from './load.js';
import type { Pipeline } from '../pipeline.js';
import type { Doc, MentionT } from '../schema/document.js';
import type { NerSpanT, NerTypeT } from './gold.js';

/** NER type of an entity type; initiatives, events and the like have none. */
export const NER_TYPE_OF: Record<string, NerTypeT> = { person: 'PER', country: 'LOC', place: 'LOC', organization: 'ORG' };

/** A span found by the recognizer, with where it came from. */
export interface RecognizedSpan extends NerSpanT {
  source: MentionT['source'];
  entity: string | null;
  confidence: number;
}

/** The pipeline's recognizer (dictionaries, rules and the model) applied to single sentences. */
export interface Recognizer {
  /** Names in one sentence; `convention` > 0 has the model follow another training corpus's conventions. */
  recognize(text: string, convention?: number): RecognizedSpan[];
}

const STAGES_USED = new Set(['normalize', 'sentences', 'segment', 'tag']);

/**
 * Joins the pipeline's mentions with the model's raw spans for type-level output: where they overlap, the longer
 * span wins (the model's 中国致公党 over the dictionary's 中国 inside it; the dictionary's long name over a
 * fragment), and on equal spans the pipeline's; the model's spans the pipeline dropped as uninformative entities
 * (a lone surname, 老郭's 郭) count as names here.
 */
export function combine(pipelineSpans: readonly RecognizedSpan[], modelSpans: ReadonlyArray<NerSpanT & { confidence: number }>): RecognizedSpan[] {
  const all: RecognizedSpan[] = [...pipelineSpans, ...modelSpans.map((m) => ({ start: m.start, end: m.end, type: m.type, text: m.text, source: 'model' as const, entity: null, confidence: m.confidence }))];
  // Longer first; on equal length the pipeline's (listed first, and the sort is stable).
  const order = all.map((_, i) => i).sort((a, b) => (all[b] as RecognizedSpan).end - (all[b] as RecognizedSpan).start - ((all[a] as RecognizedSpan).end - (all[a] as RecognizedSpan).start) || a - b);
  const chosen: RecognizedSpan[] = [];
  for (const i of order) {
    const c = all[i] as RecognizedSpan;
    if (chosen.some((x) => x.start < c.end && c.start < x.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Runs a pipeline's normalize, sentences, segment and tag stages over one sentence given as a paragraph, and
 * returns its PER/LOC/ORG mentions with offsets in the sentence (UTF-16 code units).
 */
export function createRecognizer(pipeline: Pipeline): Recognizer {
  const stages = pipeline.stages().filter((s) => STAGES_USED.has(s.name));
  const tagOptions = pipeline.stageOptions('tag') as { recognizer?: string; model?: string } | undefined;
  const model = tagOptions?.recognizer === 'model' ? loadNerModel(pipeline.dictionaries, tagOptions.model) : null;
  if (!stages.some((s) => s.name === 'tag')) throw new Error(`pipeline ${pipeline.file} has no tag stage to recognize names with`);
  return {
    recognize(text: string, convention = 0): RecognizedSpan[] {
      let doc: Doc = {
        id: 'sentence',
        file: '-',
        source: { path: '-', bytes: text.length, sha256: '', format: 'markdown', encoding: 'UTF-8', script: 'simplified' },
        raw: text,
        meta: { title: null, date: null, categories: [], author: null, link: null, other: {} },
        blocks: [{ kind: 'paragraph', text }],
        diagnostics: [],
      };
      for (const s of stages) doc = s.run(doc);
      const out: RecognizedSpan[] = [];
      for (const m of doc.mentions ?? []) {
        const type = NER_TYPE_OF[m.type];
        if (type === undefined || m.block !== 0) continue;
        out.push({ start: m.start, end: m.end, type, text: m.text, source: m.source, entity: m.entity, confidence: m.confidence });
      }
      return combine(out, model === null ? [] : model.spans(text, convention));
    },
  };
}
