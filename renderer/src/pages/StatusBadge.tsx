import { useTranslation } from 'react-i18next';
import type { PageStatus } from '../../../shared/api/pages';

// Never colour alone: an icon and the word go with it (UX.md).
const ICONS: Record<PageStatus, string> = {
  aangevraagd: '⏳',
  goedgekeurd: '✓',
  afgewezen: '✕',
  actief: '●',
  archiveren_gevraagd: '⚑',
  gearchiveerd: '▪',
};

export function StatusBadge({ status }: { status: PageStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true">{ICONS[status]}</span> {t(`pages.status.${status}`)}
    </span>
  );
}
