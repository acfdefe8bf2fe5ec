import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from '../../../shared/i18n';
import type { Language } from '../../../shared/api/common';

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: catalogues.nl },
      en: { translation: catalogues.en },
    },
    lng: language,
    fallbackLng: 'nl',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
