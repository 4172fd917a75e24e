import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { createResources } from '../src/resources/resources.js';
import { article, rawDoc } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'guanxi-user-'));
writeFileSync(
  join(dir, 'mine.yaml'),
  'source: test\ntype: person\nentries:\n  - { id: person:ouyang-mingxuan, name: 欧阳明轩, aliases: [欧阳部长], country: CN, roles: [{ title: 交通运输部部长, from: 2026-03 }] }\n  - { id: person:wang-yi, name: 王毅, aliases: [王外长], country: CN }\n',
);

describe('user dictionaries over the built-ins', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE), { userDictionaries: [dir] });

  it('finds a person the user added, under the name and the alias (whose title is a role, not part of the name)', () => {
    const doc = pipeline.run(rawDoc(article('交通运输部部长欧阳明轩表示，欧阳部长将出席会议。')));
    const ms = (doc.mentions ?? []).filter((m) => m.entity === 'person:ouyang-mingxuan');
    expect(ms.map((m) => [m.text, m.source])).toEqual([
      ['欧阳明轩', 'dictionary'],
      ['欧阳', 'dictionary'],
    ]);
  });

  it('overrides the built-in entry with the same id', () => {
    expect(pipeline.dictionaries.entities.get('person:wang-yi')?.layer).toBe('user');
    const doc = pipeline.run(rawDoc(article('王外长会见了来宾。')));
    expect(doc.mentions?.map((m) => m.entity)).toContain('person:wang-yi');
  });

  it('keeps user words whole in segmentation, where jieba alone splits them', () => {
    nodejieba.load();
    expect(nodejieba.cut('欧阳部长出席')).not.toContain('欧阳部长');
    createResources(loadDictionaries({ user: [dir] })).loadNodejieba(999_999);
    expect(nodejieba.cut('欧阳部长出席')).toContain('欧阳部长');
  });
});

describe('the built-in dictionaries', () => {
  const d = loadDictionaries();
  it('hold all 249 ISO 3166-1 codes with Chinese names; Taiwan, Hong Kong and Macao as places of China', () => {
    const withIso = [...d.entities.values()].filter((e) => e.iso2 !== undefined);
    expect(new Set(withIso.map((e) => e.iso2)).size).toBe(249);
    for (const e of withIso) expect(e.name).toMatch(/[\u4e00-\u9fff]/);
    for (const code of ['TW', 'HK', 'MO'])
      expect(d.entities.get(`place:${code}`)).toMatchObject({ type: 'place', country: 'CN', iso2: code });
    expect(
      [...d.entities.values()].filter((e) => e.type === 'country' && ['TW', 'HK', 'MO'].includes(e.iso2 ?? '')),
    ).toEqual([]);
  });

  it('list every candidate of an ambiguous abbreviation', () => {
    expect(d.abbreviations.get('土')).toEqual(expect.arrayContaining(['country:TR', 'country:TM']));
    expect(d.abbreviations.get('巴')).toEqual(
      expect.arrayContaining(['country:PK', 'country:BR', 'country:PS', 'country:PA']),
    );
    expect(d.abbreviations.get('中')).toEqual(['country:CN']);
  });
});
