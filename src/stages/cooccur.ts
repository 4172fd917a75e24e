import { z } from 'zod';
import { Window } from '../schema/document.js';
import type { Cooccurrence, DiagnosticT, MentionT, WindowT } from '../schema/document.js';
import type { Doc } from '../schema/doc.js';
import { defineStage } from './types.js';

/** Options of the cooccur stage. */
export const CooccurOptions = z
  .object({
    windows: z
      .array(Window)
      .min(1)
      .default([...Window.options]),
    /**
     * A window with more distinct entities than this counts no pairs (a list such as 委员名单 or 治丧委员会名单 is
     * no context; its pairs would grow with the square of its length), and its article gets an info diagnostic.
     */
    maxEntities: z.number().int().min(2).default(150),
  })
  .strict();

/** The pair table of {@link cooccurrences}, reused between a stage's articles (all zero between calls). */
export interface PairScratch {
  table: Int32Array;
}
/** Cells of the largest pair table kept between articles (4 MB). */
const SCRATCH_MAX = 1 << 20;

/**
 * Counts, per window kind, the windows in which each pair of distinct entities appears together. Pairs are counted
 * in a flat table while there are at most `denseCells` of them (16 MB), in a map beyond (tests lower it).
 */
export function cooccurrences(
  mentions: readonly MentionT[],
  windows: readonly WindowT[],
  denseCells = 1 << 22,
  maxEntities = Number.POSITIVE_INFINITY,
  skipped: OversizeWindow[] = [],
  scratch: PairScratch = { table: new Int32Array(4096) },
): Cooccurrence[] {
  // Entities are ranked once in id order, so that a pair is two small integers: no pair key strings to build, sort
  // and split again. Pairs come out in (a, b) id order, the order of the `a\0b` keys they replace.
  const rank = new Map<string, number>();
  for (const m of mentions) if (m.entity !== null) rank.set(m.entity, 0);
  const ids = [...rank.keys()].sort();
  // An id containing NUL would sort differently inside a joined key: keep the key-based count then.
  if (ids.some((id) => id.includes('\u0000'))) return cooccurrencesByKey(mentions, windows, maxEntities, skipped);
  ids.forEach((id, r) => {
    rank.set(id, r);
  });
  const k = ids.length;
  const out: Cooccurrence[] = [];
  for (const window of Window.options) {
    if (!windows.includes(window)) continue;
    const groups = new Map<number, number[]>();
    for (const m of mentions) {
      if (m.entity === null) continue;
      const key = window === 'sentence' ? m.sentence : window === 'block' ? m.block : 0;
      let g = groups.get(key);
      if (g === undefined) {
        g = [];
        groups.set(key, g);
      }
      g.push(rank.get(m.entity) as number);
    }
    // A flat k×k table (up to an article with a couple of thousand entities); a map beyond. The table is one
    // buffer kept between articles and left all zero (each cell is cleared as it is read), not one per window.
    const dense = k * k <= denseCells;
    if (dense && scratch.table.length < k * k && k * k <= SCRATCH_MAX)
      scratch.table = new Int32Array(Math.max(k * k, 4096));
    const table = !dense ? null : scratch.table.length >= k * k ? scratch.table : new Int32Array(k * k);
    const sparse = dense ? null : new Map<number, number>();
    for (const [key, g] of groups) {
      sortSmall(g);
      let n = 0;
      for (const r of g) if (n === 0 || g[n - 1] !== r) g[n++] = r;
      if (n > maxEntities) {
        skipped.push({ window, index: key, entities: n });
        continue;
      }
      for (let i = 0; i < n; i++) {
        const base = (g[i] as number) * k;
        for (let j = i + 1; j < n; j++) {
          const cell = base + (g[j] as number);
          if (table !== null) table[cell] = (table[cell] as number) + 1;
          else sparse?.set(cell, (sparse.get(cell) ?? 0) + 1);
        }
      }
    }
    if (table !== null) {
      for (let cell = 0; cell < k * k; cell++) {
        const n = table[cell] as number;
        if (n === 0) continue;
        table[cell] = 0;
        out.push(pairOf(ids, cell, window, n));
      }
    } else if (sparse !== null) {
      for (const cell of [...sparse.keys()].sort((x, y) => x - y))
        out.push(pairOf(ids, cell, window, sparse.get(cell) as number));
    }
  }
  return out;
}

/**
 * Sorts numbers ascending in place: by insertion while short (most windows hold a few entities), where
 * Array.prototype.sort would copy the array into a work array first.
 */
function sortSmall(g: number[]): void {
  if (g.length > 32) {
    g.sort((x, y) => x - y);
    return;
  }
  for (let i = 1; i < g.length; i++) {
    const v = g[i] as number;
    let j = i - 1;
    while (j >= 0 && (g[j] as number) > v) {
      g[j + 1] = g[j] as number;
      j--;
    }
    g[j + 1] = v;
  }
}

/** A window left out of the pair count for having more than `maxEntities` distinct entities. */
export interface OversizeWindow {
  window: WindowT;
  /** The sentence or block index (0 for the article). */
  index: number;
  entities: number;
}

/** The pair of table cell `cell` (row a, column b over the ranked ids). */
function pairOf(ids: readonly string[], cell: number, window: WindowT, count: number): Cooccurrence {
  const k = ids.length;
  return { a: ids[Math.floor(cell / k)] as string, b: ids[cell % k] as string, window, count };
}

/**
 * The distinct entities of each window of one article, by the window's index (its sentence, its block, or 0 for the
 * article); mentions linked to no entity are left out.
 */
export function windowGroups<E>(
  mentions: Iterable<{ block: number; sentence: number; entity: E | null }>,
  window: WindowT,
): Map<number, Set<E>> {
  const groups = new Map<number, Set<E>>();
  for (const m of mentions) {
    if (m.entity === null) continue;
    const key = window === 'sentence' ? m.sentence : window === 'block' ? m.block : 0;
    let g = groups.get(key);
    if (g === undefined) {
      g = new Set();
      groups.set(key, g);
    }
    g.add(m.entity);
  }
  return groups;
}

/** The count through joined `a\0b` keys (the original method), for ids that contain NUL. */
function cooccurrencesByKey(
  mentions: readonly MentionT[],
  windows: readonly WindowT[],
  maxEntities: number,
  skipped: OversizeWindow[],
): Cooccurrence[] {
  const out: Cooccurrence[] = [];
  for (const window of Window.options) {
    if (!windows.includes(window)) continue;
    const groups = windowGroups(mentions, window);
    const counts = new Map<string, number>();
    for (const [key, g] of groups) {
      if (g.size > maxEntities) {
        skipped.push({ window, index: key, entities: g.size });
        continue;
      }
      const ids = [...g].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    for (const key of [...counts.keys()].sort()) {
      const [a, b] = key.split('\u0000') as [string, string];
      out.push({ a, b, window, count: counts.get(key) ?? 0 });
    }
  }
  return out;
}

/** The cooccur stage: pairs of distinct canonical entities in the same sentence, block and article. */
export const cooccurStage = defineStage({
  name: 'cooccur',
  options: CooccurOptions,
  requires: ['tag'],
  create(options) {
    const scratch: PairScratch = { table: new Int32Array(4096) };
    return {
      name: 'cooccur',
      run(doc: Doc): Doc {
        const skipped: OversizeWindow[] = [];
        const content = (doc.mentions ?? []).filter((m) => m.dateline !== true);
        const pairs = cooccurrences(content, options.windows, undefined, options.maxEntities, skipped, scratch);
        const windows = {
          counted: Window.options.filter((w) => options.windows.includes(w)),
          skipped: skipped.map((w): [WindowT, number] => [w.window, w.index]),
        };
        if (skipped.length === 0) return { ...doc, cooccurrences: pairs, windows };
        const diagnostics = skipped.map((w): DiagnosticT => {
          const d: DiagnosticT = {
            code: 'window-too-large',
            severity: 'info',
            stage: 'cooccur',
            message: `${w.window === 'article' ? 'the article' : `${w.window} ${w.index}`} has ${w.entities} distinct entities, more than cooccur.maxEntities (${options.maxEntities}): no pairs counted in it (a list is no context)`,
            file: doc.file,
          };
          const block =
            w.window === 'block' ? w.index : w.window === 'sentence' ? doc.sentences?.[w.index]?.block : undefined;
          if (block !== undefined) d.block = block;
          return d;
        });
        return { ...doc, cooccurrences: pairs, windows, diagnostics: [...doc.diagnostics, ...diagnostics] };
      },
    };
  },
});
