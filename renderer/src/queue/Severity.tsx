import { useTranslation } from 'react-i18next';

// Severity has one visual language everywhere: colour, an icon and a word — never colour alone.
const ICONS = ['○', '◆', '▲', '⬣'] as const;

export function SeverityBadge({ severity, compact = false }: { severity: number; compact?: boolean }) {
  const { t } = useTranslation();
  const level = Math.max(0, Math.min(3, severity)) as 0 | 1 | 2 | 3;
  return (
    <span className={`severity severity--${level}${compact ? ' severity--compact' : ''}`}>
      <span aria-hidden="true">{ICONS[level]}</span> {t(`queue.severityWord.${level}`)}
    </span>
  );
}

export function StatusChip({ status }: { status: 'nieuw' | 'in_behandeling' | 'afgehandeld' }) {
  const { t } = useTranslation();
  const icon = status === 'nieuw' ? '●' : status === 'in_behandeling' ? '◐' : '✓';
  return (
    <span className={`item-status item-status--${status}`}>
      <span aria-hidden="true">{icon}</span> {t(`queue.statuses.${status}`)}
    </span>
  );
}
