import { useTranslation } from 'react-i18next';
import { schoolDayPlus } from '../pages/format';
import type { Exemption } from '../../../shared/api/exemptions';

const ICONS = { aangevraagd: '◷', goedgekeurd: '✓', afgewezen: '✕', ingetrokken: '▪' } as const;

/** Status of an exemption in one look: in force, waiting, expired — icon, word and colour. */
export function ExemptionBadge({ exemption: e }: { exemption: Exemption }) {
  const { t } = useTranslation();
  const today = schoolDayPlus(0);
  if (e.active) {
    return (
      <span className="status status--goedgekeurd">
        <span aria-hidden="true">✓</span> {t('exemptions.active')}
      </span>
    );
  }
  if (e.status === 'goedgekeurd') {
    const label = e.validFrom > today ? t('exemptions.notActiveYet') : t('exemptions.expired');
    return (
      <span className="status status--gearchiveerd">
        <span aria-hidden="true">◷</span> {label}
      </span>
    );
  }
  const cls = e.status === 'aangevraagd' ? 'aangevraagd' : e.status === 'afgewezen' ? 'afgewezen' : 'gearchiveerd';
  return (
    <span className={`status status--${cls}`}>
      <span aria-hidden="true">{ICONS[e.status]}</span> {t(`exemptions.statuses.${e.status}`)}
    </span>
  );
}
