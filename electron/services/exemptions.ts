import { appendAudit } from '../../db/audit';
import { decideExemption, getExemption, insertExemption, isActive, listExemptions, revokeExemption, type ExemptionRecord } from '../../db/exemptions';
import type { InsertedItem } from '../../db/items';
import { recordClassification } from '../../db/items';
import { getPage, type PageRecord } from '../../db/pages';
import { getPerson, type PersonRecord } from '../../db/people';
import { inTransaction, type Db } from '../../db/transaction';
import { EXEMPTABLE_CATEGORIES, type Exemption } from '../../shared/api/exemptions';
import { isCalendarDate } from '../../shared/api/pages';
import { clausesFor } from '../../shared/decency/categories';
import type { Category, DecencyResult } from '../../shared/decency/types';
import { CLAUSE_IDS } from '../../shared/protocol/clauses';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, forbidden, invalid, notFound } from './errors';
import { addSchoolDays, schoolDay } from './lifecycle-time';
import { peopleById } from './pages-dto';
import { canSee } from './pages-rules';
import { auditActor, hasRole, requireActor, requireRole } from './roles';
import { runReminderJob } from './reminders-job';

// The exemptions register (O2). See shared/api/exemptions.ts for what each kind does. Rules:
// - anyone responsible may ask: for a page its owner, backup owner or line manager; for a person that
//   person or their line manager; the communications office and the board for anyone;
// - only the board (directie) approves or rejects, always with a written reason, and never for a page
//   they own or back up or an exemption for themselves (no one approves their own deviation);
// - an exemption runs from–until (at most two years, so it is looked at again); the board can revoke
//   an approved one early, the requester can withdraw one still waiting; nothing is ever deleted.

const MAX_DAYS = 731;
const OVERSEERS = ['directie', 'communicatie', 'beheer'] as const;

function clauseOf(kind: ExemptionRecord['kind'], category: string | null, clause: string): string | null {
  if (kind === 'end_date' || kind === 'inactivity') return 'B3';
  if (kind === 'flag_category') return category === 'media_consent' ? 'A6' : null;
  return (CLAUSE_IDS as readonly string[]).includes(clause) ? clause : null;
}

function mayAskForPage(page: PageRecord, actor: Actor): boolean {
  const me = actor.personId;
  return (me !== null && [page.ownerId, page.backupOwnerId, page.managerId].includes(me)) || hasRole(actor, 'communicatie', 'directie');
}

function mayAskForPerson(person: PersonRecord, actor: Actor): boolean {
  const me = actor.personId;
  return (me !== null && (me === person.id || me === person.managerId)) || hasRole(actor, 'communicatie', 'directie');
}

/** A board member deciding on their own page or their own deviation would approve themselves. */
async function ownStake(db: Db, e: ExemptionRecord, actor: Actor): Promise<boolean> {
  const me = actor.personId;
  if (me === null) return true;
  if (e.personId === me) return true;
  if (e.pageId !== null) {
    const page = await getPage(db, e.pageId);
    if (page && (page.ownerId === me || page.backupOwnerId === me)) return true;
  }
  return false;
}

async function mayRead(db: Db, e: ExemptionRecord, actor: Actor): Promise<boolean> {
  if (hasRole(actor, ...OVERSEERS)) return true;
  if (actor.personId !== null && (e.personId === actor.personId || e.requestedBy === actor.personId)) return true;
  if (e.pageId !== null) {
    const page = await getPage(db, e.pageId);
    return page ? canSee(page, actor) : false;
  }
  return false;
}

async function toDto(db: Db, e: ExemptionRecord, actor: Actor, today: string, names: Map<number, PersonRecord>): Promise<Exemption> {
  const page = e.pageId !== null ? await getPage(db, e.pageId) : undefined;
  const actions: Exemption['actions'] = [];
  if (e.status === 'aangevraagd') {
    if (hasRole(actor, 'directie') && !(await ownStake(db, e, actor))) actions.push('approve', 'reject');
    if (actor.personId !== null && actor.personId === e.requestedBy) actions.push('withdraw');
  }
  if (e.status === 'goedgekeurd' && e.validUntil >= today && hasRole(actor, 'directie')) actions.push('revoke');
  return {
    id: e.id,
    kind: e.kind,
    clause: e.clause,
    category: e.category,
    scope: e.scope,
    page: page ? { id: page.id, displayName: page.displayName } : null,
    person: e.personId !== null ? { id: e.personId, name: names.get(e.personId)?.name ?? `#${e.personId}` } : null,
    description: e.description,
    reason: e.reason,
    validFrom: e.validFrom,
    validUntil: e.validUntil,
    status: e.status,
    active: isActive(e, today),
    requestedBy: e.requestedByLabel,
    requestedAt: e.requestedAt,
    decidedBy: e.decidedByLabel,
    decidedAt: e.decidedAt,
    decisionReason: e.decisionReason,
    revokedBy: e.revokedByLabel,
    revokedAt: e.revokedAt,
    revokeReason: e.revokeReason,
    actions,
  };
}

async function dtoOf(ctx: ServiceContext, id: number, actor: Actor): Promise<Exemption> {
  const e = await getExemption(ctx.store.db, id);
  if (!e) throw notFound('exemption', 'exemptions.errors.notFound');
  return toDto(ctx.store.db, e, actor, schoolDay(ctx.clock.now()), await peopleById(ctx.store.db));
}

async function afterChange(ctx: ServiceContext): Promise<void> {
  ctx.events.emit('exemptions.changed', {});
  // An approved (or ended) exemption changes which reminders apply: recompute now, not in a minute.
  await runReminderJob(ctx, ctx.clock.now());
}

/** Active `flag_category` exemptions that cover a page (page scope, or its owner's person scope). */
export async function activeCategoryExemptions(db: Db, page: PageRecord, today: string): Promise<ExemptionRecord[]> {
  const all = await listExemptions(db, { status: ['goedgekeurd'], pageId: page.id, ownerOf: page.ownerId });
  return all.filter((e) => e.kind === 'flag_category' && e.category !== null && isActive(e, today));
}

/**
 * Called after a poll stored new items (ITEMS_STORED_HOOKS): where the board exempted a category for
 * this page, the item gets a new classification without it — traceable, since the engine's own
 * verdict stays in item_classifications and the new one names the exemption in its engine version.
 */
export async function applyCategoryExemptions(db: Db, pageId: number, items: readonly InsertedItem[], now: Date): Promise<number> {
  const candidates = items.filter((i) => i.categories.some((c) => (EXEMPTABLE_CATEGORIES as readonly string[]).includes(c)));
  if (!candidates.length) return 0;
  const page = await getPage(db, pageId);
  if (!page) return 0;
  const exemptions = await activeCategoryExemptions(db, page, schoolDay(now));
  if (!exemptions.length) return 0;
  const exempt = new Map(exemptions.map((e) => [e.category!, e.id]));
  let changed = 0;
  await inTransaction(db, async (trx) => {
    for (const item of candidates) {
      const hit = item.categories.filter((c) => exempt.has(c));
      if (!hit.length) continue;
      const latest = await trx
        .selectFrom('item_classifications')
        .selectAll()
        .where('item_id', '=', item.id)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!latest) continue;
      const categories = (JSON.parse(latest.categories) as Category[]).filter((c) => !exempt.has(c));
      const spans = (JSON.parse(latest.spans) as DecencyResult['spans']).filter((s) => !exempt.has(s.category));
      const ids = hit.map((c) => exempt.get(c)!);
      const result: DecencyResult = {
        flagged: categories.length > 0,
        severity: categories.length > 0 ? (latest.severity as DecencyResult['severity']) : 0,
        categories,
        clauses: clausesFor(categories),
        spans,
        engineVersion: `${latest.engine_version}+O2#${ids.join(',')}`,
        listVersion: latest.lists_version,
      };
      await recordClassification(trx, item.id, result, now.toISOString());
      changed++;
    }
  });
  return changed;
}

export const exemptionsHandlers: DomainHandlers<'exemptions'> = {
  async 'exemptions.list'(input, ctx) {
    const actor = requireActor(ctx);
    const db = ctx.store.db;
    const today = schoolDay(ctx.clock.now());
    let rows: ExemptionRecord[];
    if (input.pageId !== undefined) {
      const page = await getPage(db, input.pageId);
      if (!page || !canSee(page, actor)) throw notFound('page', 'pages.errors.notFound');
      rows = await listExemptions(db, { pageId: page.id, ownerOf: page.ownerId });
    } else rows = await listExemptions(db);
    if (input.status === 'active') rows = rows.filter((e) => isActive(e, today));
    if (input.status === 'pending') rows = rows.filter((e) => e.status === 'aangevraagd');
    const names = await peopleById(db);
    const out: Exemption[] = [];
    for (const e of rows) if (await mayRead(db, e, actor)) out.push(await toDto(db, e, actor, today, names));
    return out;
  },

  async 'exemptions.request'(input, ctx) {
    const actor = requireActor(ctx);
    if (actor.personId === null) throw forbidden('A person asks; use --as EMAIL', 'pages.errors.needPerson');
    const now = ctx.clock.now();
    const today = schoolDay(now);
    const at = now.toISOString();
    const clause = clauseOf(input.kind, input.category, input.clause);
    if (input.kind === 'flag_category' && !(EXEMPTABLE_CATEGORIES as readonly string[]).includes(input.category ?? '')) {
      throw invalid('category', 'Only the media-consent flag (A6) can be exempted', 'exemptions.errors.category');
    }
    if (!clause) throw invalid('clause', 'Name the clause (A1–O3) this deviates from', 'exemptions.errors.clause');
    if (!isCalendarDate(input.validFrom)) throw invalid('validFrom', 'Give a date written as YYYY-MM-DD', 'exemptions.errors.badDate');
    if (!isCalendarDate(input.validUntil)) throw invalid('validUntil', 'Give a date written as YYYY-MM-DD', 'exemptions.errors.badDate');
    if (input.validUntil < input.validFrom) throw invalid('validUntil', 'The end lies before the start', 'exemptions.errors.order');
    if (input.validUntil < today) throw invalid('validUntil', 'This period is over already', 'exemptions.errors.past');
    if (input.validUntil > addSchoolDays(input.validFrom, MAX_DAYS)) {
      throw invalid('validUntil', 'An exemption runs for at most two years', 'exemptions.errors.tooLong');
    }
    const db = ctx.store.db;
    let pageId: number | null = null;
    let personId: number | null = null;
    if (input.scope === 'page') {
      const page = input.pageId !== null ? await getPage(db, input.pageId) : undefined;
      if (!page || !canSee(page, actor)) throw invalid('pageId', 'Choose the page', 'exemptions.errors.page');
      if (!mayAskForPage(page, actor)) throw forbidden('Only the people of this page or the office can ask', 'exemptions.errors.notYours');
      if (page.status === 'gearchiveerd' || page.status === 'afgewezen') throw conflict('This page is closed', 'exemptions.errors.closedPage', 'pageId');
      pageId = page.id;
    } else {
      const person = input.personId !== null ? await getPerson(db, input.personId) : undefined;
      if (!person) throw invalid('personId', 'Choose the person', 'exemptions.errors.person');
      if (!mayAskForPerson(person, actor)) throw forbidden('Only the person, their line manager or the office can ask', 'exemptions.errors.notYours');
      personId = person.id;
    }
    const id = await inTransaction(db, async (trx) => {
      const newId = await insertExemption(trx, {
        kind: input.kind,
        clause,
        category: input.kind === 'flag_category' ? input.category : null,
        scope: input.scope,
        pageId,
        personId,
        description: input.description,
        reason: input.reason,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        requestedBy: actor.personId,
        requestedByLabel: actor.label,
        requestedAt: at,
      });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'exemption.request',
        subjectType: 'exemption',
        subjectId: newId,
        reason: input.reason,
        data: { kind: input.kind, clause, category: input.category, scope: input.scope, pageId, personId, validFrom: input.validFrom, validUntil: input.validUntil, description: input.description },
      });
      return newId;
    });
    ctx.events.emit('exemptions.changed', {});
    return dtoOf(ctx, id, actor);
  },

  async 'exemptions.decide'(input, ctx) {
    const actor = requireRole(ctx, 'directie');
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const e = await getExemption(trx, input.id);
      if (!e) throw notFound('exemption', 'exemptions.errors.notFound');
      if (e.status !== 'aangevraagd') throw conflict('This exemption has been decided already', 'exemptions.errors.decided');
      if (await ownStake(trx, e, actor)) throw forbidden('Someone else on the board decides on your own page or deviation', 'exemptions.errors.ownStake');
      await decideExemption(trx, e.id, { status: input.approve ? 'goedgekeurd' : 'afgewezen', by: actor.personId, byLabel: actor.label, reason: input.reason }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: input.approve ? 'exemption.approve' : 'exemption.reject',
        subjectType: 'exemption',
        subjectId: e.id,
        reason: input.reason,
        data: { pageId: e.pageId, personId: e.personId, kind: e.kind, validFrom: e.validFrom, validUntil: e.validUntil },
      });
    });
    await afterChange(ctx);
    return dtoOf(ctx, input.id, actor);
  },

  async 'exemptions.revoke'(input, ctx) {
    const actor = requireActor(ctx);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const e = await getExemption(trx, input.id);
      if (!e) throw notFound('exemption', 'exemptions.errors.notFound');
      if (e.status === 'goedgekeurd') {
        if (!hasRole(actor, 'directie')) throw forbidden('Only the board ends an approved exemption', 'exemptions.errors.boardOnly');
      } else if (e.status === 'aangevraagd') {
        if (!(actor.personId !== null && actor.personId === e.requestedBy) && !hasRole(actor, 'directie')) {
          throw forbidden('Only the requester can withdraw this request', 'exemptions.errors.notYours');
        }
      } else throw conflict('This exemption is closed already', 'exemptions.errors.decided');
      await revokeExemption(trx, e.id, { by: actor.personId, byLabel: actor.label, reason: input.reason }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: e.status === 'goedgekeurd' ? 'exemption.revoke' : 'exemption.withdraw',
        subjectType: 'exemption',
        subjectId: e.id,
        reason: input.reason,
        data: { pageId: e.pageId, personId: e.personId, kind: e.kind },
      });
    });
    await afterChange(ctx);
    return dtoOf(ctx, input.id, actor);
  },
};
