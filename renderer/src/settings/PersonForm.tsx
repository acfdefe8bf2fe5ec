import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/api/common';
import type { Person } from '../../../shared/api/people';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { Field } from '../components/Field';
import { RoleChecklist } from '../components/RoleChecklist';
import { ErrorNotice } from '../components/ErrorNotice';
import { fieldErrors } from '../i18n/errors';

/** Add (no `person`) or edit a person; closes itself on success. */
export function PersonForm({ person, onDone }: { person?: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const people = useApiQuery('people.list', { includeInactive: false });
  const add = useApiMutation('people.add');
  const update = useApiMutation('people.update');
  const mutation = person ? update : add;
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [roles, setRoles] = useState<Role[]>(person?.roles ?? ['eigenaar']);
  const [managerId, setManagerId] = useState<number | null>(person?.managerId ?? null);
  const [note, setNote] = useState(person?.note ?? '');
  const errors = fieldErrors(t, mutation.error);
  const managers = (people.data ?? []).filter((p) => p.id !== person?.id && p.roles.includes('leidinggevende'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name, email, roles, managerId, note };
    if (person) update.mutate({ id: person.id, ...fields }, { onSuccess: onDone });
    else add.mutate(fields, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="form" noValidate>
      <Field label={t('people.name')} error={errors.name} required>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
      </Field>
      <Field label={t('people.email')} error={errors.email} required>
        {(props) => <input {...props} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <RoleChecklist legend={t('people.roles')} value={roles} onChange={setRoles} error={errors.roles} />
      <Field label={t('people.manager')} error={errors.managerId}>
        {(props) => (
          <select {...props} value={managerId ?? ''} onChange={(e) => setManagerId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('people.noManager')}</option>
            {managers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={`${t('people.note')} (${t('common.optional')})`} error={errors.note}>
        {(props) => <textarea {...props} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />}
      </Field>
      {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
