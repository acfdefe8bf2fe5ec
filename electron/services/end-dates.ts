import { appendAudit } from '../../db/audit';
import {
  closeEndDateRequest,
  getEndDateRequest,
  insertEndDateRequest,
  listEndDateRequests,
  openEndDateRequestOf,
  setPageEndDate,
  type EndDateRequestRecord,
} from '../../db/end-dates';
import { getPage, type PageRecord } from '../../db/pages';
import { inTransaction, type Db } from '../../db/transaction';
import { isCalendarDate } from '../../shared/api/pages';
import type { EndDateRequest } from '../../shared/api/end-dates';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, forbidden, invalid, notFound } from './errors';
import { schoolDay } from './lifecycle-time';
import { canSee } from './pages-rules';
import { auditActor, hasRole, requireActor } from './roles';
import { runReminderJob } from './reminders-job';

// Moving a page's end date (B3). The owner, backup owner or communications office asks, with a reason;
// the page's line manager (still holding that role) or the board decides, in writing — never someone
// with a stake in the page, the same rule as approving the page itself. An approval changes the end
// date in the same transaction, and the end-date reminder closes at once.

const LIVE = ['goedgekeurd', 'actief'];

function stakeholder(page: PageRecord, actor: Actor): boolean {
  const me = actor.personId;
  return me !== null && (me === page.ownerId || me === page.backupOwnerId || me === page.requestedBy);
}

function mayDecide(page: PageRecord, request: EndDateRequestRecord, actor: Actor): boolean {
  if (actor.personId === null || stakeholder(page, actor) || actor.personId === request.requestedBy) return false;
  return (actor.personId === page.managerId && hasRole(actor, 'leidinggevende', 'directie')) || hasRole(actor, 'directie');
}

function toDto(r: EndDateRequestRecord, page: PageRecord, actor: Actor): EndDateRequest {
  const actions: EndDateRequest['actions'] = [];
  if (r.status === 'open') {
    if (mayDecide(page, r, actor)) actions.push('approve', 'reject');
    if (actor.personId !== null && (actor.personId === r.requestedBy || stakeholder(page, actor))) actions.push('withdraw');
  }
  return {
    id: r.id,
    page: { id: page.id, displayName: page.displayName },
    currentEndDate: r.currentEndDate,
    newEndDate: r.newEndDate,
    reason: r.reason,
    status: r.status,
    requestedBy: r.requestedByLabel,
    requestedAt: r.requestedAt,
    decidedBy: r.decidedByLabel,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    actions,
  };
}

async function dtoOf(db: Db, id: number, actor: Actor): Promise<EndDateRequest> {
  const r = await getEndDateRequest(db, id);
  if (!r) throw notFound('end date request', 'endDates.errors.notFound');
  const page = await getPage(db, r.pageId);
  if (!page) throw notFound('page', 'pages.errors.notFound');
  return toDto(r, page, actor);
}

async function afterChange(ctx: ServiceContext): Promise<void> {
  ctx.events.emit('reminders.changed', {});
  ctx.events.emit('pages.changed', {});
  await runReminderJob(ctx, ctx.clock.now());
}

export const endDatesHandlers: DomainHandlers<'endDates'> = {
  async 'endDates.list'(input, ctx) {
    const actor = requireActor(ctx);
    const db = ctx.store.db;
    if (input.view === 'page') {
      if (input.pageId === undefined) throw invalid('pageId', 'Name the page', 'endDates.errors.needPage');
      const page = await getPage(db, input.pageId);
      if (!page || !canSee(page, actor)) throw notFound('page', 'pages.errors.notFound');
      return (await listEndDateRequests(db, { pageIds: [page.id] })).map((r) => toDto(r, page, actor));
    }
    const out: EndDateRequest[] = [];
    for (const r of await listEndDateRequests(db, { status: 'open' })) {
      const page = await getPage(db, r.pageId);
      if (page && mayDecide(page, r, actor)) out.push(toDto(r, page, actor));
    }
    return out;
  },

  async 'endDates.request'(input, ctx) {
    const actor = requireActor(ctx);
    if (actor.personId === null) throw forbidden('A person asks; use --as EMAIL', 'pages.errors.needPerson');
    const now = ctx.clock.now();
    const at = now.toISOString();
    const id = await inTransaction(ctx.store.db, async (trx) => {
      const page = await getPage(trx, input.pageId);
      if (!page || !canSee(page, actor)) throw notFound('page', 'pages.errors.notFound');
      const me = actor.personId;
      if (!(me === page.ownerId || me === page.backupOwnerId || hasRole(actor, 'communicatie'))) {
        throw forbidden('Only the owner, backup owner or communications office can ask', 'endDates.errors.notOwner');
      }
      if (!LIVE.includes(page.status)) throw conflict('The end date of this page can no longer change', 'endDates.errors.wrongStatus', undefined, { status: page.status });
      if (!isCalendarDate(input.newEndDate)) throw invalid('newEndDate', 'Give a date written as YYYY-MM-DD', 'endDates.errors.badDate');
      if (input.newEndDate < schoolDay(now)) throw invalid('newEndDate', 'The new end date has already passed', 'endDates.errors.inPast');
      if (input.newEndDate === page.endDate) throw invalid('newEndDate', 'That is the end date already', 'endDates.errors.same');
      if (await openEndDateRequestOf(trx, page.id)) throw conflict('A request for this page is already waiting', 'endDates.errors.pending', 'newEndDate');
      const newId = await insertEndDateRequest(trx, {
        pageId: page.id,
        currentEndDate: page.endDate,
        newEndDate: input.newEndDate,
        reason: input.reason,
        requestedBy: actor.personId,
        requestedByLabel: actor.label,
        requestedAt: at,
      });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'page.endDateRequest',
        subjectType: 'page',
        subjectId: page.id,
        reason: input.reason,
        data: { requestId: newId, from: page.endDate, to: input.newEndDate },
      });
      return newId;
    });
    ctx.events.emit('reminders.changed', {});
    return dtoOf(ctx.store.db, id, actor);
  },

  async 'endDates.decide'(input, ctx) {
    const actor = requireActor(ctx);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const r = await getEndDateRequest(trx, input.id);
      if (!r) throw notFound('end date request', 'endDates.errors.notFound');
      const page = await getPage(trx, r.pageId);
      if (!page) throw notFound('page', 'pages.errors.notFound');
      if (r.status !== 'open') throw conflict('This request has been decided already', 'endDates.errors.closed');
      if (!mayDecide(page, r, actor)) {
        throw forbidden('Only the line manager of the page, or the board, decides — never someone with a stake in it', 'endDates.errors.notManager');
      }
      if (input.approve && !LIVE.includes(page.status)) throw conflict('The end date of this page can no longer change', 'endDates.errors.wrongStatus', undefined, { status: page.status });
      await closeEndDateRequest(trx, r.id, { status: input.approve ? 'approved' : 'rejected', by: actor.personId, byLabel: actor.label, reason: input.reason }, at);
      if (input.approve) await setPageEndDate(trx, page.id, r.newEndDate, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: input.approve ? 'page.endDateApprove' : 'page.endDateReject',
        subjectType: 'page',
        subjectId: page.id,
        reason: input.reason,
        data: { requestId: r.id, from: r.currentEndDate, to: r.newEndDate },
      });
    });
    await afterChange(ctx);
    return dtoOf(ctx.store.db, input.id, actor);
  },

  async 'endDates.withdraw'(input, ctx) {
    const actor = requireActor(ctx);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const r = await getEndDateRequest(trx, input.id);
      if (!r) throw notFound('end date request', 'endDates.errors.notFound');
      const page = await getPage(trx, r.pageId);
      if (!page) throw notFound('page', 'pages.errors.notFound');
      if (r.status !== 'open') throw conflict('This request has been decided already', 'endDates.errors.closed');
      if (!(actor.personId !== null && (actor.personId === r.requestedBy || stakeholder(page, actor)))) {
        throw forbidden('Only the requester, owner or backup owner can withdraw it', 'endDates.errors.notOwner');
      }
      await closeEndDateRequest(trx, r.id, { status: 'withdrawn', by: actor.personId, byLabel: actor.label, reason: input.reason }, at);
      await appendAudit(trx, { at, actor: auditActor(actor), action: 'page.endDateWithdraw', subjectType: 'page', subjectId: page.id, reason: input.reason, data: { requestId: r.id } });
    });
    ctx.events.emit('reminders.changed', {});
    return dtoOf(ctx.store.db, input.id, actor);
  },
};

