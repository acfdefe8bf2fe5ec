import { getSetting } from '../../db/settings';
import { escalationsIn, flaggedResponseTimes, flagsPerHour, incidentsIn, itemsPerHour, pagesByStatus, spotCheckTotals, type Period } from '../../db/reports';
import { reminderCountsByPage, reminderCountsByRule } from '../../db/reminders';
import type { Db } from '../../db/transaction';
import { PAGE_STATUSES, isCalendarDate, type PageStatus } from '../../shared/api/pages';
import { CATEGORY_COLORS, type Report, type ReportBucket, type ReportPage, type ReportQuery } from '../../shared/api/reports';
import { CATEGORY_INFO } from '../../shared/decency/categories';
import { CATEGORIES } from '../../shared/decency/types';
import { catalogues } from '../../shared/i18n';
import type { PlatformId } from '../../shared/platforms/catalogue';
import type { DomainHandlers } from './handler-types';
import { invalid } from './errors';
import { toCsv } from './csv';
import { LAST_PURGE_KEY } from './lifecycle-settings';
import { addSchoolDays, bucketOf, bucketsBetween, daysBetween, formatSchoolDate, formatSchoolDateTime, isoWeekOf, startOfSchoolDay, type Granularity } from './lifecycle-time';
import { html, htmlDocument, svgBars, type Raw } from './lifecycle-html';
import { readSchoolSettings } from './settings';
import { requireRole } from './roles';

// Overzicht for the communications office and the board (and admin, who runs exports for them).
// Per page and per school week or month: items, flagged items by category, the time from flag to the
// first decision, escalations, incidents, pages by status, open and overdue reminders, spot checks.

export { REPORT_READERS } from '../../shared/api/section-roles';
import { REPORT_READERS } from '../../shared/api/section-roles';
const MAX_DAYS = 3 * 366;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

const hourToIso = (hour: string) => `${hour}:00:00.000Z`;

function checkQuery(q: ReportQuery): void {
  if (!isCalendarDate(q.from)) throw invalid('from', 'Give a date written as YYYY-MM-DD', 'reports.errors.badDate');
  if (!isCalendarDate(q.to)) throw invalid('to', 'Give a date written as YYYY-MM-DD', 'reports.errors.badDate');
  if (q.to < q.from) throw invalid('to', 'The end lies before the start', 'reports.errors.order');
  if (daysBetween(q.from, q.to) > MAX_DAYS) throw invalid('to', 'A report covers at most three years', 'reports.errors.tooLong');
}

export async function buildReport(db: Db, query: ReportQuery, now: Date): Promise<Report> {
  checkQuery(query);
  const granularity: Granularity = query.granularity;
  const pageIds = query.pageIds.length ? [...new Set(query.pageIds)] : null;
  const period: Period = { from: startOfSchoolDay(query.from), to: startOfSchoolDay(addSchoolDays(query.to, 1)), pageIds };
  const nowIso = now.toISOString();

  const starts = bucketsBetween(query.from, query.to, granularity);
  const buckets = new Map<string, ReportBucket & { responses: number[] }>(
    starts.map((start) => [start, { start, items: 0, flagged: 0, byCategory: {}, decided: 0, medianResponseHours: null, escalations: 0, incidents: 0, responses: [] }]),
  );
  const bucket = (iso: string) => buckets.get(bucketOf(iso, granularity));

  const pageRows = await db.selectFrom('pages').select(['id', 'display_name', 'platform', 'status']).orderBy('display_name').execute();
  const perPage = new Map<number, ReportPage & { responses: number[] }>();
  for (const p of pageRows) {
    if (pageIds && !pageIds.includes(p.id)) continue;
    perPage.set(p.id, {
      page: { id: p.id, displayName: p.display_name, platform: p.platform as PlatformId, status: p.status as PageStatus },
      items: 0,
      flagged: 0,
      byCategory: {},
      decided: 0,
      medianResponseHours: null,
      escalations: 0,
      incidents: 0,
      openReminders: 0,
      overdueReminders: 0,
      responses: [],
    });
  }

  for (const h of await itemsPerHour(db, period)) {
    const b = bucket(hourToIso(h.hour));
    if (b) {
      b.items += h.n;
      b.flagged += h.flagged;
    }
    const p = perPage.get(h.pageId);
    if (p) {
      p.items += h.n;
      p.flagged += h.flagged;
    }
  }
  const categoryTotals = new Map<string, number>();
  for (const f of await flagsPerHour(db, period)) {
    const b = bucket(hourToIso(f.hour));
    if (b) b.byCategory[f.category] = (b.byCategory[f.category] ?? 0) + f.n;
    const p = perPage.get(f.pageId);
    if (p) p.byCategory[f.category] = (p.byCategory[f.category] ?? 0) + f.n;
    categoryTotals.set(f.category, (categoryTotals.get(f.category) ?? 0) + f.n);
  }
  const allResponses: number[] = [];
  let decidedTotal = 0;
  for (const r of await flaggedResponseTimes(db, period)) {
    if (!r.decidedAt) continue;
    const hours = Math.max(0, (Date.parse(r.decidedAt) - Date.parse(r.flaggedAt)) / 3_600_000);
    decidedTotal++;
    allResponses.push(hours);
    const b = bucket(r.createdAt);
    if (b) {
      b.decided++;
      b.responses.push(hours);
    }
    const p = perPage.get(r.pageId);
    if (p) {
      p.decided++;
      p.responses.push(hours);
    }
  }
  const escalationKinds = new Map<string, number>();
  const escalations = await escalationsIn(db, period);
  for (const e of escalations) {
    const b = bucket(e.createdAt);
    if (b) b.escalations++;
    const p = perPage.get(e.pageId);
    if (p) p.escalations++;
    escalationKinds.set(e.kind, (escalationKinds.get(e.kind) ?? 0) + 1);
  }
  const incidents = await incidentsIn(db, period);
  const incidentStatus = new Map<string, number>();
  for (const i of incidents) {
    const b = bucket(i.createdAt);
    if (b) b.incidents++;
    for (const pid of i.pageIds) {
      const p = perPage.get(pid);
      if (p) p.incidents++;
    }
    incidentStatus.set(i.status, (incidentStatus.get(i.status) ?? 0) + 1);
  }
  const reminderCounts = await reminderCountsByPage(db, nowIso);
  for (const [pid, c] of reminderCounts) {
    const p = perPage.get(pid);
    if (p) {
      p.openReminders = c.open;
      p.overdueReminders = c.overdue;
    }
  }
  const byRule = await reminderCountsByRule(db, nowIso, pageIds);
  const statusCounts = new Map((await pagesByStatus(db, pageIds)).map((s) => [s.status, s.count]));
  const school = await readSchoolSettings(db);
  const lastPurge = (await getSetting<{ at: string; items: number }>(db, LAST_PURGE_KEY)) ?? null;

  const strip = <T extends { responses: number[] }>(x: T): Omit<T, 'responses'> & { medianResponseHours: number | null } => {
    const { responses, ...rest } = x;
    return { ...rest, medianResponseHours: median(responses) };
  };
  const pages = [...perPage.values()]
    // Pages that were never approved have nothing to report unless something landed there.
    .filter((p) => pageIds || p.items > 0 || !['aangevraagd', 'afgewezen'].includes(p.page.status))
    .map(strip)
    .sort((a, b) => b.items - a.items || a.page.displayName.localeCompare(b.page.displayName));
  const bucketList = [...buckets.values()].map(strip);
  return {
    query: { ...query, pageIds: pageIds ?? [] },
    generatedAt: nowIso,
    schoolName: school.schoolName,
    totals: {
      items: bucketList.reduce((n, b) => n + b.items, 0),
      flagged: bucketList.reduce((n, b) => n + b.flagged, 0),
      decided: decidedTotal,
      medianResponseHours: median(allResponses),
      escalations: escalations.length,
      incidents: incidents.length,
    },
    buckets: bucketList,
    categories: CATEGORIES.filter((c) => categoryTotals.has(c)).map((c) => ({ category: c, count: categoryTotals.get(c)! })),
    pages,
    pagesByStatus: PAGE_STATUSES.map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
    escalationsByKind: [...escalationKinds.entries()].sort().map(([kind, count]) => ({ kind, count })),
    incidentsByStatus: [...incidentStatus.entries()].sort().map(([status, count]) => ({ status, count })),
    reminders: {
      open: byRule.reduce((n, r) => n + r.open, 0),
      overdue: byRule.reduce((n, r) => n + r.overdue, 0),
      byRule,
    },
    spotChecks: await spotCheckTotals(db, period),
    retention: { retentionDays: school.retentionDays, lastPurgeAt: lastPurge?.at ?? null, lastPurgeItems: lastPurge?.items ?? null },
  };
}

// ——— Exports ———

type Lang = 'nl' | 'en';

export function bucketLabel(start: string, granularity: Granularity, lang: Lang): string {
  if (granularity === 'week') {
    const { week, year } = isoWeekOf(start);
    return lang === 'nl' ? `wk ${week} ${year}` : `wk ${week} ${year}`;
  }
  const [y, m] = start.split('-');
  const months = lang === 'nl' ? ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[Number(m) - 1]} ${y}`;
}

const hours = (h: number | null) => (h === null ? '' : String(h));

function csvPages(report: Report, lang: Lang): string {
  const cats = report.categories.map((c) => c.category);
  const columns = ['page', 'platform', 'status', 'items', 'flagged', ...cats.map((c) => `flagged_${c}`), 'decided', 'median_hours_to_decision', 'escalations', 'incidents', 'open_reminders', 'overdue_reminders'];
  const status = catalogues[lang].pages.status as Record<string, string>;
  return toCsv(
    columns,
    report.pages.map((p) => ({
      page: p.page.displayName,
      platform: p.page.platform,
      status: status[p.page.status] ?? p.page.status,
      items: String(p.items),
      flagged: String(p.flagged),
      ...Object.fromEntries(cats.map((c) => [`flagged_${c}`, String(p.byCategory[c] ?? 0)])),
      decided: String(p.decided),
      median_hours_to_decision: hours(p.medianResponseHours),
      escalations: String(p.escalations),
      incidents: String(p.incidents),
      open_reminders: String(p.openReminders),
      overdue_reminders: String(p.overdueReminders),
    })),
  );
}

function csvPeriods(report: Report, lang: Lang): string {
  const cats = report.categories.map((c) => c.category);
  const columns = ['period_start', 'period', 'items', 'flagged', ...cats.map((c) => `flagged_${c}`), 'decided', 'median_hours_to_decision', 'escalations', 'incidents'];
  return toCsv(
    columns,
    report.buckets.map((b) => ({
      period_start: b.start,
      period: bucketLabel(b.start, report.query.granularity, lang),
      items: String(b.items),
      flagged: String(b.flagged),
      ...Object.fromEntries(cats.map((c) => [`flagged_${c}`, String(b.byCategory[c] ?? 0)])),
      decided: String(b.decided),
      median_hours_to_decision: hours(b.medianResponseHours),
      escalations: String(b.escalations),
      incidents: String(b.incidents),
    })),
  );
}

function reportHtml(report: Report, lang: Lang): string {
  const c = catalogues[lang].reports;
  const statusText = catalogues[lang].pages.status as Record<string, string>;
  const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(p[k] ?? ''));
  const labels = report.buckets.map((b) => bucketLabel(b.start, report.query.granularity, lang));
  const catName = (cat: string) => CATEGORY_INFO[cat as keyof typeof CATEGORY_INFO]?.[lang] ?? cat;
  const decimals = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  const num = (n: number | null) => (n === null ? '—' : decimals.format(n));
  const table = (head: string[], rows: (string | number)[][], numeric: number[] = []): Raw =>
    html`<table><thead><tr>${head.map((h, i) => html`<th class="${numeric.includes(i) ? 'num' : ''}">${h}</th>`)}</tr></thead><tbody>${rows.map(
      (r) => html`<tr>${r.map((v, i) => html`<td class="${numeric.includes(i) ? 'num' : ''}">${v}</td>`)}</tr>`,
    )}</tbody></table>`;
  const t = report.totals;
  const body = html`<h1>${c.title}${report.schoolName ? ` — ${report.schoolName}` : ''}</h1>
<p class="meta">${fill(c.printMeta, { from: formatSchoolDate(report.query.from), to: formatSchoolDate(report.query.to), date: formatSchoolDateTime(report.generatedAt) })}</p>
${table(
  [c.totals.items, c.totals.flagged, c.totals.decided, c.totals.median, c.totals.escalations, c.totals.incidents, c.totals.openReminders, c.totals.overdueReminders],
  [[t.items, t.flagged, t.decided, num(t.medianResponseHours), t.escalations, t.incidents, report.reminders.open, report.reminders.overdue]],
  [0, 1, 2, 3, 4, 5, 6, 7],
)}
<h2>${c.charts.volume}</h2>
${svgBars(c.charts.volume, labels, [
  { label: c.series.notFlagged, color: '#9db7d6', values: report.buckets.map((b) => b.items - b.flagged) },
  { label: c.series.flagged, color: '#a4262c', values: report.buckets.map((b) => b.flagged) },
])}
<h2>${c.charts.categories}</h2>
${
  report.categories.length
    ? svgBars(
        c.charts.categories,
        labels,
        report.categories.map((cat) => ({ label: catName(cat.category), color: CATEGORY_COLORS[cat.category] ?? '#666', values: report.buckets.map((b) => b.byCategory[cat.category] ?? 0) })),
      )
    : html`<p class="empty">${c.empty.flags}</p>`
}
${table([c.columns.category, c.columns.count], report.categories.map((x) => [catName(x.category), x.count]), [1])}
<h2>${c.charts.response}</h2>
${svgBars(c.charts.response, labels, [{ label: c.series.medianHours, color: '#154273', values: report.buckets.map((b) => b.medianResponseHours ?? 0) }])}
<h2>${c.charts.escalations}</h2>
${svgBars(c.charts.escalations, labels, [
  { label: c.series.escalations, color: '#b85c00', values: report.buckets.map((b) => b.escalations) },
  { label: c.series.incidents, color: '#7A3E9D', values: report.buckets.map((b) => b.incidents) },
])}
<h2>${c.sections.pages}</h2>
${table(
  [c.columns.page, c.columns.status, c.columns.items, c.columns.flagged, c.columns.decided, c.columns.median, c.columns.escalations, c.columns.incidents, c.columns.reminders, c.columns.overdue],
  report.pages.map((p) => [p.page.displayName, statusText[p.page.status] ?? p.page.status, p.items, p.flagged, p.decided, num(p.medianResponseHours), p.escalations, p.incidents, p.openReminders, p.overdueReminders]),
  [2, 3, 4, 5, 6, 7, 8, 9],
)}
<h2>${c.sections.status}</h2>
${table([c.columns.status, c.columns.count], report.pagesByStatus.map((s) => [statusText[s.status] ?? s.status, s.count]), [1])}
<h2>${c.sections.reminders}</h2>
${
  report.reminders.byRule.length
    ? table(
        [c.columns.rule, c.columns.open, c.columns.overdue],
        report.reminders.byRule.map((r) => [(catalogues[lang].reminders.rules as Record<string, string>)[r.rule] ?? r.rule, r.open, r.overdue]),
        [1, 2],
      )
    : html`<p class="empty">${c.empty.reminders}</p>`
}
<h2>${c.sections.spotChecks}</h2>
<p>${fill(c.spotChecksLine, { count: report.spotChecks.count, sampled: report.spotChecks.sampled, reviewed: report.spotChecks.reviewed, notInOrder: report.spotChecks.notInOrder })}</p>
<h2>${c.sections.retention}</h2>
<p>${fill(c.retentionLine, { days: report.retention.retentionDays })}${report.retention.lastPurgeAt ? ` ${fill(c.lastPurge, { date: formatSchoolDateTime(report.retention.lastPurgeAt), items: report.retention.lastPurgeItems ?? 0 })}` : ''}</p>
<p class="muted">${c.privacy}</p>`;
  return htmlDocument(lang, `${c.title} ${report.query.from} – ${report.query.to}`, body);
}

export const reportsHandlers: DomainHandlers<'reports'> = {
  async 'reports.overview'(input, ctx) {
    requireRole(ctx, ...REPORT_READERS);
    return buildReport(ctx.store.db, input, ctx.clock.now());
  },

  async 'reports.export'(input, ctx) {
    requireRole(ctx, ...REPORT_READERS);
    const { format, table, ...query } = input;
    const report = await buildReport(ctx.store.db, query, ctx.clock.now());
    const lang = ctx.desk.language;
    const base = `overzicht-${query.from}-${query.to}`;
    if (format === 'html') return { fileName: `${base}.html`, mimeType: 'text/html', content: reportHtml(report, lang) };
    return table === 'periods'
      ? { fileName: `${base}-per-${query.granularity === 'week' ? 'week' : 'maand'}.csv`, mimeType: 'text/csv', content: csvPeriods(report, lang) }
      : { fileName: `${base}-per-pagina.csv`, mimeType: 'text/csv', content: csvPages(report, lang) };
  },
};

