import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';

export function AboutSettings() {
  const { t } = useTranslation();
  const info = useApiQuery('system.info', {});
  if (info.error) return <ErrorNotice error={info.error} />;
  if (!info.data) return <p>{t('common.loading')}</p>;
  return (
    <dl className="facts">
      <dt>{t('settings.about.version')}</dt>
      <dd>{info.data.appVersion}</dd>
      <dt>{t('settings.about.schema')}</dt>
      <dd>{info.data.schemaVersion}</dd>
      <dt>{t('settings.about.dataDir')}</dt>
      <dd>
        <code>{info.data.dataDir}</code>
      </dd>
      <dt>{t('settings.about.transport')}</dt>
      <dd>{t(`settings.about.transports.${info.data.transport}`)}</dd>
    </dl>
  );
}
