import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { Page } from '../../../shared/api/pages';
import type { Person } from '../../../shared/api/people';
import { api } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ActionDialog, type ActionRequest } from './ActionDialog';
import { History } from './History';
import { PageActionButtons } from './PageActionButtons';
import { ConnectionPanel } from '../connections/ConnectionPanel';
import { PageLifecycle } from './PageLifecycle';
import { StatusBadge } from './StatusBadge';
import { formatDate, formatDateTime } from './format';
import { PlatformAdvice, openExternal, platformName } from './platform';
import { useMayRequest } from '../requests/useMayRequest';
import { PersonName } from '../components/PersonName';
import './pages.css';

function roleOf(page: Page, me: Person): string {
  if (page.owner.id === me.id) return 'owner';
  if (page.backupOwner.id === me.id) return 'backup';
  if (page.transfer?.to.id === me.id) return 'transfer';
  if (page.manager.id === me.id) return 'manager';
  return 'requester';
}


export function EndDate({ page }: { page: Pick<Page, 'endDate' | 'ongoingReason'> }) {
  const { t } = useTranslation();
  return <>{page.endDate ? formatDate(page.endDate) : t('pages.ongoing')}</>;
}

function PageList({ me }: { me: Person }) {
  const { t } = useTranslation();
  const pages = useApiQuery('pages.list', { view: 'mine' });
  const mayRequest = useMayRequest();
  return (
    <>
      <div className="section-header">
        <h1>{t('pages.title')}</h1>
        {mayRequest ? (
          <Link href="/requests/new" className="button button--primary">
            {t('requests.new')}
          </Link>
        ) : null}
      </div>
      <ErrorNotice error={pages.error} />
      {!pages.data ? (
        <p>{t('common.loading')}</p>
      ) : pages.data.length === 0 ? (
        <EmptyState
          title={t('pages.emptyTitle')}
          body={t('pages.emptyBody')}
          action={
            mayRequest ? (
              <Link href="/requests/new" className="button">
                {t('pages.emptyAction')}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="muted">{t('pages.intro')}</p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('pages.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pages.columns.name')}</th>
                  <th scope="col">{t('pages.columns.platform')}</th>
                  <th scope="col">{t('pages.columns.handle')}</th>
                  <th scope="col">{t('pages.columns.status')}</th>
                  <th scope="col">{t('pages.columns.yourRole')}</th>
                  <th scope="col">{t('pages.columns.endDate')}</th>
                </tr>
              </thead>
              <tbody>
                {pages.data.map((page) => (
                  <tr key={page.id}>
                    <td className="wrap">
                      <Link href={`/pages/${page.id}`}>{page.displayName}</Link>
                    </td>
                    <td>{platformName(t, page.platform)}</td>
                    <td className="wrap">{page.handle}</td>
                    <td>
                      <StatusBadge status={page.status} />
                    </td>
                    <td>{t(`pages.yourRole.${roleOf(page, me)}`)}</td>
                    <td className="nowrap">
                      <EndDate page={page} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

function PageDetail({ id, me }: { id: number; me: Person }) {
  const { t } = useTranslation();
  const query = useApiQuery('pages.get', { id });
  const [action, setAction] = useState<ActionRequest | null>(null);
  if (query.error) {
    return (
      <>
        <Link href="/pages" className="back-link">
          ← {t('pages.detail.back')}
        </Link>
        <ErrorNotice error={query.error} />
      </>
    );
  }
  const page = query.data;
  if (!page) return <p>{t('common.loading')}</p>;
  return (
    <>
      <Link href="/pages" className="back-link">
        ← {t('pages.detail.back')}
      </Link>
      <div className="page-head">
        <h1>{page.displayName}</h1>
        <StatusBadge status={page.status} />
      </div>
      <p className="muted">{t(`pages.statusHelp.${page.status}`)}</p>
      {page.statusReason ? (
        <p>
          <strong>{t('pages.detail.reason')}:</strong> “{page.statusReason}”
        </p>
      ) : null}
      {page.transfer ? (
        <p className="notice" role="status">
          {t('pages.detail.transferPending', {
            by: page.transfer.proposedBy,
            date: formatDate(page.transfer.proposedAt),
            to: page.transfer.to.name,
            reason: page.transfer.reason,
          })}
        </p>
      ) : null}
      <div className="grid-2">
        <div>
          <section className="card" aria-labelledby="page-facts">
            <h2 id="page-facts">{t('pages.detail.facts')}</h2>
            <dl className="facts">
              <dt>{t('pages.columns.platform')}</dt>
              <dd>{platformName(t, page.platform)}</dd>
              <dt>{t('pages.columns.handle')}</dt>
              <dd>{page.handle}</dd>
              <dt>{t('pages.columns.url')}</dt>
              <dd>
                {page.url ? (
                  <>
                    <span>{page.url}</span>{' '}
                    <button type="button" className="button button--small" onClick={() => void openExternal((url) => api.call('system.openExternal', { url }), page.url!)}>
                      {t('pages.detail.open')}
                    </button>
                  </>
                ) : (
                  t('common.none')
                )}
              </dd>
              <dt>{t('pages.columns.purpose')}</dt>
              <dd>{page.purpose}</dd>
              <dt>{t('pages.columns.audience')}</dt>
              <dd>{t(`pages.audience.${page.audience}`)}</dd>
              <dt>{t('pages.columns.owner')}</dt>
              <dd>
                <PersonName person={page.owner} />
              </dd>
              <dt>{t('pages.columns.backupOwner')}</dt>
              <dd>
                <PersonName person={page.backupOwner} />
              </dd>
              <dt>{t('pages.columns.manager')}</dt>
              <dd>
                <PersonName person={page.manager} />
              </dd>
              <dt>{t('pages.columns.endDate')}</dt>
              <dd>
                <EndDate page={page} />
                {page.endDate ? null : page.ongoingReason ? ` — “${page.ongoingReason}”` : null}
              </dd>
              <dt>{t('pages.columns.account')}</dt>
              <dd>
                {page.status === 'actief' || page.status === 'archiveren_gevraagd'
                  ? page.verified
                    ? t('pages.verified')
                    : t('pages.unverified')
                  : t('pages.notLinked')}
              </dd>
              <dt>{t('pages.columns.created')}</dt>
              <dd>
                {formatDateTime(page.createdAt)} ·{' '}
                {page.source === 'import' || !page.requestedBy ? t('pages.imported') : t('pages.detail.requestedBy', { name: page.requestedBy.name })}
              </dd>
              {page.approvedAt ? (
                <>
                  <dt>{t('pages.columns.approved')}</dt>
                  <dd>
                    {formatDateTime(page.approvedAt)}
                    {page.decidedBy ? ` · ${page.decidedBy.name}` : page.source === 'import' ? ` · ${t('pages.imported')}` : ''}
                  </dd>
                </>
              ) : null}
              {page.lastActivityAt ? (
                <>
                  <dt>{t('pages.columns.lastActivity')}</dt>
                  <dd>{formatDateTime(page.lastActivityAt)}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <PlatformAdvice platform={page.platform} />
        </div>
        <div>
          <section className="card" aria-labelledby="page-actions">
            <h2 id="page-actions">{t('pages.detail.actionsTitle')}</h2>
            {page.actions.length ? <PageActionButtons page={page} onAction={setAction} /> : <p className="muted">{t('pages.detail.noActions')}</p>}
          </section>
          {['goedgekeurd', 'actief', 'archiveren_gevraagd'].includes(page.status) ? (
            <ConnectionPanel
              pageId={page.id}
              canManage={page.owner.id === me.id || page.backupOwner.id === me.id || me.roles.includes('beheer')}
            />
          ) : null}
          <PageLifecycle page={page} />
          <section className="card" aria-labelledby="page-history">
            <h2 id="page-history">{t('pages.history.title')}</h2>
            <History pageId={page.id} />
          </section>
        </div>
      </div>
      <ActionDialog request={action} onClose={() => setAction(null)} />
    </>
  );
}

/** "Pagina's": the pages I own, back up or asked for; `/pages/:id` shows one with its history. */
export function PagesSection({ me }: { me: Person }) {
  const [isDetail, params] = useRoute('/pages/:id');
  const id = isDetail ? Number(params.id) : NaN;
  if (isDetail && Number.isInteger(id) && id > 0) return <PageDetail key={id} id={id} me={me} />;
  return <PageList me={me} />;
}
