// Bodies under the name they had when the article was written: a former ministry (农业部, 1949–2018) is an entity of
// its own with a `successor` (农业农村部), not an alias of today's body, and CCTV is its own entity under CMG.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { article, rawDoc } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1)
    .map((m) => [m.text, m.entity]);
const dicts = loadDictionaries();
const entity = (id: string) => dicts.entities.get(id);

describe('former bodies', () => {
  it('link the name of 1998 to the ministry of that time, and today’s name to today’s', () => {
    expect(mentions('农业部副部长路明近日表示，农业部将加强对春耕的指导。')).toEqual([
      ['路明', 'person:~路明'],
      ['农业部', 'organization:ministry-of-agriculture'],
    ]);
    expect(mentions('农业部、国家计委联合发布通知。')).toEqual([
      ['农业部', 'organization:ministry-of-agriculture'],
      ['国家计委', 'organization:state-planning-commission'],
    ]);
    expect(mentions('农业农村部发布通知。')).toEqual([['农业农村部', 'organization:moa']]);
    expect(mentions('卫生部、文化部、人事部和监察部联合发文。').map(([, e]) => e)).toEqual([
      'organization:ministry-of-health',
      'organization:ministry-of-culture',
      'organization:ministry-of-personnel',
      'organization:ministry-of-supervision',
    ]);
  });

  it('leave another country’s ministry of the same name to that country (黎巴嫩公共卫生部)', () => {
    expect(mentions('黎巴嫩公共卫生部19日称。')).toEqual([['黎巴嫩公共卫生部', 'organization:~黎巴嫩卫生部']]);
    expect(mentions('苏丹卫生部19日表示。')).toEqual([['苏丹卫生部', 'organization:~苏丹卫生部']]);
    // Korea's 国土交通部 (land, infrastructure and transport) holds 交通部, China's ministry until 2008.
    expect(mentions('韩国国土交通部表示。')).toEqual([['韩国国土交通部', 'organization:~韩国国土交通部']]);
  });

  it('name their successor, which is a body the dictionaries hold', () => {
    expect(entity('organization:ministry-of-agriculture')).toMatchObject({
      successor: 'organization:moa',
      parent: 'organization:state-council',
      country: 'CN',
    });
    expect(entity('organization:state-planning-commission')?.successor).toBe('organization:ndrc');
    expect(entity('organization:nepa')?.successor).toBe('organization:sepa');
    expect(entity('organization:sepa')?.successor).toBe('organization:mee');
    expect(entity('organization:jp-okurasho')?.successor).toBe('organization:jp-mof');
    // Today's bodies keep only their own names: none of the former names is an alias of its successor.
    expect(entity('organization:moa')?.aliases).not.toContain('农业部');
    expect(entity('organization:jp-mof')?.aliases).not.toContain('大藏省');
    for (const e of dicts.entities.values())
      if (e.successor !== undefined) expect(dicts.entities.has(e.successor), e.id).toBe(true);
  });

  it('read 中央电视台 and 央视 as CCTV, under CMG, and 总台 as CMG', () => {
    expect(mentions('中央电视台播出了这部纪录片。')).toEqual([['中央电视台', 'organization:cctv']]);
    expect(mentions('总台央视记者报道。')).toEqual([
      ['总台', 'organization:cmg'],
      ['央视', 'organization:cctv'],
    ]);
    expect(entity('organization:cctv')).toMatchObject({ parent: 'organization:cmg' });
    // CCTV still exists, as CMG's television brand: it has no successor.
    expect(entity('organization:cctv')?.successor).toBeUndefined();
    expect(dicts.forms.get('CCTV')?.entity).toBe('organization:cctv');
    expect(dicts.forms.get('CMG')?.entity).toBe('organization:cmg');
  });

  it('leave 建设部署 (deploying) and the PLA’s 总政文化部 alone', () => {
    expect(mentions('国务院召开支持“两重”建设部署动员电视电话会议。')).toEqual([
      ['国务院', 'organization:state-council'],
    ]);
    expect(mentions('总政文化部和解放军报联合举办。')[0]).toEqual([
      '总政文化部',
      'organization:gpd-culture-department',
    ]);
  });
});
