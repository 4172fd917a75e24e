import { z } from 'zod';
import type { DictionarySet, Entity } from '../schema/dictionary.js';
import { FormTrie } from '../core/form-trie.js';
import type { Doc } from '../schema/doc.js';
import type { MentionT, Sentence, Token } from '../schema/document.js';
import type { NormBlock } from '../core/text.js';
import type { Resources } from '../resources/resources.js';
import type { WordInfo, WordSet } from '../nlp/rules/words.js';
import { isOrdinaryWord, namesFromPos, nameAfterTitle } from '../nlp/rules/names.js';
import type { NameSpan } from '../nlp/rules/names.js';
import { findShorthand, resolveAbbreviation } from '../nlp/rules/shorthand.js';
import { spanNamesNothing } from '../nlp/rules/span-context.js';
import { afterPatronymic, personAlternatives, personByTitleAfter, personByTitles, personInContext } from '../nlp/rules/person-context.js';
import { TRANSLIT_CHARS, rolesBefore, titleEndingAt, titleStartingAt } from '../nlp/rules/titles.js';
import type { ModelSpan } from '../nlp/ner/model.js';
import { toOriginal } from '../core/text.js';
import { defineStage } from './types.js';

/** Options of the tag stage. */
export const TagOptions = z
  .object({
    /** Shorthand and title rules (中方, 中土, 土副总理, 外长王毅). */
    rules: z.boolean().default(true),
    /**
     * Recognizer for names in no dictionary: the trained model (models/ner.bin), jieba's POS tags (needs the
     * segment stage's `pos`), or none.
     */
    recognizer: z.enum(['model', 'jieba-pos', 'none']).default('model'),
    /** A model file to use instead of the shipped one (relative paths from the working folder). */
    model: z.string().optional(),
    /** Model names below this confidence are left out (the model's confidences are calibrated on held-out data). */
    modelConfidence: z.number().min(0).max(1).default(0.5),
    /** Mentions below this confidence are dropped. */
    minConfidence: z.number().min(0).max(1).default(0),
    /** Find every other occurrence in the article of a name found by a rule or the recognizer. */
    propagate: z.boolean().default(true),
  })
  .strict();

/** Entity type for a recognizer's span type. */
const TYPE_OF: Record<NameSpan['type'], string> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** The model's type for each dictionary entity type it can confirm. */
const NER_GROUP: Record<string, NameSpan['type']> = { person: 'PER', country: 'LOC', place: 'LOC', organization: 'ORG' };

/** A foreign-looking name part: longer than Chinese names are, or written mostly in transliteration characters. */
const isForeignPart = (name: string): boolean => {
  const chars = [...name];
  return chars.length >= 4 || (chars.length >= 2 && chars.filter((ch) => TRANSLIT_CHARS.has(ch) || ch === '·').length >= 0.75 * chars.length);
};

/**
 * Two person spans of the model that touch, both foreign-looking, are one foreign name written without its
 * middle dot (赫里斯托 + 祖利季斯): Chinese names in a row are always separated (、, a space).
 */
export function joinForeignNames(spans: readonly ModelSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.type === 'PER' && sp.type === 'PER' && prev.end === sp.start && isForeignPart(prev.text) && isForeignPart(sp.text)) {
      out[out.length - 1] = { ...prev, end: sp.end, text: prev.text + sp.text, confidence: Math.min(prev.confidence, sp.confidence) };
    } else out.push(sp);
  }
  return out;
}

/** Stable id of an entity known only from the text (a rule or the model): type and name. */
export function autoEntityId(type: string, name: string): string {
  return `${type}:~${name}`;
}

/** Characters that may follow a dictionary form inside one jieba word without changing what it names (中国人, 美方). */
const SUFFIX_OK = new Set('人籍方军队侧版裔籍族企'.split(''));

const COMMUNITY_SUFFIX = '命运共同体';

interface Ctx {
  doc: Doc;
  norm: NormBlock[];
  sentences: Sentence[];
  tokensBySentence: Token[][];
}

/** The token covering position `pos` (tokens sorted by start), by binary search. */
function tokenAt(toks: readonly Token[], pos: number): Token | undefined {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid] as Token;
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else return t;
  }
  return undefined;
}

/** Tokens of each sentence, in order. */
function groupTokens(doc: Doc): Token[][] {
  const groups: Token[][] = (doc.sentences ?? []).map(() => []);
  for (const t of doc.tokens ?? []) groups[t.sentence]?.push(t);
  return groups;
}

/**
 * Builds a mention from a span of a block's matching form (offsets mapped back to the block text); a person gets
 * the roles written before the name (国务委员兼外长王毅).
 */
function mention(c: Ctx, si: number, nstart: number, nend: number, fields: Omit<MentionT, 'block' | 'sentence' | 'start' | 'end' | 'text'>): MentionT {
  const s = c.sentences[si] as Sentence;
  const nb = c.norm[s.block] as NormBlock;
  const o = toOriginal(nb, nstart, nend);
  const text = c.doc.blocks[s.block]?.text.slice(o.start, o.end) ?? '';
  // Built field by field: spreading `fields`, whose shape varies with the rule, sends V8 to its slow path.
  const m: MentionT = { entity: fields.entity, type: fields.type, block: s.block, sentence: si, start: o.start, end: o.end, text, source: fields.source, confidence: fields.confidence };
  if (fields.rule !== undefined) m.rule = fields.rule;
  if (fields.candidates !== undefined) m.candidates = fields.candidates;
  if (m.type === 'person') {
    const roles = rolesBefore(nb.text, nstart);
    if (roles.length > 0) m.roles = roles;
  }
  return m;
}

/**
 * A person's form that is only part of a longer foreign name: followed by a middle dot (哈桑 of 哈桑·法德拉拉: the given
 * name comes first), or, for a short transliterated form (萨勒), glued to more transliteration characters that do
 * not start or end an ordinary word (萨勒 of 萨勒曼, 拉米 of 阿拉米; not 普京 of 普京当天 or 转达普京). A form after a dot
 * stays (普京 of 弗拉基米尔·普京), unless the dot follows a patronymic particle (萨勒曼 of 哈立德·本·萨勒曼: his father).
 */
export function insideLongerName(text: string, start: number, end: number, isWord: (w: string) => boolean): boolean {
  const next = text[end] ?? '';
  if (next === '·' || next === '•' || next === '・') return true;
  if (afterPatronymic(text, start)) return true;
  if (end - start > 2) return false;
  for (let i = start; i < end; i++) if (!TRANSLIT_CHARS.has(text[i] ?? '')) return false;
  const prev = text[start - 1] ?? '';
  if (TRANSLIT_CHARS.has(next) && next !== '·' && !isWord(text.slice(end, end + 2))) return true;
  return TRANSLIT_CHARS.has(prev) && prev !== '·' && !isWord(text.slice(start - 2, start));
}

/** Creates the recognizer used by the tag stage and by `guanxi ner`: dictionaries, rules and a name recognizer. */
export function createTagger(resources: Resources, options: z.infer<typeof TagOptions>) {
  const dicts = resources.dictionaries;
  const lexiconWords = resources.lexicon();
  const words = lexiconWords.twoChar;
  const names = resources.surnames();
  const lexicon: WordInfo = options.recognizer === 'jieba-pos' ? lexiconWords.names : new Map<string, { tag: string; freq: number }>();
  const common: WordSet = options.recognizer === 'jieba-pos' ? lexiconWords.common : new Set<string>();
  // The title rule checks names against jieba's lexicon whatever the recognizer.
  const nameLexicon = lexiconWords.names;
  const commonWords = lexiconWords.common;
  const isAbbr = (ch: string): boolean => dicts.abbreviations.has(ch);
  const isCommonPair = (w: string): boolean => w.length === 2 && words.has(w);
  const abbrCodes = new Uint8Array(0x10000);
  for (const ch of dicts.abbreviations.keys()) if (ch.length === 1) abbrCodes[ch.charCodeAt(0)] = 1;
  const isAbbrCode = (code: number): boolean => abbrCodes[code] === 1;
  const model = options.recognizer === 'model' ? resources.nerModel(options.model) : null;
  const alternatives = personAlternatives(dicts);
  // Person id → the forms it shares with other people.
  const sharedForms = new Map<string, string[]>();
  for (const [form, people] of alternatives) for (const p of people) sharedForms.set(p.id, [...(sharedForms.get(p.id) ?? []), form]);

  return function tag(doc: Doc): MentionT[] {
    if (doc.norm === undefined || doc.sentences === undefined || doc.tokens === undefined) throw new Error('tag stage needs the segment stage before it');
    const c: Ctx = { doc, norm: doc.norm, sentences: doc.sentences, tokensBySentence: groupTokens(doc) };
    const date = doc.meta.date ?? null;
    // A person's name (matching form) → the person the titles before it chose in this article (null: none fits).
    const sense = new Map<string, Entity | null>();
    const covered: Uint8Array[] = c.norm.map((nb) => new Uint8Array(nb.text.length));
    const out: MentionT[] = [];
    const cover = (block: number, s: number, e: number): void => {
      const cv = covered[block] as Uint8Array;
      for (let i = s; i < e; i++) cv[i] = 1;
    };
    const isFree = (block: number, s: number, e: number): boolean => {
      const cv = covered[block] as Uint8Array;
      for (let i = s; i < e; i++) if (cv[i] === 1) return false;
      return true;
    };

    // Spans of `titled` forms that named none of their people: kept from the rules, given back to the recognizer.
    const held: Array<[number, number, number]> = [];
    // (a) Dictionary forms, longest match first, kept only where they line up with the segmenter's words.
    c.sentences.forEach((s, si) => {
      const nb = c.norm[s.block] as NormBlock;
      const toks = c.tokensBySentence[si] ?? [];
      for (const m of dicts.trie.matchAll(nb.text, s.nstart, s.nend)) {
        const len = m.end - m.start;
        const entry = dicts.formList[m.value];
        if (entry === undefined) continue;
        // An exclusion of the same or a higher layer silences the form (a user file can mute a built-in alias).
        const ex = dicts.excluded.get(entry.form);
        if (ex !== undefined && (ex === 'user' || entry.claim.layer === 'builtin')) continue;
        if (len < 3) {
          // Short forms must line up with the segmenter's words (加纳 is not in 增加纳税), a suffix such as 人 aside.
          const first = tokenAt(toks, m.start);
          const last = tokenAt(toks, m.end - 1);
          const startOk = first === undefined || first.start === m.start;
          const endOk = last === undefined || last.end === m.end || (last.end === m.end + 1 && SUFFIX_OK.has(nb.text[m.end] ?? ''));
          if (!startOk || !endOk) continue;
        }
        const entity = dicts.entities.get(entry.claim.entity);
        if (entity === undefined) continue;
        let id = entity.id;
        if (entity.type === 'person') {
          if (insideLongerName(nb.text, m.start, m.end, isCommonPair)) continue;
          // The titles and country written before the name choose among the people who share it, or rule them all
          // out (叙利亚国防部长阿巴斯 is not the Palestinian president): the name is then a person of its own, unlinked.
          // What the titles decided holds for the same name without titles later in the article (沙特王储萨勒曼 …
          // 萨勒曼表示): one article rarely means two people by one name.
          // A name the article already gave to one person (沙特王储萨勒曼, 萨勒曼国王) stays his unless titles say otherwise.
          const shared = alternatives.get(entry.form);
          const titled = titleEndingAt(nb.text, m.start) !== null;
          if (entry.claim.kind === 'titled') {
            // A form that names its people only after their titles (阿联酋总统穆罕默德), or after the article named
            // one of them so; anywhere else it is left to the recognizer and the other rules (先知穆罕默德).
            const candidates = shared ?? [entity];
            let person: Entity | null;
            let passing = false;
            if (titled) person = personByTitles(dicts, candidates, nb.text, m.start, date);
            else {
              // An article that named one of them may mention another in passing with a title after the name
              // (副总统兼总理穆罕默德 … 习近平主席同穆罕默德总统): the title chooses for that mention alone.
              person = sense.get(entry.form) ?? null;
              const after = person === null ? null : titleStartingAt(nb.text, m.end);
              const other = after === null ? null : personByTitleAfter(candidates, after, date);
              if (other !== null && other !== person) {
                person = other;
                passing = true;
              }
            }
            if (person === null) {
              // Titles that fit none of them name someone else, and so does the bare form after them.
              if (titled) sense.set(entry.form, null);
              // Still a name: no rule reads its characters (the 德 of 穆罕默德总统 is not Germany); the recognizer may.
              cover(s.block, m.start, m.end);
              held.push([s.block, m.start, m.end]);
              continue;
            }
            if (!passing) for (const f of sharedForms.get(person.id) ?? []) sense.set(f, person);
            cover(s.block, m.start, m.end);
            out.push(mention(c, si, m.start, m.end, { entity: person.id, type: 'person', source: 'dictionary', confidence: 0.9 }));
            continue;
          }
          const decided = titled || shared === undefined ? undefined : sense.get(entry.form);
          const person = decided !== undefined ? decided : personInContext(dicts, shared ?? [entity], nb.text, m.start, date);
          if (person !== null) for (const f of sharedForms.get(person.id) ?? []) sense.set(f, person);
          else if (titled) sense.set(entry.form, null);
          if (person === null) {
            cover(s.block, m.start, m.end);
            const name = nb.text.slice(m.start, m.end);
            out.push(mention(c, si, m.start, m.end, { entity: autoEntityId('person', name), type: 'person', source: 'rule', rule: 'other-person', confidence: 0.7 }));
            continue;
          }
          id = person.id;
        }
        cover(s.block, m.start, m.end);
        out.push(mention(c, si, m.start, m.end, { entity: id, type: entity.type, source: 'dictionary', confidence: entry.claim.kind === 'name' ? 1 : 0.95 }));
      }
    });
    const context = new Set(out.map((m) => m.entity).filter((e): e is string => e !== null));
    // The countries of the other entities the dictionaries found (places, organizations, people).
    const related = new Set<string>();
    for (const id of context) {
      const country = dicts.entities.get(id)?.country;
      if (country !== undefined) related.add(`country:${country}`);
    }

    // Named communities of shared future whose prefix is country abbreviations (中缅命运共同体): an initiative of
    // their own; the prefix stays uncovered so the shorthand rule still finds the countries in it.
    if (options.rules) {
      c.sentences.forEach((s, si) => {
        const nb = c.norm[s.block] as NormBlock;
        const text = nb.text.slice(s.nstart, s.nend);
        for (let k = text.indexOf(COMMUNITY_SUFFIX); k >= 0; k = text.indexOf(COMMUNITY_SUFFIX, k + 1)) {
          let j = k;
          while (j > 0 && k - j < 4 && isAbbr(text[j - 1] ?? '')) j--;
          const prefix = text.slice(j, k);
          const chars = [...prefix];
          if (chars.length < 2 || new Set(chars).size !== chars.length) continue;
          const at = s.nstart + j;
          const end = s.nstart + k + COMMUNITY_SUFFIX.length;
          if (!isFree(s.block, at, end)) continue;
          cover(s.block, at + prefix.length, end);
          out.push(mention(c, si, at, end, { entity: autoEntityId('initiative', prefix + COMMUNITY_SUFFIX), type: 'initiative', source: 'rule', rule: 'community-of-shared-future', confidence: 0.9 }));
        }
      });
    }

    c.sentences.forEach((s, si) => {
      const nb = c.norm[s.block] as NormBlock;
      const text = nb.text.slice(s.nstart, s.nend);
      const toks = c.tokensBySentence[si] ?? [];
      if (options.rules) {
        // (b) Diplomatic shorthand, resolved from the countries the article names.
        const cv = (covered[s.block] as Uint8Array).subarray(s.nstart, s.nend);
        const tokenSpan = (i: number): [number, number] | null => {
          const t = tokenAt(toks, s.nstart + i);
          return t === undefined ? null : [t.start - s.nstart, t.end - s.nstart];
        };
        for (const hit of findShorthand(text, cv, isAbbr, words, tokenSpan, isAbbrCode)) {
          const res = resolveAbbreviation(hit, dicts.abbreviations.get(hit.char) ?? [], context, related);
          if (res === null) continue;
          const at = s.nstart + hit.at;
          cover(s.block, at, at + 1);
          if ('entity' in res) {
            out.push(mention(c, si, at, at + 1, { entity: res.entity, type: dicts.entities.get(res.entity)?.type ?? 'country', source: 'rule', rule: `shorthand-${hit.rule}`, confidence: 0.9 }));
          } else {
            out.push(mention(c, si, at, at + 1, { entity: null, type: 'country', source: 'rule', rule: `shorthand-${hit.rule}`, confidence: 0.3, candidates: res.ambiguous }));
          }
        }
        // (c) Title + name for people no dictionary knows (外长梅列多夫).
        for (const t of toks) {
          if (!isFree(s.block, t.start, t.end)) continue;
          if (titleEndingAt(nb.text, t.start) === null) continue;
          const span = nameAfterTitle(nb.text, t.start, toks);
          if (span === null || !isFree(s.block, span.start, span.end)) continue;
          const name = nb.text.slice(span.start, span.end);
          if (isOrdinaryWord(name, nameLexicon, commonWords) || dicts.excluded.has(name)) continue;
          cover(s.block, span.start, span.end);
          out.push(mention(c, si, span.start, span.end, { entity: autoEntityId('person', name), type: 'person', source: 'rule', rule: 'title-name', confidence: 0.8 }));
        }
      }
    });

    // Where the segmenter's words start (bit 1) and end (bit 2) in each block's matching form, made once per article.
    let edgesOf: Uint8Array[] | null = null;
    const tokenEdges = (): Uint8Array[] => {
      if (edgesOf !== null) return edgesOf;
      const e = c.norm.map((nb) => new Uint8Array(nb.text.length + 1));
      for (const t of doc.tokens ?? []) {
        const edge = e[c.sentences[t.sentence]?.block ?? -1];
        if (edge === undefined) continue;
        edge[t.start] = (edge[t.start] as number) | 1;
        edge[t.end] = (edge[t.end] as number) | 2;
      }
      edgesOf = e;
      return e;
    };

    // Every other occurrence of a name a rule or the recognizer found counts too (梅列多夫表示 …).
    const propagate = (): void => {
      if (!options.propagate) return;
      const found = new Map<string, MentionT>();
      for (const m of out) {
        if (m.entity !== null && m.source !== 'dictionary' && m.entity.includes(':~')) {
          const name = m.entity.slice(m.entity.indexOf(':~') + 2);
          const prev = found.get(name);
          if (prev === undefined || m.confidence > prev.confidence) found.set(name, m);
        }
      }
      if (found.size > 0) {
        const local = new FormTrie(found.size);
        const list = [...found.entries()];
        list.forEach(([name], i) => local.add(name, i));
        const edges = tokenEdges();
        c.sentences.forEach((s, si) => {
          const nb = c.norm[s.block] as NormBlock;
          const edge = edges[s.block] as Uint8Array;
          for (const m of local.matchAll(nb.text, s.nstart, s.nend)) {
            if (!isFree(s.block, m.start, m.end)) continue;
            const [, origin] = list[m.value] as [string, MentionT];
            // A recognizer's name is not spread into a numbered craft, a bridge or a typhoon (see spanNamesNothing).
            if (origin.source === 'model' && spanNamesNothing(nb.text, m.start, m.end, origin.type)) continue;
            // A short name must line up with the segmenter's words (马克 is not a name inside 马克龙).
            if (m.end - m.start <= 3 && ((edge[m.start] as number) & 1) === 0) continue;
            if (m.end - m.start <= 3 && ((edge[m.end] as number) & 2) === 0) continue;
            cover(s.block, m.start, m.end);
            out.push(mention(c, si, m.start, m.end, { entity: origin.entity, type: origin.type, source: origin.source, rule: 'propagated', confidence: Math.round(origin.confidence * 90) / 100 }));
          }
        });
      }
    };

    // Rule-found names spread first: they are surer than the recognizer's.
    propagate();
    for (const [block, start, end] of held) (covered[block] as Uint8Array).fill(0, start, end);
    // (d) Names from the recognizer, where nothing better matched.
    if (options.recognizer === 'jieba-pos') {
      c.sentences.forEach((s, si) => {
        const nb = c.norm[s.block] as NormBlock;
        const toks = c.tokensBySentence[si] ?? [];
        for (const span of namesFromPos(nb.text, toks, names, lexicon, common)) {
          if (!isFree(s.block, span.start, span.end)) continue;
          const type = TYPE_OF[span.type];
          const name = nb.text.slice(span.start, span.end);
          if (dicts.excluded.has(name)) continue;
          cover(s.block, span.start, span.end);
          out.push(mention(c, si, span.start, span.end, { entity: autoEntityId(type, name), type, source: 'model', confidence: span.score }));
        }
      });
      propagate();
    }
    if (model !== null) {
      c.sentences.forEach((s, si) => {
        const nb = c.norm[s.block] as NormBlock;
        const text = nb.text.slice(s.nstart, s.nend);
        for (const span of joinForeignNames(model.spans(text))) {
          if (span.confidence < options.modelConfidence) continue;
          const start = s.nstart + span.start;
          const end = s.nstart + span.end;
          if (!isFree(s.block, start, end)) continue;
          // A lone character (老郭's 郭, 中 of a shorthand the rules left unresolved) is no useful entity, and a
          // word jieba's lexicon lists with a non-name tag (发言人, 代表团, 空间站) names nothing in particular.
          // (`guanxi ner` still reports such spans as names: see src/article/recognizer.ts.)
          // Texts a dictionary file excludes (太阳, 城中村, 海马斯) name nothing.
          if (span.text.length < 2 || commonWords.has(span.text) || dicts.excluded.has(span.text)) continue;
          // jieba's plain nr entries are full of common words (贺信, 祝贺): only its nrfg/nrt names pass as people.
          if (span.type === 'PER' && isOrdinaryWord(span.text, nameLexicon, commonWords)) continue;
          // Part of a numbered craft (玲龙一号), a bridge (常泰长江大桥) or a typhoon (台风“杜苏芮”).
          if (spanNamesNothing(nb.text, start, end, TYPE_OF[span.type] ?? '')) continue;
          // A dictionary form the dictionary step passed over (中国 in 中国式) links to its entry when the types agree.
          // Not a form that names its people only after their titles: the dictionary step already passed on it.
          const claim = dicts.forms.get(span.text);
          const known = claim === undefined || claim.kind === 'titled' ? undefined : dicts.entities.get(claim.entity);
          if (known !== undefined && NER_GROUP[known.type] === span.type) {
            cover(s.block, start, end);
            out.push(mention(c, si, start, end, { entity: known.id, type: known.type, source: 'model', confidence: span.confidence }));
            continue;
          }
          const type = TYPE_OF[span.type];
          cover(s.block, start, end);
          out.push(mention(c, si, start, end, { entity: autoEntityId(type, span.text), type, source: 'model', confidence: span.confidence }));
        }
      });
      propagate();
    }

    return out
      .filter((m) => m.confidence >= options.minConfidence)
      .sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
  };
}

/** The tag stage: entity mentions from dictionaries, shorthand and title rules, and the name recognizer. */
export const tagStage = defineStage({
  name: 'tag',
  options: TagOptions,
  requires: ['segment'],
  create(options, ctx) {
    const tag = createTagger(ctx.resources, options);
    return {
      name: 'tag',
      run(doc: Doc): Doc {
        return { ...doc, mentions: tag(doc) };
      },
    };
  },
});
