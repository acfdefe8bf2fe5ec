import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { RemindersTable } from './schema-lifecycle';
import type { PageStatus } from '../shared/api/pages';
import type { ReminderRule, Urgency } from '../shared/api/reminders';

// Reminders and the facts the rules read. The rules themselves are pure (electron/services/
// reminder-rules.ts); this module reads pages, connections, people and items for them and stores
// their outcome, one row per stable key.

export interface ReminderRecord {
  id: number;
  key: string;
  rule: ReminderRule;
  pageId: number;
  clause: string;
  urgency: Urgency;
  facts: Record<string, string | number | null>;
  status: 'open' | 'resolved';
  dueAt: string;
  createdAt: string;
  openedAt: string;
  updatedAt: string;
  escalatedAt: string | null;
  notifiedAt: string | null;
  snoozedUntil: string | null;
  snoozeReason: string | null;
  snoozedBy: number | null;
  snoozedByLabel: string | null;
  resolvedAt: string | null;
  resolution: 'condition_ended' | 'exempted' | null;
  exemptionId: number | null;
}

type Row = Selectable<RemindersTable>;

export function reminderFromRow(row: Row): ReminderRecord {
  return {
    id: row.id,
    key: row.key,
    rule: row.rule as ReminderRule,
    pageId: row.page_id,
    clause: row.clause,
    urgency: row.urgency,
    facts: JSON.parse(row.facts) as ReminderRecord['facts'],
    status: row.status,
    dueAt: row.due_at,
    createdAt: row.created_at,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
    escalatedAt: row.escalated_at,
    notifiedAt: row.notified_at,
    snoozedUntil: row.snoozed_until,
    snoozeReason: row.snooze_reason,
    snoozedBy: row.snoozed_by,
    snoozedByLabel: row.snoozed_by_label,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
    exemptionId: row.exemption_id,
  };
}

/** The raw facts per live page; the job adds what only the connectors know (is the platform supported). */
export interface RawPageFacts {
  pageId: number;
  platform: string;
  status: PageStatus;
  endDate: string | null;
  ownerId: number;
  ownerActive: boolean;
  backupOwnerId: number;
  backupActive: boolean;
  managerId: number;
  transferPending: boolean;
  activatedAt: string | null;
  ownLastPostAt: string | null;
  credentialsExpireAt: string | null;
  connector: { lastSuccessAt: string | null; consecutiveFailures: number; lastErrorKey: string | null };
  unreviewed: { count: number; oldestAt: string | null; urgent: number };
}

/**
 * Facts for every page a rule may concern (approved and not closed). `unreviewedBefore`: flagged
 * items still 'nieuw' that were stored before this instant count as waiting too long.
 */
export async function gatherPageFacts(db: Db, unreviewedBefore: string): Promise<RawPageFacts[]> {
  const rows = await db
    .selectFrom('pages')
    .innerJoin('people as owner', 'owner.id', 'pages.owner_id')
    .innerJoin('people as backup', 'backup.id', 'pages.backup_owner_id')
    .leftJoin('page_connections', 'page_connections.page_id', 'pages.id')
    .select([
      'pages.id',
      'pages.platform',
      'pages.status',
      'pages.end_date',
      'pages.owner_id',
      'pages.backup_owner_id',
      'pages.manager_id',
      'pages.transfer_to_id',
      'pages.activated_at',
      'owner.active as owner_active',
      'backup.active as backup_active',
      'page_connections.own_last_post_at',
      'page_connections.credentials_expire_at',
      'page_connections.last_success_at',
      'page_connections.consecutive_failures',
      'page_connections.last_error',
    ])
    .where('pages.status', 'in', ['goedgekeurd', 'actief', 'archiveren_gevraagd'])
    .orderBy('pages.id')
    .execute();
  const backlog = await db
    .selectFrom('items')
    .select((eb) => [
      'page_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('fetched_at').as('oldest'),
      eb.fn.sum<number>(eb.case().when('severity', '>=', 3).then(1).else(0).end()).as('urgent'),
    ])
    .where('flagged', '=', 1)
    .where('status', '=', 'nieuw')
    .where('fetched_at', '<', unreviewedBefore)
    .groupBy('page_id')
    .execute();
  const waiting = new Map(backlog.map((b) => [b.page_id, b]));
  return rows.map((r) => {
    const w = waiting.get(r.id);
    let lastErrorKey: string | null = null;
    if (r.last_error) {
      try {
        lastErrorKey = (JSON.parse(r.last_error) as { key?: string }).key ?? null;
      } catch {
        lastErrorKey = null;
      }
    }
    return {
      pageId: r.id,
      platform: r.platform,
      status: r.status as PageStatus,
      endDate: r.end_date,
      ownerId: r.owner_id,
      ownerActive: r.owner_active === 1,
      backupOwnerId: r.backup_owner_id,
      backupActive: r.backup_active === 1,
      managerId: r.manager_id,
      transferPending: r.transfer_to_id !== null,
      activatedAt: r.activated_at,
      ownLastPostAt: r.own_last_post_at ?? null,
      credentialsExpireAt: r.credentials_expire_at ?? null,
      connector: { lastSuccessAt: r.last_success_at ?? null, consecutiveFailures: r.consecutive_failures ?? 0, lastErrorKey },
      unreviewed: { count: Number(w?.n ?? 0), oldestAt: (w?.oldest as string | null | undefined) ?? null, urgent: Number(w?.urgent ?? 0) },
    };
  });
}

export async function getReminder(db: Db, id: number): Promise<ReminderRecord | undefined> {
  const row = await db.selectFrom('reminders').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? reminderFromRow(row) : undefined;
}

export async function getRemindersByKeys(db: Db, keys: readonly string[]): Promise<Map<string, ReminderRecord>> {
  const out = new Map<string, ReminderRecord>();
  // Chunks keep each statement under SQLite's parameter limit.
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.selectFrom('reminders').selectAll().where('key', 'in', keys.slice(i, i + 500)).execute();
    for (const row of rows) out.set(row.key, reminderFromRow(row));
  }
  return out;
}

export async function listOpenReminders(db: Db): Promise<ReminderRecord[]> {
  const rows = await db.selectFrom('reminders').selectAll().where('status', '=', 'open').orderBy('id').execute();
  return rows.map(reminderFromRow);
}

export interface ReminderFilter {
  status: 'open' | 'snoozed' | 'resolved';
  pageIds?: readonly number[];
  /** "now": what counts as snoozed. */
  now: string;
  limit?: number;
}

/** Open (not snoozed), snoozed, or resolved reminders; the most urgent and oldest first. */
export async function listReminders(db: Db, filter: ReminderFilter): Promise<ReminderRecord[]> {
  let query = db.selectFrom('reminders').selectAll();
  if (filter.status === 'resolved') query = query.where('status', '=', 'resolved');
  else {
    query = query.where('status', '=', 'open');
    query =
      filter.status === 'snoozed'
        ? query.where('snoozed_until', '>', filter.now)
        : query.where((eb) => eb.or([eb('snoozed_until', 'is', null), eb('snoozed_until', '<=', filter.now)]));
  }
  if (filter.pageIds) {
    if (!filter.pageIds.length) return [];
    query = query.where('page_id', 'in', [...filter.pageIds]);
  }
  const order = filter.status === 'resolved' ? query.orderBy('resolved_at', 'desc') : query.orderBy('due_at', 'asc');
  const rows = await order.orderBy('id').limit(filter.limit ?? 1000).execute();
  const rank: Record<Urgency, number> = { urgent: 0, warning: 1, info: 2 };
  const list = rows.map(reminderFromRow);
  return filter.status === 'resolved' ? list : list.sort((a, b) => rank[a.urgency] - rank[b.urgency]);
}

export interface NewReminder {
  key: string;
  rule: ReminderRule;
  pageId: number;
  clause: string;
  urgency: Urgency;
  facts: Record<string, string | number | null>;
  dueAt: string;
  escalatedAt: string | null;
}

export async function insertReminder(db: Db, r: NewReminder, at: string): Promise<number> {
  const { id } = await db
    .insertInto('reminders')
    .values({
      key: r.key,
      rule: r.rule,
      page_id: r.pageId,
      clause: r.clause,
      urgency: r.urgency,
      facts: JSON.stringify(r.facts),
      status: 'open',
      due_at: r.dueAt,
      created_at: at,
      opened_at: at,
      updated_at: at,
      escalated_at: r.escalatedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The condition came back: the same row opens again, as a new episode (escalation starts over). */
export async function reopenReminder(db: Db, id: number, r: NewReminder, at: string): Promise<void> {
  await db
    .updateTable('reminders')
    .set({
      status: 'open',
      urgency: r.urgency,
      facts: JSON.stringify(r.facts),
      due_at: r.dueAt,
      opened_at: at,
      updated_at: at,
      escalated_at: r.escalatedAt,
      notified_at: null,
      resolved_at: null,
      resolution: null,
      exemption_id: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function refreshReminder(db: Db, id: number, r: Pick<NewReminder, 'urgency' | 'facts' | 'dueAt'>, at: string): Promise<void> {
  await db
    .updateTable('reminders')
    .set({ urgency: r.urgency, facts: JSON.stringify(r.facts), due_at: r.dueAt, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function resolveReminder(db: Db, id: number, resolution: 'condition_ended' | 'exempted', exemptionId: number | null, at: string): Promise<void> {
  await db
    .updateTable('reminders')
    .set({ status: 'resolved', resolved_at: at, resolution, exemption_id: exemptionId, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function markEscalated(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('reminders').set({ escalated_at: at, updated_at: at }).where('id', '=', id).execute();
}

export async function markNotified(db: Db, ids: readonly number[], at: string): Promise<void> {
  if (ids.length) await db.updateTable('reminders').set({ notified_at: at }).where('id', 'in', [...ids]).execute();
}

export async function setSnooze(
  db: Db,
  id: number,
  snooze: { until: string; reason: string; by: number | null; byLabel: string } | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('reminders')
    .set({
      snoozed_until: snooze?.until ?? null,
      snooze_reason: snooze?.reason ?? null,
      snoozed_by: snooze?.by ?? null,
      snoozed_by_label: snooze?.byLabel ?? null,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Open reminders per page, and how many of them are past their due time (for reports). */
export async function reminderCountsByPage(db: Db, now: string): Promise<Map<number, { open: number; overdue: number }>> {
  const rows = await db
    .selectFrom('reminders')
    .select((eb) => ['page_id', eb.fn.countAll<number>().as('open'), eb.fn.sum<number>(eb.case().when('due_at', '<', now).then(1).else(0).end()).as('overdue')])
    .where('status', '=', 'open')
    .groupBy('page_id')
    .execute();
  return new Map(rows.map((r) => [r.page_id, { open: Number(r.open), overdue: Number(r.overdue ?? 0) }]));
}

export async function reminderCountsByRule(db: Db, now: string, pageIds: readonly number[] | null): Promise<{ rule: ReminderRule; open: number; overdue: number }[]> {
  let query = db
    .selectFrom('reminders')
    .select((eb) => ['rule', eb.fn.countAll<number>().as('open'), eb.fn.sum<number>(eb.case().when('due_at', '<', now).then(1).else(0).end()).as('overdue')])
    .where('status', '=', 'open');
  if (pageIds) query = query.where('page_id', 'in', pageIds.length ? [...pageIds] : [-1]);
  const rows = await query.groupBy('rule').execute();
  return rows.map((r) => ({ rule: r.rule as ReminderRule, open: Number(r.open), overdue: Number(r.overdue ?? 0) }));
}
