import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, PageAction } from '../../../shared/api/pages';
import type { Person } from '../../../shared/api/people';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';

/** Actions that take nothing but a written reason. */
const REASON_ACTIONS = ['approve', 'reject', 'withdraw', 'requestArchive', 'cancelArchive', 'archive', 'declineTransfer', 'cancelTransfer'] as const;
type ReasonAction = (typeof REASON_ACTIONS)[number];

export type DialogAction = Exclude<PageAction, 'update' | 'resubmit'>;
export interface ActionRequest {
  action: DialogAction;
  page: Page;
}

function Actions({ busy, submit, danger, onCancel }: { busy: boolean; submit: string; danger?: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy}>
        {busy ? t('common.saving') : submit}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

function Form({ onSubmit, children, error, errors }: { onSubmit: () => void; children: ReactNode; error: unknown; errors: Record<string, string> }) {
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      {error && !Object.keys(errors).length ? <ErrorNotice error={error} /> : null}
    </form>
  );
}

function ReasonForm({ action, page, onDone }: { action: ReasonAction; page: Page; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation(`pages.${action}`);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <Form onSubmit={() => mutation.mutate({ id: page.id, reason }, { onSuccess: onDone })} error={mutation.error} errors={errors}>
      <p>{t(`pages.dialogs.${action}.body`, { name: page.displayName, to: page.transfer?.to.name ?? '' })}</p>
      <Field label={t('pages.dialogs.reason')} hint={t(`pages.dialogs.${action}.hint`)} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
      </Field>
      <Actions busy={mutation.isPending} submit={t(`pages.dialogs.${action}.submit`)} danger={action === 'reject'} onCancel={onDone} />
    </Form>
  );
}

function LinkForm({ page, onDone }: { page: Page; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('pages.link');
  const [handle, setHandle] = useState(page.handle);
  const [url, setUrl] = useState(page.url ?? '');
  const errors = fieldErrors(t, mutation.error);
  return (
    <Form onSubmit={() => mutation.mutate({ id: page.id, handle, url }, { onSuccess: onDone })} error={mutation.error} errors={errors}>
      <p>{t('pages.dialogs.link.body')}</p>
      <Field label={t('requests.form.handle')} error={errors.handle} required>
        {(props) => <input {...props} value={handle} onChange={(e) => setHandle(e.target.value)} autoFocus />}
      </Field>
      <Field label={`${t('requests.form.url')} (${t('common.optional')})`} hint={t('requests.form.urlHint')} error={errors.url}>
        {(props) => <input {...props} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <Actions busy={mutation.isPending} submit={t('pages.dialogs.link.submit')} onCancel={onDone} />
    </Form>
  );
}

function PersonSelect({
  label,
  hint,
  value,
  onChange,
  people,
  error,
  required,
  emptyLabel,
}: {
  label: string;
  hint?: string;
  value: number | null;
  onChange: (id: number | null) => void;
  people: Person[];
  error?: string | undefined;
  required?: boolean;
  emptyLabel: string;
}) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} error={error} {...(required ? { required } : {})}>
      {(props) => (
        <select {...props} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{emptyLabel}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.email})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function useOwners(): Person[] {
  const people = useApiQuery('people.list', { includeInactive: false });
  return (people.data ?? []).filter((p) => p.roles.includes('eigenaar'));
}

function TransferForm({ page, onDone }: { page: Page; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('pages.proposeTransfer');
  const owners = useOwners().filter((p) => p.id !== page.owner.id && p.id !== page.manager.id);
  const [to, setTo] = useState<number | null>(null);
  const [backup, setBackup] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  const toIsBackup = to !== null && to === page.backupOwner.id;
  return (
    <Form
      onSubmit={() => mutation.mutate({ id: page.id, toPersonId: to ?? 0, newBackupOwnerId: backup, reason }, { onSuccess: onDone })}
      error={mutation.error}
      errors={errors}
    >
      <p>{t('pages.dialogs.proposeTransfer.body', { name: page.displayName })}</p>
      <PersonSelect
        label={t('pages.dialogs.proposeTransfer.to')}
        value={to}
        onChange={setTo}
        people={owners}
        error={errors.toPersonId}
        required
        emptyLabel={t('requests.form.choose')}
      />
      <PersonSelect
        label={t('pages.dialogs.proposeTransfer.newBackup')}
        hint={toIsBackup ? t('pages.dialogs.proposeTransfer.newBackupRequired') : t('pages.dialogs.proposeTransfer.newBackupHint', { name: page.backupOwner.name })}
        value={backup}
        onChange={setBackup}
        people={owners.filter((p) => p.id !== to)}
        error={errors.newBackupOwnerId}
        {...(toIsBackup ? { required: true } : {})}
        emptyLabel={t('pages.dialogs.proposeTransfer.keepBackup')}
      />
      <Field label={t('pages.dialogs.reason')} hint={t('pages.dialogs.proposeTransfer.hint')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Actions busy={mutation.isPending} submit={t('pages.dialogs.proposeTransfer.submit')} onCancel={onDone} />
    </Form>
  );
}

function AcceptForm({ page, onDone }: { page: Page; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('pages.acceptTransfer');
  const [note, setNote] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <Form onSubmit={() => mutation.mutate({ id: page.id, note }, { onSuccess: onDone })} error={mutation.error} errors={errors}>
      <p>
        {t('pages.dialogs.acceptTransfer.body', {
          name: page.displayName,
          owner: page.owner.name,
          reason: page.transfer?.reason ?? '',
        })}
      </p>
      <Field label={`${t('pages.dialogs.note')} (${t('common.optional')})`} error={errors.note}>
        {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />}
      </Field>
      <Actions busy={mutation.isPending} submit={t('pages.dialogs.acceptTransfer.submit')} onCancel={onDone} />
    </Form>
  );
}

function BackupForm({ page, onDone }: { page: Page; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('pages.changeBackupOwner');
  const owners = useOwners().filter((p) => p.id !== page.owner.id && p.id !== page.manager.id && p.id !== page.backupOwner.id);
  const [backup, setBackup] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <Form
      onSubmit={() => mutation.mutate({ id: page.id, backupOwnerId: backup ?? 0, reason }, { onSuccess: onDone })}
      error={mutation.error}
      errors={errors}
    >
      <p>{t('pages.dialogs.changeBackupOwner.body', { name: page.backupOwner.name })}</p>
      <PersonSelect
        label={t('pages.columns.backupOwner')}
        value={backup}
        onChange={setBackup}
        people={owners}
        error={errors.backupOwnerId}
        required
        emptyLabel={t('requests.form.choose')}
      />
      <Field label={t('pages.dialogs.reason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Actions busy={mutation.isPending} submit={t('pages.dialogs.changeBackupOwner.submit')} onCancel={onDone} />
    </Form>
  );
}

/**
 * One dialog per view (the Dialog component's title id is fixed), showing the form for the chosen
 * action. The back end decides whether it is allowed; the buttons only offer what it said it would allow.
 */
export function ActionDialog({ request, onClose }: { request: ActionRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = request ? t(`pages.dialogs.${request.action}.title`, { name: request.page.displayName }) : '';
  let body: ReactNode = null;
  if (request) {
    const { action, page } = request;
    const key = `${action}-${page.id}`;
    if ((REASON_ACTIONS as readonly string[]).includes(action)) body = <ReasonForm key={key} action={action as ReasonAction} page={page} onDone={onClose} />;
    else if (action === 'link') body = <LinkForm key={key} page={page} onDone={onClose} />;
    else if (action === 'proposeTransfer') body = <TransferForm key={key} page={page} onDone={onClose} />;
    else if (action === 'acceptTransfer') body = <AcceptForm key={key} page={page} onDone={onClose} />;
    else if (action === 'changeBackupOwner') body = <BackupForm key={key} page={page} onDone={onClose} />;
  }
  return (
    <Dialog open={request !== null} onClose={onClose} title={title}>
      {body}
    </Dialog>
  );
}
