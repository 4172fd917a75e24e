import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginal } from '../src/stages/normalize.js';
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
    expect(splitSentences('一二三四五六七', 3)).toEqual([[0, 3], [3, 6], [6, 7]]);
  });

  it('maps sentence spans back to the block text', () => {
    const text = '第一句。 　第二句。';
    const [, second] = sentencesOf([normalizeText(text)], 1000);
    expect(second).toBeDefined();
    expect(text.slice(second?.start, second?.end)).toBe('第二句。');
  });
});
