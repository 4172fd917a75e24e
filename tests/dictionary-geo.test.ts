import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDictionaries } from '../src/resources/dictionary-check.js';
import { pointInCountry } from '../src/resources/country-bounds.js';
import { BUILTIN_DICT_DIR, dictionaryFiles, readDictionaryFile } from '../src/resources/dictionaries.js';
import { DictEntry, type DictEntryT } from '../src/schema/dictionary.js';
import { MINI_DICT } from './helpers.js';

/** Great-circle distance in km (haversine). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const builtin = new Map<string, DictEntryT & { type: string }>();
for (const file of dictionaryFiles(BUILTIN_DICT_DIR)) {
  const dict = readDictionaryFile(file);
  for (const e of dict.entries) builtin.set(e.id, { ...e, type: e.type ?? dict.type ?? '' });
}

describe('dictionary coordinates: schema', () => {
  const base = { id: 'place:x', name: '某地' };
  it('accepts a point with or without a GeoNames id', () => {
    expect(DictEntry.safeParse({ ...base, lat: 39.9, lon: 116.4 }).success).toBe(true);
    expect(DictEntry.safeParse({ ...base, lat: -33.9, lon: 151.2, geonames: 2147714 }).success).toBe(true);
  });
  it('rejects lat without lon and lon without lat, naming the missing field', () => {
    const noLon = DictEntry.safeParse({ ...base, lat: 39.9 });
    expect(noLon.success).toBe(false);
    expect(noLon.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['lon', 'lon is missing: lat and lon must be given together'],
    ]);
    const noLat = DictEntry.safeParse({ ...base, lon: 116.4 });
    expect(noLat.error?.issues.map((i) => i.path.join('.'))).toEqual(['lat']);
  });
  it('accepts a former country with its ISO 3166-3 code and years, but never with an iso2 too', () => {
    const ussr = {
      id: 'country:SUHH',
      name: '苏联',
      historical: { code: 'SUHH', formerIso2: 'SU', from: '1922', to: '1991' },
    };
    expect(DictEntry.safeParse(ussr).success).toBe(true);
    const both = DictEntry.safeParse({ ...ussr, iso2: 'SU' });
    expect(both.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['iso2', 'a historical country has no iso2: its former code goes in historical.formerIso2'],
    ]);
    const short = DictEntry.safeParse({ ...ussr, historical: { ...ussr.historical, code: 'SU' } });
    expect(short.error?.issues.map((i) => i.path.join('.'))).toEqual(['historical.code']);
    expect(DictEntry.safeParse({ ...ussr, historical: { code: 'SUHH', formerIso2: 'SU', from: '1922' } }).success).toBe(
      false,
    );
  });
  it('rejects points out of range and ids that are not positive integers', () => {
    expect(DictEntry.safeParse({ ...base, lat: 91, lon: 0 }).success).toBe(false);
    expect(DictEntry.safeParse({ ...base, lat: 0, lon: -180.5 }).success).toBe(false);
    expect(DictEntry.safeParse({ ...base, lat: 0, lon: 0, geonames: 0 }).success).toBe(false);
    expect(DictEntry.safeParse({ ...base, lat: 0, lon: 0, geonames: 1.5 }).success).toBe(false);
  });
});

describe('dictionary coordinates: built-in data', () => {
  it('gives every built-in country and place a point', () => {
    const geo = [...builtin.values()].filter((e) => e.type === 'country' || e.type === 'place');
    expect(geo.length).toBeGreaterThan(1100);
    expect(geo.filter((e) => e.lat === undefined || e.lon === undefined).map((e) => e.id)).toEqual([]);
  });

  // Hand-checked against an atlas; cities within 50 km. A country's point is a rough centre (world-countries rounds
  // most to the degree), so countries get 150 km.
  const points: Array<[string, number, number, number]> = [
    ['place:cn-11', 39.9, 116.4, 50], // Beijing
    ['place:ashgabat', 37.95, 58.38, 50],
    ['place:cn-4401', 23.13, 113.26, 50], // Guangzhou
    ['place:cn-6531', 39.47, 75.99, 50], // Kashgar
    ['place:cn-5328', 22.0, 100.8, 50], // Xishuangbanna: its seat, Jinghong
    ['place:paris', 48.86, 2.35, 50],
    ['place:georgia-us', 33.75, -84.39, 50], // the US state, at its capital
    ['place:taipei', 25.04, 121.56, 50],
    ['place:kyiv', 50.45, 30.52, 50],
    ['place:mykolaiv', 46.97, 32.0, 50], // the city on the Southern Bug, not the town near Lviv
    ['country:TM', 39.0, 59.6, 150],
    ['country:GE', 42.0, 43.5, 150], // Georgia the country
    ['country:KW', 29.37, 47.98, 150],
    // Former states at their capitals (checked against an atlas): Moscow, Belgrade, East Berlin, Prague.
    ['country:SUHH', 55.75, 37.62, 50],
    ['country:YUCS', 44.82, 20.46, 50],
    ['country:DDDE', 52.52, 13.4, 10],
    ['country:CSHH', 50.09, 14.42, 50],
    ['place:wudongde', 26.3, 102.6, 50], // the dam on the Jinsha River
  ];
  it.each(points)('puts %s near %f, %f', (id, lat, lon, within) => {
    const e = builtin.get(id);
    expect(e?.lat).toBeDefined();
    expect(km({ lat, lon }, { lat: e?.lat ?? 0, lon: e?.lon ?? 0 })).toBeLessThan(within);
  });

  it('keeps GeoNames ids on cities, not on areas that a town stands in for', () => {
    expect(builtin.get('place:cn-11')?.geonames).toBe(1816670);
    expect(builtin.get('place:ashgabat')?.geonames).toBe(162183);
    expect(builtin.get('place:cn-44')?.geonames).toBeUndefined(); // Guangdong: Guangzhou's point
    expect(builtin.get('place:texas')?.geonames).toBeUndefined(); // Austin's point
  });

  it('tests points against all of a country, overseas parts included, but not its namesakes', () => {
    expect(pointInCountry(48.85, 2.35, 'FR')).toBe(true);
    expect(pointInCountry(-21.1, 55.5, 'FR')).toBe(true); // Réunion
    expect(pointInCountry(33.66, -95.56, 'FR')).toBe(false); // Paris, Texas
    expect(pointInCountry(25.04, 121.53, 'CN')).toBe(true); // Taipei: Taiwan is a region of China here
    expect(pointInCountry(0, 0, 'ZZ')).toBeUndefined();
  });
});

describe('dictionary coordinates: guanxi dict check', () => {
  it('warns of a place without a point and of a point outside its country', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guanxi-geo-'));
    const file = join(dir, 'places.yaml');
    writeFileSync(
      file,
      YAML.stringify({
        source: 'test',
        type: 'place',
        entries: [
          { id: 'place:nowhere', name: '无名地', country: 'CN' },
          { id: 'place:paris-texas', name: '得州巴黎', country: 'FR', lat: 33.66, lon: -95.56 },
          { id: 'place:lyon-ok', name: '里昂市', country: 'FR', lat: 45.75, lon: 4.85 },
          { id: 'place:south-pole', name: '南极点', country: 'CN', lat: -90, lon: 0 },
        ],
      }),
    );
    const geo = checkDictionaries({ builtin: MINI_DICT, user: [file] }).filter(
      (f) => f.file === file && (f.code === 'place-without-coordinates' || f.code === 'point-outside-country'),
    );
    expect(geo.map((f) => [f.severity, f.code, f.entry, f.field])).toEqual([
      ['warning', 'place-without-coordinates', 'place:nowhere', 'lat'],
      ['warning', 'point-outside-country', 'place:paris-texas', 'lat'],
    ]);
    expect(geo[1]?.message).toBe('the point 33.66, -95.56 lies outside the bounds of FR');
  });
});
