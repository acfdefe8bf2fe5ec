import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PAGES_CSV_COLUMNS, type InventorySort } from '../../../shared/api/inventory';
import { AUDIENCES, PAGE_STATUSES, type Audience, type PageStatus } from '../../../shared/api/pages';
import type { Person } from '../../../shared/api/people';
import { PLATFORM_IDS, type PlatformId } from '../../../shared/platforms/catalogue';
import { api } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { StatusBadge } from '../pages/StatusBadge';
import { formatDate, formatDateTime } from '../pages/format';
import { platformName } from '../pages/platform';
import { CsvImport } from './CsvImport';
import { downloadText } from './download';
import { PersonName } from '../components/PersonName';
import '../pages/pages.css';

const READERS = ['communicatie', 'directie', 'beheer'];
const IMPORTERS = ['communicatie', 'beheer'];
const PAGE_SIZE = 200;

type Column = { key: string; sort?: InventorySort };
const COLUMNS: Column[] = [
  { key: 'name', sort: 'displayName' },
  { key: 'platform', sort: 'platform' },
  { key: 'handle', sort: 'handle' },
  { key: 'owner', sort: 'owner' },
  { key: 'backupOwner', sort: 'backupOwner' },
  { key: 'manager', sort: 'manager' },
  { key: 'status', sort: 'status' },
  { key: 'purpose' },
  { key: 'created', sort: 'createdAt' },
  { key: 'approved', sort: 'approvedAt' },
  { key: 'endDate', sort: 'endDate' },
  { key: 'lastActivity', sort: 'lastActivityAt' },
  { key: 'flagged' },
];

/** Typing settles for a moment before the database is asked. */
function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** "Inventaris": every official account for the communications office; the database sorts, filters and searches. */
export function InventorySection({ me }: { me: Person }) {
  const { t } = useTranslation();
  const canRead = me.roles.some((r) => READERS.includes(r));
  const canImport = me.roles.some((r) => IMPORTERS.includes(r));
  const [search, setSearch] = useState('');
  const [platform, setPlatform] = useState<PlatformId | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [audience, setAudience] = useState<Audience | null>(null);
  const [sort, setSort] = useState<InventorySort>('displayName');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [importing, setImporting] = useState(false);
  const [exportState, setExportState] = useState<{ error?: unknown; done?: string } | null>(null);
  const query = { search: useDebounced(search), platform, status, audience, sort, direction };
  const list = useApiQuery('inventory.list', { ...query, limit, offset: 0 }, { enabled: canRead, placeholderData: (previous) => previous });

  if (!canRead) {
    return (
      <>
        <h1>{t('inventory.title')}</h1>
        <p className="notice">{t('inventory.noAccess')}</p>
      </>
    );
  }

  const filtered = Boolean(query.search || platform || status || audience);
  const sortBy = (column: InventorySort) => {
    if (sort === column) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setDirection('asc');
    }
  };
  const exportAs = async (format: 'csv' | 'json') => {
    setExportState(null);
    try {
      const file = await api.call('inventory.export', { ...query, format });
      downloadText(file.fileName, file.mimeType, file.content);
      setExportState({ done: t('inventory.exported', { count: file.count, file: file.fileName }) });
    } catch (error) {
      setExportState({ error });
    }
  };

  const data = list.data;
  return (
    <>
      <div className="section-header">
        <h1>{t('inventory.title')}</h1>
        {canImport ? (
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('inventory.import')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('inventory.intro')}</p>
      <ErrorNotice error={list.error} />
      {data && data.total === 0 && !filtered ? (
        <EmptyState
          title={t('inventory.emptyTitle')}
          body={t('inventory.emptyBody')}
          action={
            canImport ? (
              <button type="button" className="button" onClick={() => setImporting(true)}>
                {t('inventory.import')}
              </button>
            ) : (
              <Link href="/requests/new" className="button">
                {t('requests.new')}
              </Link>
            )
          }
        />
      ) : (
        <>
          <div className="filters" role="search" aria-label={t('inventory.filters')}>
            <div className="field field--search">
              <Field label={t('inventory.search')} hint={t('inventory.searchHint')}>
                {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
              </Field>
            </div>
            <Field label={t('pages.columns.platform')}>
              {(props) => (
                <select {...props} value={platform ?? ''} onChange={(e) => setPlatform((e.target.value || null) as PlatformId | null)}>
                  <option value="">{t('inventory.all')}</option>
                  {PLATFORM_IDS.map((id) => (
                    <option key={id} value={id}>
                      {platformName(t, id)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('pages.columns.status')}>
              {(props) => (
                <select {...props} value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as PageStatus | null)}>
                  <option value="">{t('inventory.all')}</option>
                  {PAGE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`pages.status.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('pages.columns.audience')}>
              {(props) => (
                <select {...props} value={audience ?? ''} onChange={(e) => setAudience((e.target.value || null) as Audience | null)}>
                  <option value="">{t('inventory.all')}</option>
                  {AUDIENCES.map((a) => (
                    <option key={a} value={a}>
                      {t(`pages.audience.${a}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="toolbar">
            <p role="status" aria-live="polite">
              {data ? t('inventory.count', { count: data.total }) : t('common.loading')}
            </p>
            <div className="actions">
              <button type="button" className="button" onClick={() => void exportAs('csv')}>
                {t('inventory.exportCsv')}
              </button>
              <button type="button" className="button" onClick={() => void exportAs('json')}>
                {t('inventory.exportJson')}
              </button>
            </div>
          </div>
          {exportState?.error ? <ErrorNotice error={exportState.error} /> : null}
          {exportState?.done ? (
            <p className="notice notice--ok" role="status">
              {exportState.done}
            </p>
          ) : null}
          {data && data.total === 0 ? <p className="notice">{t('inventory.noMatch')}</p> : null}
          {data && data.rows.length ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('inventory.title')}</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((column) => {
                      const label = t(`pages.columns.${column.key}`);
                      const active = column.sort === sort;
                      return (
                        <th
                          key={column.key}
                          scope="col"
                          aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
                        >
                          {column.sort ? (
                            <button type="button" className="sort" onClick={() => sortBy(column.sort!)} title={t('inventory.sortBy', { column: label })}>
                              {label}
                              <span aria-hidden="true">{active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                            </button>
                          ) : (
                            label
                          )}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.id}>
                      <td className="wrap">
                        <Link href={`/pages/${row.id}`}>{row.displayName}</Link>
                      </td>
                      <td>{platformName(t, row.platform)}</td>
                      <td className="wrap">{row.handle}</td>
                      <td>
                        <PersonName person={row.owner} />
                      </td>
                      <td>
                        <PersonName person={row.backupOwner} />
                      </td>
                      <td>
                        <PersonName person={row.manager} />
                      </td>
                      <td>
                        <StatusBadge status={row.status} />
                        {row.officeNote ? (
                          <p className="muted small" title={`${row.officeNote.by}, ${formatDateTime(row.officeNote.at)}`}>
                            {t('inventory.officeNote', { by: row.officeNote.by })}: {row.officeNote.note || t('inventory.officeNoteEmpty')}
                          </p>
                        ) : null}
                      </td>
                      <td className="wrap wide">{row.purpose}</td>
                      <td className="nowrap">{formatDate(row.createdAt)}</td>
                      <td className="nowrap">
                        {formatDate(row.approvedAt)}
                        {row.approvedAt && row.source === 'import' ? <span className="muted"> ({t('pages.imported')})</span> : null}
                      </td>
                      <td className="nowrap">{row.endDate ? formatDate(row.endDate) : t('pages.ongoing')}</td>
                      <td className="nowrap">{row.lastActivityAt ? formatDateTime(row.lastActivityAt) : t('common.none')}</td>
                      <td>{row.openFlaggedItems}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {data && data.rows.length < data.total ? (
            <p>
              <button type="button" className="button" onClick={() => setLimit(Math.min(1000, limit + PAGE_SIZE))}>
                {t('inventory.more', { shown: data.rows.length, total: data.total })}
              </button>
            </p>
          ) : null}
        </>
      )}
      <Dialog open={importing} onClose={() => setImporting(false)} title={t('inventory.importTitle')}>
        <CsvImport kind="pages" columns={PAGES_CSV_COLUMNS} onDone={() => setImporting(false)} />
      </Dialog>
    </>
  );
}
