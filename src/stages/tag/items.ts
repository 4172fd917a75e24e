import { itemHeading } from '../../nlp/rules/dateline.js';
import type { DictionarySet } from '../../schema/dictionary.js';
import type { BlockT, MentionT } from '../../schema/document.js';

/** The items of an article as the rules that read an item's title and lead see them. */
export interface ArticleItems {
  /** Each block's item: the index of its heading, or -1 for the article's title and what follows it. */
  headOf: readonly number[];
  /** Whether the article is one item (no headings). */
  single: boolean;
  /** Whether a block is the top of an item: its heading (the article's title for -1) or the first paragraph after it. */
  top(head: number, block: number): boolean;
}

/**
 * Reads an article's items: a roundup's headed items (国际联播快讯), each with its heading and the paragraph after it,
 * else the title and the lead; headings as the focus stage reads them (an item's title in a roundup).
 */
export function articleItems(blocks: readonly BlockT[]): ArticleItems {
  const heading = (i: number): boolean => {
    const b = blocks[i];
    return b !== undefined && b.kind !== 'title' && itemHeading(b.kind, b.text);
  };
  const headOf: number[] = [];
  for (let i = 0; i < blocks.length; i++) headOf.push(heading(i) ? i : i > 0 ? (headOf[i - 1] as number) : -1);
  const firsts = new Map<number, number>();
  const first = (head: number): number => {
    let f = firsts.get(head);
    if (f === undefined) {
      f = blocks.findIndex((b, i) => i > head && b.kind !== 'title' && !heading(i) && b.text.trim() !== '');
      firsts.set(head, f);
    }
    return f;
  };
  return {
    headOf,
    single: headOf.every((h) => h < 0),
    top: (head, block) =>
      head < 0 ? blocks[block]?.kind === 'title' || block === first(head) : block === head || block === first(head),
  };
}

/** The country a mention names: a country's own code, or the country of a person or place (Putin's, Gaza's). */
export function mentionCountry(dicts: DictionarySet, m: MentionT): string | undefined {
  const e = m.entity === null ? undefined : dicts.entities.get(m.entity);
  if (e === undefined) return undefined;
  return e.type === 'country' ? e.iso2 : e.type === 'person' || e.type === 'place' ? e.country : undefined;
}
