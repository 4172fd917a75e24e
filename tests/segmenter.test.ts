import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { JiebaSegmenter, jiebaDictDir } from '../src/nlp/segmenter.js';
import { segmentStage } from '../src/stages/segment.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { miniPipeline, rawDoc, article, MINI_DICT } from './helpers.js';
import { stageContext } from './helpers.js';
import type { Doc } from '../src/schema/doc.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

/** Every non-empty line of the example articles (front matter, HTML and text alike: the segmenter must agree on all). */
function exampleLines(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(EXAMPLES, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    for (const l of readFileSync(join(EXAMPLES, f), 'utf8').split('\n')) if (l.trim() !== '') lines.push(l);
  }
  return lines;
}

/** jieba's own user dictionary (lines `word [freq] [tag]`), in the form the segmenter takes. */
function jiebaUserWords(): Array<[string, number | null]> {
  return readFileSync(join(jiebaDictDir(), 'user.dict.utf8'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const p = l.split(' ');
      return [p[0] as string, p.length === 3 ? Number.parseInt(p[1] as string, 10) : null];
    });
}

describe('the built-in jieba segmenter', () => {
  // nodejieba.load() reads jieba's user.dict.utf8 too, so the segmenter gets the same words.
  const seg = JiebaSegmenter.create({ userWords: jiebaUserWords() });
  nodejieba.load();
  const lines = exampleLines();

  it('cuts every line of the examples exactly as nodejieba.cut does (maximum-probability route only)', () => {
    expect(lines.length).toBeGreaterThan(300);
    const differing = lines.filter((l) => seg.cut(l).join('/') !== nodejieba.cut(l).join('/'));
    expect(differing).toEqual([]);
  });

  it('cuts every line exactly as nodejieba.cut(text, true) does with the HMM for unknown words', () => {
    const differing = lines.filter((l) => seg.cut(l, true).join('/') !== nodejieba.cut(l, true).join('/'));
    expect(differing).toEqual([]);
  });

  it('joins runs of single characters with the HMM only when asked', () => {
    expect(seg.cut('梅列多夫说')).toEqual(nodejieba.cut('梅列多夫说'));
    expect(seg.cut('梅列多夫说', true)).toEqual(nodejieba.cut('梅列多夫说', true));
    expect(seg.cut('梅列多夫说').length).toBeGreaterThan(seg.cut('梅列多夫说', true).length);
  });

  it('keeps ASCII letters and numbers whole under the HMM, as cppjieba does', () => {
    expect(seg.cut('增长7.9%和abc123', true)).toEqual(['增长', '7.9', '%', '和', 'abc123']);
    expect(seg.cut('增长7.9%', false)).toEqual(['增长', '7', '.', '9', '%']);
  });

  it('makes each separator (space, tab, newline, ，and 。) a word of its own', () => {
    expect(seg.cut('中国 人民，团结。')).toEqual(['中国', ' ', '人民', '，', '团结', '。']);
  });

  it('gives offsets in UTF-16 code units and never splits a surrogate pair', () => {
    const text = '𠀀𠀁中国人民';
    const s = seg.cutSpans(text);
    const spans = Array.from({ length: s.count }, (_, i) => [s.starts[i], s.ends[i]]);
    expect(spans).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
    ]);
    expect(seg.cut(text)).toEqual(nodejieba.cut(text));
  });

  it('cuts a part of a text with offsets in the whole text', () => {
    const s = seg.cutSpans('前言：中国人民', 3);
    expect([s.count, s.starts[0], s.ends[0], s.starts[1], s.ends[1]]).toEqual([2, 3, 5, 5, 7]);
  });

  it('lets a user word with a high frequency win over the lexicon, as a jieba user dictionary does', () => {
    const plain = JiebaSegmenter.create();
    expect(plain.cut('欧阳部长出席')).not.toContain('欧阳部长');
    const withWord = JiebaSegmenter.create({ userWords: [['欧阳部长', 1_000_000]] });
    expect(withWord.cut('欧阳部长出席')).toEqual(['欧阳部长', '出席']);
  });

  it("holds jieba's 349k-word lexicon and HMM in about 22 MB of typed arrays (once per thread)", () => {
    expect(seg.bytes).toBeGreaterThan(15 * 2 ** 20);
    expect(seg.bytes).toBeLessThan(32 * 2 ** 20);
  });

  it('rejects a lexicon line without a frequency, naming the line', () => {
    expect(() => JiebaSegmenter.create({ dictText: '中国 100 ns\n人民\n' })).toThrow(
      /line 2: expected "word frequency tag"/,
    );
    expect(() => JiebaSegmenter.create({ dictText: '中国 abc ns\n' })).toThrow(
      /line 1: frequency must be a positive number/,
    );
  });

  it('rejects an HMM file that is not one', () => {
    expect(() => JiebaSegmenter.create({ hmmText: '0 0 0 0\n' })).toThrow(/not a jieba HMM model/);
  });
});

describe('the segment stage', () => {
  const dicts = loadDictionaries({ builtin: MINI_DICT });
  const upTo = (doc: Doc): Doc => {
    const p = miniPipeline();
    let d = doc;
    for (const s of p.stages()) {
      if (s.name === 'segment') break;
      d = s.run(d);
    }
    return d;
  };
  const doc = upTo(rawDoc(article('外长梅列多夫会见了王毅。 欧盟 EU 代表团 ，Hello World 出席。')));

  it('gives the same tokens with the built-in segmenter as with nodejieba', () => {
    const builtin = segmentStage.create(segmentStage.options.parse({ pos: false }), stageContext(dicts)).run(doc);
    const native = segmentStage
      .create(segmentStage.options.parse({ pos: false, engine: 'nodejieba' }), stageContext(dicts))
      .run(doc);
    expect(builtin.tokens).toEqual(native.tokens);
    // Whitespace is never a token; dictionary forms (王毅 in the mini dictionary) stay whole.
    const texts = (builtin.tokens ?? []).map((t) =>
      doc.norm?.[doc.sentences?.[t.sentence]?.block ?? 0]?.text.slice(t.start, t.end),
    );
    expect(texts).toContain('王毅');
    expect(texts.some((t) => t?.trim() === '')).toBe(false);
  });

  it('fails on a document without sentences (a programmer error: the stage order is wrong)', () => {
    const stage = segmentStage.create(segmentStage.options.parse({ pos: false }), stageContext(dicts));
    expect(() => stage.run(rawDoc(article('中国')))).toThrow(/needs the sentences stage/);
  });

  it('rejects an unknown engine when the options are read', () => {
    expect(segmentStage.options.safeParse({ engine: 'hanlp' }).success).toBe(false);
  });
});

describe("jieba's lexicon as the rules query it (from the segmenter's trie)", () => {
  it('gives the tag and frequency of lexicon words, and nothing for user words', () => {
    const seg = JiebaSegmenter.create({ userWords: [['欧阳部长', 1_000_000]] });
    expect(seg.lexiconEntry('土地')).toEqual({ tag: 'n', freq: 11240 });
    expect(seg.lexiconEntry('贺信')).toEqual({ tag: 'nr', freq: 58 });
    expect(seg.lexiconEntry('欧阳部长')).toBeUndefined();
    expect(seg.lexiconEntry('欧阳')).toBeDefined();
    expect(seg.lexiconEntry('')).toBeUndefined();
  });

  it('answers the three word lists the rules use', async () => {
    const {
      jiebaCommonWords,
      jiebaNameWords,
      jiebaTwoCharWords: twoChar,
    } = await import('../src/resources/lexicon.js');
    const lex = JiebaSegmenter.create();
    const jiebaTwoCharWords = () => twoChar(lex);
    // 参加 is an ordinary two-character word (加 in 参加 is no Ghana); 中国人民 has four characters.
    expect(jiebaTwoCharWords().has('参加')).toBe(true);
    expect(jiebaTwoCharWords().has('中国人民')).toBe(false);
    // 土地 is a common noun; jieba lists 两国 and 贺信 with name tags (ns, nr), so they are "name words".
    expect(jiebaCommonWords(lex).has('土地')).toBe(true);
    expect(jiebaCommonWords(lex).has('两国')).toBe(false);
    expect(jiebaNameWords(lex).get('两国')?.tag).toBe('ns');
    expect(jiebaNameWords(lex).get('贺信')).toEqual({ tag: 'nr', freq: 58 });
    expect(jiebaNameWords(lex).get('土地')).toBeUndefined();
  });
});
