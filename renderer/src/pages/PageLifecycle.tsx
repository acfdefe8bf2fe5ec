import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Page } from '../../../shared/api/pages';
import type { Reminder } from '../../../shared/api/reminders';
import { useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Clause, UrgencyBadge, useReminderText } from '../reminders/parts';
import { ReminderDialogs, type ReminderDialog } from '../reminders/ReminderDialogs';
import { ExemptionBadge } from '../exemptions/parts';
import { formatDate, formatDateTime } from './format';
import '../reminders/lifecycle.css';

// On a page's view: its lifecycle (B3) — end date, the page's own last post (or that it is unknown),
// token expiry where the platform says, open reminders, the archiving checklist, and the board's
// exemptions (O2) that apply to it.

function ReminderLine({ reminder }: { reminder: Reminder }) {
  const text = useReminderText(reminder);
  return (
    <li>
      <UrgencyBadge urgency={reminder.urgency} /> <Link href="/reminders">{text.title}</Link> <Clause id={reminder.clause} />
    </li>
  );
}

export function PageLifecycle({ page }: { page: Page }) {
  const { t } = useTranslation();
  const live = ['goedgekeurd', 'actief', 'archiveren_gevraagd'].includes(page.status);
  const info = useApiQuery('reminders.lifecycle', { pageId: page.id });
  const archive = useApiQuery('archive.get', { pageId: page.id }, { enabled: page.status === 'archiveren_gevraagd' || page.status === 'gearchiveerd' });
  const exemptions = useApiQuery('exemptions.list', { pageId: page.id });
  const [dialog, setDialog] = useState<ReminderDialog | null>(null);
  const data = info.data;
  const openSteps = archive.data?.steps.filter((s) => s.state === 'open').length ?? 0;
  return (
    <>
      {live || page.status === 'gearchiveerd' ? (
        <section className="card" aria-labelledby="page-lifecycle">
          <h2 id="page-lifecycle">{t('lifecycle.card.title')}</h2>
          <ErrorNotice error={info.error} />
          {data ? (
            <>
              <dl className="facts">
                <dt>{t('lifecycle.card.endDate')}</dt>
                <dd>{data.endDate ? formatDate(data.endDate) : t('lifecycle.card.ongoing')}</dd>
                <dt>{t('lifecycle.card.ownActivity')}</dt>
                <dd>{data.ownLastPostAt ? formatDateTime(data.ownLastPostAt) : t('lifecycle.card.ownActivityUnknown')}</dd>
                <dt>{t('lifecycle.card.credentials')}</dt>
                <dd>{data.credentialsExpireAt ? formatDate(data.credentialsExpireAt) : t('lifecycle.card.credentialsUnknown')}</dd>
              </dl>
              <h3>{t('lifecycle.card.reminders')}</h3>
              {data.reminders.length ? (
                <ul className="reminder-lines">
                  {data.reminders.map((r) => (
                    <ReminderLine key={r.id} reminder={r} />
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('lifecycle.card.remindersNone')}</p>
              )}
              {data.pendingExtension ? <p className="notice">{t('lifecycle.card.pendingExtension', { date: formatDate(data.pendingExtension.newEndDate), manager: data.pendingExtension.manager })}</p> : null}
              {data.canExtend ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => setDialog({ kind: 'extend', pageId: page.id, pageName: page.displayName, endDate: page.endDate, manager: page.manager.name })}
                >
                  {t('lifecycle.card.extend')}
                </button>
              ) : null}
            </>
          ) : null}
          {archive.data && archive.data.archiveRequestedAt ? (
            <>
              <h3>{t('archive.cardTitle')}</h3>
              <p>{page.status === 'gearchiveerd' ? t('archive.cardDone', { date: formatDate(page.archivedAt) }) : t('archive.cardAsked', { open: openSteps })}</p>
              <Link href={`/pages/${page.id}/archive`} className={`button${page.status === 'archiveren_gevraagd' ? ' button--primary' : ''}`}>
                {t('archive.open')}
              </Link>
            </>
          ) : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="page-exemptions">
        <h2 id="page-exemptions">{t('exemptions.pageCard')}</h2>
        {exemptions.data?.length ? (
          <ul className="list-plain">
            {exemptions.data.map((e) => (
              <li key={e.id}>
                <span>
                  <strong>{t(`exemptions.kinds.${e.kind}`)}</strong> — {e.description} ({t('exemptions.line', { from: formatDate(e.validFrom), until: formatDate(e.validUntil) })})
                </span>
                <ExemptionBadge exemption={e} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('exemptions.pageCardNone')}</p>
        )}
        <Link href={`/exemptions/new/${page.id}/end_date`}>{t('exemptions.new')}</Link>
      </section>
      <ReminderDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
