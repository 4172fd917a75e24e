import { describe, expect, it } from 'vitest';
import { type BylineWords, findByline } from '../src/nlp/rules/byline.js';
import { readSurnames } from '../src/resources/surnames.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, rawDoc } from './helpers.js';

const RANKS = new Map(readSurnames().map((s, i) => [s, i]));
const WORDS = new Set(['高低', '培训', '人才', '管理', '效益', '严正', '华夏', '高奏', '浩歌']);

/** The byline words for a line the segmenter cut as `cut` (words joined by /). */
function words(cut: string): BylineWords {
  const starts = new Set<number>();
  let at = 0;
  for (const w of cut.split('/')) {
    starts.add(at);
    at += w.length;
  }
  return { surnameRank: (s) => RANKS.get(s), isWord: (w) => WORDS.has(w), crossesWord: (i) => !starts.has(i) };
}

const names = (cut: string): string[] | null => {
  const line = cut.replaceAll('/', '');
  const b = findByline(line, words(cut));
  return b === null ? null : b.names.map(([s, e]) => line.slice(s, e));
};

describe('bylines', () => {
  it('splits names run together by the surname list, three-character names and frequent surnames first', () => {
    expect(names('杨/雪/梅/吕/游')).toEqual(['杨雪梅', '吕游']);
    expect(names('宋/启明/韩/中/朝/苗/清波')).toEqual(['宋启明', '韩中朝', '苗清波']);
    expect(names('赖/林/嵩/周/美林/范/双/民/张/振/明')).toEqual(['赖林嵩', '周美林', '范双民', '张振明']);
    expect(names('于/力/王/述/举')).toEqual(['于力', '王述举']);
    expect(names('朱峻峰')).toEqual(['朱峻峰']);
  });

  it("reads a reporter's prefix with its agency and posting, and every reporter after each prefix", () => {
    const line = '本报驻美国记者张亮';
    expect(findByline(line, words('本报/驻/美国/记者/张/亮'))).toEqual({
      names: [[7, 9]],
      agency: '本报',
      place: '美国',
    });
    expect(names('新华社/记者/蔡/晖/贾/永/新华社/通讯员/张应银/樊/增/民')).toEqual([
      '蔡晖',
      '贾永',
      '张应银',
      '樊增民',
    ]);
    expect(names('本报记者/王/行/增/王君超')).toEqual(['王行增', '王君超']);
    expect(names('本报记者/江/玉/《/中国/电力/报/》/记者/张大/和')).toEqual(['江玉', '张大和']);
  });

  it("after a prefix takes an ordinary word as a name when the split follows the segmenter's words", () => {
    expect(names('本报记者/严正/孙勇军')).toEqual(['严正', '孙勇军']);
    expect(names('严正/孙勇军')).toBeNull();
  });

  it('reads no byline in a heading, a word, a line of words or a prefix with no name', () => {
    expect(names('高奏/华夏/浩歌')).toBeNull();
    expect(names('高低')).toBeNull();
    expect(names('向/培训/要/人才/向/管理/要/效益')).toBeNull();
    expect(names('天气/趋势/分析')).toBeNull();
    expect(names('本报记者')).toBeNull();
    expect(names('（/新华社/记者/孙参/摄/）')).toBeNull();
    expect(names('外媒/称/美国/将/向/乌克兰/输送/贫铀弹药')).toBeNull();
  });
});

describe('credits closing a block', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const people = (body: string): Array<[string, string | undefined]> =>
    (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
      .filter((m) => m.type === 'person')
      .map((m) => [m.text, m.rule]);

  it('reads the names run together in brackets one by one, and a photographer without his 摄', () => {
    expect(people('第一期安居工程胜利告竣。（王西钊武平）')).toEqual([
      ['王西钊', 'credit'],
      ['武平', 'credit'],
    ]);
    expect(people('孩子们在雪地里玩耍。</p><p>（新华社记者沈桥摄）')).toEqual([['沈桥', 'credit']]);
  });

  it('splits a credit whose given name is a word (孟西安: 西安), where a line of names alone would not', () => {
    expect(people('万群众和牲畜饮水问题。（孟西安王鸣媛）')).toEqual([
      ['孟西安', 'credit'],
      ['王鸣媛', 'credit'],
    ]);
    // The line-of-names reading, 孟西 + 安祁勇, splits through 西安: the credit reading is taken instead.
    expect(people('建设中长期的需水要求。（孟西安祁勇）')).toEqual([
      ['孟西安', 'credit'],
      ['祁勇', 'credit'],
    ]);
    expect(people('参加汝寄公路通车仪式。（陈杰高山岳摄）')).toEqual([
      ['陈杰', 'credit'],
      ['高山岳', 'credit'],
    ]);
  });

  it('leaves a people’s name after a name, a Tibetan name and a bracket naming a dictionary person alone', () => {
    expect(people('代表有云照光（蒙古族）').map(([t]) => t)).toEqual(['云照光']);
    expect(people('牧民们在一起。（新华社记者索朗罗布摄）').map(([t]) => t)).toEqual(['索朗罗布']);
    expect(people('双方交换了意见。（右为江泽民）')).toEqual([['江泽民', undefined]]);
  });
});
