import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errors';

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <strong>{t('errors.title')}</strong> {errorText(t, error)}
    </div>
  );
}
