import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { downloadText } from '../inventory/download';
import '../pages/pages.css';
import './lifecycle.css';
import { EndDateDecisions } from './EndDateDecisions';
import { ReminderCard } from './ReminderCard';
import { ReminderDialogs, type ReminderDialog } from './ReminderDialogs';
import { Segmented } from './parts';

const OVERSEERS = ['communicatie', 'directie', 'beheer'];

/** "Herinneringen": what needs doing on my pages (or all pages, for the office), why, and the action. */
export function RemindersSection({ me }: { me: Person }) {
  const { t } = useTranslation();
  const overseer = me.roles.some((r) => OVERSEERS.includes(r));
  const [scope, setScope] = useState<'mine' | 'all'>(overseer ? 'all' : 'mine');
  const [status, setStatus] = useState<'open' | 'snoozed' | 'resolved'>('open');
  const [dialog, setDialog] = useState<ReminderDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useApiQuery('reminders.list', { scope, status }, { refetchInterval: 60_000 });
  const run = useApiMutation('reminders.run');
  const [digestError, setDigestError] = useState<unknown>(null);

  const downloadDigest = async () => {
    setDigestError(null);
    try {
      const digest = await api.call('reminders.digest', {});
      downloadText(digest.fileName, digest.mimeType, digest.content);
      setNotice(t('reminders.digest.downloaded', { file: digest.fileName }));
    } catch (error) {
      setDigestError(error);
    }
  };

  return (
    <>
      <h1>{t('reminders.title')}</h1>
      <p className="muted">{t('reminders.intro')}</p>
      <EndDateDecisions />
      <div className="toolbar-row">
        {overseer ? (
          <Segmented
            label={t('reminders.title')}
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: t('reminders.scopes.mine') },
              { value: 'all', label: t('reminders.scopes.all') },
            ]}
          />
        ) : null}
        <Segmented
          label={t('reminders.statuses.open')}
          value={status}
          onChange={setStatus}
          options={(['open', 'snoozed', 'resolved'] as const).map((s) => ({ value: s, label: t(`reminders.statuses.${s}`) }))}
        />
        <span className="spacer" />
        <button
          type="button"
          className="button"
          disabled={run.isPending}
          onClick={() => run.mutate({}, { onSuccess: (r) => setNotice(t('reminders.checked', { open: r.open, opened: r.opened, resolved: r.resolved })) })}
        >
          {t('reminders.checkNow')}
        </button>
        <button type="button" className="button" onClick={() => void downloadDigest()}>
          {t('reminders.digest.download')}
        </button>
      </div>
      {notice ? (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorNotice error={list.error ?? run.error ?? digestError} />
      {!list.data ? (
        <p>{t('common.loading')}</p>
      ) : list.data.length === 0 ? (
        status === 'open' ? (
          <EmptyState title={t('reminders.emptyTitle')} body={`${t('reminders.emptyBody')} ${t('reminders.emptyStatus.open')}`} />
        ) : (
          <p className="muted">{t(`reminders.emptyStatus.${status}`)}</p>
        )
      ) : (
        <>
          <p className="muted" role="status">
            {t('reminders.count', { count: list.data.length })}
          </p>
          {list.data.map((r) => (
            <ReminderCard key={r.id} reminder={r} onDialog={setDialog} showRecipients={scope === 'all'} />
          ))}
        </>
      )}
      <ReminderDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
