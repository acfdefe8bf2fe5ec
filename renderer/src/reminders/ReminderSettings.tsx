import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import type { ReminderSettings as Settings } from '../../../shared/api/reminders';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import './lifecycle.css';

const FIELDS: { key: keyof Settings; min: number; max: number; hint?: string }[] = [
  { key: 'endDateWarnDays', min: 0, max: 180 },
  { key: 'inactiveDays', min: 7, max: 730, hint: 'reminders.settings.inactiveHint' },
  { key: 'unreviewedHours', min: 1, max: 720 },
  { key: 'connectorFailingHours', min: 1, max: 720 },
  { key: 'credentialsWarnDays', min: 1, max: 90, hint: 'reminders.settings.credentialsHint' },
  { key: 'escalateAfterDays', min: 1, max: 90 },
];

/** Instellingen → Herinneringen: the thresholds, set by the communications office. */
export function ReminderSettings({ me }: { me: Person }) {
  const { t } = useTranslation();
  const canEdit = me.roles.some((r) => r === 'communicatie' || r === 'beheer');
  const current = useApiQuery('reminders.settings', {});
  const save = useApiMutation('reminders.updateSettings');
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (current.data) setDraft(Object.fromEntries(Object.entries(current.data).map(([k, v]) => [k, String(v)])));
  }, [current.data]);
  const errors = fieldErrors(t, save.error);
  if (!current.data) return <ErrorNotice error={current.error} />;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const values = Object.fromEntries(FIELDS.map((f) => [f.key, Number(draft[f.key])])) as Settings;
        save.mutate(values, { onSuccess: () => setSaved(true) });
      }}
    >
      <h2>{t('reminders.settings.title')}</h2>
      <p className="muted">{t('reminders.settings.intro')}</p>
      {FIELDS.map((f) => (
        <Field key={f.key} label={t(`reminders.settings.${f.key}`)} {...(f.hint ? { hint: t(f.hint) } : {})} error={errors[f.key] ? t('errors.field.number', { min: f.min, max: f.max }) : undefined}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={f.min}
              max={f.max}
              disabled={!canEdit}
              value={draft[f.key] ?? ''}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              className="input--short"
            />
          )}
        </Field>
      ))}
      {canEdit ? (
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('reminders.settings.readOnly')}</p>
      )}
      {saved ? (
        <p className="notice notice--ok" role="status">
          {t('common.saved')}
        </p>
      ) : null}
      {save.error && !Object.keys(errors).length ? <ErrorNotice error={save.error} /> : null}
    </form>
  );
}
