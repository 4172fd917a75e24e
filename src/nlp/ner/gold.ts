import { z } from 'zod';

/** Entity types the recognizer outputs and the scorer counts. */
export const NerType = z.enum(['PER', 'LOC', 'ORG']);
/** One of PER, LOC, ORG. */
export type NerTypeT = z.infer<typeof NerType>;

/** A typed span of a sentence, offsets in UTF-16 code units, end exclusive. */
export const NerSpan = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  type: NerType,
  text: z.string(),
});
/** A typed span of a sentence. */
export type NerSpanT = z.infer<typeof NerSpan>;

/** A sentence with its gold (or predicted) entity spans. */
export interface NerSentence {
  text: string;
  spans: NerSpanT[];
  /** Where it came from, for held-out splits and messages (PFR: the paragraph id; others: the line or sentence number). */
  id: string;
}

/** Gold formats `guanxi eval ner` and `guanxi ner` read. */
export const GoldFormat = z.enum(['msra', 'bio', 'pfr', 'cluener']);
/** A gold format name. */
export type GoldFormatT = z.infer<typeof GoldFormat>;

/** A problem in a gold file: the reader skips the line and reports it. */
export interface GoldProblem {
  line: number;
  message: string;
}

/** Sentences read from a gold file, and the lines that could not be read. */
export interface GoldRead {
  sentences: NerSentence[];
  problems: GoldProblem[];
}

const MSRA_TAGS: Record<string, NerTypeT | null> = { nr: 'PER', ns: 'LOC', nt: 'ORG', o: null };

function span(text: string, start: number, end: number, type: NerTypeT): NerSpanT {
  return { start, end, type, text: text.slice(start, end) };
}

/** Reads MSRA bakeoff word format: one sentence a line, `中共中央/nt 致/o 中国致公党十一大/nt 的贺词/o`. */
export function readMsra(content: string): GoldRead {
  const sentences: NerSentence[] = [];
  const problems: GoldProblem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let text = '';
    const spans: NerSpanT[] = [];
    for (const tok of line.trim().split(/\s+/)) {
      const slash = tok.lastIndexOf('/');
      const tag = slash > 0 ? tok.slice(slash + 1).toLowerCase() : '';
      if (slash <= 0 || !(tag in MSRA_TAGS)) {
        problems.push({ line: i + 1, message: `token "${tok}" is not word/tag with tag nr, ns, nt or o` });
        return;
      }
      const word = tok.slice(0, slash);
      const type = MSRA_TAGS[tag] ?? null;
      if (type !== null) spans.push({ start: text.length, end: text.length + word.length, type, text: word });
      text += word;
    }
    sentences.push({ text, spans, id: String(i + 1) });
  });
  return { sentences, problems };
}

/** Spans from per-character BIO or BIOES tags (B-PER, I-PER, E-PER, S-PER, O; M- is read as I-). */
export function spansFromTags(text: string, tags: readonly string[]): NerSpanT[] {
  const spans: NerSpanT[] = [];
  let start = -1;
  let type: NerTypeT | null = null;
  const close = (end: number): void => {
    if (type !== null && start >= 0) spans.push(span(text, start, end, type));
    start = -1;
    type = null;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const dash = tag.indexOf('-');
    const prefix = dash < 0 ? tag : tag.slice(0, dash);
    const parsed = NerType.safeParse(dash < 0 ? '' : tag.slice(dash + 1));
    const t = parsed.success ? parsed.data : null;
    if (t === null || prefix === 'O') {
      close(i);
      continue;
    }
    if (prefix === 'B' || prefix === 'S' || type !== t) {
      close(i);
      start = i;
      type = t;
    }
    if (prefix === 'E' || prefix === 'S') close(i + 1);
  }
  close(tags.length);
  return spans;
}

/** Reads character-per-line BIO (`中\tB-ORG`), blank line between sentences; a line of only a tag is a space. */
export function readBio(content: string): GoldRead {
  const sentences: NerSentence[] = [];
  const problems: GoldProblem[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  let first = 1;
  const flush = (): void => {
    if (chars.length > 0) {
      const text = chars.join('');
      sentences.push({ text, spans: spansFromTags(text, tags), id: String(first) });
    }
    chars = [];
    tags = [];
  };
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') {
      flush();
      first = i + 2;
      return;
    }
    const m = /^(\S+)[\t ]+(\S+)\s*$/.exec(raw);
    if (m === null) {
      problems.push({ line: i + 1, message: `"${raw}" is not a character and a tag` });
      return;
    }
    const ch = m[1] as string;
    const tag = m[2] as string;
    if (!/^(O|[BIMES]-(PER|LOC|ORG|[A-Za-z_]+))$/.test(tag)) {
      problems.push({ line: i + 1, message: `tag "${tag}" is not O or B-/I-/E-/S- and a type` });
      return;
    }
    chars.push(ch);
    tags.push(tag);
  });
  flush();
  return { sentences, problems };
}

const PFR_TYPES: Record<string, NerTypeT> = { nr: 'PER', ns: 'LOC', nt: 'ORG' };

/**
 * Reads the People's Daily 1998 format: `19980101-01-001-002/m  中共中央/nt  江/nr  泽民/nr  [中国/ns 政府/n]nt`.
 * Adjacent nr tokens form one person; `[…]ns` and `[…]nt` compounds are one span (their inner tags ignored);
 * inside other compounds, and elsewhere, ns and nt tokens are spans.
 */
export function readPfr(content: string): GoldRead {
  const sentences: NerSentence[] = [];
  const problems: GoldProblem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    const toks = line
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
    if (toks.length === 0) return;
    let id = String(i + 1);
    if (/^\d{8}-\d+-\d+-\d+\/m$/.test(toks[0] ?? '')) id = (toks.shift() as string).slice(0, -2);
    let text = '';
    const spans: NerSpanT[] = [];
    let compoundStart = -1;
    let compoundSpans = 0;
    let person = -1;
    const endPerson = (): void => {
      if (person >= 0) spans.push(span(text, person, text.length, 'PER'));
      person = -1;
    };
    for (const tok of toks) {
      let t = tok;
      const opens = t.startsWith('[') && t.length > 1;
      if (opens) {
        t = t.slice(1);
        endPerson();
        compoundStart = text.length;
        compoundSpans = spans.length;
      }
      const close = /\]([a-z]+)$/i.exec(t);
      let compoundTag: string | null = null;
      if (close !== null) {
        compoundTag = (close[1] as string).toLowerCase();
        t = t.slice(0, close.index);
      }
      const slash = t.lastIndexOf('/');
      if (slash <= 0) {
        problems.push({ line: i + 1, message: `token "${tok}" is not word/tag` });
        return;
      }
      const word = t.slice(0, slash);
      const tag = t.slice(slash + 1).toLowerCase();
      if (tag === 'nr') {
        if (person < 0) person = text.length;
      } else {
        endPerson();
        const type = PFR_TYPES[tag];
        if (type !== undefined) spans.push({ start: text.length, end: text.length + word.length, type, text: word });
      }
      text += word;
      if (compoundTag !== null) {
        if (compoundStart < 0) {
          problems.push({ line: i + 1, message: `"]${compoundTag}" closes no "["` });
          return;
        }
        const type = compoundTag === 'ns' || compoundTag === 'nt' ? PFR_TYPES[compoundTag] : undefined;
        if (type !== undefined) {
          endPerson();
          spans.length = compoundSpans;
          spans.push(span(text, compoundStart, text.length, type));
        }
        compoundStart = -1;
      }
    }
    endPerson();
    if (compoundStart >= 0) problems.push({ line: i + 1, message: 'a "[" compound is not closed' });
    spans.sort((a, b) => a.start - b.start);
    sentences.push({ text, spans, id });
  });
  return { sentences, problems };
}

const CLUENER_TYPES: Record<string, NerTypeT> = {
  name: 'PER',
  address: 'LOC',
  organization: 'ORG',
  government: 'ORG',
  company: 'ORG',
};

const ClueLine = z.object({
  text: z.string(),
  label: z.record(z.string(), z.record(z.string(), z.array(z.tuple([z.number().int(), z.number().int()])))).optional(),
});

/** Reads CLUENER2020 JSON lines; name → PER, address → LOC, organization/government/company → ORG, others ignored. */
export function readCluener(content: string): GoldRead {
  const sentences: NerSentence[] = [];
  const problems: GoldProblem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: z.infer<typeof ClueLine>;
    try {
      const r = ClueLine.safeParse(JSON.parse(line));
      if (!r.success) {
        problems.push({ line: i + 1, message: `not a CLUENER record: ${r.error.issues[0]?.message ?? ''}` });
        return;
      }
      parsed = r.data;
    } catch (err) {
      problems.push({ line: i + 1, message: `invalid JSON: ${(err as Error).message}` });
      return;
    }
    const spans: NerSpanT[] = [];
    for (const [label, surfaces] of Object.entries(parsed.label ?? {})) {
      const type = CLUENER_TYPES[label];
      if (type === undefined) continue;
      for (const ranges of Object.values(surfaces))
        for (const [s, e] of ranges) spans.push(span(parsed.text, s, e + 1, type));
    }
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    sentences.push({ text: parsed.text, spans, id: String(i + 1) });
  });
  return { sentences, problems };
}

/** Reads a gold file's content in the named format. */
export function readGold(format: GoldFormatT, content: string): GoldRead {
  switch (format) {
    case 'msra':
      return readMsra(content);
    case 'bio':
      return readBio(content);
    case 'pfr':
      return readPfr(content);
    case 'cluener':
      return readCluener(content);
  }
}

/** Reads SIGHAN segmentation gold: one sentence a line, words separated by spaces (two in the bakeoff files). */
export function readSighan(content: string): string[][] {
  return content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.split(/\s+/));
}
