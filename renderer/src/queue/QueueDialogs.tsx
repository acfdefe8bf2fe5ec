import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IncidentFields, type IncidentFieldValues } from '../incidents/IncidentFields';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';

// The few decisions that need words: escalating (B5/B6, or O3 to the board), opening an incident,
// reopening a decided item. Everything else in the queue is one key.

/** The native dialog focuses its first button when it opens; the first field is where typing starts. */
function useFirstField<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return ref;
}

export function EscalateDialog({
  kind,
  count,
  managerName,
  onClose,
  onSend,
  busy,
  error,
}: {
  kind: 'B6' | 'O3';
  count: number;
  managerName: string | null;
  onClose: () => void;
  onSend: (kind: 'B5' | 'B6' | 'O3', note: string) => void;
  busy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<'B5' | 'B6'>('B6');
  const [note, setNote] = useState('');
  const noteRef = useFirstField<HTMLTextAreaElement>();
  const errors = fieldErrors(t, error);
  const board = kind === 'O3';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSend(board ? 'O3' : choice, note);
  };
  return (
    <Dialog title={board ? t('escalations.dialog.boardTitle') : t('escalations.dialog.title')} open onClose={onClose}>
      <form className="form form-body" onSubmit={submit} noValidate>
        <p>{board ? t('escalations.dialog.toBoard') : t('escalations.dialog.to', { name: managerName ?? '' })}</p>
        <p className="muted">{t('escalations.dialog.items', { count })}</p>
        {!board ? (
          <fieldset className="field">
            <legend>{t('escalations.dialog.kind')}</legend>
            {(['B6', 'B5'] as const).map((k) => (
              <label key={k} className="checkbox">
                <input type="radio" name="escalation-kind" value={k} checked={choice === k} onChange={() => setChoice(k)} />
                <span>{t(`escalations.kinds.${k}`)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <Field label={t('escalations.dialog.note')} hint={t('escalations.dialog.noteHint')} error={errors.note} required>
          {(props) => <textarea {...props} ref={noteRef} rows={4} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        {error && !Object.keys(errors).length ? <ErrorNotice error={error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('escalations.dialog.send')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function IncidentDialog({ itemIds, onClose, onDone }: { itemIds: number[]; onClose: () => void; onDone: (incidentId: number) => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('incidents.create');
  const add = useApiMutation('incidents.addItems');
  const open = useApiQuery('incidents.list', { status: 'open' });
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [existing, setExisting] = useState<number | null>(null);
  const [fields, setFields] = useState<IncidentFieldValues>({ title: '', subjectType: 'leerling', description: '', measures: '' });
  const titleRef = useFirstField<HTMLInputElement>();
  const error = mode === 'new' ? create.error : add.error;
  const errors = fieldErrors(t, error);
  const openIncidents = open.data ?? [];
  useEffect(() => {
    if (existing === null && openIncidents[0]) setExisting(openIncidents[0].id);
  }, [openIncidents.length]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'new') create.mutate({ ...fields, itemIds }, { onSuccess: (i) => onDone(i.id) });
    else if (existing !== null) add.mutate({ id: existing, itemIds }, { onSuccess: (i) => onDone(i.id) });
  };
  return (
    <Dialog title={t('incidents.create.title')} open onClose={onClose}>
      <form className="form form-body" onSubmit={submit} noValidate>
        <p className="muted">{t('incidents.create.items', { count: itemIds.length })}</p>
        {openIncidents.length ? (
          <fieldset className="field">
            <legend>{t('incidents.create.mode')}</legend>
            <label className="checkbox">
              <input type="radio" name="incident-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
              <span>{t('incidents.create.new')}</span>
            </label>
            <label className="checkbox">
              <input type="radio" name="incident-mode" checked={mode === 'existing'} onChange={() => setMode('existing')} />
              <span>{t('incidents.create.existing')}</span>
            </label>
          </fieldset>
        ) : null}
        {mode === 'existing' ? (
          <Field label={t('incidents.create.choose')} required>
            {(props) => (
              <select {...props} value={existing ?? ''} onChange={(e) => setExisting(Number(e.target.value))}>
                {openIncidents.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <>
            <IncidentFields values={fields} onChange={setFields} errors={errors} titleRef={titleRef} titleHint rows={3} />
          </>
        )}
        {error && !Object.keys(errors).length ? <ErrorNotice error={error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending || add.isPending}>
            {mode === 'new' ? t('incidents.create.submit') : t('incidents.create.add')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ReasonDialog({ title, label, onClose, onSubmit, busy, error }: { title: string; label: string; onClose: () => void; onSubmit: (reason: string) => void; busy: boolean; error: unknown }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const reasonRef = useFirstField<HTMLTextAreaElement>();
  const errors = fieldErrors(t, error);
  return (
    <Dialog title={title} open onClose={onClose}>
      <form
        className="form form-body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(reason);
        }}
      >
        <Field label={label} error={errors.reason} required>
          {(props) => <textarea {...props} ref={reasonRef} rows={3} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {error && !Object.keys(errors).length ? <ErrorNotice error={error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !reason.trim()}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const KEY_ROWS = ['move', 'open', 'select', 'keep', 'keepViolation', 'hide', 'delete', 'escalate', 'board', 'incident', 'original', 'undo', 'search', 'help', 'escape'] as const;

export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('queue.keys.title')} open onClose={onClose}>
      <div className="form-body">
        <p>{t('queue.keys.intro')}</p>
        <table className="table keys-table">
          <tbody>
            {KEY_ROWS.map((k) => (
              <tr key={k}>
                <th scope="row">
                  <kbd>{t(`queue.keys.rows.${k}.keys`)}</kbd>
                </th>
                <td>{t(`queue.keys.rows.${k}.text`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
