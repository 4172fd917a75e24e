import type { Lang } from './i18n.js';

const TYPE_COLORS: Record<string, string> = {
  person: '#c0392b',
  country: '#1f6fb2',
  place: '#b7791f',
  organization: '#2f855a',
  initiative: '#805ad5',
  event: '#2d3748',
  policy: '#c05621',
};

/** The colour of an entity type (also its CSS class `t-<type>`). */
export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#718096';
}

// Colours of communities (Tableau 10), repeated past ten.
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** The colour of a network community. */
export function communityColor(community: number): string {
  return COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length] ?? '#999';
}

/** An entity's name as the reader's language prefers it. */
export function displayName(e: { name: string; nameEn?: string | undefined }, lang: Lang): string {
  return lang === 'en' && e.nameEn !== undefined && e.nameEn !== '' ? e.nameEn : e.name;
}

/** A count or measure, grouped by thousands; fractions to 3 places. */
export function num(n: number, lang: Lang): string {
  const digits = Number.isInteger(n) ? 0 : Math.abs(n) < 10 ? 3 : 1;
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits });
}

/** The day of an ISO date-time (`2024-01-10T11:00:00Z` → `2024-01-10`), or '' for none. */
export function day(date: string | null | undefined): string {
  return date === null || date === undefined ? '' : date.slice(0, 10);
}

/** The start of a period (`2024-01-02`, `2024-W01`, `2024-01`) in seconds since 1970 (UTC), for charts. */
export function periodTime(period: string): number {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week !== null) {
    const year = Number(week[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return (mondayOfWeek1 + (Number(week[2]) - 1) * 7 * 86_400_000) / 1000;
  }
  const parts = period.split('-').map(Number);
  return Date.UTC(parts[0] ?? 1970, (parts[1] ?? 1) - 1, parts[2] ?? 1) / 1000;
}

/** The period after `period` (day, ISO week or month), or null for a string of no known form. */
export function nextPeriod(period: string): string | null {
  if (/^\d{4}-W\d{2}$/.test(period)) {
    const next = new Date((periodTime(period) + 7 * 86_400) * 1000);
    return isoWeek(next);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) {
    return new Date((periodTime(period) + 86_400) * 1000).toISOString().slice(0, 10);
  }
  if (/^\d{4}-\d{2}$/.test(period)) {
    const [y = 0, m = 0] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return null;
}

function isoWeek(d: Date): string {
  // The ISO week-year is the year of the week's Thursday.
  const thursday = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)),
  );
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every period from the first to the last of `periods` (sorted), so that a chart shows quiet periods as zeros; the
 * periods as given when they would be more than `max`. */
export function fillPeriods(periods: readonly string[], max = 20_000): string[] {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: string[] = [];
  for (let p: string | null = first; p !== null && p <= last; p = nextPeriod(p)) {
    out.push(p);
    if (out.length > max) return [...periods];
  }
  return out;
}
