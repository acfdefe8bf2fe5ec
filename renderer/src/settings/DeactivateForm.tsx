import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import { useApiMutation } from '../api/hooks';
import { Field } from '../components/Field';
import { ErrorNotice } from '../components/ErrorNotice';
import { fieldErrors } from '../i18n/errors';

export function DeactivateForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const deactivate = useApiMutation('people.deactivate');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, deactivate.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    deactivate.mutate({ id: person.id, reason }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="form" noValidate>
      <p>{t('people.deactivateBody')}</p>
      <Field label={t('people.deactivateReason')} error={errors.reason} required>
        {(props) => <textarea {...props} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} autoFocus />}
      </Field>
      {deactivate.error && !Object.keys(errors).length ? <ErrorNotice error={deactivate.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={deactivate.isPending}>
          {t('people.deactivate')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
