import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Page } from '../../../shared/api/pages';
import type { Person } from '../../../shared/api/people';
import { api } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { StatusBadge } from '../pages/StatusBadge';
import { platformName } from '../pages/platform';
import { DeactivateForm } from './DeactivateForm';
import '../pages/pages.css';

function HeldPages({ person, pages, links }: { person: Person; pages: Page[]; links: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="list-plain">
      {pages.map((page) => (
        <li key={page.id}>
          <span>
            <strong>{page.displayName}</strong> · {platformName(t, page.platform)} ·{' '}
            {page.owner.id === person.id ? t('people.pages.asOwner') : t('people.pages.asBackup')} <StatusBadge status={page.status} />
          </span>
          {links ? (
            <Link href={`/pages/${page.id}`} className="button button--small">
              {page.owner.id === person.id && page.actions.includes('proposeTransfer')
                ? t('people.pages.transfer')
                : page.backupOwner.id === person.id && page.actions.includes('changeBackupOwner')
                  ? t('people.pages.changeBackup')
                  : t('people.pages.view')}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Deactivating someone who owns or backs up pages: the pages are listed first, and once the person is
 * deactivated each links to its page, where the communications office proposes the new owner (who must
 * accept) or names another backup owner.
 */
export function PeopleDeactivate({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const held = useApiQuery('pages.ofPerson', { personId: person.id });
  const [step, setStep] = useState<'confirm' | 'transfer'>('confirm');
  const pages = held.data ?? [];

  const afterForm = async () => {
    // DeactivateForm closes the same way on success and on cancel: ask whether it happened.
    const people = await api.call('people.list', { includeInactive: true }).catch(() => []);
    const now = people.find((p) => p.id === person.id);
    // The page actions change with the deactivation (the office may now propose a new owner).
    if (now && !now.active && pages.length) {
      await held.refetch();
      setStep('transfer');
    }
    else onDone();
  };

  if (step === 'transfer') {
    return (
      <div className="form">
        <p className="notice notice--ok" role="status">
          {t('people.pages.deactivatedNowTransfer', { name: person.name })}
        </p>
        <HeldPages person={person} pages={pages} links />
        <div className="form__actions">
          <button type="button" className="button" onClick={onDone}>
            {t('common.close')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      <div className="form-body">
        <ErrorNotice error={held.error} />
        {held.data && pages.length ? (
          <>
            <p>{t('people.pages.intro', { name: person.name, count: pages.length })}</p>
            <HeldPages person={person} pages={pages} links={false} />
          </>
        ) : held.data ? (
          <p className="muted">{t('people.pages.none', { name: person.name })}</p>
        ) : null}
      </div>
      <DeactivateForm person={person} onDone={() => void afterForm()} />
    </>
  );
}
