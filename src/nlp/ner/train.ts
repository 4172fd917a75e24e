import type { NerSentence } from './gold.js';
import { NER_TYPES, Scratch, TAG_COUNT, domainBucket, extractFeatures, internals, tagOf } from './model.js';
import type { CharTables, Gazetteer } from './model.js';

const { emissions, viterbiFast, packTransitions, F, T } = internals;

/** A training sentence: its text and gold tag per character. */
export interface TaggedSentence {
  text: string;
  tags: Uint8Array;
  /**
   * 0 for the convention the model outputs (MSRA's); another number gives the sentence a second copy of its
   * features specific to that corpus, which absorb where its annotation conventions differ (PFR leaves 中 in 中美
   * untagged) while the shared features learn from both. Inference uses the shared features only.
   */
  domain?: number;
}

/** BIOES tags of a sentence's gold spans; overlapping spans after the first are dropped. */
export function tagsOfSpans(s: NerSentence): Uint8Array {
  const tags = new Uint8Array(s.text.length);
  let last = 0;
  for (const sp of [...s.spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (sp.start < last || sp.end > s.text.length || sp.end <= sp.start) continue;
    const ty = NER_TYPES.indexOf(sp.type);
    if (sp.end - sp.start === 1) tags[sp.start] = tagOf(ty, 3);
    else {
      tags[sp.start] = tagOf(ty, 0);
      for (let i = sp.start + 1; i < sp.end - 1; i++) tags[i] = tagOf(ty, 1);
      tags[sp.end - 1] = tagOf(ty, 2);
    }
    last = sp.end;
  }
  return tags;
}

/** A small deterministic PRNG (mulberry32) so that training order depends only on the seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of the averaged perceptron trainer. */
export interface TrainOptions {
  hashBits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights, for held-out measurement. */
  onEpoch?: (epoch: number, weights: Float32Array, trans: Float32Array, mistakes: number) => void;
}

/** Trains an averaged structured perceptron over BIOES tags; deterministic for a seed. */
export function trainPerceptron(
  data: readonly TaggedSentence[],
  tables: CharTables,
  gazetteer: Gazetteer,
  opts: TrainOptions,
): { weights: Float32Array; trans: Float32Array } {
  const size = (1 << opts.hashBits) * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const s = new Scratch();
  let emit = new Float64Array(0);
  const packed = new Float64Array(49 + 12);
  let domainFeats = new Int32Array(0);
  const mask = (1 << opts.hashBits) - 1;
  let c = 1;
  const order = data.map((_, i) => i);
  const rand = prng(opts.seed);
  const averaged = (): { weights: Float32Array; trans: Float32Array } => {
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
    const trans = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) trans[i] = (tw[i] as number) - (tu[i] as number) / c;
    return { weights, trans };
  };
  const bump = (feats: Int32Array, fo: number, tag: number, by: number): void => {
    for (let k = 0; k < F; k++) {
      const idx = (feats[fo + k] as number) * T + tag;
      w[idx] = (w[idx] as number) + by;
      u[idx] = (u[idx] as number) + c * by;
    }
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    let mistakes = 0;
    for (const idx of order) {
      const sent = data[idx] as TaggedSentence;
      const n = sent.text.length;
      if (n === 0) continue;
      extractFeatures(sent.text, tables, gazetteer, opts.hashBits, s);
      if (emit.length < n * T) emit = new Float64Array(Math.max(n * T, emit.length * 2));
      emissions(n, w, s, emit);
      const domain = sent.domain ?? 0;
      if (domain !== 0) {
        if (domainFeats.length < n * F) domainFeats = new Int32Array(Math.max(n * F, domainFeats.length * 2));
        for (let k = 0; k < n * F; k++) domainFeats[k] = domainBucket(s.feats[k] as number, domain, mask);
        for (let i = 0; i < n; i++) {
          for (let k = 0; k < F; k++) {
            const b = (domainFeats[i * F + k] as number) * T;
            for (let t = 0; t < T; t++) emit[i * T + t] = (emit[i * T + t] as number) + (w[b + t] as number);
          }
        }
      }
      viterbiFast(n, emit, tw, packTransitions(tw, packed), s);
      const pred = s.tags;
      const gold = sent.tags;
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const p = pred[i] as number;
        if (g !== p) {
          wrong = true;
          bump(s.feats, i * F, g, 1);
          bump(s.feats, i * F, p, -1);
          if (domain !== 0) {
            bump(domainFeats, i * F, g, 1);
            bump(domainFeats, i * F, p, -1);
          }
        }
        const gp = i === 0 ? T : (gold[i - 1] as number);
        const pp = i === 0 ? T : (pred[i - 1] as number);
        if (gp !== pp || g !== p) {
          tw[gp * T + g] = (tw[gp * T + g] as number) + 1;
          tu[gp * T + g] = (tu[gp * T + g] as number) + c;
          tw[pp * T + p] = (tw[pp * T + p] as number) - 1;
          tu[pp * T + p] = (tu[pp * T + p] as number) - c;
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    if (opts.onEpoch !== undefined) {
      const avg = averaged();
      opts.onEpoch(epoch, avg.weights, avg.trans, mistakes);
    }
  }
  return averaged();
}

/** Rounds real weights to 16-bit integers with one shared scale (weight ≈ integer × scale). */
export function quantize(weights: Float32Array): { ints: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i] as number);
    if (a > max) max = a;
  }
  const scale = max === 0 ? 1 : max / 32767;
  const ints = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) ints[i] = Math.round((weights[i] as number) / scale);
  return { ints, scale };
}

export { TAG_COUNT };
