import type { Pipeline } from '../pipeline.js';
import type { Doc } from '../schema/doc.js';
import type { MentionT } from '../schema/document.js';
import type { NerSpanT, NerTypeT } from '../nlp/ner/gold.js';

/** NER type of an entity type; initiatives, events and the like have none. */
export const NER_TYPE_OF: Record<string, NerTypeT> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  organization: 'ORG',
};

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
 * Joins the pipeline's mentions with the model's raw spans for type-level output. The model decides where they
 * overlap (its boundaries follow the gold conventions it learnt, and it has seen the dictionary matches as
 * features); dictionary and rule spans fill the gaps it left (a name only the dictionaries know, the countries of
 * 中美 from the shorthand rules); the model's spans the pipeline dropped as uninformative entities (a lone
 * surname, 老郭's 郭) count as names here.
 */
export function combine(
  pipelineSpans: readonly RecognizedSpan[],
  modelSpans: ReadonlyArray<NerSpanT & { confidence: number }>,
): RecognizedSpan[] {
  const chosen: RecognizedSpan[] = modelSpans.map((m) => ({
    start: m.start,
    end: m.end,
    type: m.type,
    text: m.text,
    source: 'model' as const,
    entity: null,
    confidence: m.confidence,
  }));
  // Longer pipeline spans first, so that a gap is filled by the whole name rather than a part of it.
  const rest = [...pipelineSpans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of rest) if (!chosen.some((x) => x.start < c.end && c.start < x.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The mentions the pipeline's normalize, sentences, segment and tag stages find in one paragraph (block 0). */
export type ParagraphTagger = (text: string, date?: string | null) => MentionT[];

/** Creates a paragraph tagger over a pipeline's stages (the pipeline must have a tag stage). */
export function createParagraphTagger(pipeline: Pipeline): ParagraphTagger {
  const stages = pipeline.stages().filter((s) => STAGES_USED.has(s.name));
  if (!stages.some((s) => s.name === 'tag'))
    throw new Error(`pipeline ${pipeline.file} has no tag stage to recognize names with`);
  return (text, date = null) => {
    let doc: Doc = {
      id: 'paragraph',
      file: '-',
      source: {
        path: '-',
        bytes: text.length,
        sha256: '',
        format: 'markdown',
        encoding: 'UTF-8',
        script: 'simplified',
      },
      raw: text,
      meta: { title: null, date, categories: [], author: null, link: null, other: {} },
      blocks: [{ kind: 'paragraph', text }],
      diagnostics: [],
    };
    for (const s of stages) doc = s.run(doc);
    return (doc.mentions ?? []).filter((m) => m.block === 0);
  };
}

/**
 * Runs a pipeline's normalize, sentences, segment and tag stages over one sentence given as a paragraph, and
 * returns its PER/LOC/ORG mentions with offsets in the sentence (UTF-16 code units).
 */
export function createRecognizer(pipeline: Pipeline): Recognizer {
  const tagParagraph = createParagraphTagger(pipeline);
  const tagOptions = pipeline.stageOptions('tag') as { recognizer?: string; model?: string } | undefined;
  const model = tagOptions?.recognizer === 'model' ? pipeline.resources.nerModel(tagOptions.model) : null;
  return {
    recognize(text: string, convention = 0): RecognizedSpan[] {
      const out: RecognizedSpan[] = [];
      // Initiatives, events and the like are not names of these types, and the model's spans inside an initiative or
      // a policy (金山 and 银山 in 绿水青山就是金山银山) are not names either.
      const blockers: Array<{ start: number; end: number }> = [];
      for (const m of tagParagraph(text)) {
        const type = NER_TYPE_OF[m.type];
        // An event's name holds names the model reads under MSRA's conventions (十五大 of 党的十五大 is an ORG there).
        if (type === undefined) {
          if (m.type !== 'event') blockers.push(m);
        } else
          out.push({
            start: m.start,
            end: m.end,
            type,
            text: m.text,
            source: m.source,
            entity: m.entity,
            confidence: m.confidence,
          });
      }
      const modelSpans =
        model === null
          ? []
          : model.spans(text, convention).filter((sp) => !blockers.some((b) => b.start < sp.end && sp.start < b.end));
      // Dictionaries and rules follow guanxi's own conventions (MSRA's); under another corpus's conventions only
      // the model, which learnt them (with the dictionaries as features), decides.
      if (convention !== 0)
        return modelSpans.map((m) => ({
          start: m.start,
          end: m.end,
          type: m.type,
          text: m.text,
          source: 'model' as const,
          entity: null,
          confidence: m.confidence,
        }));
      return combine(out, modelSpans);
    },
  };
}
