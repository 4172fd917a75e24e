// Calendar days and ISO weeks of article dates, the periods of the corpus's per-day counts and timelines.
import { DateTime } from 'luxon';

/** The calendar day of a UTC ISO date in a zone (2024-01-01T17:00Z is 2024-01-02 in Asia/Shanghai). */
export function dayOf(isoDate: string, zone: string): string | null {
  const dt = DateTime.fromISO(isoDate, { zone: 'utc' }).setZone(zone);
  return dt.isValid ? dt.toISODate() : null;
}

/** The ISO week (2024-W01) of a calendar day written YYYY-MM-DD; the week-year can differ from the day's year. */
export function isoWeekOf(day: string): string {
  return DateTime.fromISO(day, { zone: 'utc' }).toFormat("kkkk-'W'WW");
}
