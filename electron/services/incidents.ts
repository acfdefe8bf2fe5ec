import { appendAudit } from '../../db/audit';
import { listEvidence, verifyEvidence } from '../../db/evidence';
import { getIncident, incidentItemIds, insertIncident, linkItems, listIncidents, updateIncident, type IncidentRecord } from '../../db/incidents';
import { inTransaction, type Db } from '../../db/transaction';
import type { Incident, IncidentSummary, TimelineEntry } from '../../shared/api/incidents';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { forbidden, notFound } from './errors';
import { preserve } from './decisions';
import { renderIncidentReport } from './incident-report';
import { loadItem, type ItemContext } from './moderation-context';
import { assertItemAction, stake } from './moderation-rules';
import { auditActor, hasRole, requireActor } from './roles';
import { readSchoolSettings } from './settings';

// Incidents (S1–S5). Who may see one: whoever opened it, the communications office, the board, and
// the owner, backup owner and line manager of a page it has items from — an incident can end up in a
// personnel file, so it is not shown more widely. The software records measures; it decides nothing.

async function linkedPages(db: Db, incidentId: number) {
  const rows = await db
    .selectFrom('incident_items')
    .innerJoin('items', 'items.id', 'incident_items.item_id')
    .innerJoin('pages', 'pages.id', 'items.page_id')
    .select(['pages.owner_id', 'pages.backup_owner_id', 'pages.manager_id'])
    .where('incident_items.incident_id', '=', incidentId)
    .execute();
  return rows.map((r) => ({ ownerId: r.owner_id, backupOwnerId: r.backup_owner_id, managerId: r.manager_id }));
}

function maySee(incident: IncidentRecord, pages: Awaited<ReturnType<typeof linkedPages>>, actor: Actor): boolean {
  if (actor.personId !== null && incident.createdBy === actor.personId) return true;
  if (hasRole(actor, 'communicatie', 'directie')) return true;
  return pages.some((p) => {
    const s = stake(p, actor);
    return s.keeper || s.manager;
  });
}

async function loadIncident(ctx: ServiceContext, id: number, actor: Actor): Promise<IncidentRecord> {
  const incident = await getIncident(ctx.store.db, id);
  if (!incident || !maySee(incident, await linkedPages(ctx.store.db, id), actor)) throw notFound('incident', 'incidents.errors.notFound');
  return incident;
}

const summary = (i: IncidentRecord, itemCount: number): IncidentSummary => ({
  id: i.id,
  title: i.title,
  subjectType: i.subjectType,
  status: i.status,
  createdAt: i.createdAt,
  createdByLabel: i.createdByLabel,
  updatedAt: i.updatedAt,
  closedAt: i.closedAt,
  itemCount,
});

/** What happened, in order: items posted and fetched, decisions, escalations, evidence, the incident's changes. */
async function timeline(db: Db, incidentId: number, items: { id: number; created_at: string; fetched_at: string; author_name: string | null; author_handle: string | null }[]): Promise<TimelineEntry[]> {
  const out: TimelineEntry[] = [];
  for (const item of items) {
    out.push({ at: item.created_at, actorLabel: item.author_name ?? item.author_handle ?? '', action: 'item.created', itemId: item.id, clause: null, reason: null, detail: null });
    out.push({ at: item.fetched_at, actorLabel: 'Paginawacht', action: 'item.fetched', itemId: item.id, clause: null, reason: null, detail: null });
  }
  const ids = items.map((i) => String(i.id));
  let query = db.selectFrom('audit_log').select(['at', 'actor_label', 'action', 'subject_type', 'subject_id', 'reason', 'data']);
  query = query.where((eb) =>
    eb.or([
      eb.and([eb('subject_type', '=', 'incident'), eb('subject_id', '=', String(incidentId))]),
      ...(ids.length ? [eb.and([eb('subject_type', '=', 'item'), eb('subject_id', 'in', ids)])] : []),
    ]),
  );
  for (const row of await query.orderBy('id').execute()) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    const detail = typeof data.sha256 === 'string' ? data.sha256 : typeof data.platformResult === 'string' ? data.platformResult : typeof data.variant === 'string' ? data.variant : typeof data.error === 'string' ? data.error : null;
    out.push({
      at: row.at,
      actorLabel: row.actor_label,
      action: row.action,
      itemId: row.subject_type === 'item' ? Number(row.subject_id) : null,
      clause: typeof data.clause === 'string' ? data.clause : null,
      reason: row.reason,
      detail,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

async function incidentDto(ctx: ServiceContext, incident: IncidentRecord, actor: Actor): Promise<Incident> {
  const db = ctx.store.db;
  const itemIds = await incidentItemIds(db, incident.id);
  const rows = itemIds.length
    ? await db
        .selectFrom('items')
        .innerJoin('pages', 'pages.id', 'items.page_id')
        .select([
          'items.id',
          'items.platform',
          'items.url',
          'items.author_name',
          'items.author_handle',
          'items.text',
          'items.created_at',
          'items.fetched_at',
          'items.status',
          'items.severity',
          'pages.display_name',
        ])
        .where('items.id', 'in', itemIds)
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const evidence = await listEvidence(db, itemIds);
  const classifications = itemIds.length
    ? await db.selectFrom('item_classifications').select(['item_id', 'categories', 'clauses']).where('item_id', 'in', itemIds).orderBy('id').execute()
    : [];
  const latest = new Map(classifications.map((c) => [c.item_id, c]));
  const items = itemIds.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const c = latest.get(id);
    return [
      {
        id: r.id,
        pageName: r.display_name,
        platform: r.platform,
        url: r.url,
        authorName: r.author_name,
        authorHandle: r.author_handle,
        text: r.text,
        createdAt: r.created_at,
        status: r.status,
        severity: r.severity,
        categories: c ? (JSON.parse(c.categories) as string[]) : [],
        clauses: c ? (JSON.parse(c.clauses) as string[]) : [],
        evidence: evidence
          .filter((e) => e.itemId === id)
          .map((e) => ({ id: e.id, capturedAt: e.capturedAt, sha256: e.sha256, purpose: e.purpose, verified: verifyEvidence(e) })),
      },
    ];
  });
  return {
    ...summary(incident, itemIds.length),
    description: incident.description,
    measures: incident.measures,
    items,
    timeline: await timeline(db, incident.id, rows),
    canEdit: maySee(incident, await linkedPages(db, incident.id), actor),
  };
}

async function loadItemsFor(ctx: ServiceContext, actor: Actor, itemIds: readonly number[]): Promise<ItemContext[]> {
  const items: ItemContext[] = [];
  for (const id of [...new Set(itemIds)]) {
    const c = await loadItem(ctx.store.db, id, actor);
    assertItemAction('incident', c.facts, actor);
    items.push(c);
  }
  return items;
}

export const incidentsHandlers: DomainHandlers<'incidents'> = {
  async 'incidents.list'(input, ctx) {
    const actor = requireActor(ctx);
    const all = await listIncidents(ctx.store.db, input.status ? { status: input.status } : {});
    const out: IncidentSummary[] = [];
    for (const incident of all) {
      if (maySee(incident, await linkedPages(ctx.store.db, incident.id), actor)) out.push(summary(incident, incident.itemCount));
    }
    return out;
  },

  async 'incidents.get'(input, ctx) {
    const actor = requireActor(ctx);
    return incidentDto(ctx, await loadIncident(ctx, input.id, actor), actor);
  },

  async 'incidents.create'(input, ctx) {
    const actor = requireActor(ctx);
    if (actor.personId === null) throw forbidden('An incident is opened by a person; use --as EMAIL', 'decisions.errors.needPerson');
    const items = await loadItemsFor(ctx, actor, input.itemIds);
    const at = ctx.clock.now().toISOString();
    const incident = await inTransaction(ctx.store.db, async (trx) => {
      const created = await insertIncident(
        trx,
        { title: input.title, subjectType: input.subjectType, description: input.description, measures: input.measures },
        { at, by: actor.personId, byLabel: actor.label },
      );
      // A5: the originals as they are now, whatever happens to them on the platform later.
      for (const c of items) await preserve(ctx, actor, c.item.id, 'incident', trx);
      await linkItems(trx, created.id, items.map((c) => c.item.id), { at, byLabel: actor.label });
      // Titles and descriptions may name a student: they stay in the incident (which can be purged), not in the log.
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'incident.create',
        subjectType: 'incident',
        subjectId: created.id,
        data: { itemIds: items.map((c) => c.item.id), subjectType: input.subjectType },
      });
      return created;
    });
    ctx.events.emit('incidents.changed', { incidentId: incident.id });
    ctx.events.emit('queue.changed', { itemIds: items.map((c) => c.item.id) });
    return incidentDto(ctx, incident, actor);
  },

  async 'incidents.update'(input, ctx) {
    const actor = requireActor(ctx);
    const before = await loadIncident(ctx, input.id, actor);
    const at = ctx.clock.now().toISOString();
    const fields = { title: input.title, subjectType: input.subjectType, description: input.description, measures: input.measures, status: input.status };
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => fields[k] !== before[k]);
    if (changed.length) {
      const closedAt = input.status === 'afgehandeld' ? (before.closedAt ?? at) : null;
      await inTransaction(ctx.store.db, async (trx) => {
        await updateIncident(trx, input.id, fields, at, closedAt);
        await appendAudit(trx, {
          at,
          actor: auditActor(actor),
          action: 'incident.update',
          subjectType: 'incident',
          subjectId: input.id,
          data: { changed, ...(before.status !== input.status ? { status: { from: before.status, to: input.status } } : {}) },
        });
      });
      ctx.events.emit('incidents.changed', { incidentId: input.id });
    }
    return incidentDto(ctx, (await getIncident(ctx.store.db, input.id))!, actor);
  },

  async 'incidents.addItems'(input, ctx) {
    const actor = requireActor(ctx);
    await loadIncident(ctx, input.id, actor);
    const items = await loadItemsFor(ctx, actor, input.itemIds);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      for (const c of items) await preserve(ctx, actor, c.item.id, 'incident', trx);
      const added = await linkItems(trx, input.id, items.map((c) => c.item.id), { at, byLabel: actor.label });
      if (added.length) {
        await appendAudit(trx, { at, actor: auditActor(actor), action: 'incident.addItems', subjectType: 'incident', subjectId: input.id, data: { itemIds: added } });
      }
    });
    ctx.events.emit('incidents.changed', { incidentId: input.id });
    ctx.events.emit('queue.changed', { itemIds: items.map((c) => c.item.id) });
    return incidentDto(ctx, (await getIncident(ctx.store.db, input.id))!, actor);
  },

  async 'incidents.export'(input, ctx) {
    const actor = requireActor(ctx);
    const incident = await loadIncident(ctx, input.id, actor);
    const at = ctx.clock.now().toISOString();
    await appendAudit(ctx.store.db, {
      at,
      actor: auditActor(actor),
      action: 'incident.export',
      subjectType: 'incident',
      subjectId: incident.id,
      data: { variant: input.variant },
    });
    const dto = await incidentDto(ctx, incident, actor);
    const evidence = await listEvidence(ctx.store.db, dto.items.map((i) => i.id));
    const school = (await readSchoolSettings(ctx.store.db)).schoolName;
    const html = renderIncidentReport({
      incident: dto,
      evidence,
      variant: input.variant,
      language: input.language,
      school,
      generatedAt: at,
      generatedBy: actor.label,
      appVersion: ctx.info.appVersion,
    });
    return { fileName: `incident-${incident.id}-${input.variant}-${at.slice(0, 10)}.html`, html };
  },
};
