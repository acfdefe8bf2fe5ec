import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Person } from '../../../shared/api/people';
import { CATEGORY_COLORS, type Report } from '../../../shared/api/reports';
import { CATEGORY_INFO } from '../../../shared/decency/categories';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { downloadText } from '../inventory/download';
import { StatusBadge } from '../pages/StatusBadge';
import { formatDate, formatDateTime } from '../pages/format';
import { Segmented, schoolDayPlus } from '../reminders/parts';
import '../pages/pages.css';
import '../reminders/lifecycle.css';

// Overzicht: charts where people would rather look than read (volumes over time, categories,
// response times), each with the same numbers as a table; CSV and printable exports.

const READERS = ['communicatie', 'directie', 'beheer'];
const PURGERS = ['communicatie', 'beheer'];

type Lang = 'nl' | 'en';
const MONTHS: Record<Lang, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function periodLabel(start: string, granularity: 'week' | 'month', lang: Lang): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  if (granularity === 'month') return `${MONTHS[lang][m - 1]} ${y}`;
  const date = new Date(y, m - 1, d, 12);
  return `wk ${getISOWeek(date)} ${getISOWeekYear(date) !== y ? getISOWeekYear(date) : ''}`.trim();
}

/** Numbers as the school writes them: 8,7 in Dutch, 8.7 in English. */
function numberFormat(lang: Lang): (n: number) => string {
  const f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  return (n) => f.format(n);
}

function schoolYearStart(): string {
  const today = schoolDayPlus(0);
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${m >= 8 ? y : y - 1}-08-01`;
}

function ChartCard({ title, children, table }: { title: string; children: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="chart-card" aria-label={title}>
      <h2>{title}</h2>
      <div className="chart-box" role="img" aria-label={title}>
        {children}
      </div>
      <details>
        <summary>{t('reports.charts.table')}</summary>
        {table}
      </details>
    </section>
  );
}

/** The three most frequent categories of a page, each with its colour swatch, the rest as "+N". */
function TopCategories({ byCategory, name }: { byCategory: Record<string, number>; name: (c: string) => string }) {
  const sorted = Object.entries(byCategory).sort((a, b) => b[1] - a[1]);
  const rest = sorted.slice(3).reduce((n, [, v]) => n + v, 0);
  return (
    <span className="top-categories">
      {sorted.slice(0, 3).map(([c, n]) => (
        <span key={c} className="top-categories__item">
          <span className={`swatch swatch--${c}`} aria-hidden="true" />
          {name(c)} <strong>{n}</strong>
        </span>
      ))}
      {rest ? <span className="muted">+{rest}</span> : null}
    </span>
  );
}

function Stat({ label, value, alert }: { label: string; value: string | number; alert?: boolean }) {
  return (
    <div className={`stat${alert ? ' stat--alert' : ''}`}>
      <div className="stat__value">{value}</div>
      <div className="stat__label">{label}</div>
    </div>
  );
}

function SimpleTable({ head, rows, numeric = [] }: { head: string[]; rows: (string | number)[][]; numeric?: number[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={numeric.includes(i) ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <td key={j} className={numeric.includes(j) ? 'num' : undefined}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Charts({ report, lang }: { report: Report; lang: Lang }) {
  const { t } = useTranslation();
  const g = report.query.granularity;
  const rows = report.buckets.map((b) => ({
    label: periodLabel(b.start, g, lang),
    notFlagged: b.items - b.flagged,
    flagged: b.flagged,
    median: b.medianResponseHours,
    escalations: b.escalations,
    incidents: b.incidents,
    ...b.byCategory,
  }));
  const catName = (c: string) => CATEGORY_INFO[c as keyof typeof CATEGORY_INFO]?.[lang] ?? c;
  const statusName = (s: string) => t(`pages.status.${s}`);
  const ruleName = (r: string) => t(`reminders.rules.${r}`);
  const axis = { fontSize: 12, fill: '#4f5b67' };
  const num = numberFormat(lang);
  const hours = (v: number | null) => (v === null ? '—' : t('reports.hours', { value: num(v) }));
  return (
    <div className="chart-grid">
      <ChartCard
        title={t('reports.charts.volume')}
        table={<SimpleTable head={[t('reports.columns.period'), t('reports.columns.items'), t('reports.columns.flagged')]} rows={report.buckets.map((b, i) => [rows[i]!.label, b.items, b.flagged])} numeric={[1, 2]} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={axis} width={40} />
            <Tooltip />
            <Legend />
            <Bar dataKey="notFlagged" name={t('reports.series.notFlagged')} stackId="v" fill="#9db7d6" isAnimationActive={false} />
            <Bar dataKey="flagged" name={t('reports.series.flagged')} stackId="v" fill="#a4262c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title={t('reports.charts.categories')}
        table={<SimpleTable head={[t('reports.columns.category'), t('reports.columns.count')]} rows={report.categories.map((c) => [catName(c.category), c.count])} numeric={[1]} />}
      >
        {report.categories.length ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} tick={axis} width={40} />
              <Tooltip />
              <Legend />
              {report.categories.map((c) => (
                <Bar key={c.category} dataKey={c.category} name={catName(c.category)} stackId="c" fill={CATEGORY_COLORS[c.category] ?? '#666'} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        ) : (
          <p className="muted">{t('reports.empty.flags')}</p>
        )}
      </ChartCard>
      <ChartCard
        title={t('reports.charts.response')}
        table={<SimpleTable head={[t('reports.columns.period'), t('reports.columns.decided'), t('reports.columns.median')]} rows={report.buckets.map((b, i) => [rows[i]!.label, b.decided, hours(b.medianResponseHours)])} numeric={[1, 2]} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
            <YAxis tick={axis} width={44} tickFormatter={(v: number) => t('reports.hours', { value: num(v) })} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="median" name={t('reports.series.medianHours')} stroke="#154273" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title={t('reports.charts.escalations')}
        table={<SimpleTable head={[t('reports.columns.period'), t('reports.columns.escalations'), t('reports.columns.incidents')]} rows={report.buckets.map((b, i) => [rows[i]!.label, b.escalations, b.incidents])} numeric={[1, 2]} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={axis} width={40} />
            <Tooltip />
            <Legend />
            <Bar dataKey="escalations" name={t('reports.series.escalations')} fill="#b85c00" isAnimationActive={false} />
            <Bar dataKey="incidents" name={t('reports.series.incidents')} fill="#7A3E9D" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title={t('reports.charts.status')}
        table={<SimpleTable head={[t('reports.columns.status'), t('reports.columns.count')]} rows={report.pagesByStatus.map((s) => [statusName(s.status), s.count])} numeric={[1]} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={report.pagesByStatus.map((s) => ({ label: statusName(s.status), count: s.count }))} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={axis} />
            <YAxis type="category" dataKey="label" tick={axis} width={140} />
            <Tooltip />
            <Bar dataKey="count" name={t('reports.columns.count')} fill="#154273" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title={t('reports.charts.reminders')}
        table={<SimpleTable head={[t('reports.columns.rule'), t('reports.columns.open'), t('reports.columns.overdue')]} rows={report.reminders.byRule.map((r) => [ruleName(r.rule), r.open, r.overdue])} numeric={[1, 2]} />}
      >
        {report.reminders.byRule.length ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={report.reminders.byRule.map((r) => ({ label: ruleName(r.rule), open: r.open - r.overdue, overdue: r.overdue }))} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={axis} />
              <YAxis type="category" dataKey="label" tick={axis} width={160} />
              <Tooltip />
              <Legend />
              <Bar dataKey="overdue" name={t('reports.series.overdue')} stackId="r" fill="#a4262c" isAnimationActive={false} />
              <Bar dataKey="open" name={t('reports.series.open')} stackId="r" fill="#e0b27a" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        ) : (
          <p className="muted">{t('reports.empty.reminders')}</p>
        )}
      </ChartCard>
    </div>
  );
}

function RetentionPanel({ me }: { me: Person }) {
  const { t } = useTranslation();
  const status = useApiQuery('retention.status', {});
  const purge = useApiMutation('retention.purge');
  if (!status.data) return <ErrorNotice error={status.error} />;
  const s = status.data;
  return (
    <section className="card" aria-labelledby="retention">
      <h2 id="retention">{t('retention.title')}</h2>
      <p>{t('reports.retentionLine', { days: s.retentionDays })}</p>
      <p>{t('retention.status', { cutoff: formatDate(s.cutoff), due: s.due, kept: s.keptForIncidents })}</p>
      <p className="muted">{s.lastPurge ? t('retention.lastPurge', { date: formatDateTime(s.lastPurge.at), items: s.lastPurge.items }) : t('retention.never')}</p>
      <p className="muted">{t('retention.auto')}</p>
      {me.roles.some((r) => PURGERS.includes(r)) && s.due > 0 ? (
        <button type="button" className="button no-print" disabled={purge.isPending} onClick={() => purge.mutate({})}>
          {t('retention.purgeNow')}
        </button>
      ) : null}
      {purge.data ? (
        <p className="notice notice--ok" role="status">
          {t('retention.purged', { items: purge.data.items })}
        </p>
      ) : null}
      <ErrorNotice error={purge.error} />
    </section>
  );
}

/** "Overzicht" for the communications office and the board. */
export function ReportsSection({ me }: { me: Person }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const canRead = me.roles.some((r) => READERS.includes(r));
  const [from, setFrom] = useState(schoolDayPlus(-83));
  const [to, setTo] = useState(schoolDayPlus(0));
  const [granularity, setGranularity] = useState<'week' | 'month'>('week');
  const [pageId, setPageId] = useState<number | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const query = useMemo(() => ({ from, to, granularity, pageIds: pageId ? [pageId] : [] }), [from, to, granularity, pageId]);
  const report = useApiQuery('reports.overview', query, { enabled: canRead && Boolean(from && to) });
  const pages = useApiQuery('inventory.list', { sort: 'displayName' }, { enabled: canRead });
  if (!canRead) {
    return (
      <>
        <h1>{t('reports.title')}</h1>
        <EmptyState title={t('reports.title')} body={t('reports.noAccess')} />
      </>
    );
  }
  const exportAs = async (format: 'csv' | 'html', table: 'pages' | 'periods' = 'pages') => {
    setExportError(null);
    try {
      const file = await api.call('reports.export', { ...query, format, table });
      downloadText(file.fileName, file.mimeType, file.content);
      setExported(t('reports.exported', { file: file.fileName }));
    } catch (e) {
      setExportError(e);
    }
  };
  const r = report.data;
  const catName = (c: string) => CATEGORY_INFO[c as keyof typeof CATEGORY_INFO]?.[lang] ?? c;
  return (
    <>
      <h1>
        {t('reports.title')}
        {r?.schoolName ? <span className="muted"> — {r.schoolName}</span> : null}
      </h1>
      <p className="muted">{t('reports.intro')}</p>
      <section className="filters no-print" aria-label={t('reports.filters')}>
        <Field label={t('reports.from')}>{(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label={t('reports.to')}>{(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
        <Field label={t('reports.page')}>
          {(props) => (
            <select {...props} value={pageId ?? ''} onChange={(e) => setPageId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('reports.allPages')}</option>
              {(pages.data?.rows ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <span className="field__label-like">{t('reports.granularity')}</span>
          <Segmented
            label={t('reports.granularity')}
            value={granularity}
            onChange={setGranularity}
            options={[
              { value: 'week', label: t('reports.week') },
              { value: 'month', label: t('reports.month') },
            ]}
          />
        </div>
      </section>
      <div className="toolbar-row no-print">
        <button type="button" className="button button--small" onClick={() => { setFrom(schoolDayPlus(-83)); setTo(schoolDayPlus(0)); setGranularity('week'); }}>
          {t('reports.quick.weeks12')}
        </button>
        <button type="button" className="button button--small" onClick={() => { setFrom(schoolDayPlus(-182)); setTo(schoolDayPlus(0)); setGranularity('month'); }}>
          {t('reports.quick.months6')}
        </button>
        <button type="button" className="button button--small" onClick={() => { setFrom(schoolYearStart()); setTo(schoolDayPlus(0)); setGranularity('month'); }}>
          {t('reports.quick.year')}
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          {t('reports.exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('csv', 'periods')}>
          {t('reports.exportPeriodsCsv')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('html')}>
          {t('reports.exportHtml')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('reports.print')}
        </button>
      </div>
      {exported ? (
        <p className="notice notice--ok no-print" role="status">
          {exported}
        </p>
      ) : null}
      <ErrorNotice error={report.error ?? exportError} />
      {!r ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <p className="muted">{t('reports.printMeta', { from: formatDate(r.query.from), to: formatDate(r.query.to), date: formatDateTime(r.generatedAt) })}</p>
          <div className="stat-grid">
            <Stat label={t('reports.totals.items')} value={r.totals.items} />
            <Stat label={t('reports.totals.flagged')} value={r.totals.flagged} />
            <Stat label={t('reports.totals.decided')} value={r.totals.decided} />
            <Stat label={t('reports.totals.median')} value={r.totals.medianResponseHours === null ? '—' : t('reports.hours', { value: numberFormat(lang)(r.totals.medianResponseHours) })} />
            <Stat label={t('reports.totals.escalations')} value={r.totals.escalations} />
            <Stat label={t('reports.totals.incidents')} value={r.totals.incidents} />
            <Stat label={t('reports.totals.openReminders')} value={r.reminders.open} />
            <Stat label={t('reports.totals.overdueReminders')} value={r.reminders.overdue} alert={r.reminders.overdue > 0} />
          </div>
          <Charts report={r} lang={lang} />
          <h2>{t('reports.sections.pages')}</h2>
          <div className="table-wrap">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('reports.columns.page')}</th>
                  <th scope="col" className="num">{t('reports.columns.items')}</th>
                  <th scope="col" className="num">{t('reports.columns.flagged')}</th>
                  <th scope="col">{t('reports.columns.category')}</th>
                  <th scope="col" className="num">{t('reports.columns.decided')}</th>
                  <th scope="col" className="num">{t('reports.columns.median')}</th>
                  <th scope="col" className="num">{t('reports.columns.escalations')}</th>
                  <th scope="col" className="num">{t('reports.columns.incidents')}</th>
                  <th scope="col" className="num">{t('reports.columns.reminders')}</th>
                </tr>
              </thead>
              <tbody>
                {r.pages.map((p) => (
                  <tr key={p.page.id}>
                    <td className="wrap">
                      <div>{p.page.displayName}</div>
                      <StatusBadge status={p.page.status} />
                    </td>
                    <td className="num">{p.items}</td>
                    <td className="num">{p.flagged}</td>
                    <td className="wide">
                      <TopCategories byCategory={p.byCategory} name={catName} />
                    </td>
                    <td className="num">{p.decided}</td>
                    <td className="num">{p.medianResponseHours === null ? '—' : numberFormat(lang)(p.medianResponseHours)}</td>
                    <td className="num">{p.escalations}</td>
                    <td className="num">{p.incidents}</td>
                    <td className="num">
                      {p.openReminders}
                      {p.overdueReminders ? <div className="overdue">{t('reports.overdueCount', { count: p.overdueReminders })}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('reports.sections.spotChecks')}</h2>
          <p>{t('reports.spotChecksLine', { ...r.spotChecks })}</p>
          <RetentionPanel me={me} />
          <p className="muted">{t('reports.privacy')}</p>
        </>
      )}
    </>
  );
}
