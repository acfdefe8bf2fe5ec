import type { ItemAction, ItemStatus } from '../../shared/api/queue';
import type { Actor } from './context';
import { ServiceError, conflict, forbidden } from './errors';
import { hasRole } from './roles';

// Who may see and decide what in the moderation queue. One function answers both "may I?" (the item
// view offers only allowed actions) and "do it" (refused with a reason), as for pages.
//
// Decisions (README, "Moderation queue"):
// - The page's owner and backup owner moderate it (B3); the communications office may act on any
//   page (it keeps the school's reputation and sees everything). A decision is taken by a person.
// - Escalations (B5, B6) go from whoever may decide to the page's line manager; the board is asked
//   (O3) by them or by the line manager. The line manager and the board answer; they do not decide
//   in the owner's place.
// - The line manager sees the items of the pages they manage; the board sees everything.
// - A decided item is reopened before it is decided again, so the history reads as it happened.
// - Undo: the person who decided, within UNDO_WINDOW_MS, without a reason. Later (or someone else
//   who may decide) it is a reopen, with a written reason.

export { UNDO_WINDOW_MS } from '../../shared/api/decisions';

export interface PageStake {
  ownerId: number;
  backupOwnerId: number;
  managerId: number;
}

export interface ItemFacts {
  page: PageStake;
  status: ItemStatus;
  /** Kinds of escalations on this item that are still open. */
  openEscalations: readonly ('B5' | 'B6' | 'O3')[];
  /** The actor is the addressee of an escalation on this item (open or answered). */
  addressee: boolean;
}

export function stake(page: PageStake, actor: Actor) {
  const id = actor.personId;
  return {
    keeper: id !== null && (id === page.ownerId || id === page.backupOwnerId),
    manager: id !== null && id === page.managerId,
  };
}

/** Moderates the page: owner, backup owner, or the communications office. */
export function mayModerate(page: PageStake, actor: Actor): boolean {
  return stake(page, actor).keeper || hasRole(actor, 'communicatie');
}

export function canSeePage(page: PageStake, actor: Actor): boolean {
  const s = stake(page, actor);
  return s.keeper || s.manager || hasRole(actor, 'communicatie', 'directie');
}

export function canSeeItem(facts: ItemFacts, actor: Actor): boolean {
  return canSeePage(facts.page, actor) || facts.addressee;
}

const needPerson = () => forbidden('Decisions are taken by a person; use --as EMAIL', 'decisions.errors.needPerson');
const notYours = () => forbidden('Only the owner, backup owner or the communications office decides on this page', 'decisions.errors.notYourPage');
const decided = () => conflict('This item has been decided; reopen it first', 'decisions.errors.alreadyDecided');

/** Null when `actor` may do `action` on the item now; otherwise the refusal to throw. */
export function itemRefusal(action: ItemAction, facts: ItemFacts, actor: Actor): ServiceError | null {
  if (actor.personId === null) return needPerson();
  const s = stake(facts.page, actor);
  const moderates = mayModerate(facts.page, actor);
  switch (action) {
    case 'keep':
    case 'hide':
    case 'delete':
      if (!moderates) return notYours();
      return facts.status === 'afgehandeld' ? decided() : null;
    case 'escalate':
      if (!moderates) return notYours();
      if (s.manager) return forbidden('You are the line manager of this page yourself', 'escalations.errors.toSelf');
      if (facts.status === 'afgehandeld') return decided();
      if (facts.openEscalations.some((k) => k !== 'O3')) return conflict('An escalation to the line manager is already open', 'escalations.errors.alreadyOpen');
      return null;
    case 'board':
      if (!moderates && !s.manager) return forbidden('Only the owner, the line manager or the communications office refers to the board', 'escalations.errors.notForBoard');
      if (facts.openEscalations.includes('O3')) return conflict('This item is already with the board', 'escalations.errors.alreadyOpen');
      return null;
    case 'reopen':
      if (!moderates) return notYours();
      return facts.status === 'afgehandeld' ? null : conflict('This item is still open', 'decisions.errors.notDecided');
    case 'incident':
      return moderates || s.manager || hasRole(actor, 'directie') ? null : forbidden('You cannot open an incident for this item', 'incidents.errors.forbidden');
  }
}

export function itemActions(facts: ItemFacts, actor: Actor): ItemAction[] {
  const all: ItemAction[] = ['keep', 'hide', 'delete', 'escalate', 'board', 'reopen', 'incident'];
  return all.filter((a) => itemRefusal(a, facts, actor) === null);
}

export function assertItemAction(action: ItemAction, facts: ItemFacts, actor: Actor): void {
  const refused = itemRefusal(action, facts, actor);
  if (refused) throw refused;
}

/** The addressee answers: the named line manager for B5/B6, anyone on the board for O3. */
export function mayAnswer(escalation: { kind: 'B5' | 'B6' | 'O3'; toPersonId: number | null; status: string }, actor: Actor): boolean {
  if (escalation.status !== 'open' || actor.personId === null) return false;
  return escalation.kind === 'O3' ? hasRole(actor, 'directie') : escalation.toPersonId === actor.personId;
}
