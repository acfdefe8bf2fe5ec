import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_TYPES, type SubjectType } from '../../../shared/api/incidents';
import { Field } from '../components/Field';

export interface IncidentFieldValues {
  title: string;
  subjectType: SubjectType;
  description: string;
  measures: string;
}

interface Props {
  values: IncidentFieldValues;
  onChange: (values: IncidentFieldValues) => void;
  errors: Record<string, string>;
  titleRef?: Ref<HTMLInputElement>;
  /** The hint under the title, when opening a new incident. */
  titleHint?: boolean;
  rows?: number;
}

/** What an incident records (S1–S5): title, subject type, description and measures taken. */
export function IncidentFields({ values, onChange, errors, titleRef, titleHint, rows = 4 }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<IncidentFieldValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <Field label={t('incidents.create.titleField')} {...(titleHint ? { hint: t('incidents.create.titleHint') } : {})} error={errors.title} required>
        {(props) => <input {...props} ref={titleRef} type="text" value={values.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <Field label={t('incidents.create.subjectType')} required>
        {(props) => (
          <select {...props} value={values.subjectType} onChange={(e) => set({ subjectType: e.target.value as SubjectType })}>
            {SUBJECT_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`incidents.subjectTypes.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('incidents.create.description')} error={errors.description}>
        {(props) => <textarea {...props} rows={rows} value={values.description} onChange={(e) => set({ description: e.target.value })} />}
      </Field>
      <Field label={t('incidents.create.measures')} hint={t('incidents.create.measuresHint')} error={errors.measures}>
        {(props) => <textarea {...props} rows={rows} value={values.measures} onChange={(e) => set({ measures: e.target.value })} />}
      </Field>
    </>
  );
}
