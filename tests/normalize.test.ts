import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginal } from '../src/core/text.js';
import { sentencesOf, splitSentences } from '../src/stages/sentences.js';

describe('normalize', () => {
  it('folds full-width digits and letters to half-width and keeps a map to the original', () => {
    const text = '１９９８年ＡＰＥＣ会议';
    const n = normalizeText(text);
    expect(n.text).toBe('1998年APEC会议');
    const span = toOriginal(n, 5, 9);
    expect(text.slice(span.start, span.end)).toBe('ＡＰＥＣ');
  });

  it('folds whitespace runs to one space, keeps a line break as a newline and trims the ends', () => {
    const text = '  中国 　 外交部\n\n 发言人  ';
    const n = normalizeText(text);
    expect(n.text).toBe('中国 外交部\n发言人');
    const span = toOriginal(n, 3, 6);
    expect(text.slice(span.start, span.end)).toBe('外交部');
    const end = toOriginal(n, 7, 10);
    expect(text.slice(end.start, end.end)).toBe('发言人');
  });
});

describe('sentences', () => {
  it('splits on Chinese and Latin sentence ends and keeps closing quotes with their sentence', () => {
    const text = '他说：“我们同意。”双方签署协议！真的吗？He came. She left';
    const spans = splitSentences(text, 1000).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['他说：“我们同意。”', '双方签署协议！', '真的吗？', 'He came.', 'She left']);
  });

  it('does not split inside U.S. or decimals, and cuts a run without punctuation at the maximum length', () => {
    expect(splitSentences('U.S. officials said 3.5 percent.', 1000)).toHaveLength(1);
    expect(splitSentences('一二三四五六七', 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
  });

  it('maps sentence spans back to the block text', () => {
    const text = '第一句。 　第二句。';
    const [, second] = sentencesOf([normalizeText(text)], 1000);
    expect(second).toBeDefined();
    expect(text.slice(second?.start, second?.end)).toBe('第二句。');
  });
});

/** normalizeText as first written (one string built with String.fromCharCode): the reference of the fast version. */
function referenceNormalize(text: string): { text: string; map: number[] } {
  const FOLD = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c);
  const isSpace = (c: number): boolean =>
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029;
  const codes: number[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  let pendingNewline = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (codes.length > 0 && pendingSpace < 0) pendingSpace = i;
      if (c === 0x0a || c === 0x2028 || c === 0x2029) pendingNewline = true;
      continue;
    }
    if (pendingSpace >= 0) {
      codes.push(pendingNewline ? 0x0a : 0x20);
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    pendingNewline = false;
    codes.push(FOLD(c));
    map.push(i);
  }
  map.push(codes.length > 0 ? (map[codes.length - 1] ?? 0) + 1 : 0);
  return { text: codes.map((c) => String.fromCharCode(c)).join(''), map };
}

describe('normalizeText against its first implementation', () => {
  const unit = fc.constantFrom(
    '中',
    '国',
    'Ａ',
    '１',
    '，',
    '　',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u2028',
    '\u00a0',
    '\u200b',
    '\ufeff',
    'a',
    '😀',
    '\ud800',
    '\udc00',
    '.',
  );
  it('gives the same text and offset map for any text, short or long', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit, maxLength: 80 }), fc.string({ unit, minLength: 60, maxLength: 9000 })),
        (text) => {
          const n = normalizeText(text);
          const r = referenceNormalize(text);
          expect(n.text).toBe(r.text);
          expect([...n.map]).toEqual(r.map);
        },
      ),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
