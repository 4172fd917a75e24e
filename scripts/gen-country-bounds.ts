// Generates data/country-bounds.json, the boxes `guanxi dict check` tests a place's point against: for each ISO
// 3166-1 code, one box per polygon of the country's borders in @rapideditor/country-coder (the country with its
// overseas parts, so Réunion is in France and Alaska in the United States). One box per part rather than one for
// the whole country, so that France's box is not half the world and Paris, Texas still falls outside it.
//   npx tsx scripts/gen-country-bounds.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aggregateFeature, borders } from '@rapideditor/country-coder';
import { packageVersion } from './geo/gazetteer.js';

/**
 * Parts the dictionaries count in a country although country-coder has them on their own: Taiwan is a region of
 * China in countries.yaml (its cities carry country: CN), and places-world.yaml has Kosovo under RS.
 */
const ALSO: Record<string, string[]> = { CN: ['TW'], RS: ['XK'] };

/**
 * Boxes added by hand: the Nansha (Spratly) islands and reefs, which places-world.yaml puts under CN (南沙群岛,
 * 仁爱礁) as the Chinese press does, and which country-coder's borders leave out.
 */
const EXTRA: Record<string, Box[]> = { CN: [[7.5, 109.5, 12.0, 117.9]] };

type Box = [number, number, number, number];
/** The part of a GeoJSON geometry read here (country-coder's types name the geojson package, not installed). */
interface Borders {
  type: string;
  coordinates: unknown;
}
type Ring = Array<[number, number]>;
const round = (x: number): number => Math.round(x * 100) / 100;

function boxes(code: string): Box[] {
  const g = aggregateFeature(code)?.geometry as Borders | null | undefined;
  if (g === undefined || g === null) throw new Error(`${code}: country-coder has no borders`);
  const polygons: Ring[][] =
    g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : g.type === 'Polygon' ? [g.coordinates as Ring[]] : [];
  return polygons.map((poly): Box => {
    // The outer ring bounds the polygon; holes lie inside it.
    const ring = poly[0] ?? [];
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    // [south, west, north, east], two decimals: a box only needs to be right to a kilometre or so.
    return [round(Math.min(...lats)), round(Math.min(...lons)), round(Math.max(...lats)), round(Math.max(...lons))];
  });
}

const codes: string[] = (borders.features as Array<{ properties: { iso1A2?: string } }>)
  .map((f) => f.properties.iso1A2)
  .filter((c): c is string => c !== undefined)
  .sort();
const out: Record<string, Box[]> = {};
for (const code of [...new Set(codes)]) {
  const all = [...boxes(code), ...(ALSO[code] ?? []).flatMap(boxes), ...(EXTRA[code] ?? [])];
  out[code] = all.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
}
const file = {
  source: `@rapideditor/country-coder@${packageVersion('@rapideditor/country-coder')} (one box per polygon of each country's borders, with the additions in scripts/gen-country-bounds.ts, which generates this file)`,
  format: '[south, west, north, east] in degrees, per ISO 3166-1 alpha-2 code',
  bounds: out,
};
const path = fileURLToPath(new URL('../data/country-bounds.json', import.meta.url));
writeFileSync(
  path,
  `{\n  "source": ${JSON.stringify(file.source)},\n  "format": ${JSON.stringify(file.format)},\n  "bounds": {\n${Object.entries(
    out,
  )
    .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n')}\n  }\n}\n`,
);
process.stdout.write(`wrote ${path}: ${Object.keys(out).length} countries\n`);
