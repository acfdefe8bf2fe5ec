import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, format, getISOWeek, getISOWeekYear, startOfMonth, startOfWeek } from 'date-fns';

// Calendar arithmetic in the school's time zone (UX.md: Europe/Amsterdam, weeks start on Monday).
// Reminders speak in school days ("the end date 15-07-2027 has passed"), reports bucket by the
// school's weeks and months, so a comment at 00:30 on a Monday counts in that Monday's week even
// though it is still Sunday in UTC. date-fns with @date-fns/tz handles the DST changes.

export const SCHOOL_ZONE = 'Europe/Amsterdam';
const inSchool = tz(SCHOOL_ZONE);

/** The school's calendar day (YYYY-MM-DD) of an instant. */
export function schoolDay(at: Date | string): string {
  return format(new TZDate(new Date(at).getTime(), SCHOOL_ZONE), 'yyyy-MM-dd');
}

/** Midnight at the start of a school day, as an ISO instant (UTC). */
export function startOfSchoolDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, SCHOOL_ZONE).getTime()).toISOString();
}

/** A school day plus `days` calendar days (negative to go back), as YYYY-MM-DD. */
export function addSchoolDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format(addDays(new TZDate(y, m - 1, d, SCHOOL_ZONE), days), 'yyyy-MM-dd');
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type Granularity = 'week' | 'month';

/** The bucket an instant falls in: the Monday of its school week, or the first of its month (YYYY-MM-DD). */
export function bucketOf(at: Date | string, granularity: Granularity): string {
  const local = new TZDate(new Date(at).getTime(), SCHOOL_ZONE);
  const start = granularity === 'week' ? startOfWeek(local, { weekStartsOn: 1, in: inSchool }) : startOfMonth(local, { in: inSchool });
  return format(start, 'yyyy-MM-dd');
}

/** Every bucket from the one holding `fromDay` to the one holding `toDay`, in order. */
export function bucketsBetween(fromDay: string, toDay: string, granularity: Granularity): string[] {
  const out: string[] = [];
  let current = bucketOf(startOfSchoolDay(fromDay), granularity);
  const last = bucketOf(startOfSchoolDay(toDay), granularity);
  for (let guard = 0; current <= last && guard < 1000; guard++) {
    out.push(current);
    const [y, m, d] = current.split('-').map(Number) as [number, number, number];
    const date = new TZDate(y, m - 1, d, SCHOOL_ZONE);
    current = format(granularity === 'week' ? addDays(date, 7) : addMonths(date, 1), 'yyyy-MM-dd');
  }
  return out;
}

/** "wk 48 2026" / "2026-11" style labels are made by the UI; this gives the ISO week for a Monday. */
export function isoWeekOf(day: string): { week: number; year: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new TZDate(y, m - 1, d, SCHOOL_ZONE);
  return { week: getISOWeek(date), year: getISOWeekYear(date) };
}

/** "2027-07-15" or an ISO instant → "15-07-2027" (the school's day), as UX.md writes dates. */
export function formatSchoolDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : schoolDay(value);
  const [y, m, d] = day.split('-');
  return `${d}-${m}-${y}`;
}

/** An ISO instant → "24-11-2026 14:05" in Amsterdam. */
export function formatSchoolDateTime(value: string): string {
  return `${formatSchoolDate(value)} ${format(new TZDate(new Date(value).getTime(), SCHOOL_ZONE), 'HH:mm')}`;
}
