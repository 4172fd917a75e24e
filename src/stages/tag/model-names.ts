import type { DictionarySet } from '../../schema/dictionary.js';
import type { NormBlock } from '../../core/text.js';
import type { WordInfo, WordSet } from '../../nlp/rules/words.js';
import type { NameSpan } from '../../nlp/rules/names.js';
import { isOrdinaryWord } from '../../nlp/rules/names.js';
import { spanNamesNothing } from '../../nlp/rules/span-context.js';
import { endsWithSiteWord, siteWordAt } from '../../nlp/rules/places.js';
import { TRANSLIT_CHARS } from '../../nlp/rules/titles.js';
import type { ModelSpan, NerModel } from '../../nlp/ner/model.js';
import { TYPE_OF } from './coverage.js';
import { derivedEntityId } from '../../core/entity-id.js';
import { withoutTitles } from '../../nlp/rules/titles.js';
import type { Coverage } from './coverage.js';

/** The model's type for each dictionary entity type it can confirm. */
const NER_GROUP: Record<string, NameSpan['type']> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  organization: 'ORG',
};

/** A foreign-looking name part: longer than Chinese names are, or written mostly in transliteration characters. */
const isForeignPart = (name: string): boolean => {
  const chars = [...name];
  return (
    chars.length >= 4 ||
    (chars.length >= 2 && chars.filter((ch) => TRANSLIT_CHARS.has(ch) || ch === '·').length >= 0.75 * chars.length)
  );
};

/**
 * Two person spans of the model that touch, both foreign-looking, are one foreign name written without its
 * middle dot (赫里斯托 + 祖利季斯): Chinese names in a row are always separated (、, a space).
 */
export function joinForeignNames(spans: readonly ModelSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.type === 'PER' &&
      sp.type === 'PER' &&
      prev.end === sp.start &&
      isForeignPart(prev.text) &&
      isForeignPart(sp.text)
    ) {
      out[out.length - 1] = {
        ...prev,
        end: sp.end,
        text: prev.text + sp.text,
        confidence: Math.min(prev.confidence, sp.confidence),
      };
    } else out.push(sp);
  }
  return out;
}

/** Creates the model pass: the trained recognizer's names, where nothing better matched. */
export function createModelNamePass(
  dicts: DictionarySet,
  model: NerModel,
  minConfidence: number,
  nameLexicon: WordInfo,
  commonWords: WordSet,
): (a: Coverage) => void {
  /** Whether a span of the model, at `start`–`end` of a block's matching form, names something worth a mention. */
  const namesSomething = (text: string, start: number, end: number, span: ModelSpan): boolean => {
    // A lone character (老郭's 郭, 中 of a shorthand the rules left unresolved) is no useful entity, and a
    // word jieba's lexicon lists with a non-name tag (发言人, 代表团, 空间站) names nothing in particular.
    // (`guanxi ner` still reports such spans as names: see src/article/recognizer.ts.)
    // Texts a dictionary file excludes (太阳, 城中村, 海马斯) name nothing.
    if (span.text.length < 2 || commonWords.has(span.text) || dicts.excluded.has(span.text)) return false;
    // jieba's plain nr entries are full of common words (贺信, 祝贺): only its nrfg/nrt names pass as people.
    if (span.type === 'PER' && isOrdinaryWord(span.text, nameLexicon, commonWords)) return false;
    // Part of a numbered craft (玲龙一号), a bridge (常泰长江大桥) or a typhoon (台风“杜苏芮”).
    return !spanNamesNothing(text, start, end, TYPE_OF[span.type] ?? '');
  };
  return function matchModelNames(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      for (let span of joinForeignNames(model.spans(nb.text.slice(s.nstart, s.nend)))) {
        if (span.confidence < minConfidence) continue;
        const found = { start: s.nstart + span.start, end: s.nstart + span.end };
        if (!a.isFree(s.block, found.start, found.end)) continue;
        // A title the model took into a person's span (李强总理) is a role, not part of the name.
        const { start, end } = span.type === 'PER' ? withoutTitles(nb.text, found.start, found.end) : found;
        if (start !== found.start || end !== found.end)
          span = { ...span, start: start - s.nstart, end: end - s.nstart, text: nb.text.slice(start, end) };
        if (!namesSomething(nb.text, start, end, span)) continue;
        // A place with a site word after it is the site (漳河水库), and a name ending in one is a place (志贺核电站).
        const site = span.type === 'LOC' ? siteWordAt(nb.text, end) : null;
        if (site !== null && end + site.length <= s.nend && a.isFree(s.block, end, end + site.length)) {
          const siteEnd = end + site.length;
          a.cover(s.block, found.start, siteEnd);
          a.add(si, start, siteEnd, {
            entity: derivedEntityId('place', nb.text.slice(start, siteEnd)),
            type: 'place',
            source: 'model',
            confidence: span.confidence,
          });
          continue;
        }
        if (span.type === 'ORG' && endsWithSiteWord(span.text)) span = { ...span, type: 'LOC' };
        // A dictionary form the dictionary step passed over (中国 in 中国式) links to its entry when the types agree.
        // Not a form that names its people only after their titles: the dictionary step already passed on it.
        const claim = dicts.forms.get(span.text);
        const known =
          claim === undefined || claim.kind === 'titled' || claim.kind === 'qualified'
            ? undefined
            : dicts.entities.get(claim.entity);
        const linked = known !== undefined && NER_GROUP[known.type] === span.type;
        const type = linked ? known.type : TYPE_OF[span.type];
        a.cover(s.block, found.start, found.end);
        a.add(si, start, end, {
          entity: linked ? known.id : derivedEntityId(type, span.text),
          type,
          source: 'model',
          confidence: span.confidence,
        });
      }
    });
  };
}
