import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useQueryClient } from '@tanstack/react-query';
import type { DecisionResult } from '../../../shared/api/decisions';
import type { QueueFilter, QueueSort, QueueView } from '../../../shared/api/queue';
import { UNDO_WINDOW_MS } from '../../../shared/api/decisions';
import type { PlatformId } from '../../../shared/platforms/catalogue';
import { platformName } from '../pages/platform';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ItemDetail, openOriginal, type DecideControls } from './ItemDetail';
import { DEFAULT_FILTER, QueueFilters } from './QueueFilters';
import { EscalateDialog, IncidentDialog, KeyboardHelp, ReasonDialog } from './QueueDialogs';
import { QueueList, type QueueListHandle } from './QueueList';
import { AnswerNotices, DerailmentStrip } from './QueueNotices';
import { useNotificationOffer } from './notifications';
import { useQueueList, useRemoveRows } from './useQueue';
import './queue.css';

// The Wachtrij: one list, one open item, keyboard first, undo instead of "are you sure?" (UX.md).
// The back end decides who sees and may do what; this view offers what `queue.get` says is allowed.

type DialogState = { kind: 'escalate' | 'board' } | { kind: 'incident' } | { kind: 'reopen' } | { kind: 'help' } | null;

interface Toast {
  id: number;
  message: string;
  failures: string[];
  undo: number[] | null;
}

const TOAST_MS = 10_000;
const NO_FILTER_STATUSES: Record<QueueView, QueueFilter['statuses']> = {
  mine: DEFAULT_FILTER.statuses,
  team: DEFAULT_FILTER.statuses,
  all: DEFAULT_FILTER.statuses,
  // What was escalated to me waits for my answer, whatever the owner did with the item meanwhile.
  escalated: ['nieuw', 'in_behandeling', 'afgehandeld'],
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable="true"], dialog[open]');
}

/** `initialPageId`: open on one page's items ("Nu beoordelen" from a reminder, `#/queue/page/:id`). */
export function QueueSection({ initialPageId }: { initialPageId?: number } = {}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const counts = useApiQuery('queue.counts', {});
  const [view, setView] = useState<QueueView | null>(null);
  const [filter, setFilter] = useState<QueueFilter>(initialPageId ? { ...DEFAULT_FILTER, pageIds: [initialPageId] } : DEFAULT_FILTER);
  const [sort, setSort] = useState<QueueSort>('severity');
  const { query, rows, total, totalExact, truncated } = useQueueList(view, filter, sort);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  // The last undoable decision outlives its toast: u / z works for the server's whole undo window.
  const [lastUndo, setLastUndo] = useState<{ ids: number[]; at: number } | null>(null);
  const [deleteArmed, setDeleteArmed] = useState(false);
  const [clause, setClause] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const listRef = useRef<QueueListHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const splitRef = useRef<HTMLDivElement>(null);
  const removeRows = useRemoveRows();
  const offer = useNotificationOffer();

  const decide = useApiMutation('decisions.decide');
  const undo = useApiMutation('decisions.undo');
  const escalate = useApiMutation('escalations.create');
  const detail = useApiQuery('queue.get', { id: activeId ?? 0 }, { enabled: activeId !== null });
  const item = detail.data && detail.data.id === activeId ? detail.data : undefined;

  // The first view this person has; the list starts on its first item.
  useEffect(() => {
    const views = counts.data?.views;
    if (views && (view === null || !views.includes(view)) && views[0]) chooseView(views[0]);
  }, [counts.data, view]);
  useEffect(() => {
    if (activeId === null && rows[0]) setActiveId(rows[0].id);
  }, [rows, activeId]);
  // A new item to look at: its engine clause by default, a fresh reason, delete disarmed.
  useEffect(() => {
    setDeleteArmed(false);
    setReason('');
  }, [activeId]);
  useEffect(() => {
    if (item) setClause(item.classification?.clauses[0] ?? null);
  }, [item?.id]);

  // Live: items arrive without a reload (throttled, so a busy poll refetches once).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = api.on('items.added', () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('queue.') || String(q.queryKey[0]).startsWith('derailment.') });
      }, 1_000);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [client]);

  useEffect(() => {
    if (toast?.undo) setLastUndo({ ids: toast.undo, at: Date.now() });
    else if (toast && toast.message && !toast.undo) setLastUndo(null);
  }, [toast]);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast((current) => (current?.id === toast.id ? null : current)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  // The split fills the window below the header, so the list scrolls on its own (virtualised).
  const [height, setHeight] = useState(600);
  useLayoutEffect(() => {
    const measure = () => {
      const top = splitRef.current?.getBoundingClientRect().top ?? 200;
      setHeight(Math.max(420, window.innerHeight - top - 16));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    const head = splitRef.current?.parentElement;
    if (head) observer.observe(head);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [view]);

  const targets = useMemo(() => (selected.size ? [...selected] : activeId !== null ? [activeId] : []), [selected, activeId]);
  const busy = decide.isPending || undo.isPending || escalate.isPending;

  function chooseView(next: QueueView) {
    setView(next);
    setFilter({ ...DEFAULT_FILTER, statuses: [...NO_FILTER_STATUSES[next]] });
    setActiveId(null);
    setSelected(new Set());
  }

  /** A derailment alert's items: in the first of this person's views that holds the page. */
  async function showAlert(pageId: number, firstItemId: number | null) {
    const candidates = new Set([view, ...(counts.data?.views ?? [])].filter((v): v is QueueView => v !== null && v !== 'escalated'));
    for (const v of candidates) {
      const pages = await client.fetchQuery({ queryKey: ['queue.pages', { view: v }], queryFn: () => api.call('queue.pages', { view: v }) });
      if (!pages.some((p) => p.id === pageId)) continue;
      setView(v);
      setSelected(new Set());
      setFilter({ ...DEFAULT_FILTER, pageIds: [pageId], statuses: ['nieuw', 'in_behandeling', 'afgehandeld'] });
      setSort('newest');
      break;
    }
    setActiveId(firstItemId);
  }

  function move(delta: number, extend: boolean) {
    if (!rows.length) return;
    const index = rows.findIndex((r) => r.id === activeId);
    const next = rows[Math.max(0, Math.min(rows.length - 1, index + delta))]!;
    if (extend) {
      const from = anchor ?? activeId ?? next.id;
      setAnchor(from);
      selectRange(from, next.id);
    }
    setActiveId(next.id);
  }

  function selectRange(fromId: number, toId: number) {
    const a = rows.findIndex((r) => r.id === fromId);
    const b = rows.findIndex((r) => r.id === toId);
    if (a < 0 || b < 0) return;
    setSelected(new Set(rows.slice(Math.min(a, b), Math.max(a, b) + 1).map((r) => r.id)));
  }

  function pick(id: number, how: { range: boolean; toggle: boolean }) {
    if (how.toggle) {
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      setAnchor(id);
    } else if (how.range) {
      selectRange(anchor ?? activeId ?? id, id);
    } else {
      setSelected(new Set());
      setAnchor(id);
    }
    setActiveId(id);
  }

  function toggleSelect() {
    if (activeId === null) return;
    pick(activeId, { range: false, toggle: true });
  }

  /** After items left the list, the cursor goes to the next row still there (or the one before). */
  function stepPast(gone: readonly number[]) {
    const set = new Set(gone);
    const index = rows.findIndex((r) => r.id === activeId);
    const after = rows.slice(index + 1).find((r) => !set.has(r.id)) ?? rows.slice(0, Math.max(0, index)).reverse().find((r) => !set.has(r.id));
    setActiveId(after?.id ?? null);
    setSelected(new Set());
  }

  function failureLines(results: DecisionResult[]): string[] {
    return results
      .filter((r) => !r.ok && r.error)
      .map((r) => {
        const e = r.error!;
        const text = e.key ? t(e.key, { ...e.params, defaultValue: e.message }) : e.message;
        return e.manualStepsKey ? `${text} ${t('queue.decide.manualSteps')}: ${t(e.manualStepsKey)}` : text;
      });
  }

  function runDecision(decision: 'keep' | 'hide' | 'delete', violation = false) {
    if (!targets.length || busy) return;
    const itemIds = targets;
    decide.mutate(
      { itemIds, decision, clause: itemIds.length === 1 ? clause : null, reason, notAViolation: decision === 'keep' && !violation },
      {
        onSuccess: ({ results }) => {
          const ok = results.filter((r) => r.ok);
          if (ok.length && !filter.statuses.includes('afgehandeld')) {
            stepPast(ok.map((r) => r.itemId));
            removeRows(ok.map((r) => r.itemId));
          }
          setDeleteArmed(false);
          setToast({
            id: Date.now(),
            message: ok.length ? t(`queue.toast.${decision}`, { count: ok.length }) : '',
            failures: failureLines(results),
            undo: ok.length ? ok.map((r) => r.decisionId!) : null,
          });
          listRef.current?.focus();
        },
      },
    );
  }

  function runUndo() {
    const ids = toast?.undo ?? (lastUndo && Date.now() - lastUndo.at < UNDO_WINDOW_MS ? lastUndo.ids : null);
    if (!ids || busy) return;
    undo.mutate(
      { decisionIds: ids },
      {
        onSuccess: ({ results }) => {
          const ok = results.filter((r) => r.ok);
          const local = ok.some((r) => r.platformResult === 'local_only');
          setToast({ id: Date.now(), message: ok.length ? t(local ? 'queue.toast.undoneLocal' : 'queue.toast.undone') : '', failures: failureLines(results), undo: null });
          if (ok[0]) setActiveId(ok[0].itemId);
        },
      },
    );
  }

  function sendEscalation(kind: 'B5' | 'B6' | 'O3', note: string) {
    escalate.mutate(
      { itemIds: targets, kind, note },
      {
        onSuccess: ({ escalations, decisionIds }) => {
          setDialog(null);
          setSelected(new Set());
          setToast({
            id: Date.now(),
            message: kind === 'O3' ? t('queue.toast.board') : t('queue.toast.escalate', { name: escalations[0]?.to?.name ?? '' }),
            failures: [],
            undo: decisionIds,
          });
          listRef.current?.focus();
        },
      },
    );
  }

  const reopen = useApiMutation('decisions.undo');
  function runReopen(text: string) {
    const last = item?.decisions.filter((d) => !d.undone && d.decision !== 'reopen').at(-1);
    if (!last) return;
    reopen.mutate(
      { decisionIds: [last.id], reason: text },
      {
        onSuccess: ({ results }) => {
          const failures = failureLines(results);
          if (failures.length) setToast({ id: Date.now(), message: '', failures, undo: null });
          else setDialog(null);
        },
      },
    );
  }

  /** h or d where the platform will not: say why and what to do by hand, instead of nothing. */
  function explainImpossible(action: 'hide' | 'delete') {
    if (!item) return;
    const ab = item.platformAbilities;
    const reason = ab[action].reasonKey ? t(ab[action].reasonKey!, { platform: platformName(t, item.platform as PlatformId) }) : '';
    const steps = ab.manualStepsKey ? `${t('queue.decide.manualSteps')}: ${t(ab.manualStepsKey)}` : '';
    setToast({ id: Date.now(), message: '', failures: [[reason, steps].filter(Boolean).join(' ')], undo: null });
  }

  function removeOrArm() {
    if (!item?.platformAbilities.delete.possible && selected.size <= 1) return explainImpossible('delete');
    if (deleteArmed) runDecision('delete');
    else setDeleteArmed(true);
  }

  const can = (a: string) => (selected.size > 1 ? true : !!item?.actions.includes(a as never));

  // Keyboard first. Letter keys work anywhere in the queue except while typing; the listbox itself
  // handles the arrow keys.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialog || event.defaultPrevented) return;
      if (isTyping(event.target)) {
        if (event.key === 'Escape') (event.target as HTMLElement).blur();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      const handled = () => event.preventDefault();
      switch (key) {
        case 'j':
        case 'J':
          handled();
          return move(1, event.shiftKey);
        case 'k':
        case 'K':
          handled();
          return move(-1, event.shiftKey);
        case 'Enter':
        case 'o':
          if (deleteArmed && key === 'Enter') {
            handled();
            return runDecision('delete');
          }
          if ((event.target as HTMLElement).closest?.('button, a')) return;
          handled();
          return headingRef.current?.focus();
        case 'x':
          handled();
          return toggleSelect();
        case 'e':
          if (can('keep')) {
            handled();
            runDecision('keep');
          }
          return;
        case 'E':
          if (can('keep') && (selected.size > 1 || item?.flagged)) {
            handled();
            runDecision('keep', true);
          }
          return;
        case 'h':
          if (can('keep') && (selected.size > 1 || item?.platformAbilities.hide.possible)) {
            handled();
            runDecision('hide');
          } else if (can('keep')) {
            handled();
            explainImpossible('hide');
          }
          return;
        case 'd':
          if (can('keep')) {
            handled();
            removeOrArm();
          }
          return;
        case 'm':
          if (can('escalate')) {
            handled();
            setDialog({ kind: 'escalate' });
          }
          return;
        case 'b':
          if (can('board')) {
            handled();
            setDialog({ kind: 'board' });
          }
          return;
        case 'i':
          if (can('incident')) {
            handled();
            setDialog({ kind: 'incident' });
          }
          return;
        case 'v':
          handled();
          return openOriginal(item?.url ?? null);
        case 'u':
        case 'z':
          handled();
          return runUndo();
        case '/':
          handled();
          return searchRef.current?.focus();
        case '?':
          handled();
          return setDialog({ kind: 'help' });
        case 'Escape':
          if (deleteArmed) setDeleteArmed(false);
          else if (selected.size) setSelected(new Set());
          listRef.current?.focus();
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const controls: DecideControls = {
    clause,
    setClause,
    reason,
    setReason,
    deleteArmed,
    busy,
    keep: (violation) => runDecision('keep', violation),
    hide: () => runDecision('hide'),
    remove: removeOrArm,
    cancelDelete: () => setDeleteArmed(false),
    escalate: (kind) => setDialog({ kind: kind === 'O3' ? 'board' : 'escalate' }),
    incident: () => setDialog({ kind: 'incident' }),
    reopen: () => setDialog({ kind: 'reopen' }),
  };

  if (counts.error) return <ErrorNotice error={counts.error} />;
  if (!counts.data) return <p>{t('common.loading')}</p>;
  if (!counts.data.views.length) {
    return (
      <>
        <h1>{t('queue.title')}</h1>
        <EmptyState
          title={t('queue.emptyTitle')}
          body={t('queue.noViews')}
          action={
            <Link href="/pages" className="button">
              {t('queue.emptyAction')}
            </Link>
          }
        />
      </>
    );
  }

  const filtered = JSON.stringify({ ...filter, statuses: [] }) !== JSON.stringify({ ...DEFAULT_FILTER, statuses: [] });
  const emptyText = view === 'escalated' ? t('queue.list.emptyEscalated') : view === 'all' ? t('queue.list.emptyAll') : t('queue.list.emptyMine');

  return (
    <div className="queue">
      <div className="queue__head">
        <h1 id="queue-title">{t('queue.title')}</h1>
        <div className="view-tabs" role="group" aria-label={t('queue.viewsLabel')}>
          {counts.data.views.map((v) => {
            const c = counts.data[v];
            return (
              <button key={v} type="button" className={`view-tab${v === view ? ' is-active' : ''}`} aria-pressed={v === view} onClick={() => chooseView(v)}>
                <span className="view-tab__name">{t(`queue.views.${v}`)}</span>
                {c ? (
                  <span className="view-tab__count">
                    {t('queue.viewCount', { open: c.open.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL') })}
                    {c.urgent ? <span className="view-tab__urgent"> · ⬣ {t('queue.viewUrgent', { count: c.urgent })}</span> : null}
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
        <button type="button" className="button button--small keys-button" onClick={() => setDialog({ kind: 'help' })}>
          ⌨ {t('queue.keys.button')}
        </button>
      </div>

      {offer.show ? (
        <div className="notice notice--offer" role="note">
          <p>{t('queue.notify.ask')}</p>
          <div className="actions">
            <button type="button" className="button button--small button--primary" onClick={offer.enable}>
              {t('queue.notify.enable')}
            </button>
            <button type="button" className="button button--small" onClick={offer.later}>
              {t('queue.notify.later')}
            </button>
          </div>
        </div>
      ) : null}
      <DerailmentStrip
        onShow={(a) => void showAlert(a.page.id, a.itemIds[0] ?? null)}
        onEscalated={(name) => setToast({ id: Date.now(), message: t('queue.toast.escalate', { name }), failures: [], undo: null })}
      />
      <AnswerNotices onShow={(itemId) => setActiveId(itemId)} />

      {view ? <QueueFilters ref={searchRef} view={view} filter={filter} sort={sort} onChange={(f) => { setFilter(f); setActiveId(null); setSelected(new Set()); }} onSort={setSort} /> : null}

      <div className="queue__summary" aria-live="polite">
        {total !== null ? <span>{totalExact ? t('queue.list.total', { count: total }) : t('queue.list.totalAtLeast', { count: total })}</span> : null}
        {selected.size ? (
          <span className="queue__selection">
            {t('queue.list.selected', { count: selected.size })}{' '}
            <button type="button" className="link-button" onClick={() => setSelected(new Set())}>
              {t('queue.list.clearSelection')}
            </button>
          </span>
        ) : null}
        {truncated ? <span className="muted">{t('queue.list.truncated')}</span> : null}
      </div>
      <ErrorNotice error={query.error} />

      <div className="queue__split" ref={splitRef} style={{ height }}>
        <div className="queue__list-pane">
          {rows.length ? (
            <QueueList
              ref={listRef}
              rows={rows}
              total={total}
              hasMore={!!query.hasNextPage}
              loadingMore={query.isFetchingNextPage}
              loadMore={() => void query.fetchNextPage()}
              activeId={activeId}
              selected={selected}
              onPick={pick}
              onOpen={() => headingRef.current?.focus()}
              labelledBy="queue-title"
            />
          ) : query.isLoading || query.isPending ? (
            <p className="muted queue__pad">{t('common.loading')}</p>
          ) : filtered ? (
            <div className="queue__pad">
              <p>{t('queue.list.noResults')}</p>
              <button type="button" className="button" onClick={() => setFilter({ ...DEFAULT_FILTER, statuses: filter.statuses })}>
                {t('queue.list.noResultsAction')}
              </button>
            </div>
          ) : (
            <div className="queue__pad">
              <EmptyState title={t('queue.emptyTitle')} body={emptyText} />
            </div>
          )}
        </div>
        <div className="queue__detail-pane" aria-label={t('queue.detail.label')} role="region">
          {selected.size > 1 ? (
            <BulkPanel count={selected.size} busy={busy} controls={controls} onClear={() => setSelected(new Set())} />
          ) : item ? (
            <ItemDetail ref={headingRef} item={item} controls={controls} />
          ) : detail.error && activeId !== null ? (
            <ErrorNotice error={detail.error} />
          ) : activeId !== null ? (
            <p className="muted">{t('common.loading')}</p>
          ) : (
            <p className="muted">{t('queue.detail.empty')}</p>
          )}
          <ErrorNotice error={decide.error ?? escalate.error ?? undo.error} />
        </div>
      </div>

      {toast && (toast.message || toast.failures.length) ? (
        <div className="toast" role="status">
          {toast.message ? <p>{toast.message}</p> : null}
          {toast.failures.length ? (
            <div className="toast__failures">
              <p>
                <strong>{t('queue.toast.failed', { count: toast.failures.length })}</strong>
              </p>
              <ul>
                {toast.failures.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="actions">
            {toast.undo ? (
              <button type="button" className="button button--small" onClick={runUndo} disabled={busy}>
                {t('queue.toast.undo')} <kbd>u</kbd>
              </button>
            ) : null}
            <button type="button" className="button button--small button--ghost-text" onClick={() => setToast(null)}>
              {t('queue.toast.close')}
            </button>
          </div>
        </div>
      ) : null}

      {dialog?.kind === 'escalate' || dialog?.kind === 'board' ? (
        <EscalateDialog
          kind={dialog.kind === 'board' ? 'O3' : 'B6'}
          count={targets.length}
          managerName={item?.manager.name ?? null}
          busy={escalate.isPending}
          error={escalate.error}
          onClose={() => {
            escalate.reset();
            setDialog(null);
          }}
          onSend={sendEscalation}
        />
      ) : null}
      {dialog?.kind === 'incident' ? (
        <IncidentDialog
          itemIds={targets}
          onClose={() => setDialog(null)}
          onDone={(id) => {
            setDialog(null);
            navigate(`/incidents/${id}`);
          }}
        />
      ) : null}
      {dialog?.kind === 'reopen' ? (
        <ReasonDialog title={t('queue.decide.reopenTitle')} label={t('queue.decide.reopenReason')} busy={reopen.isPending} error={reopen.error} onClose={() => setDialog(null)} onSubmit={runReopen} />
      ) : null}
      {dialog?.kind === 'help' ? <KeyboardHelp onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

function BulkPanel({ count, busy, controls, onClear }: { count: number; busy: boolean; controls: DecideControls; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('queue.list.selected', { count })}</h2>
      <p className="muted">{t('queue.decide.bulk', { count })}</p>
      <label className="field">
        <span>{t('queue.decide.reason')}</span>
        <input type="text" value={controls.reason} maxLength={1000} onChange={(e) => controls.setReason(e.target.value)} />
      </label>
      {controls.deleteArmed ? (
        <div className="notice notice--error" role="alert">
          <p>{t('queue.decide.deleteHint')}</p>
          <button type="button" className="button button--danger" onClick={controls.remove} disabled={busy}>
            {t('queue.decide.deleteConfirm')}
          </button>
        </div>
      ) : null}
      <div className="actions decide-actions">
        <button type="button" className="button button--primary" onClick={() => controls.keep(false)} disabled={busy}>
          {t('queue.decide.keepNoViolation')} <kbd>e</kbd>
        </button>
        <button type="button" className="button" onClick={controls.hide} disabled={busy}>
          {t('queue.decide.hide')} <kbd>h</kbd>
        </button>
        <button type="button" className="button button--danger-outline" onClick={controls.remove} disabled={busy}>
          {t('queue.decide.delete')} <kbd>d</kbd>
        </button>
        <button type="button" className="button" onClick={() => controls.escalate('B6')} disabled={busy}>
          {t('queue.decide.escalate')} <kbd>m</kbd>
        </button>
        <button type="button" className="button" onClick={() => controls.escalate('O3')} disabled={busy}>
          {t('queue.decide.board')} <kbd>b</kbd>
        </button>
        <button type="button" className="button" onClick={controls.incident}>
          {t('queue.decide.incident')} <kbd>i</kbd>
        </button>
        <button type="button" className="button" onClick={onClear}>
          {t('queue.list.clearSelection')}
        </button>
      </div>
    </section>
  );
}
