import type { PageRecord } from '../../db/pages';
import { PAGE_ACTIONS, type PageAction, type PageStatus } from '../../shared/api/pages';
import type { Actor } from './context';
import { ServiceError, conflict, forbidden } from './errors';
import { hasRole } from './roles';

// Who may do what with a page, and when. One function answers both questions the app asks — "may I?"
// (to show only the allowed actions) and "do it" (to refuse with a reason) — so the UI can never
// offer what the back end would refuse.
//
// Decisions (README, "Pages register"):
// - The requester, owner and backup owner shape a request; they may change it while it waits, withdraw
//   it (it is then closed as archived, never monitored), and change and resubmit it after a rejection.
// - Only the named line manager (still holding the manager role) or the board decides, never someone
//   with a stake in the page (owner, backup owner, requester). A manager does not edit a request: they
//   reject it with the reason, and the requester resubmits, so "who asked for what" stays clear.
// - The owner or backup owner links the live account (goedgekeurd → actief).
// - Archiving is asked (owner, backup owner, line manager, communications office, board), then
//   confirmed once the account is removed or deactivated (owner, backup owner, communications office,
//   board); the ask can be withdrawn by the same people who confirm.
// - Ownership moves only with the new owner's acceptance. The owner proposes; the communications office
//   or the board propose only when the owner has been deactivated (e.g. has left the school).

/**
 * Statuses in which ownership moves by transfer. A waiting request is changed by its requester
 * instead, and a closed page has no duties left to hand over.
 */
const HANDED_OVER_STATUSES: readonly PageStatus[] = ['goedgekeurd', 'actief', 'archiveren_gevraagd'];

export interface RuleFacts {
  /** Whether the page's owner is still an active person. */
  ownerActive: boolean;
}

interface Stake {
  owner: boolean;
  backup: boolean;
  requester: boolean;
  manager: boolean;
}

function stake(page: PageRecord, actor: Actor): Stake {
  const id = actor.personId;
  return {
    owner: id !== null && id === page.ownerId,
    backup: id !== null && id === page.backupOwnerId,
    requester: id !== null && id === page.requestedBy,
    manager: id !== null && id === page.managerId,
  };
}

const office = (actor: Actor) => hasRole(actor, 'communicatie', 'directie');

function wrongStatus(page: PageRecord, action: PageAction): ServiceError {
  return conflict(`This cannot be done while the page is ${page.status} (${action})`, 'pages.errors.wrongStatus', undefined, {
    status: page.status,
  });
}

function needStatus(page: PageRecord, action: PageAction, ...statuses: PageStatus[]): ServiceError | null {
  return statuses.includes(page.status) ? null : wrongStatus(page, action);
}

const notYours = () => forbidden('Only the requester, owner or backup owner of this page can do this', 'pages.errors.notYourPage');

/** Null when `actor` may do `action` on `page` now; otherwise the refusal to throw. */
export function refusal(action: PageAction, page: PageRecord, actor: Actor, facts: RuleFacts): ServiceError | null {
  const s = stake(page, actor);
  const shaper = s.requester || s.owner || s.backup;
  switch (action) {
    case 'update':
      return needStatus(page, action, 'aangevraagd') ?? (shaper ? null : notYours());
    case 'resubmit':
      return needStatus(page, action, 'afgewezen') ?? (shaper ? null : notYours());
    case 'withdraw':
      return needStatus(page, action, 'aangevraagd', 'goedgekeurd', 'afgewezen') ?? (shaper ? null : notYours());
    case 'approve':
    case 'reject': {
      const status = needStatus(page, action, 'aangevraagd');
      if (status) return status;
      if (actor.personId === null) return forbidden('Decisions are taken by a person; use --as EMAIL', 'pages.errors.needPerson');
      if (shaper) return forbidden('You cannot decide on a page you requested, own or back up', 'pages.errors.ownRequest');
      if ((s.manager && hasRole(actor, 'leidinggevende', 'directie')) || hasRole(actor, 'directie')) return null;
      return forbidden('Only the line manager named in the request, or the board, can decide', 'pages.errors.notManager');
    }
    case 'link':
      return needStatus(page, action, 'goedgekeurd') ?? (s.owner || s.backup ? null : forbidden('Only the owner or backup owner links the account', 'pages.errors.notOwner'));
    case 'requestArchive':
      return (
        needStatus(page, action, 'actief') ??
        (s.owner || s.backup || s.manager || office(actor) ? null : forbidden('You cannot ask to archive this page', 'pages.errors.notOwner'))
      );
    case 'cancelArchive':
    case 'archive':
      return (
        needStatus(page, action, 'archiveren_gevraagd') ??
        (s.owner || s.backup || office(actor) ? null : forbidden('Only the owner, backup owner or communications office can do this', 'pages.errors.notOwner'))
      );
    case 'proposeTransfer': {
      const status = needStatus(page, action, ...HANDED_OVER_STATUSES);
      if (status) return status;
      if (page.transfer) return conflict('A transfer of this page is already waiting for an answer', 'pages.errors.transferPending');
      if (s.owner) return null;
      // With the owner gone, the people the owner-left reminder goes to can act on it: the backup
      // owner and the line manager, besides the communications office.
      if (office(actor) || s.backup || s.manager) {
        return facts.ownerActive
          ? forbidden('The owner is still active: only the owner can hand the page over', 'pages.errors.ownerStillActive')
          : null;
      }
      return forbidden('Only the owner can hand this page over', 'pages.errors.notOwner');
    }
    case 'acceptTransfer':
    case 'declineTransfer':
      if (!page.transfer) return conflict('No transfer of this page is waiting', 'pages.errors.noTransfer');
      return actor.personId === page.transfer.toId ? null : forbidden('Only the proposed new owner can answer', 'pages.errors.notTransferTarget');
    case 'cancelTransfer':
      if (!page.transfer) return conflict('No transfer of this page is waiting', 'pages.errors.noTransfer');
      return s.owner || office(actor) ? null : forbidden('Only the owner or the communications office can cancel the transfer', 'pages.errors.notOwner');
    case 'changeBackupOwner':
      return (
        needStatus(page, action, ...HANDED_OVER_STATUSES) ??
        (s.owner || office(actor) ? null : forbidden('Only the owner or the communications office can change the backup owner', 'pages.errors.notOwner'))
      );
  }
}

export function allowedActions(page: PageRecord, actor: Actor, facts: RuleFacts): PageAction[] {
  return PAGE_ACTIONS.filter((action) => refusal(action, page, actor, facts) === null);
}

export function assertAllowed(action: PageAction, page: PageRecord, actor: Actor, facts: RuleFacts): void {
  const refused = refusal(action, page, actor, facts);
  if (refused) throw refused;
}

/** Who may see a page at all: its people, and those who keep or oversee the register. */
export function canSee(page: PageRecord, actor: Actor): boolean {
  const s = stake(page, actor);
  return (
    s.owner ||
    s.backup ||
    s.requester ||
    s.manager ||
    page.transfer?.toId === actor.personId ||
    page.transfer?.newBackupOwnerId === actor.personId ||
    hasRole(actor, 'communicatie', 'directie', 'beheer')
  );
}
