import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Role } from '../../../shared/api/common';
import { useApiMutation } from '../api/hooks';
import { Field } from '../components/Field';
import { RoleChecklist } from '../components/RoleChecklist';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ErrorNotice } from '../components/ErrorNotice';
import { fieldErrors } from '../i18n/errors';

/** First start on an empty database: the school's name and the first person with their roles. */
export function FirstRunView() {
  const { t, i18n } = useTranslation();
  const complete = useApiMutation('setup.complete');
  const [schoolName, setSchoolName] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['beheer', 'communicatie']);
  const errors = fieldErrors(t, complete.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate({ schoolName, person: { name, email, roles }, language: i18n.language as Language });
  };

  return (
    <main className="first-run" id="main">
      <div className="first-run__card">
        <div className="first-run__top">
          <p className="brand">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('firstRun.title')}</h1>
        <p className="lead">{t('firstRun.intro')}</p>
        <form onSubmit={submit} noValidate>
          <h2>{t('firstRun.schoolSection')}</h2>
          <Field label={t('firstRun.schoolName')} hint={t('firstRun.schoolNameHint')} error={errors.schoolName} required>
            {(props) => <input {...props} value={schoolName} onChange={(e) => setSchoolName(e.target.value)} autoFocus />}
          </Field>
          <h2>{t('firstRun.personSection')}</h2>
          <Field label={t('firstRun.personName')} error={errors['person.name']} required>
            {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />}
          </Field>
          <Field label={t('firstRun.personEmail')} error={errors['person.email']} required>
            {(props) => (
              <input {...props} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
            )}
          </Field>
          <RoleChecklist
            legend={t('firstRun.personRoles')}
            hint={t('firstRun.personRolesHint')}
            value={roles}
            onChange={setRoles}
            error={errors['person.roles']}
          />
          {complete.error && !Object.keys(errors).length ? <ErrorNotice error={complete.error} /> : null}
          <p className="muted">{t('firstRun.privacy')}</p>
          <button type="submit" className="button button--primary" disabled={complete.isPending}>
            {complete.isPending ? t('common.saving') : t('firstRun.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
