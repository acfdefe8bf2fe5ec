import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { Page } from '../../../shared/api/pages';
import type { Person } from '../../../shared/api/people';
import { useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ActionDialog, type ActionRequest } from '../pages/ActionDialog';
import { PageActionButtons } from '../pages/PageActionButtons';
import { StatusBadge } from '../pages/StatusBadge';
import { EndDate } from '../pages/PagesSection';
import { formatDate } from '../pages/format';
import { platformName } from '../pages/platform';
import { RequestForm } from './RequestForm';
import { useMayRequest } from './useMayRequest';
import '../pages/pages.css';

function RequestRow({ page, onAction, only }: { page: Page; onAction: (r: ActionRequest) => void; only: readonly Page['actions'][number][] }) {
  const { t } = useTranslation();
  return (
    <li>
      <div>
        <Link href={`/pages/${page.id}`}>
          <strong>{page.displayName}</strong>
        </Link>{' '}
        <StatusBadge status={page.status} />
        <div className="muted">
          {platformName(t, page.platform)} · {page.handle} · {t(`pages.audience.${page.audience}`)} · {t('pages.columns.endDate')}: <EndDate page={page} />
        </div>
        <div className="muted">
          {t('requests.requestedBy', { name: page.requestedBy?.name ?? page.owner.name, date: formatDate(page.createdAt) })} ·{' '}
          {t('pages.columns.owner')}: {page.owner.name} · {t('pages.columns.manager')}: {page.manager.name}
        </div>
        <div>{page.purpose}</div>
        {page.transfer && only.includes('acceptTransfer') ? <div className="muted">“{page.transfer.reason}” — {page.transfer.proposedBy}</div> : null}
        {page.status === 'afgewezen' && page.statusReason ? (
          <div>
            {t('requests.form.rejectedBecause', { name: page.decidedBy?.name ?? t('common.none'), reason: page.statusReason })}
          </div>
        ) : null}
      </div>
      <PageActionButtons page={page} onAction={onAction} only={only} small />
    </li>
  );
}

function RequestList() {
  const { t } = useTranslation();
  const decide = useApiQuery('pages.list', { view: 'decide' });
  const transfers = useApiQuery('pages.list', { view: 'transfers' });
  const mine = useApiQuery('pages.list', { view: 'mine' });
  const [action, setAction] = useState<ActionRequest | null>(null);
  const mayRequest = useMayRequest();
  const open = (mine.data ?? []).filter((p) => p.status === 'aangevraagd' || p.status === 'afgewezen' || p.status === 'goedgekeurd');
  const nothing = decide.data?.length === 0 && transfers.data?.length === 0 && open.length === 0;
  return (
    <>
      <div className="section-header">
        <h1>{t('requests.title')}</h1>
        {mayRequest ? (
          <Link href="/requests/new" className="button button--primary">
            {t('requests.new')}
          </Link>
        ) : null}
      </div>
      <ErrorNotice error={decide.error ?? transfers.error ?? mine.error} />
      {nothing ? (
        <EmptyState
          title={t('requests.emptyTitle')}
          body={t('requests.emptyBody')}
          action={
            mayRequest ? (
              <Link href="/requests/new" className="button">
                {t('requests.new')}
              </Link>
            ) : undefined
          }
        />
      ) : null}
      {decide.data?.length ? (
        <section aria-labelledby="to-decide">
          <h2 id="to-decide">{t('requests.toDecide')}</h2>
          <p className="muted">{t('requests.toDecideIntro')}</p>
          <ul className="list-plain">
            {decide.data.map((page) => (
              <RequestRow key={page.id} page={page} onAction={setAction} only={['approve', 'reject']} />
            ))}
          </ul>
        </section>
      ) : null}
      {transfers.data?.length ? (
        <section aria-labelledby="transfers">
          <h2 id="transfers">{t('requests.transfers')}</h2>
          <ul className="list-plain">
            {transfers.data.map((page) => (
              <RequestRow key={page.id} page={page} onAction={setAction} only={['acceptTransfer', 'declineTransfer']} />
            ))}
          </ul>
        </section>
      ) : null}
      {open.length ? (
        <section aria-labelledby="my-requests">
          <h2 id="my-requests">{t('requests.mine')}</h2>
          <ul className="list-plain">
            {open.map((page) => (
              <RequestRow key={page.id} page={page} onAction={setAction} only={['update', 'resubmit', 'link', 'withdraw']} />
            ))}
          </ul>
        </section>
      ) : null}
      <ActionDialog request={action} onClose={() => setAction(null)} />
    </>
  );
}

function EditRequest({ id, me }: { id: number; me: Person }) {
  const { t } = useTranslation();
  const page = useApiQuery('pages.get', { id });
  if (page.error) return <ErrorNotice error={page.error} />;
  if (!page.data) return <p>{t('common.loading')}</p>;
  if (!page.data.actions.includes('update') && !page.data.actions.includes('resubmit')) {
    return (
      <>
        <Link href={`/pages/${id}`} className="back-link">
          ← {t('pages.detail.backToPage')}
        </Link>
        <p className="notice">{t('requests.cannotEdit')}</p>
      </>
    );
  }
  return <RequestForm key={id} me={me} page={page.data} />;
}

/** "Aanvragen": what waits for my decision, transfers offered to me, my own requests, and the request form. */
export function RequestsSection({ me }: { me: Person }) {
  const [isNew] = useRoute('/requests/new');
  const [isEdit, params] = useRoute('/requests/:id/edit');
  if (isNew) return <RequestForm key={me.id} me={me} />;
  if (isEdit && Number(params.id) > 0) return <EditRequest id={Number(params.id)} me={me} />;
  return <RequestList />;
}
