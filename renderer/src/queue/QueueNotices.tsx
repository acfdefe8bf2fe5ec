import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DerailmentAlert } from '../../../shared/api/derailment';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDateTime } from '../pages/format';

// What needs attention before the list: derailment alerts (B5) on my pages, with a one-click
// escalation, and answers to my escalations (until I mark them seen). Only the newest of each shows
// in full; the rest wait behind "show N more", so the list keeps its place on a small screen.

function MoreToggle({ hidden, expanded, onToggle }: { hidden: number; expanded: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  if (hidden <= 0 && !expanded) return null;
  return (
    <button type="button" className="button button--small more-toggle" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? t('queue.notices.fewer') : t('queue.notices.more', { count: hidden })}
    </button>
  );
}

export function DerailmentStrip({ onShow, onEscalated }: { onShow: (alert: DerailmentAlert) => void; onEscalated: (managerName: string) => void }) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const alerts = useApiQuery('derailment.list', {});
  const escalate = useApiMutation('derailment.escalate');
  const dismiss = useApiMutation('derailment.dismiss');
  const [dismissing, setDismissing] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  if (!alerts.data?.length) return null;
  const shown = expanded ? alerts.data : alerts.data.slice(0, 1);
  return (
    <section className="alerts" aria-label={t('derailment.title')}>
      {shown.map((a) => {
        const minutes = Math.round((Date.parse(a.windowEnd) - Date.parse(a.windowStart)) / 60_000);
        const expected = (a.kind === 'flagged' ? a.expectedFlagged : a.expected).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
        return (
          <div key={a.id} className="alert" role="alert">
            <p className="alert__title">
              <span aria-hidden="true">⚠ </span>
              {t('derailment.title')}
            </p>
            <p>
              {t(a.kind === 'flagged' ? 'derailment.flagged' : 'derailment.volume', { page: a.page.name, count: a.itemCount, flagged: a.flaggedCount, minutes, expected })}{' '}
              {a.scope === 'thread' ? t('derailment.inThread') : null}{' '}
              {a.categories.length ? t('derailment.mostly', { list: a.categories.slice(0, 3).map((c) => t(`categories.${c.category}`)).join(', ') }) : null}{' '}
              {t('derailment.authors', { count: a.authors })} <span className="muted">({formatDateTime(a.windowEnd)})</span>
            </p>
            <div className="actions">
              <button type="button" className="button button--small" onClick={() => onShow(a)}>
                {t('derailment.show')}
              </button>
              {a.canEscalate ? (
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={escalate.isPending}
                  onClick={() => escalate.mutate({ id: a.id, note: '' }, { onSuccess: (r) => onEscalated(r.escalation.to?.name ?? '') })}
                >
                  {t('derailment.escalate')}
                </button>
              ) : null}
              {a.canDismiss && dismissing !== a.id ? (
                <button type="button" className="button button--small" onClick={() => setDismissing(a.id)}>
                  {t('derailment.dismiss')}
                </button>
              ) : null}
            </div>
            {dismissing === a.id ? (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  dismiss.mutate({ id: a.id, reason }, { onSuccess: () => setDismissing(null) });
                }}
              >
                <label className="field">
                  <span>{t('derailment.dismissReason')}</span>
                  <input type="text" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} autoFocus />
                </label>
                <div className="actions">
                  <button type="submit" className="button button--small" disabled={!reason.trim() || dismiss.isPending}>
                    {t('derailment.dismiss')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => setDismissing(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            ) : null}
          </div>
        );
      })}
      <MoreToggle hidden={alerts.data.length - shown.length} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
      <ErrorNotice error={escalate.error ?? dismiss.error} />
    </section>
  );
}

export function AnswerNotices({ onShow }: { onShow: (itemId: number) => void }) {
  const { t } = useTranslation();
  const notices = useApiQuery('escalations.notices', {});
  const seen = useApiMutation('escalations.markSeen');
  const [expanded, setExpanded] = useState(false);
  if (!notices.data?.length) return null;
  const shown = expanded ? notices.data : notices.data.slice(0, 1);
  return (
    <section className="notices" aria-label={t('escalations.notices.title')}>
      <h2 className="visually-hidden">{t('escalations.notices.title')}</h2>
      {shown.map((n) => (
        <div key={n.id} className="notice notice--answer" role="status">
          <p>
            <strong>{t('escalations.notices.one', { name: n.answeredBy?.name ?? '', page: n.pageName })}</strong> “{n.answer}”
          </p>
          <p className="muted small">“{n.itemSnippet}”</p>
          <div className="actions">
            <button type="button" className="button button--small" onClick={() => onShow(n.itemId)}>
              {t('escalations.notices.open')}
            </button>
            <button type="button" className="button button--small" onClick={() => seen.mutate({ ids: [n.id] }, { onSuccess: () => void notices.refetch() })}>
              {t('escalations.notices.seen')}
            </button>
          </div>
        </div>
      ))}
      <MoreToggle hidden={notices.data.length - shown.length} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
    </section>
  );
}
