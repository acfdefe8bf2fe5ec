import { createHash } from 'node:crypto';
import { appendAudit, listAudit } from '../../db/audit';
import { currentArchiveSteps, recordArchiveStep, type ArchiveStepRecord } from '../../db/archiving';
import { updateConnection } from '../../db/connections';
import { getPage, type PageRecord } from '../../db/pages';
import { getPerson } from '../../db/people';
import { inTransaction, type Db } from '../../db/transaction';
import { ARCHIVE_STEPS, type ArchiveChecklist, type ArchiveStep } from '../../shared/api/archive';
import { CATEGORIES } from '../../shared/decency/types';
import { pageSecretKey } from '../backend/secrets/secret-store';
import { needsToken } from '../connectors/index';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, forbidden, notFound } from './errors';
import { toCsv } from './csv';
import { canSee, refusal } from './pages-rules';
import { pagesHandlers } from './pages';
import { auditActor, requireActor } from './roles';
import { runReminderJob } from './reminders-job';

// The archiving checklist (B3). Steps, in the order a person does them:
// 1. export  — the last export of the page's items and decisions (CSV or JSON, saved by the user);
// 2. platform — the account is deactivated or deleted on the platform (by hand: no API does it);
// 3. credentials — the stored token is deleted from the keychain or the credentials file;
// 4. inform — the communications office is told.
// Each is recorded with who and when, in archive_steps and the audit log (subject: the page, so it
// shows in the page's history). A step that cannot be done is skipped with a written reason. Only
// when every step is done or skipped does `archive.finish` run the same transition as
// `pages.archive`: the page becomes `gearchiveerd` and stays in the inventory with its history.
// Who: whoever may confirm archiving (owner, backup owner, communications office, board), while the
// archive is asked (`archiveren_gevraagd`).


function tokenless(page: PageRecord): boolean {
  return !needsToken(page.platform);
}

async function ownerActive(db: Db, page: PageRecord): Promise<boolean> {
  return (await getPerson(db, page.ownerId))?.active ?? false;
}

async function load(ctx: ServiceContext, db: Db, pageId: number): Promise<{ actor: Actor; page: PageRecord }> {
  const actor = requireActor(ctx);
  const page = await getPage(db, pageId);
  if (!page || !canSee(page, actor)) throw notFound('page', 'pages.errors.notFound');
  return { actor, page };
}

/** Refuses unless the actor may archive this page now (the rule of `pages.archive`). */
async function assertMayAct(db: Db, page: PageRecord, actor: Actor): Promise<void> {
  const refused = refusal('archive', page, actor, { ownerActive: await ownerActive(db, page) });
  if (refused) throw refused;
}

async function checklist(ctx: ServiceContext, pageId: number): Promise<ArchiveChecklist> {
  const db = ctx.store.db;
  const { actor, page } = await load(ctx, db, pageId);
  const since = page.archiveRequestedAt;
  const recorded = since ? await currentArchiveSteps(db, page.id, since) : new Map<ArchiveStep, ArchiveStepRecord>();
  const hasToken = ctx.secrets.has(pageSecretKey(page.id));
  const noToken = tokenless(page);
  const steps = ARCHIVE_STEPS.map((step) => {
    const r = recorded.get(step);
    if (!r && step === 'credentials' && noToken && !hasToken) {
      return { step, state: 'done' as const, at: null, by: null, note: null, detail: { notNeeded: true } };
    }
    return {
      step,
      state: r ? (r.outcome === 'done' ? ('done' as const) : ('skipped' as const)) : ('open' as const),
      at: r?.at ?? null,
      by: r?.actorLabel ?? null,
      note: r?.note || null,
      detail: r?.detail ?? {},
    };
  });
  const canAct = refusal('archive', page, actor, { ownerActive: await ownerActive(db, page) }) === null;
  // The ask's own reason, from its audit entry: the page's status reason is the finishing one once archived.
  const ask = page.archiveRequestedAt
    ? (await listAudit(db, { subjectType: 'page', subjectId: page.id })).filter((e) => e.action === 'page.archiveRequest' && e.at <= page.archiveRequestedAt!).at(-1)
    : undefined;
  return {
    pageId: page.id,
    displayName: page.displayName,
    status: page.status,
    archiveRequestedAt: page.archiveRequestedAt,
    archiveReason: page.status === 'archiveren_gevraagd' || page.status === 'gearchiveerd' ? (ask?.reason ?? page.statusReason) : null,
    archivedAt: page.archivedAt,
    steps,
    complete: steps.every((s) => s.state !== 'open'),
    canAct,
    hasToken,
    tokenless: noToken,
  };
}

/** Records one step and its audit entry in one transaction, after checking the rule inside it. */
async function record(
  ctx: ServiceContext,
  pageId: number,
  step: ArchiveStep,
  outcome: 'done' | 'skipped',
  note: string,
  detail: Record<string, unknown>,
  before?: (page: PageRecord, actor: Actor, trx: Db) => Promise<void>,
): Promise<ArchiveChecklist> {
  const at = ctx.clock.now().toISOString();
  await inTransaction(ctx.store.db, async (trx) => {
    const { actor, page } = await load(ctx, trx, pageId);
    await assertMayAct(trx, page, actor);
    await before?.(page, actor, trx);
    await recordArchiveStep(trx, { pageId, step, outcome, note, detail, actorPersonId: actor.personId, actorLabel: actor.label, at });
    await appendAudit(trx, {
      at,
      actor: auditActor(actor),
      action: outcome === 'done' ? 'page.archiveStep' : 'page.archiveStepSkip',
      subjectType: 'page',
      subjectId: pageId,
      reason: note || null,
      data: { step, ...detail },
    });
  });
  ctx.events.emit('archive.changed', { pageId });
  return checklist(ctx, pageId);
}

interface ExportItem {
  id: number;
  external_id: string;
  kind: string;
  url: string | null;
  created_at: string;
  fetched_at: string;
  author_handle: string | null;
  author_name: string | null;
  text: string;
  flagged: number;
  severity: number;
  status: string;
}

async function exportData(db: Db, page: PageRecord) {
  const items = (await db
    .selectFrom('items')
    .select(['id', 'external_id', 'kind', 'url', 'created_at', 'fetched_at', 'author_handle', 'author_name', 'text', 'flagged', 'severity', 'status'])
    .where('page_id', '=', page.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute()) as ExportItem[];
  const ids = items.map((i) => i.id);
  const flags = new Map<number, string[]>();
  const decisions = new Map<number, { decision: string; clause: string | null; reason: string; actor_label: string; decided_at: string; platform_result: string | null }[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const f of await db.selectFrom('item_flags').select(['item_id', 'category']).where('item_id', 'in', chunk).execute()) {
      flags.set(f.item_id, [...(flags.get(f.item_id) ?? []), f.category]);
    }
    const rows = await db
      .selectFrom('item_decisions')
      .select(['item_id', 'decision', 'clause', 'reason', 'actor_label', 'decided_at', 'platform_result'])
      .where('item_id', 'in', chunk)
      .orderBy('id')
      .execute();
    for (const d of rows) decisions.set(d.item_id, [...(decisions.get(d.item_id) ?? []), d]);
  }
  const order = (list: string[]) => [...list].sort((a, b) => CATEGORIES.indexOf(a as never) - CATEGORIES.indexOf(b as never));
  return { items, flags: (id: number) => order(flags.get(id) ?? []), decisions: (id: number) => decisions.get(id) ?? [] };
}

const CSV_COLUMNS = [
  'item_id',
  'platform',
  'external_id',
  'kind',
  'url',
  'created_at',
  'fetched_at',
  'author_handle',
  'author_name',
  'text',
  'flagged',
  'severity',
  'categories',
  'status',
  'decisions',
  'last_decision',
  'last_decision_clause',
  'last_decision_reason',
  'last_decided_by',
  'last_decided_at',
  'last_platform_result',
] as const;

export const archiveHandlers: DomainHandlers<'archive'> = {
  async 'archive.get'(input, ctx) {
    return checklist(ctx, input.pageId);
  },

  async 'archive.export'(input, ctx) {
    const db = ctx.store.db;
    const { actor, page } = await load(ctx, db, input.pageId);
    await assertMayAct(db, page, actor);
    const data = await exportData(db, page);
    const at = ctx.clock.now().toISOString();
    let content: string;
    let decisionCount = 0;
    if (input.format === 'json') {
      const items = data.items.map((i) => {
        const d = data.decisions(i.id);
        decisionCount += d.length;
        return {
          id: i.id,
          externalId: i.external_id,
          kind: i.kind,
          url: i.url,
          createdAt: i.created_at,
          fetchedAt: i.fetched_at,
          author: { handle: i.author_handle, name: i.author_name },
          text: i.text,
          flagged: i.flagged === 1,
          severity: i.severity,
          categories: data.flags(i.id),
          status: i.status,
          decisions: d.map((x) => ({ decision: x.decision, clause: x.clause, reason: x.reason, by: x.actor_label, at: x.decided_at, platformResult: x.platform_result })),
        };
      });
      content = `${JSON.stringify({ page: { id: page.id, platform: page.platform, handle: page.handle, displayName: page.displayName, status: page.status }, exportedAt: at, exportedBy: actor.label, items }, null, 2)}\n`;
    } else {
      const rows = data.items.map((i) => {
        const d = data.decisions(i.id);
        decisionCount += d.length;
        const last = d.at(-1);
        return {
          item_id: String(i.id),
          platform: page.platform,
          external_id: i.external_id,
          kind: i.kind,
          url: i.url ?? '',
          created_at: i.created_at,
          fetched_at: i.fetched_at,
          author_handle: i.author_handle ?? '',
          author_name: i.author_name ?? '',
          text: i.text,
          flagged: i.flagged ? 'ja' : 'nee',
          severity: String(i.severity),
          categories: data.flags(i.id).join(';'),
          status: i.status,
          decisions: String(d.length),
          last_decision: last?.decision ?? '',
          last_decision_clause: last?.clause ?? '',
          last_decision_reason: last?.reason ?? '',
          last_decided_by: last?.actor_label ?? '',
          last_decided_at: last?.decided_at ?? '',
          last_platform_result: last?.platform_result ?? '',
        };
      });
      content = toCsv(CSV_COLUMNS, rows);
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    const fileName = `archief-${page.platform}-${page.handle.replace(/[^\w.-]+/g, '_').slice(0, 60)}-${at.slice(0, 10)}.${input.format}`;
    await record(ctx, page.id, 'export', 'done', '', { format: input.format, items: data.items.length, decisions: decisionCount, fileName, sha256 });
    return {
      fileName,
      mimeType: input.format === 'json' ? 'application/json' : 'text/csv',
      content,
      items: data.items.length,
      decisions: decisionCount,
    };
  },

  async 'archive.confirmPlatform'(input, ctx) {
    return record(ctx, input.pageId, 'platform', 'done', input.note, { how: input.how });
  },

  async 'archive.removeCredentials'(input, ctx) {
    return record(ctx, input.pageId, 'credentials', 'done', '', {}, async (page, actor, trx) => {
      const had = ctx.secrets.has(pageSecretKey(page.id));
      // The secret store is outside the database: deleting twice is harmless, so a rollback after
      // this line leaves no token behind either.
      ctx.secrets.delete(pageSecretKey(page.id));
      await updateConnection(trx, page.id, { credentialStore: null }, ctx.clock.now().toISOString());
      if (had) {
        await appendAudit(trx, { at: ctx.clock.now().toISOString(), actor: auditActor(actor), action: 'page.token.remove', subjectType: 'page', subjectId: page.id, data: { via: 'archive' } });
      }
    }).then((list) => {
      ctx.events.emit('connections.changed', { pageId: input.pageId });
      return list;
    });
  },

  async 'archive.informOffice'(input, ctx) {
    const list = await record(ctx, input.pageId, 'inform', 'done', input.note, {});
    ctx.events.emit('reminders.changed', {});
    return list;
  },

  async 'archive.skipStep'(input, ctx) {
    const current = await checklist(ctx, input.pageId);
    if (current.steps.find((s) => s.step === input.step)?.state === 'done') {
      throw conflict('This step is done already', 'archive.errors.alreadyDone');
    }
    return record(ctx, input.pageId, input.step, 'skipped', input.reason, {});
  },

  async 'archive.finish'(input, ctx) {
    const current = await checklist(ctx, input.pageId);
    if (!current.canAct) {
      const { actor, page } = await load(ctx, ctx.store.db, input.pageId);
      await assertMayAct(ctx.store.db, page, actor);
      throw forbidden('You cannot archive this page', 'pages.errors.notOwner');
    }
    const open = current.steps.filter((s) => s.state === 'open').map((s) => s.step);
    if (open.length) {
      throw conflict(`Finish or skip these steps first: ${open.join(', ')}`, 'archive.errors.incomplete', undefined, { steps: open.join(', ') });
    }
    // The same transition as pages.archive (its rule, its audit entry, its event).
    await pagesHandlers['pages.archive']({ id: input.pageId, reason: input.reason }, ctx);
    ctx.events.emit('archive.changed', { pageId: input.pageId });
    await runReminderJob(ctx, ctx.clock.now());
    return checklist(ctx, input.pageId);
  },
};
