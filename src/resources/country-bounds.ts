import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The bundled country boxes (data/country-bounds.json, generated from country-coder's borders). */
export const COUNTRY_BOUNDS_PATH = fileURLToPath(new URL('../../data/country-bounds.json', import.meta.url));

/**
 * How far past a box a point may lie and still count as inside, in degrees (about 50 km): a port, a cape or an
 * island just off a simplified coastline is still in its country.
 */
export const BOUNDS_MARGIN = 0.5;

const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const BoundsFile = z.object({ bounds: z.record(z.string(), z.array(Box)) });

let cached: Map<string, Array<z.infer<typeof Box>>> | undefined;

/** Every country's boxes, `[south, west, north, east]`, one per part of the country; read once. */
export function countryBounds(): ReadonlyMap<string, ReadonlyArray<readonly [number, number, number, number]>> {
  cached ??= new Map(Object.entries(BoundsFile.parse(JSON.parse(readFileSync(COUNTRY_BOUNDS_PATH, 'utf8'))).bounds));
  return cached;
}

/** Whether a point lies in one of a country's boxes (with the margin); undefined for a code with no boxes. */
export function pointInCountry(lat: number, lon: number, iso2: string): boolean | undefined {
  const boxes = countryBounds().get(iso2);
  if (boxes === undefined) return undefined;
  const m = BOUNDS_MARGIN;
  return boxes.some(([s, w, n, e]) => lat >= s - m && lat <= n + m && lon >= w - m && lon <= e + m);
}
