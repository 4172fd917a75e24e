import { z } from 'zod';

/** How serious a diagnostic is: `error` means the article could not be processed. */
export const Severity = z.enum(['info', 'warning', 'error']);

/** A problem found with one article, kept as data on its report and in the corpus summary. */
export const Diagnostic = z
  .object({
    code: z.string(),
    severity: Severity,
    stage: z.string(),
    message: z.string(),
    file: z.string(),
    block: z.number().int().nonnegative().optional(),
    line: z.number().int().nonnegative().optional(),
  })
  .strict();

/** The kinds of block the extract stage produces, in document order. */
export const BlockKind = z.enum([
  'title',
  'heading',
  'paragraph',
  'list-item',
  'caption',
  'image',
  'quote',
  'table-cell',
  'code',
]);

/** One block of article text (or an image with its attributes). */
export const Block = z
  .object({
    kind: BlockKind,
    text: z.string(),
    src: z.string().optional(),
    alt: z.string().optional(),
    title: z.string().optional(),
  })
  .strict();

/** Article metadata from front matter (or HTML head). */
export const Meta = z
  .object({
    title: z.string().nullable(),
    date: z.string().nullable(),
    categories: z.array(z.string()),
    author: z.string().nullable(),
    link: z.string().nullable(),
    other: z.record(z.string(), z.unknown()),
    /** Where the item comes from, as its dateline writes it (新华社北京１月２日电): not part of what it is about. */
    dateline: z
      .object({
        block: z.number().int().nonnegative(),
        text: z.string(),
        agency: z.string(),
        place: z.string().nullable(),
        date: z.string().nullable(),
      })
      .strict()
      .optional(),
    /**
     * Who wrote the item, as a line under its title credits them (本报记者王行增王君超, 杨雪梅吕游): the names it splits
     * into, which count for no entity.
     */
    byline: z
      .object({
        block: z.number().int().nonnegative(),
        text: z.string(),
        names: z.array(z.string()),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Where a mention came from: a dictionary form, a hand-written rule, or a statistical model. */
export const MentionSource = z.enum(['dictionary', 'rule', 'model']);

/** One mention of an entity in a block; offsets are UTF-16 units into that block's text. */
export const Mention = z
  .object({
    entity: z.string().nullable(),
    type: z.string(),
    block: z.number().int().nonnegative(),
    sentence: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    source: MentionSource,
    rule: z.string().optional(),
    confidence: z.number().min(0).max(1),
    candidates: z.array(z.string()).optional(),
    roles: z.array(z.string()).optional(),
    /**
     * A name in the article's dateline or byline (新华社 of 新华社北京电, 刘工践 of 本报记者刘工践): kept on the mention, left
     * out of entities and pairs.
     */
    dateline: z.literal(true).optional(),
  })
  .strict();

/** The window kinds in which co-occurrence is counted. */
export const Window = z.enum(['sentence', 'block', 'article']);

export type SeverityT = z.infer<typeof Severity>;
export type DiagnosticT = z.infer<typeof Diagnostic>;
export type BlockKindT = z.infer<typeof BlockKind>;
export type BlockT = z.infer<typeof Block>;
export type MetaT = z.infer<typeof Meta>;
export type MentionT = z.infer<typeof Mention>;
export type MentionSourceT = z.infer<typeof MentionSource>;
export type WindowT = z.infer<typeof Window>;

/** Each window kind's place in {@link Window}'s order (sentence 0, block 1, article 2), as aggregates store it. */
export const WINDOW_RANK: Readonly<Record<WindowT, number>> = { sentence: 0, block: 1, article: 2 };

/** A sentence: its block, its span in the block text, and its span in the block's matching form. */
export interface Sentence {
  block: number;
  start: number;
  end: number;
  nstart: number;
  nend: number;
}

/** A token of the segmenter, in matching-form offsets of its block. */
export interface Token {
  sentence: number;
  start: number;
  end: number;
  pos: string;
}

/** A pair of distinct entities seen together in one window kind, with the number of such windows. */
export interface Cooccurrence {
  a: string;
  b: string;
  window: WindowT;
  count: number;
}

/** Why an entity is in an article's focus (docs/outputs.md, "Focus"). */
export const FocusReason = z.enum([
  'title',
  'heading',
  'lead',
  'share',
  'spread',
  'shorthand',
  'institution',
  'national',
  'actor',
  'place',
  'paragraph',
]);

/**
 * One entity of an article's focus: `[id, rank, score, ...reasons]`, rank 1 (primary) or 2 (secondary), the score
 * the rules gave it (docs/outputs.md, "Focus"), and why.
 */
export const FocusEntry = z.tuple([z.string(), z.union([z.literal(1), z.literal(2)]), z.number()]).rest(FocusReason);

export type FocusReasonT = z.infer<typeof FocusReason>;
export type FocusEntryT = z.infer<typeof FocusEntry>;

/** A weighted keyword of the article. */
export interface Keyword {
  word: string;
  weight: number;
}
