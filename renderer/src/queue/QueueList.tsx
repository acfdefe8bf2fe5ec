import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { QueueRow } from '../../../shared/api/queue';
import { formatDateTime } from '../pages/format';
import { platformName } from '../pages/platform';
import type { PlatformId } from '../../../shared/platforms/catalogue';
import { SeverityBadge, StatusChip } from './Severity';

export interface QueueListHandle {
  focus(): void;
}

interface Props {
  rows: QueueRow[];
  total: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  activeId: number | null;
  selected: ReadonlySet<number>;
  onPick: (id: number, how: { range: boolean; toggle: boolean }) => void;
  onOpen: (id: number) => void;
  labelledBy: string;
}

const ROW_HEIGHT = 88;

export const optionId = (id: number) => `queue-item-${id}`;

/**
 * The queue as a listbox: one tab stop, the active row announced through aria-activedescendant, rows
 * virtualised (only what is on screen is in the DOM), the next screen fetched as the end comes near.
 */
export const QueueList = forwardRef<QueueListHandle, Props>(function QueueList(props, ref) {
  const { t } = useTranslation();
  const { rows, activeId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), []);

  const virtualizer = useVirtualizer({
    count: rows.length + (props.hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? 'more',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (props.hasMore && !props.loadingMore && lastIndex >= rows.length - 10) props.loadMore();
  }, [lastIndex, rows.length, props.hasMore, props.loadingMore]);

  const activeIndex = activeId === null ? -1 : rows.findIndex((r) => r.id === activeId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex]);

  const pick = (event: MouseEvent, id: number) => {
    props.onPick(id, { range: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
    scroller.current?.focus();
  };

  // Arrow keys and Home/End belong to the listbox itself; the queue's letter keys are global.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = (index: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (row) props.onPick(row.id, { range: event.shiftKey, toggle: false });
    };
    if (event.key === 'ArrowDown') move(activeIndex + 1);
    else if (event.key === 'ArrowUp') move(activeIndex - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={scroller}
      className="queue-list"
      role="listbox"
      tabIndex={0}
      aria-labelledby={props.labelledBy}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex >= 0 ? optionId(activeId!) : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((v) => {
          const row = rows[v.index];
          if (!row) {
            return (
              <div key="more" className="queue-row queue-row--more" style={{ transform: `translateY(${v.start}px)`, height: v.size }} role="presentation">
                {t('queue.list.loadingMore')}
              </div>
            );
          }
          const active = row.id === activeId;
          const selected = props.selected.has(row.id);
          return (
            <div
              key={row.id}
              id={optionId(row.id)}
              role="option"
              aria-selected={selected}
              aria-posinset={v.index + 1}
              aria-setsize={props.total ?? -1}
              data-item-id={row.id}
              className={`queue-row severity-edge--${row.severity}${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
              style={{ transform: `translateY(${v.start}px)`, height: v.size }}
              onClick={(e) => pick(e, row.id)}
              onDoubleClick={() => props.onOpen(row.id)}
            >
              <div className="queue-row__top">
                <SeverityBadge severity={row.severity} compact />
                <span className="queue-row__author">{row.authorName ?? row.authorHandle ?? '—'}</span>
                <span className="queue-row__time">{formatDateTime(row.createdAt)}</span>
              </div>
              <div className="queue-row__snippet">{row.snippet}</div>
              <div className="queue-row__meta">
                <span className="queue-row__page">
                  {platformName(t, row.platform as PlatformId)} · {row.pageName}
                </span>
                {row.status !== 'nieuw' ? <StatusChip status={row.status} /> : null}
                {row.openEscalation ? <span className="chip chip--escalated">{t('queue.row.escalated', { kind: row.openEscalation })}</span> : null}
                {row.answeredEscalation && !row.openEscalation ? <span className="chip chip--answered">✉ {t('queue.row.answered')}</span> : null}
                {row.hasMedia ? (
                  <span className="chip" title={t('queue.row.media')}>
                    <span aria-hidden="true">🖼</span>
                    <span className="visually-hidden">{t('queue.row.media')}</span>
                  </span>
                ) : null}
                {row.categories.slice(0, 3).map((c) => (
                  <span key={c} className={`chip chip--cat chip--${c}`}>
                    {t(`categories.${c}`)}
                  </span>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
});
