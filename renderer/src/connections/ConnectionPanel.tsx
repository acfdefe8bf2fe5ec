import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../../shared/api/connections';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { formatDateTime } from '../pages/format';

/** A page's link with its platform: token, interval, health, and what can be done by hand. */
export function ConnectionPanel({ pageId, canManage }: { pageId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const connection = useApiQuery('connections.get', { pageId });
  if (connection.error) return <ErrorNotice error={connection.error} />;
  if (!connection.data) return <p>{t('common.loading')}</p>;
  const c = connection.data;
  return (
    <section className="card" aria-labelledby={`connection-${pageId}`}>
      <h2 id={`connection-${pageId}`}>{t('connections.title')}</h2>
      {!c.supported ? (
        <p>{t('connections.unsupported')}</p>
      ) : (
        <>
          <p>{c.monitored ? t('connections.monitored') : t('connections.notMonitoredYet')}</p>
          <Health connection={c} />
          <Capabilities connection={c} />
          {c.needsToken ? <TokenForm connection={c} canManage={canManage} /> : null}
          {canManage ? <Actions connection={c} /> : null}
        </>
      )}
    </section>
  );
}

function Health({ connection: c }: { connection: Connection }) {
  const { t, i18n } = useTranslation();
  const error = c.health.lastError;
  return (
    <dl className="facts" aria-label={t('connections.health')}>
      <dt>{t('connections.lastSuccess')}</dt>
      <dd>{c.health.lastSuccessAt ? formatDateTime(c.health.lastSuccessAt) : t('connections.never')}</dd>
      <dt>{t('connections.lastPoll')}</dt>
      <dd>{c.health.lastPollAt ? formatDateTime(c.health.lastPollAt) : t('connections.never')}</dd>
      {c.monitored ? (
        <>
          <dt>{t('connections.nextPoll')}</dt>
          <dd>{c.health.nextPollAt ? formatDateTime(c.health.nextPollAt) : t('common.none')}</dd>
        </>
      ) : null}
      <dt>{t('connections.items')}</dt>
      <dd>{c.itemCount}</dd>
      {error ? (
        <>
          <dt>{t('connections.lastError')}</dt>
          <dd className="health-error" role="status">
            <span aria-hidden="true">⚠ </span>
            {i18n.language === 'en' ? error.en : error.nl} <span className="muted">({formatDateTime(error.at)}
            {c.health.consecutiveFailures > 1 ? `, ${t('connections.failures', { count: c.health.consecutiveFailures })}` : ''})</span>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function Capabilities({ connection: c }: { connection: Connection }) {
  const { t } = useTranslation();
  if (!c.capabilities) return null;
  return (
    <div className="capabilities">
      <h3>{t('connections.reach')}</h3>
      <p>{t(`connector.${c.platform}.reach`)}</p>
      <h3>{t('connections.capabilities')}</h3>
      <ul>
        <li>
          {t('connections.canHide')}: {c.capabilities.hide ? t('common.yes') : t('common.no')}
        </li>
        <li>
          {t('connections.canDelete')}: {c.capabilities.delete ? t('common.yes') : t('common.no')}
        </li>
      </ul>
      {c.capabilities.manualStepsKey ? (
        <p>
          <strong>{t('connections.manualSteps')}:</strong> {t(c.capabilities.manualStepsKey)}
        </p>
      ) : null}
    </div>
  );
}

function TokenForm({ connection: c, canManage }: { connection: Connection; canManage: boolean }) {
  const { t } = useTranslation();
  const save = useApiMutation('connections.setToken');
  const remove = useApiMutation('connections.removeToken');
  const session = useApiQuery('session.get', {});
  const [token, setToken] = useState('');
  const errors = fieldErrors(t, save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ pageId: c.pageId, token }, { onSuccess: () => setToken('') });
  };
  return (
    <div className="token">
      <p>{c.hasToken && c.tokenStore ? t('connections.tokenStored', { store: t(`connections.tokenStores.${c.tokenStore}`) }) : t('connections.tokenMissing')}</p>
      {canManage ? (
        <form onSubmit={submit} className="form" noValidate>
          <Field
            label={t('connections.token')}
            hint={session.data?.transport === 'http' ? `${t('connections.tokenHint')} ${t('connections.tokenFileHint')}` : t('connections.tokenHint')}
            error={errors.token}
            required
          >
            {(props) => <input {...props} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} />}
          </Field>
          {save.error && !Object.keys(errors).length ? <ErrorNotice error={save.error} /> : null}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={save.isPending || !token}>
              {t('connections.saveToken')}
            </button>
            {c.hasToken ? (
              <button type="button" className="button" onClick={() => remove.mutate({ pageId: c.pageId })}>
                {t('connections.removeToken')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}

function Actions({ connection: c }: { connection: Connection }) {
  const { t } = useTranslation();
  const verify = useApiMutation('connections.verify');
  const pollNow = useApiMutation('connections.pollNow');
  return (
    <div className="form__actions">
      <button type="button" className="button" onClick={() => verify.mutate({ pageId: c.pageId })} disabled={verify.isPending || (c.needsToken && !c.hasToken)}>
        {t('connections.verify')}
      </button>
      {c.monitored ? (
        <button type="button" className="button" onClick={() => pollNow.mutate({ pageId: c.pageId })} disabled={pollNow.isPending}>
          {t('connections.pollNow')}
        </button>
      ) : null}
      <div role="status" className="connection-status">
        {verify.data?.status === 'verified' ? <p className="notice notice--ok">{t('connections.verified', { handle: verify.data.handle ?? '' })}</p> : null}
        {pollNow.data ? <p className="notice notice--ok">{t('connections.pollResult', { fetched: pollNow.data.fetched, inserted: pollNow.data.inserted ?? 0 })}</p> : null}
      </div>
      <ErrorNotice error={verify.error ?? pollNow.error} />
    </div>
  );
}
