// The streamed corpus.json writer must give exactly JSON.stringify(value, null, 2).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineWriter } from '../src/io/atomic.js';
import { writePrettyJson } from '../src/corpus/json-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'guanxi-json-'));
let n = 0;
function streamed(value: unknown, depth?: number): string {
  const path = join(dir, `v${n++}.json`);
  const w = new LineWriter(path, join(dir, '.tmp'), 64);
  writePrettyJson(w, value, depth);
  w.close();
  return readFileSync(path, 'utf8');
}

describe('writePrettyJson', () => {
  it('writes the bytes of JSON.stringify(value, null, 2) for any JSON value and depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect(streamed(value, depth)).toBe(JSON.stringify(value, null, 2));
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it('drops undefined members and writes undefined array items as null, like JSON.stringify', () => {
    const value = { a: undefined, b: [1, undefined, { c: '中\n"文"', d: undefined }], e: {}, f: [] };
    expect(streamed(value)).toBe(JSON.stringify(value, null, 2));
    expect(streamed(value)).toBe(
      '{\n  "b": [\n    1,\n    null,\n    {\n      "c": "中\\n\\"文\\""\n    }\n  ],\n  "e": {},\n  "f": []\n}',
    );
  });
});
