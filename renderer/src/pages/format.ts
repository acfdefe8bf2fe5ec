// Dates as the school writes them (UX.md): 24-11-2026, 14:05, Europe/Amsterdam, in both languages.
const ZONE = 'Europe/Amsterdam';

/** "2027-07-15" → "15-07-2027"; an ISO time → its day in Amsterdam. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}-${day[2]}-${day[1]}`;
  const parts = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')}`;
}

/** An ISO time → "24-11-2026 14:05" in Amsterdam. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(value));
  return `${formatDate(value)} ${time}`;
}

/** The school's calendar day (Amsterdam) `days` from now, as YYYY-MM-DD. */
export function schoolDayPlus(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}
