import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { DerailmentAlertsTable } from './schema-moderation';

// B5: the numbers the derailment rule needs (a page's traffic in a window and in its baseline), and
// the alerts it raises. Counting reads the covering items_page_time index only.

export interface TrafficCount {
  items: number;
  flagged: number;
}

export async function countTraffic(db: Db, pageId: number, from: string, to: string): Promise<TrafficCount> {
  const row = await db
    .selectFrom('items')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('flagged').as('f')])
    .where('page_id', '=', pageId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirstOrThrow();
  return { items: Number(row.n), flagged: Number(row.f ?? 0) };
}

export async function firstItemAt(db: Db, pageId: number): Promise<string | null> {
  const row = await db.selectFrom('items').select((eb) => eb.fn.min<string>('created_at').as('first')).where('page_id', '=', pageId).executeTakeFirst();
  return row?.first ?? null;
}

export interface WindowItem {
  id: number;
  severity: number;
  flagged: boolean;
  threadExternalId: string | null;
  authorId: string;
  createdAt: string;
  categories: string[];
}

/** The items of a window (bounded), most severe and newest first, with their categories. */
export async function windowItems(db: Db, pageId: number, from: string, to: string, limit = 1000): Promise<WindowItem[]> {
  const rows = await db
    .selectFrom('items')
    .select(['id', 'severity', 'flagged', 'thread_external_id', 'author_id', 'created_at'])
    .where('page_id', '=', pageId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('severity', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  // Categories gathered here rather than with an aggregate: group_concat is SQLite's, string_agg PostgreSQL's.
  const categories = new Map<number, string[]>();
  if (rows.length) {
    const flags = await db.selectFrom('item_flags').select(['item_id', 'category']).where('item_id', 'in', rows.map((r) => r.id)).execute();
    for (const f of flags) categories.set(f.item_id, [...(categories.get(f.item_id) ?? []), f.category]);
  }
  return rows.map((r) => ({
    id: r.id,
    severity: r.severity,
    flagged: r.flagged === 1,
    threadExternalId: r.thread_external_id,
    authorId: r.author_id,
    createdAt: r.created_at,
    categories: categories.get(r.id) ?? [],
  }));
}

export interface AlertRecord {
  id: number;
  pageId: number;
  scope: 'page' | 'thread';
  threadExternalId: string;
  kind: 'volume' | 'flagged';
  windowStart: string;
  windowEnd: string;
  itemCount: number;
  flaggedCount: number;
  expected: number;
  summary: Record<string, unknown>;
  status: 'open' | 'escalated' | 'dismissed';
  createdAt: string;
  updatedAt: string;
  escalationId: number | null;
  closedByLabel: string | null;
  closedReason: string | null;
}

function fromRow(r: Selectable<DerailmentAlertsTable>): AlertRecord {
  return {
    id: r.id,
    pageId: r.page_id,
    scope: r.scope,
    threadExternalId: r.thread_external_id,
    kind: r.kind,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    itemCount: r.item_count,
    flaggedCount: r.flagged_count,
    expected: r.expected,
    summary: JSON.parse(r.summary) as Record<string, unknown>,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    escalationId: r.escalation_id,
    closedByLabel: r.closed_by_label,
    closedReason: r.closed_reason,
  };
}

export interface AlertInput {
  pageId: number;
  scope: 'page' | 'thread';
  threadExternalId: string;
  kind: 'volume' | 'flagged';
  windowStart: string;
  windowEnd: string;
  itemCount: number;
  flaggedCount: number;
  expected: number;
  summary: Record<string, unknown>;
}

/**
 * Records a burst once: an alert of the same page whose window reaches to within `gapMs`
 * of this one is the same burst and is brought up to date (never counted down); otherwise a new
 * alert. Call inside a write transaction so two runs cannot both insert.
 */
export async function upsertAlert(db: Db, input: AlertInput, at: string, gapMs: number): Promise<{ alert: AlertRecord; created: boolean; grew: boolean }> {
  const reach = new Date(Date.parse(input.windowStart) - gapMs).toISOString();
  const existing = await db
    .selectFrom('derailment_alerts')
    .selectAll()
    .where('page_id', '=', input.pageId)
    .where('window_end', '>=', reach)
    .orderBy('window_end', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (existing) {
    const grew = input.itemCount > existing.item_count || input.flaggedCount > existing.flagged_count || input.windowEnd > existing.window_end;
    if (grew) {
      await db
        .updateTable('derailment_alerts')
        .set({
          scope: input.scope,
          thread_external_id: input.threadExternalId,
          // A burst that started as "many items" and turned nasty is about the flagged items now.
          kind: existing.kind === 'flagged' ? 'flagged' : input.kind,
          window_end: input.windowEnd > existing.window_end ? input.windowEnd : existing.window_end,
          item_count: Math.max(input.itemCount, existing.item_count),
          flagged_count: Math.max(input.flaggedCount, existing.flagged_count),
          expected: input.expected,
          summary: JSON.stringify(input.summary),
          updated_at: at,
        })
        .where('id', '=', existing.id)
        .execute();
    }
    const row = await db.selectFrom('derailment_alerts').selectAll().where('id', '=', existing.id).executeTakeFirstOrThrow();
    return { alert: fromRow(row), created: false, grew };
  }
  const row = await db
    .insertInto('derailment_alerts')
    .values({
      page_id: input.pageId,
      scope: input.scope,
      thread_external_id: input.threadExternalId,
      kind: input.kind,
      window_start: input.windowStart,
      window_end: input.windowEnd,
      item_count: input.itemCount,
      flagged_count: input.flaggedCount,
      expected: input.expected,
      summary: JSON.stringify(input.summary),
      created_at: at,
      updated_at: at,
      escalation_id: null,
      closed_by_label: null,
      closed_reason: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { alert: fromRow(row), created: true, grew: true };
}

export async function getAlert(db: Db, id: number): Promise<AlertRecord | null> {
  const row = await db.selectFrom('derailment_alerts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function listAlerts(db: Db, filter: { status?: AlertRecord['status']; pageIds?: readonly number[]; limit?: number } = {}): Promise<AlertRecord[]> {
  let query = db.selectFrom('derailment_alerts').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.pageIds) {
    if (!filter.pageIds.length) return [];
    query = query.where('page_id', 'in', [...filter.pageIds]);
  }
  const rows = await query.orderBy('window_end', 'desc').limit(filter.limit ?? 100).execute();
  return rows.map(fromRow);
}

export async function closeAlert(db: Db, id: number, patch: { status: 'escalated' | 'dismissed'; byLabel: string; reason: string | null; escalationId?: number | null; at: string }): Promise<void> {
  await db
    .updateTable('derailment_alerts')
    .set({ status: patch.status, closed_by_label: patch.byLabel, closed_reason: patch.reason, escalation_id: patch.escalationId ?? null, updated_at: patch.at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute();
}
