import { describe, expect, it } from 'vitest';
import { emissions16 } from '../src/nlp/ner/model.js';
import { SimdEmitter } from '../src/nlp/ner/simd.js';
import { prng } from '../src/nlp/ner/train.js';

describe('emission sums with WebAssembly SIMD', () => {
  const rand = prng(20261125);
  const buckets = 1 << 12;
  const w16 = new Int16Array(buckets * 16);
  for (let i = 0; i < w16.length; i++) {
    // Extremes included: a sum of 46 rows of ±32767 only fits in int32, which is what both paths use.
    const r = rand();
    w16[i] = r < 0.05 ? 32767 : r < 0.1 ? -32768 : Math.round((rand() - 0.5) * 20000);
  }
  const simd = SimdEmitter.create(w16);

  it('is available on this runtime (Node 20 has WebAssembly SIMD)', () => {
    expect(simd).not.toBeNull();
  });

  it('gives exactly the sums of the JavaScript loop, for 23 and 46 features a character', () => {
    for (const perChar of [23, 46]) {
      for (const n of [1, 2, 17, 300]) {
        const feats = Int32Array.from({ length: n * perChar }, () => Math.floor(rand() * buckets));
        const expected = new Int32Array(n * 13);
        emissions16(n, w16, feats, expected, perChar);
        const got = new Int32Array(n * 13).fill(-1);
        simd?.run(n, feats, got, perChar);
        expect(Array.from(got)).toEqual(Array.from(expected));
      }
    }
  });

  it('grows its memory for a long sentence and stays right for short ones after', () => {
    for (const n of [5000, 3, 20000, 1]) {
      const feats = Int32Array.from({ length: n * 23 }, () => Math.floor(rand() * buckets));
      const expected = new Int32Array(n * 13);
      emissions16(n, w16, feats, expected, 23);
      const got = new Int32Array(n * 13);
      simd?.run(n, feats, got, 23);
      expect(got).toEqual(expected);
    }
  });

  it('hand-checked: two characters over two rows', () => {
    const w = new Int16Array(2 * 16);
    for (let t = 0; t < 13; t++) {
      w[t] = t; // row 0: 0, 1, …, 12
      w[16 + t] = -100 * t; // row 1: 0, -100, …, -1200
    }
    const s = SimdEmitter.create(w);
    const out = new Int32Array(2 * 13);
    // Character 0 has rows 0 and 1; character 1 has row 0 twice.
    s?.run(2, Int32Array.from([0, 1, 0, 0]), out, 2);
    expect(Array.from(out.subarray(0, 13))).toEqual(Array.from({ length: 13 }, (_, t) => t - 100 * t));
    expect(Array.from(out.subarray(13))).toEqual(Array.from({ length: 13 }, (_, t) => 2 * t));
  });
});

describe('the compiled kernel', () => {
  it('is what src/nlp/ner/emissions.wat compiles to (run `npm run build:wasm` after editing the .wat file)', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { default: wabtInit } = await import('wabt');
    const { EMISSIONS_WASM_BASE64 } = await import('../src/nlp/ner/emissions-wasm.js');
    const wat = fileURLToPath(new URL('../src/nlp/ner/emissions.wat', import.meta.url));
    const wabt = await wabtInit();
    const mod = wabt.parseWat(wat, readFileSync(wat, 'utf8'), { simd: true });
    expect(Buffer.from(mod.toBinary({}).buffer).toString('base64')).toBe(EMISSIONS_WASM_BASE64);
  });
});
