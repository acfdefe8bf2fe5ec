import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { dueDay, type Reminder } from '../../../shared/api/reminders';
import { api } from '../api/client';
import { useApiMutation } from '../api/hooks';
import { formatDate } from '../pages/format';
import { Clause, UrgencyBadge, useReminderText } from './parts';
import type { ReminderDialog } from './ReminderDialogs';

/** One reminder: why (clause, facts), for whom, and what can be done now. */
export function ReminderCard({ reminder: r, onDialog, showRecipients }: { reminder: Reminder; onDialog: (d: ReminderDialog) => void; showRecipients: boolean }) {
  const { t } = useTranslation();
  const text = useReminderText(r);
  const unsnooze = useApiMutation('reminders.unsnooze');
  const headingId = `reminder-${r.id}`;
  const openExtend = async () => {
    const page = await api.call('pages.get', { id: r.page.id });
    onDialog({ kind: 'extend', pageId: page.id, pageName: page.displayName, endDate: page.endDate, manager: page.manager.name });
  };
  return (
    <article className={`reminder reminder--${r.urgency}`} aria-labelledby={headingId}>
      <div className="reminder__head">
        <UrgencyBadge urgency={r.urgency} />
        <h2 className="reminder__title" id={headingId}>
          {text.title}
        </h2>
        <Clause id={r.clause} />
      </div>
      <p className="reminder__meta">
        <span>
          {t('reminders.card.page')}: <Link href={`/pages/${r.page.id}`}>{r.page.displayName}</Link>
        </span>
        <span>{t('reminders.card.since', { date: formatDate(r.openedAt) })}</span>
        {r.status === 'open' ? (
          r.overdue ? (
            <span className="overdue">
              <span aria-hidden="true">⚠ </span>
              {t('reminders.card.overdue')}
            </span>
          ) : (
            <span>{t('reminders.card.due', { date: formatDate(dueDay(r.dueAt)) })}</span>
          )
        ) : null}
      </p>
      <p className="reminder__body">{text.body}</p>
      {r.escalatedAt && r.status === 'open' ? <p className="reminder__meta">{t('reminders.card.escalated', { date: formatDate(r.escalatedAt) })}</p> : null}
      {r.snoozedUntil && r.status === 'open' ? (
        <p className="reminder__meta">{t('reminders.card.snoozed', { date: formatDate(r.snoozedUntil), by: r.snoozedBy ?? '', reason: r.snoozeReason ?? '' })}</p>
      ) : null}
      {r.pendingExtension ? (
        <p className="reminder__meta">{t('reminders.card.pendingExtension', { date: formatDate(r.pendingExtension.newEndDate), by: r.pendingExtension.requestedBy })}</p>
      ) : null}
      {r.status === 'resolved' ? (
        <p className="reminder__meta">
          <span>{t('reminders.card.resolved', { date: formatDate(r.resolvedAt) })}</span>
          <span>
            {r.resolution === 'exempted' && r.exemption
              ? t('reminders.card.resolution.exempted', { description: r.exemption.description, until: formatDate(r.exemption.validUntil) })
              : t('reminders.card.resolution.condition_ended')}
          </span>
        </p>
      ) : null}
      {showRecipients ? (
        <p className="reminder__meta">
          {t('reminders.card.recipients', { names: r.recipients.map((p) => `${p.name} (${t(`reminders.card.why.${p.why}`)})`).join(', ') })}
        </p>
      ) : null}
      {r.actions.length ? (
        <div className="actions">
          {r.actions.map((action) => {
            const label = t(`reminders.actions.${action}`);
            switch (action) {
              case 'archive':
                return (
                  <button key={action} type="button" className="button button--primary" onClick={() => onDialog({ kind: 'archive', pageId: r.page.id, pageName: r.page.displayName })}>
                    {label}
                  </button>
                );
              case 'continueArchive':
                return (
                  <Link key={action} href={`/pages/${r.page.id}/archive`} className="button button--primary">
                    {label}
                  </Link>
                );
              case 'extendEndDate':
                return (
                  <button key={action} type="button" className="button" onClick={() => void openExtend()}>
                    {label}
                  </button>
                );
              case 'transfer':
              case 'changeBackupOwner':
              case 'connection':
                return (
                  <Link key={action} href={`/pages/${r.page.id}`} className="button button--primary">
                    {label}
                  </Link>
                );
              case 'review':
                return (
                  <Link key={action} href={`/queue/page/${r.page.id}`} className="button button--primary">
                    {label}
                  </Link>
                );
              case 'exemption':
                return (
                  <Link key={action} href={`/exemptions/new/${r.page.id}/${r.rule === 'inactive' ? 'inactivity' : 'end_date'}`} className="button">
                    {label}
                  </Link>
                );
              case 'snooze':
                return (
                  <button key={action} type="button" className="button" onClick={() => onDialog({ kind: 'snooze', reminder: r })}>
                    {label}
                  </button>
                );
              case 'unsnooze':
                return (
                  <button key={action} type="button" className="button" disabled={unsnooze.isPending} onClick={() => unsnooze.mutate({ id: r.id })}>
                    {label}
                  </button>
                );
              default:
                return null;
            }
          })}
        </div>
      ) : null}
    </article>
  );
}
