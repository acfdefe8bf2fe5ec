import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Reminder } from '../../../shared/api/reminders';
import { useApiMutation } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { formatDate } from '../pages/format';
import { schoolDayPlus } from './parts';

export type ReminderDialog =
  | { kind: 'snooze'; reminder: Reminder }
  | { kind: 'extend'; pageId: number; pageName: string; endDate: string | null; manager: string }
  | { kind: 'archive'; pageId: number; pageName: string };

function Buttons({ busy, submit, onCancel }: { busy: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('common.saving') : submit}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

function SnoozeForm({ reminder, onDone }: { reminder: Reminder; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('reminders.snooze');
  const [until, setUntil] = useState(schoolDayPlus(7));
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate({ id: reminder.id, until, reason }, { onSuccess: onDone });
      }}
    >
      <p>{t('reminders.snooze.body')}</p>
      <Field label={t('reminders.snooze.until')} hint={t('reminders.snooze.untilHint')} error={errors.until} required>
        {(props) => <input {...props} type="date" value={until} min={schoolDayPlus(1)} max={schoolDayPlus(90)} onChange={(e) => setUntil(e.target.value)} />}
      </Field>
      <Field label={t('reminders.snooze.reason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
      </Field>
      {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      <Buttons busy={mutation.isPending} submit={t('reminders.snooze.submit')} onCancel={onDone} />
    </form>
  );
}

function ExtendForm({ dialog, onDone }: { dialog: Extract<ReminderDialog, { kind: 'extend' }>; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('endDates.request');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate({ pageId: dialog.pageId, newEndDate: date, reason }, { onSuccess: onDone });
      }}
    >
      <p>{t('endDates.body', { manager: dialog.manager })}</p>
      <p className="muted">{dialog.endDate ? t('endDates.current', { date: formatDate(dialog.endDate) }) : t('endDates.currentNone')}</p>
      <Field label={t('endDates.newEndDate')} error={errors.newEndDate} required>
        {(props) => <input {...props} type="date" value={date} min={schoolDayPlus(0)} onChange={(e) => setDate(e.target.value)} autoFocus />}
      </Field>
      <Field label={t('endDates.reason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      <Buttons busy={mutation.isPending} submit={t('endDates.submit')} onCancel={onDone} />
    </form>
  );
}

/** "Archiveren" from a reminder: ask to archive with a reason, then go to the checklist. */
function ArchiveAskForm({ dialog, onDone }: { dialog: Extract<ReminderDialog, { kind: 'archive' }>; onDone: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const mutation = useApiMutation('pages.requestArchive');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate(
          { id: dialog.pageId, reason },
          {
            onSuccess: () => {
              onDone();
              navigate(`/pages/${dialog.pageId}/archive`);
            },
          },
        );
      }}
    >
      <p>{t('reminders.archiveAsk.body')}</p>
      <Field label={t('reminders.archiveAsk.reason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
      </Field>
      {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      <Buttons busy={mutation.isPending} submit={t('reminders.archiveAsk.submit')} onCancel={onDone} />
    </form>
  );
}

/**
 * One dialog for the reminder actions that need a form. Mounted only while open: the Dialog
 * component's title id is fixed, and a view may hold another dialog (the page's own actions).
 */
export function ReminderDialogs({ dialog, onClose }: { dialog: ReminderDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!dialog) return null;
  const title =
    dialog?.kind === 'snooze'
      ? t('reminders.snooze.title')
      : dialog?.kind === 'extend'
        ? `${t('endDates.title')}: ${dialog.pageName}`
        : dialog?.kind === 'archive'
          ? t('reminders.archiveAsk.title', { name: dialog.pageName })
          : '';
  return (
    <Dialog open={dialog !== null} onClose={onClose} title={title}>
      {dialog?.kind === 'snooze' ? <SnoozeForm key={dialog.reminder.id} reminder={dialog.reminder} onDone={onClose} /> : null}
      {dialog?.kind === 'extend' ? <ExtendForm key={dialog.pageId} dialog={dialog} onDone={onClose} /> : null}
      {dialog?.kind === 'archive' ? <ArchiveAskForm key={dialog.pageId} dialog={dialog} onDone={onClose} /> : null}
    </Dialog>
  );
}
