import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../shared/api/pages';

/** A person's name, marked when they have been deactivated (left the school): someone must take over. */
export function PersonName({ person }: { person: PersonRef }) {
  const { t } = useTranslation();
  return (
    <>
      {person.name}
      {person.active ? null : <span className="muted"> {t('pages.detail.inactive')}</span>}
    </>
  );
}
