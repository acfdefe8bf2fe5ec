import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PLATFORMS, type PlatformId } from '../../../shared/platforms/catalogue';

export function platformName(t: TFunction, id: PlatformId): string {
  // The catalogue's names are the platforms' own; only "other" is a word of ours.
  return id === 'other' ? t('pages.platformOther') : PLATFORMS[id].name;
}

/** The catalogue's advice for a platform: full control or not (A8/A9), and whether Paginawacht can read it. */
export function PlatformAdvice({ platform, id }: { platform: PlatformId; id?: string }) {
  const { t } = useTranslation();
  const info = PLATFORMS[platform];
  return (
    <div className="advice" id={id} role="note">
      <p>
        <strong>{info.fullControl ? t('pages.advice.fullControl') : t('pages.advice.noFullControl')}</strong>
      </p>
      <p>{t(info.adviceKey)}</p>
      <p className="muted">{info.monitored ? t('pages.advice.monitored') : t('pages.advice.notMonitored')}</p>
    </div>
  );
}

/** Opens a page's address in the system browser (desktop) or a new tab (browser mode). */
export async function openExternal(open: (url: string) => Promise<{ opened: boolean }>, url: string): Promise<void> {
  const result = await open(url);
  if (!result.opened) window.open(url, '_blank', 'noopener,noreferrer');
}
