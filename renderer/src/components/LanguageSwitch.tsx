import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/api/common';
import { useApiMutation } from '../api/hooks';
import { applyLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useApiMutation('session.setLanguage');
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          const language = e.target.value as Language;
          void applyLanguage(language);
          setLanguage.mutate({ language });
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
