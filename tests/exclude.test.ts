import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDictionaries } from '../src/resources/dictionary-check.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, MINI_DICT, rawDoc } from './helpers.js';

/** A folder with one dictionary file of the given YAML text. */
function dictDir(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-exclude-'));
  writeFileSync(join(dir, 'mine.yaml'), yaml);
  return dir;
}

const mentionsOf = (user: string[], body: string) =>
  createPipeline(readPipelineFile(DEFAULT_PIPELINE), { builtinDictionaries: MINI_DICT, userDictionaries: user })
    .run(rawDoc(article(body)))
    .mentions?.map((m) => [m.text, m.entity, m.source]) ?? [];

describe('excluded forms (exclude: in a dictionary file)', () => {
  const body = '土副总理兼外长梅列多夫出席。梅列多夫表示欢迎。中华人民共和国发表声明。';

  it('keeps every name when nothing is excluded (the baseline of the cases below)', () => {
    const ms = mentionsOf([], body);
    expect(ms.filter((m) => m[0] === '梅列多夫')).toEqual([
      ['梅列多夫', 'person:~梅列多夫', 'model'],
      ['梅列多夫', 'person:~梅列多夫', 'model'],
    ]);
    expect(ms).toContainEqual(['中华人民共和国', 'country:CN', 'dictionary']);
  });

  it('silences a name the recognizer finds, every mention of it', () => {
    const ms = mentionsOf([dictDir('source: test\nexclude: [梅列多夫]\n')], body);
    expect(ms.filter((m) => m[0] === '梅列多夫')).toEqual([]);
    // The rest of the article is untouched.
    expect(ms).toContainEqual(['中华人民共和国', 'country:CN', 'dictionary']);
  });

  it('lets a user file silence a built-in alias, while the canonical name still matches', () => {
    const ms = mentionsOf([dictDir('source: test\nexclude: [中华人民共和国]\n')], `${body}中国支持。`);
    expect(ms.filter((m) => m[0] === '中华人民共和国')).toEqual([]);
    expect(ms).toContainEqual(['中国', 'country:CN', 'dictionary']);
  });

  it("never lets a built-in exclusion hide the user's own entry", () => {
    const builtin = dictDir('source: test\nexclude: [欧阳明轩]\n');
    const user = dictDir('source: test\ntype: person\nentries:\n  - { id: person:ouyang, name: 欧阳明轩 }\n');
    const ms = createPipeline(readPipelineFile(DEFAULT_PIPELINE), {
      builtinDictionaries: builtin,
      userDictionaries: [user],
    })
      .run(rawDoc(article('欧阳明轩出席会议。')))
      .mentions?.map((m) => m.entity);
    expect(ms).toEqual(['person:ouyang']);
  });

  it('matches exact texts only: a longer name containing an excluded text is kept', () => {
    const ms = mentionsOf([dictDir('source: test\nexclude: [中华]\n')], body);
    expect(ms).toContainEqual(['中华人民共和国', 'country:CN', 'dictionary']);
  });

  it('changes the dictionary hash (so cached article reports are made again)', () => {
    const a = loadDictionaries({ builtin: MINI_DICT });
    const b = loadDictionaries({ builtin: MINI_DICT, user: [dictDir('source: test\nexclude: [梅列多夫]\n')] });
    expect(b.hash).not.toBe(a.hash);
    expect([...b.excluded]).toEqual([['梅列多夫', 'user']]);
  });

  it('rejects an empty excluded form when the dictionary is loaded', () => {
    expect(() => loadDictionaries({ builtin: MINI_DICT, user: [dictDir("source: test\nexclude: ['']\n")] })).toThrow(
      /exclude/,
    );
  });

  it('is reported by dict check when it silences a form an entry of the same layer claims', () => {
    const findings = checkDictionaries({
      builtin: MINI_DICT,
      user: [
        dictDir(
          'source: test\nexclude: [中华人民共和国, 没有的词]\nentries:\n  - { id: person:zhang, type: person, name: 张三 }\n',
        ),
      ],
    });
    const ex = findings.filter((f) => f.code === 'excluded-form');
    expect(ex.map((f) => [f.severity, f.field, f.message])).toEqual([
      ['info', 'exclude.0', 'form "中华人民共和国" of country:CN is excluded, so that entity is never found under it'],
    ]);
    const same = checkDictionaries({
      builtin: dictDir('source: test\nexclude: [张三]\nentries:\n  - { id: person:zhang, type: person, name: 张三 }\n'),
      user: [],
    });
    expect(same.filter((f) => f.code === 'excluded-form').map((f) => f.severity)).toEqual(['warning']);
  });

  it('ships built-in exclusions that the built-in dictionaries load and check cleanly', () => {
    const dicts = loadDictionaries();
    expect(dicts.excluded.get('太阳')).toBe('builtin');
    expect(dicts.excluded.get('海马斯')).toBe('builtin');
    expect(checkDictionaries().filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
