import { listDecisions } from '../../db/decisions';
import { listEvidence } from '../../db/evidence';
import { incidentsOfItems } from '../../db/incidents';
import { countCells, decodeCursor, escalatedItemIds, ftsQuery, queuePage, queueRows, type QueueFilter as DbFilter } from '../../db/queue';
import type { Db } from '../../db/transaction';
import { CATEGORY_INFO } from '../../shared/decency/categories';
import { CATEGORIES } from '../../shared/decency/types';
import { OPEN_STATUSES, type QueueFilter, type QueueItem, type QueueRow, type QueueView } from '../../shared/api/queue';
import { isTrustedUrl } from '../../shared/security/trusted-url';
import { httpRequest } from '../connectors/http/request';
import { ConnectorError } from '../connectors/types';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { ServiceError, forbidden, invalid } from './errors';
import { addSchoolDays, startOfSchoolDay } from './lifecycle-time';
import { escalationDto, loadItem, type ItemRow } from './moderation-context';
import { itemActions } from './moderation-rules';
import { peopleById, personRef } from './pages-dto';
import { platformAbilities } from './platform-moderation';
import { pagePostOf } from '../../db/page-posts';
import { hasRole, requireActor } from './roles';

// The queue's views and the item view. Which items a person sees is decided here (roles only in
// services); the SQL for a screen of the queue lives in db/queue.ts.

const MEDIA_MAX_BYTES = 5 * 1024 * 1024;
const MEDIA_TYPES = /^image\/(jpeg|png|gif|webp|avif)$/;

/** The views a person has, in menu order. */
export function viewsOf(actor: Actor, ownsPages: boolean, managesPages: boolean): QueueView[] {
  const views: QueueView[] = [];
  if (ownsPages || hasRole(actor, 'eigenaar')) views.push('mine');
  if (hasRole(actor, 'leidinggevende', 'directie')) views.push('escalated');
  if (managesPages) views.push('team');
  if (hasRole(actor, 'communicatie', 'directie')) views.push('all');
  return views;
}

async function pagesKeptBy(db: Db, personId: number | null): Promise<number[]> {
  if (personId === null) return [];
  const rows = await db
    .selectFrom('pages')
    .select('id')
    .where((eb) => eb.or([eb('owner_id', '=', personId), eb('backup_owner_id', '=', personId)]))
    .execute();
  return rows.map((r) => r.id);
}

async function pagesManagedBy(db: Db, personId: number | null): Promise<number[]> {
  if (personId === null) return [];
  const rows = await db.selectFrom('pages').select('id').where('manager_id', '=', personId).execute();
  return rows.map((r) => r.id);
}

interface Scope {
  pageIds: number[] | null;
  itemIds: number[] | null;
}

async function scopeOf(ctx: ServiceContext, actor: Actor, view: QueueView): Promise<Scope> {
  switch (view) {
    case 'mine':
      return { pageIds: await pagesKeptBy(ctx.store.db, actor.personId), itemIds: null };
    case 'escalated':
      if (actor.personId === null) return { pageIds: [], itemIds: null };
      return { pageIds: null, itemIds: escalatedItemIds(ctx.store.sqlite, actor.personId, hasRole(actor, 'directie')) };
    case 'team':
      return { pageIds: await pagesManagedBy(ctx.store.db, actor.personId), itemIds: null };
    case 'all':
      if (!hasRole(actor, 'communicatie', 'directie')) {
        throw forbidden('Only the communications office and the board see every page', 'queue.errors.viewNotAllowed');
      }
      return { pageIds: null, itemIds: null };
  }
}

const intersect = (a: number[] | null, b: readonly number[]): number[] => (a ? a.filter((x) => b.includes(x)) : [...b]);

/** The contract's filter as the repository's: pages, categories by clause, school days as instants. */
async function dbFilter(ctx: ServiceContext, scope: Scope, filter: QueueFilter): Promise<DbFilter | null> {
  let pageIds = scope.pageIds;
  if (filter.pageIds.length) pageIds = intersect(pageIds, filter.pageIds);
  if (filter.platforms.length) {
    const rows = await ctx.store.db.selectFrom('pages').select('id').where('platform', 'in', filter.platforms).execute();
    pageIds = intersect(pageIds, rows.map((r) => r.id));
  }
  let categories: string[] | null = filter.categories.length ? [...filter.categories] : null;
  if (filter.clauses.length) {
    const byClause = CATEGORIES.filter((c) => CATEGORY_INFO[c].clauses.some((cl) => filter.clauses.includes(cl)));
    categories = categories ? categories.filter((c) => (byClause as string[]).includes(c)) : byClause;
  }
  if (categories && !categories.length) return null;
  const search = filter.search ? ftsQuery(filter.search) : null;
  return {
    statuses: filter.statuses,
    severities: filter.severities,
    pageIds,
    categories,
    from: filter.from ? startOfSchoolDay(filter.from) : null,
    to: filter.to ? startOfSchoolDay(addSchoolDays(filter.to, 1)) : null,
    search,
    itemIds: scope.itemIds,
  };
}

async function pageNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('pages').select(['id', 'display_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

type ThreadItem = QueueItem['thread']['neighbours'][number];

const threadItem = (r: Pick<ItemRow, 'id' | 'author_name' | 'author_handle' | 'text' | 'created_at' | 'severity' | 'status'>): ThreadItem => ({
  id: r.id,
  authorName: r.author_name,
  authorHandle: r.author_handle,
  text: r.text,
  createdAt: r.created_at,
  severity: r.severity,
  status: r.status,
});

/** The stored items of the same thread around this one (oldest first), and its parent if stored. */
async function threadOf(db: Db, item: ItemRow): Promise<QueueItem['thread']> {
  const columns = ['id', 'author_name', 'author_handle', 'text', 'created_at', 'severity', 'status'] as const;
  let parent: ThreadItem | null = null;
  if (item.parent_external_id) {
    const row = await db
      .selectFrom('items')
      .select(columns)
      .where('platform', '=', item.platform)
      .where('external_id', '=', item.parent_external_id)
      .executeTakeFirst();
    parent = row ? threadItem(row) : null;
  }
  let neighbours: ThreadItem[] = [threadItem(item)];
  if (item.thread_external_id) {
    const base = db.selectFrom('items').select(columns).where('page_id', '=', item.page_id).where('thread_external_id', '=', item.thread_external_id).where('id', '!=', item.id);
    const before = await base.where('created_at', '<=', item.created_at).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(3).execute();
    const after = await base.where('created_at', '>', item.created_at).orderBy('created_at').orderBy('id').limit(3).execute();
    neighbours = [...before.reverse().map(threadItem), threadItem(item), ...after.map(threadItem)];
  }
  const own = parent ? null : await pagePostOf(db, item.page_id, [item.parent_external_id, item.thread_external_id]);
  const pagePost = own ? { text: own.text, url: own.url, createdAt: own.createdAt, isParent: own.externalId === item.parent_external_id } : null;
  return { parent, parentExternalId: item.parent_external_id, pagePost, neighbours };
}

export async function itemDto(ctx: ServiceContext, itemId: number, actor: Actor): Promise<QueueItem> {
  const db = ctx.store.db;
  const { item, page, escalations, facts } = await loadItem(db, itemId, actor);
  const [classification, decisions, evidence, incidents, people, abilities, thread] = await Promise.all([
    db.selectFrom('item_classifications').selectAll().where('item_id', '=', itemId).orderBy('id', 'desc').limit(1).executeTakeFirst(),
    listDecisions(db, [itemId]),
    listEvidence(db, [itemId]),
    incidentsOfItems(db, [itemId]),
    peopleById(db),
    platformAbilities(ctx, page, item),
    threadOf(db, item),
  ]);
  const undone = new Set(decisions.map((d) => d.undoesId).filter((id): id is number => id !== null));
  const manager = personRef(people, page.managerId);
  return {
    id: item.id,
    page: { id: page.id, name: page.displayName, platform: page.platform, handle: page.handle },
    platform: item.platform,
    kind: item.kind,
    externalId: item.external_id,
    url: item.url,
    author: { id: item.author_id, handle: item.author_handle, name: item.author_name },
    text: item.text,
    createdAt: item.created_at,
    fetchedAt: item.fetched_at,
    status: item.status,
    severity: item.severity,
    flagged: item.flagged === 1,
    classification: classification
      ? {
          categories: JSON.parse(classification.categories) as string[],
          clauses: JSON.parse(classification.clauses) as string[],
          spans: JSON.parse(classification.spans) as NonNullable<QueueItem['classification']>['spans'],
          engineVersion: classification.engine_version,
          listsVersion: classification.lists_version,
          classifiedAt: classification.classified_at,
        }
      : null,
    media: (JSON.parse(item.media) as { type: string; url: string | null }[]).map((m) => ({ type: m.type, url: m.url })),
    thread,
    decisions: decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      clause: d.clause,
      reason: d.reason,
      actorLabel: d.actorLabel,
      decidedAt: d.decidedAt,
      platformResult: d.platformResult,
      notAViolation: d.feedback === 'not_a_violation',
      undoesId: d.undoesId,
      undone: undone.has(d.id),
    })),
    escalations: escalations.map((e) => escalationDto(e, people, actor)),
    evidence: evidence.map((e) => ({ id: e.id, capturedAt: e.capturedAt, sha256: e.sha256, purpose: e.purpose })),
    incidents: incidents.map((i) => ({ id: i.id, title: i.title, status: i.status })),
    platformAbilities: abilities,
    actions: itemActions(facts, actor),
    manager: { id: manager.id, name: manager.name },
  };
}

export const queueHandlers: DomainHandlers<'queue'> = {
  async 'queue.counts'(_input, ctx) {
    const actor = requireActor(ctx);
    const mine = await pagesKeptBy(ctx.store.db, actor.personId);
    const team = await pagesManagedBy(ctx.store.db, actor.personId);
    const views = viewsOf(actor, mine.length > 0, team.length > 0);
    const open = new Set<string>(OPEN_STATUSES);
    const tally = (pageIds: number[] | null) => {
      const cells = countCells(ctx.store.sqlite, pageIds).filter((c) => open.has(c.status));
      return { open: cells.reduce((n, c) => n + c.n, 0), urgent: cells.filter((c) => c.severity === 3).reduce((n, c) => n + c.n, 0) };
    };
    let escalated: { open: number; urgent: number } | null = null;
    if (views.includes('escalated') && actor.personId !== null) {
      const ids = escalatedItemIds(ctx.store.sqlite, actor.personId, hasRole(actor, 'directie'));
      const urgent = ids.length
        ? await ctx.store.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', ids).where('severity', '=', 3).executeTakeFirstOrThrow()
        : { n: 0 };
      escalated = { open: ids.length, urgent: Number(urgent.n) };
    }
    return {
      views,
      mine: views.includes('mine') ? tally(mine) : null,
      escalated,
      team: views.includes('team') ? tally(team) : null,
      all: views.includes('all') ? tally(null) : null,
    };
  },

  async 'queue.pages'(input, ctx) {
    const actor = requireActor(ctx);
    const scope = await scopeOf(ctx, actor, input.view);
    let query = ctx.store.db.selectFrom('pages').select(['id', 'display_name', 'platform']);
    if (scope.pageIds) {
      if (!scope.pageIds.length) return [];
      query = query.where('id', 'in', scope.pageIds);
    } else if (scope.itemIds) {
      if (!scope.itemIds.length) return [];
      query = query.where('id', 'in', (eb) => eb.selectFrom('items').select('page_id').where('id', 'in', scope.itemIds!));
    } else {
      // Every page that ever had items, or is monitored.
      query = query.where((eb) => eb.or([eb('status', 'in', ['actief', 'archiveren_gevraagd']), eb.exists(eb.selectFrom('items').select('id').whereRef('items.page_id', '=', 'pages.id'))]));
    }
    const rows = await query.orderBy('display_name').execute();
    return rows.map((r) => ({ id: r.id, name: r.display_name, platform: r.platform }));
  },

  async 'queue.list'(input, ctx) {
    const actor = requireActor(ctx);
    const scope = await scopeOf(ctx, actor, input.view);
    const filter = await dbFilter(ctx, scope, input.filter);
    if (input.cursor && !decodeCursor(input.cursor)) throw invalid('cursor', 'This position in the list is not valid', 'queue.errors.badCursor');
    const empty = { rows: [], nextCursor: null, total: input.cursor ? null : 0, totalExact: true, truncated: false };
    if (!filter) return empty;
    const page = queuePage(ctx.store.sqlite, filter, input.sort, input.cursor, input.limit);
    const records = queueRows(ctx.store.sqlite, page.keys.map((k) => k.id));
    const names = await pageNames(ctx.store.db, records.map((r) => r.pageId));
    const rows: QueueRow[] = records.map((r) => ({
      ...r,
      pageName: names.get(r.pageId) ?? `#${r.pageId}`,
      openEscalation: r.openEscalation as QueueRow['openEscalation'],
      lastDecision: r.lastDecision as QueueRow['lastDecision'],
    }));
    return { rows, nextCursor: page.next, total: page.total, totalExact: page.totalExact, truncated: page.truncated };
  },

  async 'queue.get'(input, ctx) {
    return itemDto(ctx, input.id, requireActor(ctx));
  },

  async 'queue.media'(input, ctx) {
    const actor = requireActor(ctx);
    const { item } = await loadItem(ctx.store.db, input.itemId, actor);
    const media = (JSON.parse(item.media) as { type: string; url: string | null }[])[input.index];
    // Only what the platform stored on this item, and only a plain web address: the renderer cannot
    // make the desk fetch anything else.
    if (!media?.url || !isTrustedUrl(media.url)) throw invalid('index', 'This item has no picture to load there', 'queue.errors.noMedia');
    if (media.type !== 'photo' && media.type !== 'other') throw invalid('index', 'Only pictures are shown here; open videos on the platform', 'queue.errors.notAPicture');
    let body: Buffer;
    let type: string;
    try {
      const response = await httpRequest({ url: media.url, timeoutMs: 10_000, maxBytes: MEDIA_MAX_BYTES, headers: { accept: 'image/*' } });
      type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (response.status !== 200 || !isTrustedUrl(response.url)) throw new ConnectorError('bad_response', `The platform answered ${response.status}`);
      body = response.body;
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      throw new ServiceError('unavailable', `The picture could not be loaded: ${error.message}`, { key: 'queue.errors.mediaFailed' });
    }
    if (!MEDIA_TYPES.test(type)) throw new ServiceError('conflict', 'The platform did not send a picture', { key: 'queue.errors.notAPicture' });
    return { dataUrl: `data:${type};base64,${body.toString('base64')}`, mimeType: type, bytes: body.length };
  },
};
