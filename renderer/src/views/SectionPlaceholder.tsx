import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

type EmptySection = 'queue' | 'pages' | 'requests' | 'inventory' | 'reminders' | 'spotCheck' | 'incidents';

/** A section's heading and its empty state: what will appear here and how it gets there. */
export function SectionEmpty({ section, action }: { section: EmptySection; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t(`${section}.title`)}</h1>
      <EmptyState title={t(`${section}.emptyTitle`)} body={t(`${section}.emptyBody`)} action={action} />
    </>
  );
}
