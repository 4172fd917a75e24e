import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionaries, readDictionaryFile } from '../src/resources/dictionaries.js';
import { checkDictionaries } from '../src/resources/dictionary-check.js';
import { ConfigError } from '../src/core/errors.js';
import { FormTrie } from '../src/core/form-trie.js';
import { MINI_DICT } from './helpers.js';

function tempDict(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-dict-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('dictionary loading', () => {
  it('loads entries with their file-level type and indexes forms, English names and abbreviations', () => {
    const d = loadDictionaries({ builtin: MINI_DICT });
    expect(d.entities.get('country:TM')).toMatchObject({ type: 'country', name: '土库曼斯坦', layer: 'builtin' });
    expect(d.forms.get('中华人民共和国')?.entity).toBe('country:CN');
    expect(d.forms.get('Belt and Road Initiative')?.entity).toBe('initiative:bri');
    expect(d.abbreviations.get('土')).toEqual(['country:TM', 'country:TR']);
    expect(d.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('matches a form written with “” quotes with 『』 and 「」 too (People’s Daily titles, Hong Kong texts)', () => {
    const user = tempDict(
      'q.yaml',
      'source: test\ntype: organization\nentries:\n  - { id: organization:team, name: 八一飞行表演队, aliases: [空军“八一”飞行表演队] }\n',
    );
    const d = loadDictionaries({ builtin: false, user: [user] });
    for (const form of ['空军“八一”飞行表演队', '空军『八一』飞行表演队', '空军「八一」飞行表演队'])
      expect(d.forms.get(form)?.entity, form).toBe('organization:team');
    expect(d.forms.get('空军八一飞行表演队')).toBeUndefined();
  });

  it('names the file, the entry and the field of an invalid entry', () => {
    const file = tempDict(
      'bad.yaml',
      'source: test\ntype: person\nentries:\n  - id: person:a\n    name: 甲\n  - id: person:b\n    name: 乙\n    abbr: [乙乙]\n',
    );
    expect(() => readDictionaryFile(file)).toThrow(ConfigError);
    expect(() => readDictionaryFile(file)).toThrow(
      `${file}: entry 1 (id person:b), field abbr.0: an abbreviation is a single character`,
    );
  });

  it('rejects an entry without a type when the file sets none, and a duplicate id in one layer', () => {
    const noType = tempDict('t.yaml', 'source: test\nentries:\n  - { id: person:a, name: 甲 }\n');
    expect(() => loadDictionaries({ builtin: false, user: [noType] })).toThrow(
      /entry 0 \(id person:a\), field type: missing/,
    );
    const dup = tempDict(
      'd.yaml',
      'source: test\ntype: person\nentries:\n  - { id: person:a, name: 甲 }\n  - { id: person:a, name: 乙 }\n',
    );
    expect(() => loadDictionaries({ builtin: false, user: [dup] })).toThrow(/field id: duplicate id/);
  });

  it('lets a user entry with the same id override the built-in one, with an info diagnostic', () => {
    const user = tempDict(
      'u.yaml',
      'source: test\ntype: person\nentries:\n  - { id: person:wang-yi, name: 王毅, aliases: [王部长] }\n',
    );
    const d = loadDictionaries({ builtin: MINI_DICT, user: [user] });
    expect(d.entities.get('person:wang-yi')?.layer).toBe('user');
    expect(d.forms.get('王部长')?.entity).toBe('person:wang-yi');
    expect(d.diagnostics.filter((x) => x.code === 'dict-override').map((x) => x.severity)).toEqual(['info']);
  });

  it('warns when a user form clashes with another entity, and the user entry wins', () => {
    const user = tempDict(
      'u.yaml',
      'source: test\ntype: organization\nentries:\n  - { id: organization:cpc-fan-club, name: 中共 }\n',
    );
    const d = loadDictionaries({ builtin: MINI_DICT, user: [user] });
    expect(d.forms.get('中共')?.entity).toBe('organization:cpc-fan-club');
    const clash = d.diagnostics.find((x) => x.code === 'dict-form-clash');
    expect(clash?.severity).toBe('warning');
    expect(clash?.message).toContain('organization:cpc-fan-club, organization:cpc');
  });
});

describe('successor', () => {
  const body = (successor: string): string =>
    `source: test\ntype: organization\nentries:\n  - { id: organization:new, name: 新部 }\n  - { id: organization:old, name: 旧部, successor: ${successor} }\n`;

  it('keeps the former body an entity of its own, naming the one that took over', () => {
    const d = loadDictionaries({ builtin: false, user: [tempDict('s.yaml', body('organization:new'))] });
    expect(d.entities.get('organization:old')?.successor).toBe('organization:new');
    expect(d.forms.get('旧部')?.entity).toBe('organization:old');
    // A user entry may name a built-in one as its successor.
    const user = tempDict(
      'u.yaml',
      'source: test\ntype: organization\nentries:\n  - { id: organization:x, name: 某党, successor: organization:cpc }\n',
    );
    expect(loadDictionaries({ builtin: MINI_DICT, user: [user] }).entities.get('organization:x')?.successor).toBe(
      'organization:cpc',
    );
  });

  it('is a load error naming the file and the entry when no entry has the id, or it is the entry itself', () => {
    const unknown = tempDict('s.yaml', body('organization:nowhere'));
    expect(() => loadDictionaries({ builtin: false, user: [unknown] })).toThrow(ConfigError);
    expect(() => loadDictionaries({ builtin: false, user: [unknown] })).toThrow(
      `${unknown}: entry 1 (id organization:old), field successor: no entry has id organization:nowhere`,
    );
    const self = tempDict('s.yaml', body('organization:old'));
    expect(() => loadDictionaries({ builtin: false, user: [self] })).toThrow(
      /field successor: an entry cannot be its own/,
    );
    const notAnId = tempDict('s.yaml', body('nowhere'));
    expect(() => readDictionaryFile(notAnId)).toThrow(
      /entry 1 \(id organization:old\), field successor: must look like/,
    );
  });

  it('is reported by dict check as unknown-successor', () => {
    const findings = checkDictionaries({ builtin: false, user: [tempDict('s.yaml', body('organization:nowhere'))] });
    expect(findings.filter((f) => f.code === 'unknown-successor')).toMatchObject([
      {
        severity: 'error',
        entry: 'organization:old',
        field: 'successor',
        message: 'no entry has id organization:nowhere',
      },
    ]);
  });
});

describe('FormTrie', () => {
  it('finds the longest leftmost matches without overlaps', () => {
    const t = new FormTrie();
    ['中国', '中国共产党', '共产党', '产党员'].forEach((f, i) => {
      t.add(f, i);
    });
    expect(t.matchAll('中国共产党员').map((m) => [m.start, m.end, m.value])).toEqual([[0, 5, 1]]);
    expect(t.matchAll('在中国，共产党').map((m) => m.value)).toEqual([0, 2]);
  });

  it('keeps Latin forms to word boundaries', () => {
    const t = new FormTrie();
    t.add('UN', 0);
    expect(t.matchAll('UN chief; UNESCO; the UN.').map((m) => m.start)).toEqual([0, 22]);
  });

  it.each([
    ['a dictionary-sized trie', undefined],
    ['a small trie (root children in the edge table)', 3],
  ])('matches only inside the given range, and keeps the first payload of a form added twice: %s', (_, expected) => {
    const t = new FormTrie(expected);
    t.add('中国', 0);
    t.add('中国', 7);
    t.add('中国共产党', 1);
    t.add('UN', 2);
    expect(t.size).toBe(3);
    // The range ends inside 中国共产党: only 中国 fits.
    expect(t.longestAt('中国共产党', 0, 4)).toEqual({ start: 0, end: 2, value: 0 });
    expect(t.matchAll('在中国共产党', 1, 6)).toEqual([{ start: 1, end: 6, value: 1 }]);
    expect(t.longestAt('中国', 2)).toBeNull();
    expect(t.longestAt('美国', 0)).toBeNull();
    expect(t.matchAll('UN chief; UNESCO; 中国').map((m) => m.value)).toEqual([2, 0]);
  });
});
