import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Page, PageAction } from '../../../shared/api/pages';
import type { ActionRequest, DialogAction } from './ActionDialog';

// Decisions first, then the owner's work, then the rest; a refusal would only come from the back end.
const ORDER: PageAction[] = [
  'approve',
  'reject',
  'acceptTransfer',
  'declineTransfer',
  'link',
  'update',
  'resubmit',
  'archive',
  'cancelArchive',
  'requestArchive',
  'proposeTransfer',
  'cancelTransfer',
  'changeBackupOwner',
  'withdraw',
];

/** The actions the back end says this person may take now; `only` narrows them (e.g. decisions in a list). */
export function PageActionButtons({
  page,
  onAction,
  only,
  small,
}: {
  page: Page;
  onAction: (request: ActionRequest) => void;
  only?: readonly PageAction[];
  small?: boolean;
}) {
  const { t } = useTranslation();
  const actions = ORDER.filter((a) => page.actions.includes(a) && (!only || only.includes(a)));
  const size = small ? ' button--small' : '';
  return (
    <div className="actions">
      {actions.map((action) =>
        action === 'update' || action === 'resubmit' ? (
          <Link key={action} href={`/requests/${page.id}/edit`} className={`button${size}`}>
            {t(`pages.actions.${action}`)}
          </Link>
        ) : action === 'archive' ? (
          // Archiving goes through its checklist (B3): export, platform, token, office; then archive.
          <Link key={action} href={`/pages/${page.id}/archive`} className={`button${size} button--primary`}>
            {t(`pages.actions.${action}`)}
          </Link>
        ) : (
          <button
            key={action}
            type="button"
            className={`button${size}${action === 'approve' || action === 'link' || action === 'acceptTransfer' ? ' button--primary' : ''}`}
            onClick={() => onAction({ action: action as DialogAction, page })}
          >
            {t(`pages.actions.${action}`)}
          </button>
        ),
      )}
    </div>
  );
}
