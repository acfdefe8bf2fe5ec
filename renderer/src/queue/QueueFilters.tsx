import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES, type QueueFilter, type QueueSort, type QueueView } from '../../../shared/api/queue';
import { CATEGORIES } from '../../../shared/decency/types';
import { CLAUSE_IDS } from '../../../shared/protocol/clauses';
import { CATEGORY_INFO } from '../../../shared/decency/categories';
import type { PlatformId } from '../../../shared/platforms/catalogue';
import { useApiQuery } from '../api/hooks';
import { platformName } from '../pages/platform';

export const DEFAULT_FILTER: QueueFilter = {
  statuses: [...OPEN_STATUSES],
  severities: [0, 1, 2, 3],
  pageIds: [],
  platforms: [],
  categories: [],
  clauses: [],
  from: null,
  to: null,
  search: '',
};

/** Clauses that some category cites: the others could never match a flag. */
const FLAG_CLAUSES = CLAUSE_IDS.filter((id) => Object.values(CATEGORY_INFO).some((c) => (c.clauses as readonly string[]).includes(id)));

const STATUS_CHOICES = { open: [...OPEN_STATUSES], nieuw: ['nieuw'], in_behandeling: ['in_behandeling'], afgehandeld: ['afgehandeld'], all: ['nieuw', 'in_behandeling', 'afgehandeld'] } as const;
const SEVERITY_CHOICES = { any: [0, 1, 2, 3], flagged: [1, 2, 3], urgent: [3], 2: [2], 1: [1], 0: [0] } as const;

function choiceOf<T extends Record<string, readonly unknown[]>>(choices: T, value: readonly unknown[]): keyof T {
  const key = Object.entries(choices).find(([, v]) => v.length === value.length && v.every((x) => value.includes(x)))?.[0];
  return (key ?? Object.keys(choices)[0]) as keyof T;
}

interface Props {
  view: QueueView;
  filter: QueueFilter;
  sort: QueueSort;
  onChange: (filter: QueueFilter) => void;
  onSort: (sort: QueueSort) => void;
}

export const QueueFilters = forwardRef<HTMLInputElement, Props>(function QueueFilters({ view, filter, sort, onChange, onSort }, searchRef) {
  const { t } = useTranslation();
  const pages = useApiQuery('queue.pages', { view });
  const [search, setSearch] = useState(filter.search);
  useEffect(() => setSearch(filter.search), [filter.search]);
  useEffect(() => {
    if (search === filter.search) return;
    // Search as you type, without a query per keystroke.
    const timer = setTimeout(() => onChange({ ...filter, search }), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const platforms = [...new Set((pages.data ?? []).map((p) => p.platform))];
  const moreSet = [filter.platforms.length, filter.categories.length, filter.clauses.length, filter.from ? 1 : 0, filter.to ? 1 : 0, sort !== 'severity' ? 1 : 0].filter(Boolean).length;
  const [more, setMore] = useState(false);
  const open = more || moreSet > 0;
  const set = (patch: Partial<QueueFilter>) => onChange({ ...filter, ...patch });
  // The status choice belongs to the view; everything else counts as a filter to clear.
  const changed = JSON.stringify({ ...filter, statuses: [] }) !== JSON.stringify({ ...DEFAULT_FILTER, statuses: [] });
  return (
    <div className="queue-filters" role="search" aria-label={t('queue.filters.label')}>
      <label className="field field--search">
        <span>{t('queue.filters.search')}</span>
        <input ref={searchRef} type="search" value={search} maxLength={200} placeholder={t('queue.filters.searchHint')} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('queue.filters.status')}</span>
        <select value={String(choiceOf(STATUS_CHOICES, filter.statuses))} onChange={(e) => set({ statuses: [...STATUS_CHOICES[e.target.value as keyof typeof STATUS_CHOICES]] })}>
          <option value="open">{t('queue.filters.open')}</option>
          <option value="nieuw">{t('queue.statuses.nieuw')}</option>
          <option value="in_behandeling">{t('queue.statuses.in_behandeling')}</option>
          <option value="afgehandeld">{t('queue.statuses.afgehandeld')}</option>
          <option value="all">{t('queue.filters.allStatuses')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('queue.filters.severity')}</span>
        <select value={String(choiceOf(SEVERITY_CHOICES, filter.severities))} onChange={(e) => set({ severities: [...SEVERITY_CHOICES[e.target.value as keyof typeof SEVERITY_CHOICES]] })}>
          <option value="any">{t('queue.filters.allSeverities')}</option>
          <option value="flagged">{t('queue.filters.flaggedOnly')}</option>
          <option value="urgent">{t('queue.filters.urgentOnly')}</option>
          <option value="2">{t('queue.severityWord.2')}</option>
          <option value="1">{t('queue.severityWord.1')}</option>
          <option value="0">{t('queue.severityWord.0')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('queue.filters.page')}</span>
        <select value={filter.pageIds[0] ?? ''} onChange={(e) => set({ pageIds: e.target.value ? [Number(e.target.value)] : [] })}>
          <option value="">{t('queue.filters.allPages')}</option>
          {(pages.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small queue-filters__more" aria-expanded={open} aria-controls="more-filters" onClick={() => setMore(!more)}>
        {t('queue.filters.more')}
        {moreSet ? ` (${moreSet})` : ''} {open ? '▴' : '▾'}
      </button>
      {changed ? (
        <button type="button" className="button button--small" onClick={() => onChange({ ...DEFAULT_FILTER, statuses: filter.statuses })}>
          {t('queue.filters.clear')}
        </button>
      ) : null}
      {open ? (
        <div className="queue-filters__more-row" id="more-filters">
          {platforms.length > 1 ? (
            <label className="field">
              <span>{t('queue.filters.platform')}</span>
              <select value={filter.platforms[0] ?? ''} onChange={(e) => set({ platforms: e.target.value ? [e.target.value as PlatformId] : [] })}>
                <option value="">{t('queue.filters.allPlatforms')}</option>
                {platforms.map((p) => (
                  <option key={p} value={p}>
                    {platformName(t, p as PlatformId)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field">
            <span>{t('queue.filters.category')}</span>
            <select value={filter.categories[0] ?? ''} onChange={(e) => set({ categories: e.target.value ? [e.target.value as (typeof CATEGORIES)[number]] : [] })}>
              <option value="">{t('queue.filters.allCategories')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('queue.filters.clause')}</span>
            <select value={filter.clauses[0] ?? ''} onChange={(e) => set({ clauses: e.target.value ? [e.target.value] : [] })}>
              <option value="">{t('queue.filters.allClauses')}</option>
              {FLAG_CLAUSES.map((id) => (
                <option key={id} value={id}>
                  {id} — {t(`clauses.${id}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--date">
            <span>{t('queue.filters.from')}</span>
            <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
          </label>
          <label className="field field--date">
            <span>{t('queue.filters.to')}</span>
            <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
          </label>
          <label className="field">
            <span>{t('queue.filters.sort')}</span>
            <select value={sort} onChange={(e) => onSort(e.target.value as QueueSort)}>
              <option value="severity">{t('queue.filters.sorts.severity')}</option>
              <option value="newest">{t('queue.filters.sorts.newest')}</option>
            </select>
          </label>
        </div>
      ) : null}
    </div>
  );
});
