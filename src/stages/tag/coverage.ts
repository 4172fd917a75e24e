import type { Entity } from '../../schema/dictionary.js';
import type { Doc } from '../../schema/doc.js';
import type { MentionT, Sentence, Token } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { toOriginal } from '../../core/text.js';
import type { NameSpan } from '../../nlp/rules/names.js';
import { rolesBefore, titleStartingAt } from '../../nlp/rules/titles.js';

/** What a pass says about a mention besides where it is. */
export type MentionFields = Omit<MentionT, 'block' | 'sentence' | 'start' | 'end' | 'text'>;

/** Entity type for a recognizer's span type. */
export const TYPE_OF: Record<NameSpan['type'], string> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/**
 * The span of the token covering a position, both counted from `offset` (a sentence's start, or 0 for block offsets),
 * or null between tokens: what the rules in src/nlp/rules ask of the segmentation.
 */
export function tokenSpanFrom(toks: readonly Token[], offset: number): (i: number) => [number, number] | null {
  return (i) => {
    const t = tokenAt(toks, offset + i);
    return t === undefined ? null : [t.start - offset, t.end - offset];
  };
}

/** The token covering position `pos` (tokens sorted by start), by binary search. */
export function tokenAt(toks: readonly Token[], pos: number): Token | undefined {
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
 * One article as the tag passes share it: its sentences and tokens, which characters of each block's matching form
 * a pass already claimed (a later pass only reads free ones), and the mentions found so far.
 */
export class Coverage {
  readonly doc: Doc;
  readonly norm: NormBlock[];
  readonly sentences: Sentence[];
  readonly tokensBySentence: Token[][];
  readonly date: string | null;
  /** The mentions in the order the passes found them. */
  readonly out: MentionT[] = [];
  /** A person's name (matching form) → the person the titles before it chose in this article (null: none fits). */
  readonly sense = new Map<string, Entity | null>();
  /** A Chinese office holder's name (matching form) → whether the article writes it beside an occupation (a namesake). */
  readonly namesakes = new Map<string, boolean>();
  private readonly covered: Uint8Array[];
  /** Spans covered only until `release`: kept from the rules, given back to the recognizer. */
  private readonly held: Array<[number, number, number]> = [];
  /** The held spans that are people's names (see {@link holdName}). */
  private readonly names: Array<[number, number, number]> = [];
  private edges: Uint8Array[] | null = null;
  /** Mentions of {@link addTentative} not yet settled, each with which later mentions overrule it (any, if none). */
  private readonly tentative = new Map<MentionT, ((m: MentionT) => boolean) | undefined>();

  constructor(doc: Doc) {
    if (doc.norm === undefined || doc.sentences === undefined || doc.tokens === undefined)
      throw new Error('tag stage needs the segment stage before it');
    this.doc = doc;
    this.norm = doc.norm;
    this.sentences = doc.sentences;
    this.tokensBySentence = groupTokens(doc);
    this.date = doc.meta.date ?? null;
    this.covered = doc.norm.map((nb) => new Uint8Array(nb.text.length));
  }

  /** Marks a span of a block's matching form as taken. */
  cover(block: number, s: number, e: number): void {
    const cv = this.covered[block] as Uint8Array;
    for (let i = s; i < e; i++) cv[i] = 1;
  }

  /** Whether no pass took any character of a span. */
  isFree(block: number, s: number, e: number): boolean {
    const cv = this.covered[block] as Uint8Array;
    for (let i = s; i < e; i++) if (cv[i] === 1) return false;
    return true;
  }

  /** The coverage of a span as a view (1: taken), for rules that scan it themselves. */
  coverageOf(block: number, s: number, e: number): Uint8Array {
    return (this.covered[block] as Uint8Array).subarray(s, e);
  }

  /** Covers a span until `release`. */
  hold(block: number, s: number, e: number): void {
    this.cover(block, s, e);
    this.held.push([block, s, e]);
  }

  /**
   * Holds a person's name that the dictionaries left to the recognizer (穆罕默德 with no title, 比奥 of 益比奥): the
   * recognizer may read a person there, but not a place or an organization of that name alone (a longer name holding
   * it stands: 戴维斯加利福尼亚大学; see {@link heldAsName}).
   */
  holdName(block: number, s: number, e: number): void {
    this.hold(block, s, e);
    this.names.push([block, s, e]);
  }

  /** Whether a span of a block's matching form lies within a name held by {@link holdName}. */
  heldAsName(block: number, s: number, e: number): boolean {
    return this.names.some(([b, hs, he]) => b === block && hs <= s && e <= he);
  }

  /** The span of a block's matching form that an original span (a mention's offsets) came from. */
  normalized(block: number, start: number, end: number): { start: number; end: number } {
    const map = (this.norm[block] as NormBlock).map;
    // map is increasing: the first unit at or after each original offset.
    const lowerBound = (x: number): number => {
      let lo = 0;
      let hi = map.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((map[mid] as number) < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return { start: lowerBound(start), end: lowerBound(end) };
  }

  /** Removes the mentions a later rule replaces. */
  remove(drop: (m: MentionT) => boolean): void {
    let n = 0;
    for (const m of this.out) if (!drop(m)) this.out[n++] = m;
    this.out.length = n;
  }

  /**
   * Replaces a mention with one of the same entity, type, source, rule and confidence over a longer span of the
   * block's matching form (贝宁 → 贝宁共和国, 中国石油大学 → 中国石油大学（北京）), and covers that span.
   */
  widen(m: MentionT, nstart: number, nend: number): void {
    const fields: MentionFields = { entity: m.entity, type: m.type, source: m.source, confidence: m.confidence };
    if (m.rule !== undefined) fields.rule = m.rule;
    this.remove((x) => x === m);
    this.cover(m.block, nstart, nend);
    this.add(m.sentence, nstart, nend, fields);
  }

  /**
   * Adds a shorthand mention the recognizer may overrule (see {@link settleTentative}): any mention over it, or only
   * those `overrules` accepts. Its span is held till then.
   */
  addTentative(
    si: number,
    nstart: number,
    nend: number,
    fields: MentionFields,
    overrules?: (m: MentionT) => boolean,
  ): void {
    const s = this.sentences[si] as Sentence;
    this.hold(s.block, nstart, nend);
    this.add(si, nstart, nend, fields);
    this.tentative.set(this.out[this.out.length - 1] as MentionT, overrules);
  }

  /**
   * Drops the tentative mentions a later pass read a name over (罗英 of 农场主罗英就开始 as a person, not Romania and
   * the UK), and covers the others' spans again.
   */
  settleTentative(): void {
    if (this.tentative.size === 0) return;
    const overruled = new Set<MentionT>();
    for (const [t, overrules] of this.tentative) {
      const across = this.out.filter(
        (m) => !this.tentative.has(m) && m.block === t.block && m.start < t.end && t.start < m.end,
      );
      if (across.some((m) => overrules === undefined || overrules(m))) overruled.add(t);
      else {
        // What the recognizer read across it without overruling it is cut (美单 of 美单周新冠死亡病例); the rules' bodies
        // of its country (美警方) stay.
        for (const m of across) if (m.source === 'model') overruled.add(m);
        const { start, end } = this.normalized(t.block, t.start, t.end);
        this.cover(t.block, start, end);
      }
    }
    this.remove((m) => overruled.has(m));
    this.tentative.clear();
  }

  /** Frees the spans held so far. */
  release(): void {
    for (const [block, start, end] of this.held) (this.covered[block] as Uint8Array).fill(0, start, end);
  }

  /**
   * Adds a mention from a span of a sentence's matching form (offsets mapped back to the block text); a person gets
   * the roles written before the name (国务委员兼外长王毅).
   */
  add(si: number, nstart: number, nend: number, fields: MentionFields): void {
    const s = this.sentences[si] as Sentence;
    const nb = this.norm[s.block] as NormBlock;
    const o = toOriginal(nb, nstart, nend);
    const text = this.doc.blocks[s.block]?.text.slice(o.start, o.end) ?? '';
    // Built field by field: spreading `fields`, whose shape varies with the rule, sends V8 to its slow path.
    const m: MentionT = {
      entity: fields.entity,
      type: fields.type,
      block: s.block,
      sentence: si,
      start: o.start,
      end: o.end,
      text,
      source: fields.source,
      confidence: fields.confidence,
    };
    if (fields.rule !== undefined) m.rule = fields.rule;
    if (fields.candidates !== undefined) m.candidates = fields.candidates;
    if (m.type === 'person') {
      // Titles before the name, and the one right after it (习近平总书记, 李强总理): roles, never part of the span.
      const roles = rolesBefore(nb.text, nstart);
      const after = titleStartingAt(nb.text, nend);
      // 代表 after a name is mostly the verb (习近平代表中共中央).
      if (after !== null && after !== '代表' && !roles.includes(after)) roles.push(after);
      if (roles.length > 0) m.roles = roles;
    }
    this.out.push(m);
  }

  /** Whether the segmenter's words start at `start` and end at `end` of a block's matching form (中日 of 中日/作为). */
  onWordEdges(block: number, start: number, end: number): boolean {
    const edge = this.tokenEdges()[block];
    return edge !== undefined && ((edge[start] ?? 0) & 1) !== 0 && ((edge[end] ?? 0) & 2) !== 0;
  }

  /** Whether one of the segmenter's words starts at `at` of a block's matching form. */
  wordStartsAt(block: number, at: number): boolean {
    return ((this.tokenEdges()[block]?.[at] ?? 0) & 1) !== 0;
  }

  /** Where the segmenter's words start (bit 1) and end (bit 2) in each block's matching form, made on first use. */
  tokenEdges(): Uint8Array[] {
    if (this.edges !== null) return this.edges;
    const e = this.norm.map((nb) => new Uint8Array(nb.text.length + 1));
    for (const t of this.doc.tokens ?? []) {
      const edge = e[this.sentences[t.sentence]?.block ?? -1];
      if (edge === undefined) continue;
      edge[t.start] = (edge[t.start] as number) | 1;
      edge[t.end] = (edge[t.end] as number) | 2;
    }
    this.edges = e;
    return e;
  }
}
