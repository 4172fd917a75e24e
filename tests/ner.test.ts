// The trained recognizer: gold readers, the scorer, the model's save/load round trip and training determinism,
// the `guanxi ner` output, and names no dictionary knows found by the model in a whole article.
import { viewReport } from '../src/schema/report-view.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { readBio, readCluener, readMsra, readPfr, readSighan, spansFromTags } from '../src/nlp/ner/gold.js';
import { scoreNer, scoreSeg } from '../src/nlp/ner/score.js';
import {
  NO_GAZETTEER,
  NerModel,
  TAG_COUNT,
  TEMPLATE_COUNT,
  WordTable,
  charTables,
  trieGazetteer,
} from '../src/nlp/ner/model.js';
import { FormTrie } from '../src/core/form-trie.js';
import { DEFAULT_MODEL_PATH, defaultCharTables, loadNerModel } from '../src/resources/model.js';
import { combine, createRecognizer } from '../src/article/recognizer.js';
import { conventionOf, nerInput, nerLine } from '../src/evaluate/ner.js';
import { quantize, tagsOfSpans, trainPerceptron } from '../src/nlp/ner/train.js';
import { rawDoc } from './helpers.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/gold/${name}`, import.meta.url)), 'utf8');
const brief = (spans: Array<{ start: number; end: number; type: string; text: string }>): string[] =>
  spans.map((s) => `${s.type}:${s.text}@${s.start}`);

describe('gold readers', () => {
  it('reads MSRA word/tag lines into text and spans', () => {
    const r = readMsra(fixture('mini.msra'));
    expect(r.problems).toEqual([]);
    expect(r.sentences[0]?.text).toBe('中共中央致中国致公党十一大的贺词');
    expect(brief(r.sentences[0]?.spans ?? [])).toEqual(['ORG:中共中央@0', 'ORG:中国致公党十一大@5']);
    expect(brief(r.sentences[1]?.spans ?? [])).toEqual(['PER:王毅@0', 'PER:布林肯@4']);
  });

  it('reports an MSRA token without a known tag as a problem and skips the line', () => {
    const r = readMsra('王毅/nr 会见/xx\n北京/ns\n');
    expect(r.problems).toEqual([{ line: 1, message: 'token "会见/xx" is not word/tag with tag nr, ns, nt or o' }]);
    expect(r.sentences.map((s) => s.text)).toEqual(['北京']);
  });

  it('reads BIO with a blank line between sentences', () => {
    const r = readBio(fixture('mini.bio'));
    expect(r.sentences.map((s) => s.text)).toEqual(['王毅在北京', '新华社电']);
    expect(brief(r.sentences[0]?.spans ?? [])).toEqual(['PER:王毅@0', 'LOC:北京@3']);
    expect(brief(r.sentences[1]?.spans ?? [])).toEqual(['ORG:新华社@0']);
  });

  it('reads BIOES tags and treats an I- without B- as a start', () => {
    expect(brief(spansFromTags('王毅到京', ['B-PER', 'E-PER', 'O', 'S-LOC']))).toEqual(['PER:王毅@0', 'LOC:京@3']);
    expect(brief(spansFromTags('在北京', ['O', 'I-LOC', 'I-LOC']))).toEqual(['LOC:北京@1']);
  });

  it('reads PFR: split names joined, [..]nt and [..]ns compounds whole, ns inside other compounds kept', () => {
    const r = readPfr(fixture('mini.pfr'));
    expect(r.problems).toEqual([]);
    expect(r.sentences[0]?.id).toBe('19980101-01-001-002');
    expect(brief(r.sentences[0]?.spans ?? [])).toEqual(['ORG:中共中央@0', 'PER:江泽民@12']);
    expect(brief(r.sentences[1]?.spans ?? [])).toEqual([
      'ORG:中共中央顾问委员会@1',
      'LOC:中国@12',
      'PER:兰红光@24',
      'LOC:香港特别行政区@27',
    ]);
  });

  it('reads CLUENER: inclusive ends, government and company as ORG, other labels ignored', () => {
    const r = readCluener(fixture('mini.cluener'));
    expect(brief(r.sentences[0]?.spans ?? [])).toEqual(['ORG:浙商银行@0', 'PER:叶老桂@9']);
    expect(brief(r.sentences[1]?.spans ?? [])).toEqual(['LOC:北京市海淀区@0', 'ORG:国务院办公厅@7']);
    expect(readCluener('{"text": 1}\nnot json\n').problems.map((p) => p.line)).toEqual([1, 2]);
  });

  it('reads SIGHAN gold as word lists', () => {
    expect(readSighan(fixture('mini_test_gold.utf8'))).toEqual([
      ['我们', '在', '北京'],
      ['今天', '天气', '好'],
    ]);
  });
});

describe('scorer', () => {
  it('counts only exact spans: P = 1/3, R = 1/2, F1 = 0.4', () => {
    const gold = [
      [
        { start: 0, end: 2, type: 'PER' as const, text: '王毅' },
        { start: 3, end: 5, type: 'LOC' as const, text: '北京' },
      ],
    ];
    const pred = [
      [
        { start: 0, end: 2, type: 'PER' as const, text: '王毅' },
        { start: 3, end: 4, type: 'LOC' as const, text: '北' },
        { start: 6, end: 8, type: 'ORG' as const, text: '外交' },
      ],
    ];
    const s = scoreNer(gold, pred);
    expect(s.micro).toMatchObject({ gold: 2, predicted: 3, correct: 1 });
    expect(s.micro.precision).toBeCloseTo(1 / 3, 10);
    expect(s.micro.recall).toBeCloseTo(0.5, 10);
    expect(s.micro.f1).toBeCloseTo(0.4, 10);
    expect(s.types.PER).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(s.types.LOC).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
    expect(s.types.ORG).toMatchObject({ gold: 0, predicted: 1, precision: 0, recall: 0 });
  });

  it('gives a wrong type no credit and counts a repeated prediction once', () => {
    const gold = [[{ start: 0, end: 2, type: 'PER' as const, text: '华盛' }]];
    const pred = [
      [
        { start: 0, end: 2, type: 'LOC' as const, text: '华盛' },
        { start: 0, end: 2, type: 'LOC' as const, text: '华盛' },
      ],
    ];
    expect(scoreNer(gold, pred).micro).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
  });

  it('scores segmentation by word edges with OOV recall', () => {
    const s = scoreSeg([['我们', '在', '北京']], [['我们', '在北', '京']], new Set(['我们', '在']));
    expect(s).toMatchObject({ gold: 3, predicted: 3, correct: 1, oovGold: 1, oovCorrect: 0, oovRecall: 0 });
    expect(s.f1).toBeCloseTo(1 / 3, 10);
    expect(() => scoreSeg([['我们']], [['你们']])).toThrow(/differs from the gold text/);
  });
});

describe('model', () => {
  const sentences = [...readMsra(fixture('mini.msra')).sentences, ...readBio(fixture('mini.bio')).sentences];
  const data = sentences.map((s) => ({ text: s.text, tags: tagsOfSpans(s) }));
  const tables = {
    ...charTables(['王', '李', '张']),
    words: WordTable.build([
      ['北京', 2],
      ['会见', 4],
    ]),
  };
  const train = (): NerModel => {
    const { weights, trans } = trainPerceptron(data, tables, NO_GAZETTEER, { hashBits: 12, epochs: 5, seed: 7 });
    const q = quantize(weights);
    return new NerModel(
      {
        format: 'guanxi-ner',
        version: 1,
        hashBits: 12,
        templates: TEMPLATE_COUNT,
        tags: TAG_COUNT,
        scale: q.scale,
        temperature: 1,
        bias: 0,
        trainedOn: ['fixture'],
        epochs: 5,
        seed: 7,
        gazetteer: false,
        heldOut: {},
      },
      q.ints,
      trans,
      tables,
      NO_GAZETTEER,
    );
  };

  it('learns its training sentences', () => {
    const m = train();
    expect(brief(m.spans('王毅在北京'))).toEqual(['PER:王毅@0', 'LOC:北京@3']);
  });

  it('trains deterministically for a seed', () => {
    expect(train().toBytes().equals(train().toBytes())).toBe(true);
  });

  it('gives identical output after a save/load round trip', () => {
    const m = train();
    const bytes = m.toBytes();
    const back = NerModel.fromBytes(bytes, charTables(['王', '李', '张']), NO_GAZETTEER, 'round-trip');
    for (const s of [...sentences.map((x) => x.text), '李强在北京会见王毅', ''])
      expect(back.spans(s)).toEqual(m.spans(s));
    expect(back.toBytes().equals(bytes)).toBe(true);
  });

  it('refuses bytes that are not a model, naming the source', () => {
    expect(() => NerModel.fromBytes(Buffer.from('hello\n'), defaultCharTables(), NO_GAZETTEER, 'x.bin')).toThrow(
      /x\.bin: not a guanxi NER model/,
    );
    const bytes = train().toBytes();
    expect(() =>
      NerModel.fromBytes(bytes.subarray(0, bytes.length - 10), defaultCharTables(), NO_GAZETTEER, 'cut.bin'),
    ).toThrow(/cut\.bin: model body/);
  });
});

describe('the shipped model', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const model = loadNerModel(pipeline.dictionaries);

  it('is compact and says how it was trained', () => {
    expect(readFileSync(DEFAULT_MODEL_PATH).length).toBeLessThan(25_000_000);
    expect(model.info.trainedOn.length).toBeGreaterThan(0);
    expect(model.info.heldOut).toHaveProperty('msra');
  });

  it('finds people, places and organizations no dictionary lists, with calibrated confidences', () => {
    const spans = model.spans('新任财政部长钱卓远今天在北京会见了格鲁吉亚总理科巴希泽。');
    expect(brief(spans)).toEqual(['ORG:财政部@2', 'PER:钱卓远@6', 'LOC:北京@12', 'LOC:格鲁吉亚@17', 'PER:科巴希泽@23']);
    for (const s of spans) expect(s.confidence).toBeGreaterThan(0.5);
  });

  it('never puts whitespace inside a name (names listed with spaces between them)', () => {
    const spans = model.spans('出席会议的有刘洋　刘伟 张三等。');
    expect(spans.some((sp) => /\s|\u3000/.test(sp.text))).toBe(false);
    expect(brief(spans)).toContain('PER:刘洋@6');
    expect(brief(spans)).toContain('PER:刘伟@9');
  });

  it("follows a training corpus's conventions on request: PFR leaves 中 and 美 of 中美 untagged, MSRA tags them", () => {
    const text = '中美双方就广泛的问题交换了意见。';
    expect(model.info.conventions).toEqual(['msra', 'pfr', 'cluener']);
    expect(brief(model.spans(text))).toEqual(['LOC:中@0', 'LOC:美@1']);
    expect(brief(model.spans(text, 1))).toEqual([]);
    expect(conventionOf('pfr')).toBe('pfr');
    expect(conventionOf('bio')).toBe('msra');
    expect(conventionOf('text')).toBe('msra');
  });

  it('finds no names inside a dictionary initiative (金山 and 银山 of 绿水青山就是金山银山)', () => {
    const r = createRecognizer(pipeline);
    expect(r.recognize('坚持绿水青山就是金山银山的理念。')).toEqual([]);
    expect(brief(r.recognize('王毅会见布林肯。'))).toEqual(['PER:王毅@0', 'PER:布林肯@4']);
  });

  it('finds an invented minister in a whole article as a person from the model, counted as one entity', () => {
    const doc = pipeline.run(
      rawDoc(readFileSync(fileURLToPath(new URL('./fixtures/invented-minister.md', import.meta.url)), 'utf8')),
    );
    const person = doc.report && viewReport(doc.report).entities.find((e) => e.id === 'person:~钱卓远');
    expect(person).toMatchObject({ type: 'person', name: '钱卓远', source: 'model' });
    expect(person?.count).toBe(4);
    const first = doc.mentions?.find((m) => m.entity === 'person:~钱卓远');
    expect(first?.source).toBe('model');
    expect(first?.confidence).toBeGreaterThan(0.5);
    // Dictionary matches keep their canonical ids.
    expect(doc.report?.entities.some((e) => e.id === 'country:FR')).toBe(true);
  });
});

describe('recognizer output', () => {
  it('lets the model decide where spans overlap and fills its gaps with dictionary and rule spans', () => {
    const p = [
      {
        start: 0,
        end: 2,
        type: 'LOC' as const,
        text: '中国',
        source: 'dictionary' as const,
        entity: 'country:CN',
        confidence: 1,
      },
      {
        start: 10,
        end: 13,
        type: 'LOC' as const,
        text: '华盛顿',
        source: 'dictionary' as const,
        entity: 'place:washington-dc',
        confidence: 1,
      },
    ];
    const m = [
      { start: 0, end: 5, type: 'ORG' as const, text: '中国致公党', confidence: 0.9 },
      { start: 10, end: 13, type: 'PER' as const, text: '华盛顿', confidence: 0.7 },
      { start: 20, end: 21, type: 'PER' as const, text: '郭', confidence: 0.8 },
    ];
    const gap = {
      start: 30,
      end: 33,
      type: 'ORG' as const,
      text: '外交部',
      source: 'dictionary' as const,
      entity: 'organization:mfa',
      confidence: 1,
    };
    expect(combine([...p, gap], m).map((s) => `${s.type}:${s.text}:${s.source}`)).toEqual([
      'ORG:中国致公党:model',
      'PER:华盛顿:model',
      'PER:郭:model',
      'ORG:外交部:dictionary',
    ]);
  });

  it('reads text input line by line and writes one JSON object per sentence', () => {
    expect(nerInput('text', '甲\n\n乙\n').sentences).toEqual(['甲', '', '乙']);
    expect(nerInput('msra', fixture('mini.msra')).sentences[1]).toBe('王毅会见布林肯。');
    expect(nerLine([{ start: 0, end: 2, type: 'PER', text: '王毅' }])).toBe(
      '{"entities":[{"start":0,"end":2,"type":"PER","text":"王毅"}]}',
    );
  });

  it('`guanxi ner` prints one JSON line per input line, offsets in UTF-16 units', () => {
    const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'ner'], {
      input: '王毅在北京会见布林肯。\n\n𠀀钱卓远部长说\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { entities: Array<{ start: number; end: number; type: string; text: string }> });
    expect(lines).toHaveLength(3);
    expect(lines[0]?.entities).toEqual([
      { start: 0, end: 2, type: 'PER', text: '王毅' },
      { start: 3, end: 5, type: 'LOC', text: '北京' },
      { start: 7, end: 10, type: 'PER', text: '布林肯' },
    ]);
    expect(lines[1]?.entities).toEqual([]);
    // 𠀀 is two UTF-16 units, so the name starts at 2.
    expect(lines[2]?.entities).toContainEqual({ start: 2, end: 5, type: 'PER', text: '钱卓远' });
  });

  it('`guanxi eval ner --json` scores a gold file', () => {
    const r = spawnSync(
      'node_modules/.bin/tsx',
      [
        'src/cli/main.ts',
        'eval',
        'ner',
        '--format',
        'msra',
        '--gold',
        fileURLToPath(new URL('./fixtures/gold/mini.msra', import.meta.url)),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      score: { micro: { gold: number }; sentences: number };
      charsPerSecond: number;
    };
    expect(out.score.sentences).toBe(2);
    expect(out.score.micro.gold).toBe(4);
    expect(out.charsPerSecond).toBeGreaterThan(0);
  });

  it('`guanxi eval seg --json` scores segmentation with OOV recall from the word list beside the gold', () => {
    const r = spawnSync(
      'node_modules/.bin/tsx',
      [
        'src/cli/main.ts',
        'eval',
        'seg',
        '--gold',
        fileURLToPath(new URL('./fixtures/gold/mini_test_gold.utf8', import.meta.url)),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      vocabulary: string;
      score: { gold: number; correct: number; f1: number; oovGold: number; oovCorrect: number };
    };
    expect(out.vocabulary).toMatch(/mini_training_words\.utf8$/);
    // Gold 我们|在|北京 and 今天|天气|好; jieba gives 我们|在|北京 and 今天天气|好: 4 of 5 predicted words right,
    // 4 of 6 gold found, F1 = 2·(4/5)·(4/6)/(4/5 + 4/6) = 8/11; OOV (not in 我们, 在): 北京 今天 天气 好, 2 found.
    expect(out.score).toMatchObject({ gold: 6, predicted: 5, correct: 4, oovGold: 4, oovCorrect: 2 });
    expect(out.score.f1).toBeCloseTo(8 / 11, 10);
  });

  it('`guanxi eval ner` without a gold file is a usage error', () => {
    const r = spawnSync(
      'node_modules/.bin/tsx',
      ['src/cli/main.ts', 'eval', 'ner', '--format', 'msra', '--gold', 'nope.txt'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('gold file nope.txt does not exist');
  });
});

describe('decoder', () => {
  it('the specialised Viterbi picks the same tags as an exhaustive Viterbi over all allowed BIOES bigrams', async () => {
    const { internals, Scratch, ALLOWED } = await import('../src/nlp/ner/model.js');
    const { prng } = await import('../src/nlp/ner/train.js');
    const rand = prng(99);
    const T = internals.T;
    // Reference: every allowed (previous, current) pair scored, first best predecessor kept.
    const reference = (n: number, emit: Int32Array, trans: Float64Array, s: InstanceType<typeof Scratch>): void => {
      let prev = s.scoreA;
      let cur = s.scoreB;
      for (let t = 0; t < T; t++)
        prev[t] = ALLOWED[T * T + t] === 1 ? (emit[t] as number) + (trans[T * T + t] as number) : -1e300;
      for (let i = 1; i < n; i++) {
        for (let t = 0; t < T; t++) {
          let best = -1e300;
          let arg = 0;
          for (let p = 0; p < T; p++) {
            if (ALLOWED[p * T + t] !== 1) continue;
            const v = (prev[p] as number) + (trans[p * T + t] as number);
            if (v > best) {
              best = v;
              arg = p;
            }
          }
          cur[t] = best + (emit[i * T + t] as number);
          s.back[i * T + t] = arg;
        }
        [prev, cur] = [cur, prev];
      }
      internals.backtrack(n, prev, s);
    };
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rand() * 30);
      const emit = Int32Array.from({ length: n * T }, () => Math.floor(rand() * 2000) - 1000);
      const trans = Float64Array.from({ length: (T + 1) * T }, () => Math.floor(rand() * 600) - 300);
      const a = new Scratch();
      const b = new Scratch();
      a.ensure(n);
      b.ensure(n);
      reference(n, emit, trans, a);
      internals.viterbiFast(n, emit, trans, internals.packTransitions(trans), b);
      expect([...b.tags.subarray(0, n)]).toEqual([...a.tags.subarray(0, n)]);
      // Every chosen bigram is allowed under BIOES.
      for (let i = 0; i < n; i++)
        expect(ALLOWED[(i === 0 ? T : (a.tags[i - 1] as number)) * T + (a.tags[i] as number)]).toBe(1);
    }
  });
});

describe('the dictionary gazetteer and entries that are no hint', () => {
  it('labels nothing under a hidden form and lets the shorter forms inside it count', () => {
    const trie = new FormTrie();
    trie.add('黄淮海', 0);
    trie.add('淮海', 1);
    const labels = new Uint8Array(3);
    trieGazetteer(trie, () => 'place').label('黄淮海', labels);
    expect([...labels].every((l) => l > 0)).toBe(true);
    // Hidden: 黄淮海 is not there, 淮海 is.
    trieGazetteer(trie, (v) => (v === 0 ? null : 'place')).label('黄淮海', labels);
    expect(labels[0]).toBe(0);
    expect(labels[1]).toBeGreaterThan(0);
    expect(labels[2]).toBeGreaterThan(0);
    // undefined labels nothing and still takes the span (a qualified form).
    trieGazetteer(trie, (v) => (v === 0 ? undefined : 'place')).label('黄淮海', labels);
    expect([...labels]).toEqual([0, 0, 0]);
  });

  it("keeps 江淮 (hint: false) from the model, which writes MSRA's 江 + 淮, while the dictionary finds it", () => {
    const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
    expect(pipeline.dictionaries.entities.get('place:jiang-huai')?.hint).toBe(false);
    const spans = createRecognizer(pipeline)
      .recognize('汉水流域、江淮西部、江南、华南将有小到中雨。')
      .map((s) => s.text);
    expect(spans).toContain('江');
    expect(spans).toContain('淮');
    const places = (pipeline.run(rawDoc('---\ntitle: t\n---\n\n江淮、黄淮将有小到中雨。\n')).mentions ?? [])
      .filter((m) => m.type === 'place')
      .map((m) => [m.text, m.entity]);
    expect(places).toEqual([
      ['江淮', 'place:jiang-huai'],
      ['黄淮', 'place:huang-huai'],
    ]);
  });
});
