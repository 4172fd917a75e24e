import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDictionaries, formatFinding } from '../src/resources/dictionary-check.js';
import { DictFile } from '../src/schema/dictionary.js';
import { MINI_DICT } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BROKEN = fileURLToPath(new URL('./fixtures/dict-broken/broken.yaml', import.meta.url));
const guanxi = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('guanxi dict check', () => {
  it('is clean (no errors, no warnings) on the built-in dictionaries', () => {
    const findings = checkDictionaries();
    expect(findings.filter((f) => f.severity !== 'info').map(formatFinding)).toEqual([]);
  });

  it('fails on a broken dictionary with a message naming file, entry and field', () => {
    const lines = checkDictionaries({ builtin: MINI_DICT, user: [BROKEN] })
      .filter((f) => f.severity !== 'info')
      .map(formatFinding);
    expect(lines).toEqual([
      `error ${BROKEN}: entry 3 (id person:bad-role), field roles.0.from: must be YYYY, YYYY-MM or YYYY-MM-DD [schema]`,
    ]);
    // Once the schema error is fixed, the linter sees the rest.
    const dir = mkdtempSync(join(tmpdir(), 'guanxi-check-'));
    const fixed = join(dir, 'fixed.yaml');
    writeFileSync(
      fixed,
      YAML.stringify({
        source: 'test',
        type: 'person',
        entries: [
          { id: 'person:padded', name: ' 张三 ', country: 'XQ' },
          { id: 'person:padded', name: '李四' },
          { id: 'person:x', name: '中国', abbr: ['中'] },
          { id: 'initiative:corridor', type: 'initiative', name: '中乙走廊', partners: ['XR'] },
        ],
      }),
    );
    expect(
      checkDictionaries({ builtin: MINI_DICT, user: [fixed] })
        .filter((f) => f.severity !== 'info')
        .map(formatFinding),
    ).toEqual([
      `error ${fixed}: entry 1 (id person:padded), field id: duplicate id, already defined in ${fixed} [duplicate-id]`,
      `error ${fixed}: entry person:padded, field country: no dictionary entry has iso2 XQ [unknown-country]`,
      `error ${fixed}: entry initiative:corridor, field partners.0: no dictionary entry has iso2 XR [unknown-country]`,
      `warning ${fixed}: entry 0 (id person:padded), field name: form " 张三 " has leading or trailing whitespace [padded-form]`,
      `warning ${fixed}: entry 2 (id person:x), field abbr: abbreviations are only used for countries, unions of countries and places [abbr-not-country]`,
      `warning ${fixed}: entry person:x: form "中国" is claimed by person:x, country:CN; person:x wins (user over built-in, then priority, then canonical name over alias, then load order) [form-clash]`,
    ]);
  });

  it('exits 1 on errors and 0 when clean', () => {
    expect(guanxi('dict', 'check', '--no-builtin', '--dict', BROKEN).status).toBe(1);
    const ok = guanxi('dict', 'check', '--no-builtin', '--dict', MINI_DICT);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('0 errors, 0 warnings');
  });
});

describe('guanxi dict suggest', () => {
  it('lists names in no dictionary from a finished run as valid dictionary YAML with counts and examples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guanxi-suggest-'));
    const out = join(dir, 'out');
    writeFileSync(
      join(dir, 'a.md'),
      '---\ntitle: 甲\n---\n<p>外交部长卡洛斯·门德斯今天抵达。卡洛斯·门德斯表示满意。</p>\n',
    );
    writeFileSync(join(dir, 'b.md'), '---\ntitle: 乙\n---\n<p>外交部长卡洛斯·门德斯会见记者。</p>\n');
    expect(guanxi('run', dir, '--out', out).status).toBe(0);
    const r = guanxi('dict', 'suggest', out, '--min-count', '2', '--type', 'person');
    expect(r.status).toBe(0);
    const parsed = DictFile.parse(YAML.parse(r.stdout));
    expect(parsed.entries.map((e) => [e.id, e.type, e.name])).toEqual([
      ['person:卡洛斯·门德斯', 'person', '卡洛斯·门德斯'],
    ]);
    expect(parsed.entries[0]?.roles).toEqual([{ title: '外交部长' }]);
    expect(r.stdout).toContain('# 3 mentions in 2 articles');
    expect(r.stdout).toContain('# e.g. 外交部长卡洛斯·门德斯今天抵达。');
  });
});
