// Counts kept in maps by key (day, category, period), and their written form with the keys in order.
import { ascending } from 'd3-array';

/** Adds `n` to the count of `k`. */
export function addTo(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** Adds `x` and `y` to the two counts of `k`. */
export function addPair(m: Map<string, [number, number]>, k: string, x: number, y: number): void {
  const v = m.get(k);
  if (v === undefined) m.set(k, [x, y]);
  else {
    v[0] += x;
    v[1] += y;
  }
}

/** A map as an object with its keys in order (most maps arrive in order: dates do in a corpus read by date). */
export function sortedRecord<V>(m: Map<string, V>): Record<string, V> {
  let prev: string | null = null;
  for (const k of m.keys()) {
    if (prev !== null && !(prev < k)) return Object.fromEntries([...m.entries()].sort((x, y) => ascending(x[0], y[0])));
    prev = k;
  }
  return Object.fromEntries(m);
}
