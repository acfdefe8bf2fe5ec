import { appendAudit, listAudit, verifyAuditChain } from '../../db/audit';
import { getPerson, type PersonRecord } from '../../db/people';
import {
  getPage,
  insertPage,
  listOpenPagesHeldBy,
  listPagesOfStakeholder,
  listPendingRequests,
  listTransfersTo,
  patchPage,
  updatePageFields,
  type PageFields,
  type PagePatch,
  type PageRecord,
} from '../../db/pages';
import { inTransaction, type Db } from '../../db/transaction';
import type { PageAction } from '../../shared/api/pages';
import type { ParsedInput } from '../../shared/api/contract';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { ServiceError, conflict, forbidden, invalid, notFound } from './errors';
import { auditActor, hasRole, requireActor } from './roles';
import { readSchoolSettings } from './settings';
import { assertAllowed, canSee } from './pages-rules';
import { peopleById, toPageDto } from './pages-dto';
import { checkHandleFree, checkPageFields, checkPeople, checkUrl, normaliseHandle, schoolToday, type FieldIssue } from './pages-validate';
import { requireSetUp } from './setup';
import { pagesImportHandlers } from './pages-import';

type RequestInput = ParsedInput<'pages.request'>;

/** A field problem as the error the form shows beside that field. */
export function issueError(issue: FieldIssue): ServiceError {
  const key = `pages.errors.${issue.code}`;
  return issue.code === 'handleTaken' ? conflict(issue.message, key, issue.field, issue.params) : invalid(issue.field, issue.message, key, issue.params);
}

async function loadPage(db: Db, id: number): Promise<PageRecord> {
  const page = await getPage(db, id);
  if (!page) throw notFound('page', 'pages.errors.notFound');
  return page;
}

async function ownerActive(db: Db, page: PageRecord): Promise<boolean> {
  return (await getPerson(db, page.ownerId))?.active ?? false;
}

async function allow(db: Db, action: PageAction, page: PageRecord, actor: Actor): Promise<void> {
  assertAllowed(action, page, actor, { ownerActive: await ownerActive(db, page) });
}

async function dto(ctx: ServiceContext, id: number, actor: Actor) {
  const page = await loadPage(ctx.store.db, id);
  return toPageDto(page, await peopleById(ctx.store.db), actor);
}

/** Checks a request's fields against the rules and the register; throws the first problem, field named. */
async function validatedFields(db: Db, ctx: ServiceContext, input: RequestInput, exceptId?: number): Promise<PageFields> {
  const settings = await readSchoolSettings(db);
  const checked = checkPageFields(input, {
    suffix: settings.pageNameSuffix,
    today: schoolToday(ctx.clock.now()),
    requireGenericConfirmation: true,
  });
  const [owner, backup, manager] = await Promise.all([getPerson(db, input.ownerId), getPerson(db, input.backupOwnerId), getPerson(db, input.managerId)]);
  const issues = [...checked.issues, ...checkPeople({ owner, backup, manager })];
  if (!issues.some((i) => i.field === 'handle')) {
    const taken = await checkHandleFree(db, input.platform, checked.handle, exceptId);
    if (taken) issues.push(taken);
  }
  // Report in form order, so the first message is beside the first field that needs attention.
  const order = ['platform', 'displayName', 'handle', 'url', 'purpose', 'audience', 'ownerId', 'backupOwnerId', 'managerId', 'endDate', 'ongoingReason', 'genericConfirmed'];
  issues.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (issues[0]) throw issueError(issues[0]);
  return {
    platform: input.platform,
    handle: checked.handle,
    displayName: input.displayName.trim(),
    url: checked.url,
    purpose: input.purpose,
    audience: input.audience,
    ownerId: input.ownerId,
    backupOwnerId: input.backupOwnerId,
    managerId: input.managerId,
    endDate: input.endDate,
    ongoingReason: input.endDate === null ? input.ongoingReason.trim() : null,
    genericConfirmed: input.genericConfirmed,
  };
}

/** Who may ask for a page: a person, for themselves as owner or backup owner, or the office on someone's behalf. */
function assertMayRequest(actor: Actor, input: RequestInput): number {
  if (actor.personId === null) throw forbidden('A page is requested by a person; use --as EMAIL', 'pages.errors.needPerson');
  const forSelf = input.ownerId === actor.personId || input.backupOwnerId === actor.personId;
  if (!forSelf && !hasRole(actor, 'communicatie', 'directie')) {
    throw invalid('ownerId', 'Request a page with yourself as owner or backup owner', 'pages.errors.requestForOthers');
  }
  if (input.managerId === actor.personId) {
    throw invalid('managerId', 'You cannot name yourself as the line manager of your own request', 'pages.errors.managerIsRequester');
  }
  return actor.personId;
}

function fieldsForAudit(fields: PageFields, people: (id: number) => string): Record<string, unknown> {
  return {
    platform: fields.platform,
    handle: fields.handle,
    displayName: fields.displayName,
    url: fields.url,
    purpose: fields.purpose,
    audience: fields.audience,
    owner: { id: fields.ownerId, name: people(fields.ownerId) },
    backupOwner: { id: fields.backupOwnerId, name: people(fields.backupOwnerId) },
    manager: { id: fields.managerId, name: people(fields.managerId) },
    endDate: fields.endDate,
    ongoingReason: fields.ongoingReason,
    genericConfirmed: fields.genericConfirmed,
  };
}

function diffFields(before: PageRecord, after: PageFields): Record<string, { from: unknown; to: unknown }> {
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof PageFields)[]) {
    if (before[key] !== after[key]) diff[key] = { from: before[key], to: after[key] };
  }
  return diff;
}

async function namesOf(db: Db): Promise<(id: number) => string> {
  const people = await peopleById(db);
  return (id) => people.get(id)?.name ?? `#${id}`;
}

/**
 * One status change: loads the page in the write transaction, checks the rule there (so two desks
 * cannot both approve), applies the patch and appends the audit entry, then tells the UI.
 */
async function transition(
  ctx: ServiceContext,
  id: number,
  action: PageAction,
  change: (page: PageRecord, actor: Actor, at: string, trx: Db) => Promise<{ patch: PagePatch; audit: string; reason?: string | null; data?: Record<string, unknown> }>,
) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now().toISOString();
  await inTransaction(ctx.store.db, async (trx) => {
    const page = await loadPage(trx, id);
    if (!canSee(page, actor)) throw forbidden('You cannot see this page', 'pages.errors.cannotSee');
    await allow(trx, action, page, actor);
    const { patch, audit, reason, data } = await change(page, actor, at, trx);
    await patchPage(trx, id, patch, at);
    await appendAudit(trx, {
      at,
      actor: auditActor(actor),
      action: audit,
      subjectType: 'page',
      subjectId: id,
      reason: reason ?? null,
      data: { from: page.status, to: patch.status ?? page.status, ...data },
    });
  });
  ctx.events.emit('pages.changed', {});
  return dto(ctx, id, actor);
}

async function assertPossibleOwner(db: Db, id: number, field: string, page: PageRecord, role: 'owner' | 'backup'): Promise<PersonRecord> {
  const person = await getPerson(db, id);
  if (!person) throw invalid(field, 'That person does not exist', 'pages.errors.personUnknown');
  if (!person.active) throw invalid(field, `${person.name} has been deactivated`, 'pages.errors.personInactive', { name: person.name });
  if (!person.roles.includes('eigenaar')) throw invalid(field, `${person.name} does not have the role eigenaar`, 'pages.errors.notAnOwner', { name: person.name });
  if (person.id === page.managerId) throw invalid(field, 'The line manager cannot also own the page', 'pages.errors.managerIsOwner');
  if (role === 'owner' && person.id === page.ownerId) throw invalid(field, `${person.name} already owns this page`, 'pages.errors.alreadyOwner', { name: person.name });
  return person;
}

const pageWorkflowHandlers: Omit<DomainHandlers<'pages'>, 'pages.import' | 'pages.importPreview'> = {
  async 'pages.list'(input, ctx) {
    const actor = requireActor(ctx);
    const me = actor.personId;
    if (me === null) return [];
    const db = ctx.store.db;
    let pages: PageRecord[];
    if (input.view === 'mine') pages = await listPagesOfStakeholder(db, me);
    else if (input.view === 'transfers') pages = await listTransfersTo(db, me);
    else if (hasRole(actor, 'directie')) pages = await listPendingRequests(db, null);
    else if (hasRole(actor, 'leidinggevende')) pages = await listPendingRequests(db, me);
    else pages = [];
    const people = await peopleById(db);
    const out = pages.map((p) => toPageDto(p, people, actor));
    // "To decide" lists only what this person may decide: never their own requests.
    return input.view === 'decide' ? out.filter((p) => p.actions.includes('approve')) : out;
  },

  async 'pages.get'(input, ctx) {
    const actor = requireActor(ctx);
    const page = await loadPage(ctx.store.db, input.id);
    if (!canSee(page, actor)) throw forbidden('You cannot see this page', 'pages.errors.cannotSee');
    return toPageDto(page, await peopleById(ctx.store.db), actor);
  },

  async 'pages.history'(input, ctx) {
    const actor = requireActor(ctx);
    const page = await loadPage(ctx.store.db, input.id);
    if (!canSee(page, actor)) throw forbidden('You cannot see this page', 'pages.errors.cannotSee');
    const entries = await listAudit(ctx.store.db, { subjectType: 'page', subjectId: page.id });
    // The whole chain is recomputed: a page's history is only as trustworthy as everything before it.
    const chain = await verifyAuditChain(ctx.store.db);
    return {
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at,
        actorLabel: e.actorLabel,
        actorPersonId: e.actorPersonId,
        via: e.via,
        action: e.action,
        reason: e.reason,
        data: e.data,
      })),
      chain,
    };
  },

  async 'pages.ofPerson'(input, ctx) {
    const actor = requireActor(ctx);
    if (actor.personId !== input.personId && !hasRole(actor, 'communicatie', 'beheer', 'directie')) {
      throw forbidden('This needs one of the roles: communicatie, beheer, directie', 'errors.needsRole', { roles: 'communicatie, beheer, directie' });
    }
    const pages = await listOpenPagesHeldBy(ctx.store.db, input.personId);
    const people = await peopleById(ctx.store.db);
    return pages.map((p) => toPageDto(p, people, actor));
  },

  async 'pages.request'(input, ctx) {
    const actor = requireActor(ctx);
    await requireSetUp(ctx);
    const requester = assertMayRequest(actor, input);
    const at = ctx.clock.now().toISOString();
    const id = await inTransaction(ctx.store.db, async (trx) => {
      const fields = await validatedFields(trx, ctx, input);
      const newId = await insertPage(trx, { ...fields, status: 'aangevraagd', statusReason: null, source: 'request', requestedBy: requester, createdAt: at });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'page.request',
        subjectType: 'page',
        subjectId: newId,
        data: { to: 'aangevraagd', ...fieldsForAudit(fields, await namesOf(trx)) },
      });
      return newId;
    });
    ctx.events.emit('pages.changed', {});
    return dto(ctx, id, actor);
  },

  async 'pages.update'(input, ctx) {
    const actor = requireActor(ctx);
    const at = ctx.clock.now().toISOString();
    const { id, ...fieldsInput } = input;
    await inTransaction(ctx.store.db, async (trx) => {
      const page = await loadPage(trx, id);
      await allow(trx, 'update', page, actor);
      if (fieldsInput.managerId === actor.personId) {
        throw invalid('managerId', 'You cannot name yourself as the line manager of your own request', 'pages.errors.managerIsRequester');
      }
      const fields = await validatedFields(trx, ctx, fieldsInput, id);
      await updatePageFields(trx, id, fields, at);
      await appendAudit(trx, { at, actor: auditActor(actor), action: 'page.update', subjectType: 'page', subjectId: id, data: diffFields(page, fields) });
    });
    ctx.events.emit('pages.changed', {});
    return dto(ctx, id, actor);
  },

  async 'pages.resubmit'(input, ctx) {
    const actor = requireActor(ctx);
    const at = ctx.clock.now().toISOString();
    const { id, reason, ...fieldsInput } = input;
    await inTransaction(ctx.store.db, async (trx) => {
      const page = await loadPage(trx, id);
      await allow(trx, 'resubmit', page, actor);
      if (fieldsInput.managerId === actor.personId) {
        throw invalid('managerId', 'You cannot name yourself as the line manager of your own request', 'pages.errors.managerIsRequester');
      }
      const fields = await validatedFields(trx, ctx, fieldsInput, id);
      await updatePageFields(trx, id, fields, at);
      await patchPage(trx, id, { status: 'aangevraagd', statusReason: reason, decidedBy: null }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'page.resubmit',
        subjectType: 'page',
        subjectId: id,
        reason,
        data: { from: page.status, to: 'aangevraagd', changes: diffFields(page, fields) },
      });
    });
    ctx.events.emit('pages.changed', {});
    return dto(ctx, id, actor);
  },

  async 'pages.withdraw'(input, ctx) {
    return transition(ctx, input.id, 'withdraw', async (page, _actor, at) => ({
      patch: { status: 'gearchiveerd', statusReason: input.reason, archivedAt: at, transfer: null },
      audit: 'page.withdraw',
      reason: input.reason,
      data: page.transfer ? { transferCancelled: true } : {},
    }));
  },

  async 'pages.approve'(input, ctx) {
    return transition(ctx, input.id, 'approve', async (_page, actor, at) => ({
      patch: { status: 'goedgekeurd', statusReason: input.reason, decidedBy: actor.personId, approvedAt: at },
      audit: 'page.approve',
      reason: input.reason,
    }));
  },

  async 'pages.reject'(input, ctx) {
    return transition(ctx, input.id, 'reject', async (_page, actor, at) => ({
      patch: { status: 'afgewezen', statusReason: input.reason, decidedBy: actor.personId, rejectedAt: at },
      audit: 'page.reject',
      reason: input.reason,
    }));
  },

  async 'pages.link'(input, ctx) {
    const actor = requireActor(ctx);
    const db = ctx.store.db;
    const page = await loadPage(db, input.id);
    await allow(db, 'link', page, actor);
    let handle = page.handle;
    if (input.handle !== undefined) {
      const normal = normaliseHandle(input.handle);
      if ('issue' in normal) {
        throw invalid('handle', 'This is not an account name or address', `pages.errors.${normal.issue}`);
      }
      handle = normal.handle;
    }
    let url = page.url;
    if (input.url !== undefined) {
      const problem = checkUrl(input.url);
      if (problem) throw invalid('url', problem.message, `pages.errors.${problem.code}`);
      url = input.url || null;
    }
    const taken = await checkHandleFree(db, page.platform, handle, page.id);
    if (taken) throw issueError(taken);

    // Verification talks to the platform: outside the write transaction, which must stay short.
    let verification: Awaited<ReturnType<ServiceContext['gateway']['verifyAccount']>>;
    try {
      verification = await ctx.gateway.verifyAccount({ id: page.id, platform: page.platform, handle, url });
    } catch (error) {
      const reason = error instanceof ServiceError ? error.message : 'the platform could not be reached';
      await inTransaction(db, (trx) =>
        appendAudit(trx, {
          at: ctx.clock.now().toISOString(),
          actor: auditActor(actor),
          action: 'page.linkFailed',
          subjectType: 'page',
          subjectId: page.id,
          reason,
          data: { handle, url },
        }),
      );
      if (error instanceof ServiceError) throw error;
      throw new ServiceError('unavailable', `The account could not be verified: ${reason}`, { key: 'pages.errors.verifyFailed' });
    }

    return transition(ctx, page.id, 'link', async (_page, _actor, at, trx) => {
      const base = { status: 'actief' as const, statusReason: null, activatedAt: at };
      if (verification.status === 'verified') {
        const finalHandle = normaliseVerifiedHandle(verification.handle, handle);
        const clash = await checkHandleFree(trx, page.platform, finalHandle, page.id);
        if (clash) throw issueError(clash);
        const finalUrl = verification.url ?? url;
        return {
          patch: { ...base, handle: finalHandle, url: finalUrl, externalAccountId: verification.externalAccountId, verified: true },
          audit: 'page.link',
          data: {
            verified: true,
            externalAccountId: verification.externalAccountId,
            handle: finalHandle,
            platformDisplayName: verification.displayName,
            url: finalUrl,
          },
        };
      }
      const clash = await checkHandleFree(trx, page.platform, handle, page.id);
      if (clash) throw issueError(clash);
      return {
        patch: { ...base, handle, url, externalAccountId: null, verified: false },
        audit: 'page.link',
        // Linked unverified: no connector can check this platform's accounts (yet).
        data: { verified: false, handle, url },
      };
    });
  },

  async 'pages.requestArchive'(input, ctx) {
    return transition(ctx, input.id, 'requestArchive', async (_page, _actor, at) => ({
      patch: { status: 'archiveren_gevraagd', statusReason: input.reason, archiveRequestedAt: at },
      audit: 'page.archiveRequest',
      reason: input.reason,
    }));
  },

  async 'pages.cancelArchive'(input, ctx) {
    return transition(ctx, input.id, 'cancelArchive', async () => ({
      patch: { status: 'actief', statusReason: input.reason, archiveRequestedAt: null },
      audit: 'page.archiveCancel',
      reason: input.reason,
    }));
  },

  async 'pages.archive'(input, ctx) {
    return transition(ctx, input.id, 'archive', async (page, _actor, at) => ({
      patch: { status: 'gearchiveerd', statusReason: input.reason, archivedAt: at, transfer: null },
      audit: 'page.archive',
      reason: input.reason,
      data: page.transfer ? { transferCancelled: true } : {},
    }));
  },

  async 'pages.proposeTransfer'(input, ctx) {
    return transition(ctx, input.id, 'proposeTransfer', async (page, actor, at, trx) => {
      const to = await assertPossibleOwner(trx, input.toPersonId, 'toPersonId', page, 'owner');
      let backup: PersonRecord | null = null;
      if (input.newBackupOwnerId !== null) {
        if (input.newBackupOwnerId === to.id) {
          throw invalid('newBackupOwnerId', 'The backup owner must be someone other than the owner', 'pages.errors.sameOwnerAndBackup');
        }
        backup = await assertPossibleOwner(trx, input.newBackupOwnerId, 'newBackupOwnerId', { ...page, ownerId: to.id }, 'backup');
      } else if (to.id === page.backupOwnerId) {
        // The backup owner becomes the owner: someone else must take over as backup.
        throw invalid('newBackupOwnerId', 'The new owner is the backup owner now: name a new backup owner', 'pages.errors.backupRequired');
      }
      return {
        patch: { transfer: { toId: to.id, newBackupOwnerId: backup?.id ?? null, byLabel: actor.label, at, reason: input.reason } },
        audit: 'page.transferPropose',
        reason: input.reason,
        data: {
          fromOwner: { id: page.ownerId },
          toOwner: { id: to.id, name: to.name },
          ...(backup ? { newBackupOwner: { id: backup.id, name: backup.name } } : {}),
        },
      };
    });
  },

  async 'pages.acceptTransfer'(input, ctx) {
    return transition(ctx, input.id, 'acceptTransfer', async (page, _actor, _at, trx) => {
      const transfer = page.transfer!;
      const to = await assertPossibleOwner(trx, transfer.toId, 'id', page, 'owner');
      const backupId = transfer.newBackupOwnerId ?? page.backupOwnerId;
      if (backupId === to.id) throw invalid('id', 'The backup owner must be someone other than the owner', 'pages.errors.sameOwnerAndBackup');
      const names = await namesOf(trx);
      return {
        patch: { ownerId: to.id, backupOwnerId: backupId, transfer: null },
        audit: 'page.transferAccept',
        reason: input.note || null,
        data: {
          fromOwner: { id: page.ownerId, name: names(page.ownerId) },
          toOwner: { id: to.id, name: to.name },
          backupOwner: { id: backupId, name: names(backupId) },
        },
      };
    });
  },

  async 'pages.declineTransfer'(input, ctx) {
    return transition(ctx, input.id, 'declineTransfer', async (page) => ({
      patch: { transfer: null },
      audit: 'page.transferDecline',
      reason: input.reason,
      data: { toOwner: { id: page.transfer!.toId } },
    }));
  },

  async 'pages.cancelTransfer'(input, ctx) {
    return transition(ctx, input.id, 'cancelTransfer', async (page) => ({
      patch: { transfer: null },
      audit: 'page.transferCancel',
      reason: input.reason,
      data: { toOwner: { id: page.transfer!.toId } },
    }));
  },

  async 'pages.changeBackupOwner'(input, ctx) {
    return transition(ctx, input.id, 'changeBackupOwner', async (page, _actor, _at, trx) => {
      if (input.backupOwnerId === page.ownerId) {
        throw invalid('backupOwnerId', 'The backup owner must be someone other than the owner', 'pages.errors.sameOwnerAndBackup');
      }
      if (input.backupOwnerId === page.backupOwnerId) {
        throw invalid('backupOwnerId', 'This person is already the backup owner', 'pages.errors.alreadyBackup');
      }
      const backup = await assertPossibleOwner(trx, input.backupOwnerId, 'backupOwnerId', page, 'backup');
      const names = await namesOf(trx);
      return {
        patch: { backupOwnerId: backup.id },
        audit: 'page.backupOwnerChange',
        reason: input.reason,
        data: { fromBackupOwner: { id: page.backupOwnerId, name: names(page.backupOwnerId) }, toBackupOwner: { id: backup.id, name: backup.name } },
      };
    });
  },
};

/** A connector may report the handle in its own spelling; keep ours unless it is a real account name. */
function normaliseVerifiedHandle(verified: string, fallback: string): string {
  const normal = normaliseHandle(verified);
  return 'handle' in normal ? normal.handle : fallback;
}

export const pagesHandlers: DomainHandlers<'pages'> = {
  ...pageWorkflowHandlers,
  ...pagesImportHandlers,
};
