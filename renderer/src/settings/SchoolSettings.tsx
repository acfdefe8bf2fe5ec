import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { Field } from '../components/Field';
import { ErrorNotice } from '../components/ErrorNotice';
import { fieldErrors } from '../i18n/errors';

export function SchoolSettings({ me }: { me: Person }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const update = useApiMutation('settings.update');
  const canEdit = me.roles.some((r) => r === 'communicatie' || r === 'beheer' || r === 'directie');
  const [schoolName, setSchoolName] = useState('');
  const [retentionDays, setRetentionDays] = useState('365');
  useEffect(() => {
    if (!settings.data) return;
    setSchoolName(settings.data.schoolName);
    setRetentionDays(String(settings.data.retentionDays));
  }, [settings.data]);
  const errors = fieldErrors(t, update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ schoolName, retentionDays: Number(retentionDays) });
  };

  if (settings.error) return <ErrorNotice error={settings.error} />;
  return (
    <form onSubmit={submit} className="form" noValidate>
      {!canEdit ? <p className="notice">{t('settings.readOnly')}</p> : null}
      <fieldset disabled={!canEdit}>
        <Field label={t('settings.schoolName')} error={errors.schoolName} required>
          {(props) => <input {...props} value={schoolName} onChange={(e) => setSchoolName(e.target.value)} />}
        </Field>
        <p>
          {t('settings.suffix')}: <strong>{schoolName ? ` - ${schoolName}` : t('common.none')}</strong>
        </p>
        <Field label={t('settings.retentionDays')} hint={t('settings.retentionHint')} error={errors.retentionDays && t('errors.field.number', { min: 30, max: 3650 })} required>
          {(props) => (
            <input {...props} type="number" min={30} max={3650} value={retentionDays} onChange={(e) => setRetentionDays(e.target.value)} />
          )}
        </Field>
        {update.error && !Object.keys(errors).length ? <ErrorNotice error={update.error} /> : null}
        {update.isSuccess ? (
          <p className="notice notice--ok" role="status">
            {t('common.saved')}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
      </fieldset>
    </form>
  );
}
