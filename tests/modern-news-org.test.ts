// Organizations, initiatives and people by the modern-news guide, with the built-in dictionaries: when a word jieba
// also lists names a person, ships are no entity, a Chinese name before a dot is whole, and the rules for
// organizations and initiatives below.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { inPersonContext } from '../src/nlp/rules/names.js';
import type { PersonEdges } from '../src/nlp/rules/names.js';
import { spanNamesNothing } from '../src/nlp/rules/span-context.js';
import { TITLES } from '../src/nlp/rules/titles.js';
import { article, rawDoc } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1)
    .map((m) => [m.text, m.entity]);
/** The texts of one type's mentions in a paragraph. */
const ofType = (body: string, type: string): string[] =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1 && m.type === type)
    .map((m) => m.text);

/** inPersonContext for the first occurrence of `name` in `text`, with people at the given [start, end) spans. */
const context = (text: string, name: string, people: Array<[number, number]> = []): boolean => {
  const at = text.indexOf(name);
  expect(at).toBeGreaterThanOrEqual(0);
  const edges: PersonEdges = {
    startsAt: (pos) => people.some(([s]) => s === pos),
    endsAt: (pos) => people.some(([, e]) => e === pos),
  };
  return inPersonContext(text, at, at + name.length, edges);
};

describe('a word jieba lists as a name or a word', () => {
  it('names a person where the words around it say so', () => {
    expect(context('沙特外交大臣费萨尔近日在利雅得', '费萨尔')).toBe(true);
    expect(context('罗利表示，特中关系', '罗利')).toBe(true);
    expect(context('钱正英同志逝世', '钱正英')).toBe(true);
    expect(context('并将会见巴赫。', '巴赫')).toBe(true);
    expect(context('【二十大代表风采】孙金龙：要像一颗钢钉', '孙金龙')).toBe(true);
    // In a list next to another person (王永志 at 4–7).
    expect(context('一、授予王永志、王振义、李振声', '王振义', [[4, 7]])).toBe(true);
    expect(context('王晓晖　王祥喜（女）　王清宪', '王祥喜', [[0, 3]])).toBe(true);
  });

  it('names nobody elsewhere: a title another name took, a list of things, no context at all', () => {
    // 主席 belongs to 习近平 (a person ending where the title starts).
    expect(context('宣读习近平主席贺信并致辞', '贺信', [[2, 5]])).toBe(false);
    expect(context('在习近平主席英明领导下', '英明', [[1, 4]])).toBe(false);
    expect(context('主要是夏玉米、夏大豆和南方中晚稻', '夏玉米')).toBe(false);
    expect(context('冰雪马拉松等群众性体育活动', '马拉松')).toBe(false);
  });

  it('is found in the pipeline with context, and propagated to its other mentions', () => {
    expect(
      mentions('沙特外交大臣费萨尔近日在利雅得会见了代表，费萨尔呼吁恢复稳定。').filter(([t]) => t === '费萨尔'),
    ).toHaveLength(2);
    expect(ofType('乘组由航天员费俊龙组成。', 'person')).toEqual(['费俊龙']);
    expect(ofType('宣读习近平主席贺信并致辞。', 'person')).toEqual(['习近平']);
    expect(ofType('冰雪马拉松等群众性体育活动。', 'person')).toEqual([]);
  });
});

describe('ships and craft named in quotes', () => {
  it('are no entity, whether the recognizer took the quote and 号 or not', () => {
    const text = '在考察“泰坦尼克”号邮轮残骸途中';
    const at = text.indexOf('泰坦尼克');
    expect(spanNamesNothing(text, at, at + 4, 'organization')).toBe(true);
    expect(spanNamesNothing(text, at, at + 6, 'organization')).toBe(true);
    expect(spanNamesNothing('“金科·皮卡第”号货船', 1, 7, 'person')).toBe(true);
  });

  it('leave a quoted name before anything else, and 号召, alone', () => {
    expect(spanNamesNothing('“王海大队”命名仪式', 1, 3, 'person')).toBe(false);
    expect(spanNamesNothing('响应“雷锋”号召', 3, 5, 'person')).toBe(false);
  });
});

describe('people', () => {
  it('a Chinese name before a middle dot is whole (学雷锋·文明实践), a foreign given name is not', () => {
    expect(mentions('“学雷锋·文明实践我行动”主题活动今天启动。')).toContainEqual(['雷锋', 'person:lei-feng']);
    expect(mentions('哈桑·法德拉拉表示。').map(([t]) => t)).not.toContain('哈桑');
  });

  it('no built-in person has a title in his canonical name (萨勒曼, not 萨勒曼国王)', () => {
    const dir = 'dictionaries';
    const titled: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.startsWith('people'))) {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as { entries: Array<{ id: string; name: string }> };
      for (const e of data.entries)
        if (TITLES.some((t) => e.name !== t && (e.name.startsWith(t) || e.name.endsWith(t)))) titled.push(e.id);
    }
    expect(titled).toEqual([]);
    expect(mentions('我同萨勒曼国王一道。')).toContainEqual(['萨勒曼', 'person:king-salman']);
  });
});
