import { appendAudit } from '../../db/audit';
import {
  findPersonByEmail,
  getPerson,
  insertPerson,
  listPeople,
  setPersonActive,
  updatePerson,
  type PersonFields,
  type PersonRecord,
} from '../../db/people';
import { inTransaction, type Db } from '../../db/transaction';
import type { DomainHandlers } from './handler-types';
import { conflict, invalid, notFound, forbidden } from './errors';
import { requireSetUp } from './setup';
import { auditActor, requireRole } from './roles';

// Managing people is the communications office's job (it keeps the inventory) or technical admin's.
const PEOPLE_ADMIN = ['communicatie', 'beheer'] as const;

async function assertEmailFree(db: Db, email: string, exceptId?: number): Promise<void> {
  const existing = await findPersonByEmail(db, email);
  if (existing && existing.id !== exceptId) {
    throw conflict(`Someone with e-mail ${email} already exists`, 'people.errors.emailTaken', 'email', { email });
  }
}

async function assertManager(db: Db, managerId: number | null, selfId?: number): Promise<void> {
  if (managerId === null) return;
  if (managerId === selfId) throw invalid('managerId', 'A person cannot be their own line manager', 'people.errors.selfManager');
  const manager = await getPerson(db, managerId);
  if (!manager || !manager.active) throw invalid('managerId', 'That line manager does not exist', 'people.errors.unknownManager');
}

function changed(before: PersonRecord, after: PersonFields): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  if (before.name !== after.name) diff.name = { from: before.name, to: after.name };
  if (before.email !== after.email) diff.email = { from: before.email, to: after.email };
  if (before.managerId !== after.managerId) diff.managerId = { from: before.managerId, to: after.managerId };
  if (before.note !== after.note) diff.note = { from: before.note, to: after.note };
  if ([...before.roles].sort().join() !== [...after.roles].sort().join()) diff.roles = { from: before.roles, to: after.roles };
  return diff;
}

export const peopleHandlers: DomainHandlers<'people'> = {
  async 'people.list'(input, ctx) {
    // Public so the "who are you?" chooser works before anyone is chosen; it lists names and roles
    // that every colleague at the school may see anyway.
    return listPeople(ctx.store.db, { includeInactive: input.includeInactive });
  },

  async 'people.add'(input, ctx) {
    const actor = requireRole(ctx, ...PEOPLE_ADMIN);
    await requireSetUp(ctx);
    const at = ctx.clock.now().toISOString();
    const id = await inTransaction(ctx.store.db, async (trx) => {
      await assertEmailFree(trx, input.email);
      await assertManager(trx, input.managerId);
      const newId = await insertPerson(trx, input, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'person.add',
        subjectType: 'person',
        subjectId: newId,
        data: { name: input.name, email: input.email, roles: input.roles, managerId: input.managerId },
      });
      return newId;
    });
    ctx.events.emit('people.changed', {});
    return (await getPerson(ctx.store.db, id))!;
  },

  async 'people.update'(input, ctx) {
    const actor = requireRole(ctx, ...PEOPLE_ADMIN);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const before = await getPerson(trx, input.id);
      if (!before) throw notFound('person');
      await assertEmailFree(trx, input.email, input.id);
      await assertManager(trx, input.managerId, input.id);
      if (actor.personId === input.id && !input.roles.some((r) => PEOPLE_ADMIN.includes(r as never))) {
        // Taking away your own admin role could leave the school with nobody able to manage people.
        throw forbidden('You cannot remove your own people-management role', 'people.errors.ownAdminRole');
      }
      await updatePerson(trx, input.id, input);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'person.update',
        subjectType: 'person',
        subjectId: input.id,
        data: changed(before, input),
      });
    });
    ctx.events.emit('people.changed', {});
    return (await getPerson(ctx.store.db, input.id))!;
  },

  async 'people.deactivate'(input, ctx) {
    const actor = requireRole(ctx, ...PEOPLE_ADMIN);
    if (actor.personId === input.id) throw forbidden('You cannot deactivate yourself', 'people.errors.deactivateSelf');
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const person = await getPerson(trx, input.id);
      if (!person) throw notFound('person');
      if (!person.active) return;
      await setPersonActive(trx, input.id, false, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'person.deactivate',
        subjectType: 'person',
        subjectId: input.id,
        reason: input.reason,
      });
    });
    ctx.events.emit('people.changed', {});
    return (await getPerson(ctx.store.db, input.id))!;
  },

  async 'people.reactivate'(input, ctx) {
    const actor = requireRole(ctx, ...PEOPLE_ADMIN);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const person = await getPerson(trx, input.id);
      if (!person) throw notFound('person');
      if (person.active) return;
      await setPersonActive(trx, input.id, true, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'person.reactivate',
        subjectType: 'person',
        subjectId: input.id,
      });
    });
    ctx.events.emit('people.changed', {});
    return (await getPerson(ctx.store.db, input.id))!;
  },
};
