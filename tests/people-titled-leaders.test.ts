// Office-holders added to dictionaries/people.yaml from the recognizer's unlinked names written after their titles
// (新闻联播 2022–2024, People's Daily 1998-01): a short form several people share (`titled`) names one of them only
// right after that person's titles, and later in an article that named them so; a full name links anywhere.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { datedPeople } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));

/** The people of one article dated `date`, as [text, entity]. */
const people = (date: string, body: string): Array<[string, string | null]> => datedPeople(pipeline, date, body);

describe('titled short forms of office-holders', () => {
  it("links Qatar's prime minister after his titles and later in the article, not the prophet", () => {
    expect(
      people('2023-11-20', '卡塔尔首相兼外交大臣穆罕默德19日表示，谈判取得进展。穆罕默德说，各方仍在磋商。'),
    ).toEqual([
      ['穆罕默德', 'person:mohammed-bin-abdulrahman-al-thani'],
      ['穆罕默德', 'person:mohammed-bin-abdulrahman-al-thani'],
    ]);
    expect(people('2023-11-20', '先知穆罕默德曾说。')).not.toContainEqual([
      '穆罕默德',
      'person:mohammed-bin-abdulrahman-al-thani',
    ]);
  });

  it('tells two Pakistanis called 吉拉尼 apart by their titles (外长, 参议院主席)', () => {
    expect(people('2024-01-29', '巴基斯坦外长吉拉尼今天与到访的伊朗外长会谈。')).toContainEqual([
      '吉拉尼',
      'person:jalil-abbas-jilani',
    ]);
    expect(people('2024-10-16', '李强在伊斯兰堡会见巴基斯坦参议院主席吉拉尼。')).toContainEqual([
      '吉拉尼',
      'person:yousaf-raza-gilani',
    ]);
  });

  it("links Syria's defence minister after his title, while the bare 阿巴斯 stays the Palestinian president", () => {
    expect(people('2024-04-04', '叙利亚国防部长阿巴斯在出席仪式时表示。')).toEqual([
      ['阿巴斯', 'person:ali-mahmoud-abbas'],
    ]);
    expect(people('2023-02-13', '巴勒斯坦总统阿巴斯12日在开罗表示。阿巴斯说。')).toEqual([
      ['阿巴斯', 'person:mahmoud-abbas'],
      ['阿巴斯', 'person:mahmoud-abbas'],
    ]);
  });

  it('links none of them where no title names them (艾德莱斯丝绸, 皮佩尔科恩)', () => {
    const ids = [
      ...people('2023-10-09', '在新疆和田吉亚乡，艾德莱斯丝绸产业初具规模。'),
      ...people('2024-08-30', '世界卫生组织驻巴勒斯坦被占领土代表皮佩尔科恩29日说。'),
    ].map(([, id]) => id);
    expect(ids).not.toContain('person:espen-barth-eide');
    expect(ids).not.toContain('person:leonz-eder');
    expect(ids).not.toContain('person:eli-cohen');
  });

  it('links full names anywhere (福阿德·侯赛因, 克里斯特松)', () => {
    expect(people('2024-02-05', '福阿德·侯赛因表示，美军空袭造成了重大伤亡。')).toEqual([
      ['福阿德·侯赛因', 'person:fuad-hussein'],
    ]);
    expect(people('2023-01-09', '克里斯特松8日表示，他相信土耳其会批准。')).toEqual([
      ['克里斯特松', 'person:ulf-kristersson'],
    ]);
  });
});
