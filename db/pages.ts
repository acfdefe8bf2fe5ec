import { sql, type Selectable, type Updateable } from 'kysely';
import type { Db } from './transaction';
import type { PagesTable } from './schema';
import type { PlatformId } from '../shared/platforms/catalogue';
import { CLOSED_STATUSES, MONITORED_STATUSES, type Audience, type PageStatus } from '../shared/api/pages';
import type { InventoryQuery, InventorySort } from '../shared/api/inventory';

// The pages register. Other domains read it through `getPage` and `listMonitoredPages` (the
// scheduler polls only what that returns) and write `last_activity_at` through `setLastActivity`.

export interface PageTransfer {
  toId: number;
  newBackupOwnerId: number | null;
  byLabel: string;
  at: string;
  reason: string;
}

export interface PageRecord {
  id: number;
  platform: PlatformId;
  handle: string;
  displayName: string;
  url: string | null;
  purpose: string;
  audience: Audience;
  ownerId: number;
  backupOwnerId: number;
  managerId: number;
  endDate: string | null;
  ongoingReason: string | null;
  genericConfirmed: boolean;
  status: PageStatus;
  statusReason: string | null;
  source: 'request' | 'import';
  requestedBy: number | null;
  decidedBy: number | null;
  externalAccountId: string | null;
  verified: boolean;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  rejectedAt: string | null;
  activatedAt: string | null;
  archiveRequestedAt: string | null;
  archivedAt: string | null;
  lastActivityAt: string | null;
  transfer: PageTransfer | null;
}

/** The fields a request (or an import row) supplies. */
export interface PageFields {
  platform: PlatformId;
  handle: string;
  displayName: string;
  url: string | null;
  purpose: string;
  audience: Audience;
  ownerId: number;
  backupOwnerId: number;
  managerId: number;
  endDate: string | null;
  ongoingReason: string | null;
  genericConfirmed: boolean;
}

export interface NewPage extends PageFields {
  status: PageStatus;
  statusReason: string | null;
  source: 'request' | 'import';
  requestedBy: number | null;
  createdAt: string;
  approvedAt?: string | null;
  rejectedAt?: string | null;
  activatedAt?: string | null;
  archiveRequestedAt?: string | null;
  archivedAt?: string | null;
}

type Row = Selectable<PagesTable>;

/** Handles compare without case: "@HetStreek" and "hetstreek" are one account. */
export function handleKey(handle: string): string {
  return handle.trim().toLowerCase();
}

function fromRow(row: Row): PageRecord {
  return {
    id: row.id,
    platform: row.platform as PlatformId,
    handle: row.handle,
    displayName: row.display_name,
    url: row.url,
    purpose: row.purpose,
    audience: row.audience as Audience,
    ownerId: row.owner_id,
    backupOwnerId: row.backup_owner_id,
    managerId: row.manager_id,
    endDate: row.end_date,
    ongoingReason: row.ongoing_reason,
    genericConfirmed: row.generic_confirmed === 1,
    status: row.status as PageStatus,
    statusReason: row.status_reason,
    source: row.source as 'request' | 'import',
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    externalAccountId: row.external_account_id,
    verified: row.verified === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    approvedAt: row.approved_at,
    rejectedAt: row.rejected_at,
    activatedAt: row.activated_at,
    archiveRequestedAt: row.archive_requested_at,
    archivedAt: row.archived_at,
    lastActivityAt: row.last_activity_at,
    transfer:
      row.transfer_to_id !== null && row.transfer_at !== null
        ? {
            toId: row.transfer_to_id,
            newBackupOwnerId: row.transfer_backup_id,
            byLabel: row.transfer_by_label ?? '',
            at: row.transfer_at,
            reason: row.transfer_reason ?? '',
          }
        : null,
  };
}

function fieldsToRow(fields: PageFields): Omit<Updateable<PagesTable>, 'id'> {
  return {
    platform: fields.platform,
    handle: fields.handle,
    handle_key: handleKey(fields.handle),
    display_name: fields.displayName,
    url: fields.url,
    purpose: fields.purpose,
    audience: fields.audience,
    owner_id: fields.ownerId,
    backup_owner_id: fields.backupOwnerId,
    manager_id: fields.managerId,
    end_date: fields.endDate,
    ongoing_reason: fields.endDate === null ? fields.ongoingReason : null,
    generic_confirmed: fields.genericConfirmed ? 1 : 0,
  };
}

/** Call inside a transaction, with the audit entry that records it. */
export async function insertPage(db: Db, page: NewPage): Promise<number> {
  const { id } = await db
    .insertInto('pages')
    .values({
      ...(fieldsToRow(page) as Required<ReturnType<typeof fieldsToRow>>),
      status: page.status,
      status_reason: page.statusReason,
      source: page.source,
      requested_by: page.requestedBy,
      decided_by: null,
      external_account_id: null,
      verified: 0,
      created_at: page.createdAt,
      updated_at: page.createdAt,
      approved_at: page.approvedAt ?? null,
      rejected_at: page.rejectedAt ?? null,
      activated_at: page.activatedAt ?? null,
      archive_requested_at: page.archiveRequestedAt ?? null,
      archived_at: page.archivedAt ?? null,
      last_activity_at: null,
      transfer_to_id: null,
      transfer_backup_id: null,
      transfer_by_label: null,
      transfer_at: null,
      transfer_reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updatePageFields(db: Db, id: number, fields: PageFields, at: string): Promise<void> {
  await db
    .updateTable('pages')
    .set({ ...fieldsToRow(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** A status change with the timestamps and people that go with it. */
export interface PagePatch {
  status?: PageStatus;
  statusReason?: string | null;
  decidedBy?: number | null;
  handle?: string;
  url?: string | null;
  externalAccountId?: string | null;
  verified?: boolean;
  ownerId?: number;
  backupOwnerId?: number;
  approvedAt?: string | null;
  rejectedAt?: string | null;
  activatedAt?: string | null;
  archiveRequestedAt?: string | null;
  archivedAt?: string | null;
  transfer?: PageTransfer | null;
}

export async function patchPage(db: Db, id: number, patch: PagePatch, at: string): Promise<void> {
  const set: Updateable<PagesTable> = { updated_at: at };
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.statusReason !== undefined) set.status_reason = patch.statusReason;
  if (patch.decidedBy !== undefined) set.decided_by = patch.decidedBy;
  if (patch.handle !== undefined) {
    set.handle = patch.handle;
    set.handle_key = handleKey(patch.handle);
  }
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.externalAccountId !== undefined) set.external_account_id = patch.externalAccountId;
  if (patch.verified !== undefined) set.verified = patch.verified ? 1 : 0;
  if (patch.ownerId !== undefined) set.owner_id = patch.ownerId;
  if (patch.backupOwnerId !== undefined) set.backup_owner_id = patch.backupOwnerId;
  if (patch.approvedAt !== undefined) set.approved_at = patch.approvedAt;
  if (patch.rejectedAt !== undefined) set.rejected_at = patch.rejectedAt;
  if (patch.activatedAt !== undefined) set.activated_at = patch.activatedAt;
  if (patch.archiveRequestedAt !== undefined) set.archive_requested_at = patch.archiveRequestedAt;
  if (patch.archivedAt !== undefined) set.archived_at = patch.archivedAt;
  if (patch.transfer !== undefined) {
    set.transfer_to_id = patch.transfer?.toId ?? null;
    set.transfer_backup_id = patch.transfer?.newBackupOwnerId ?? null;
    set.transfer_by_label = patch.transfer?.byLabel ?? null;
    set.transfer_at = patch.transfer?.at ?? null;
    set.transfer_reason = patch.transfer?.reason ?? null;
  }
  await db.updateTable('pages').set(set).where('id', '=', id).execute();
}

export async function getPage(db: Db, id: number): Promise<PageRecord | undefined> {
  const row = await db.selectFrom('pages').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Pages the scheduler may poll: approved, linked and not yet archived. Nothing else is ever monitored. */
export async function listMonitoredPages(db: Db): Promise<PageRecord[]> {
  const rows = await db.selectFrom('pages').selectAll().where('status', 'in', [...MONITORED_STATUSES]).orderBy('id').execute();
  return rows.map(fromRow);
}

/** For the items work: the newest time something by others arrived on the page. */
export async function setLastActivity(db: Db, id: number, at: string): Promise<void> {
  await db
    .updateTable('pages')
    .set({ last_activity_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_activity_at', 'is', null), eb('last_activity_at', '<', at)]))
    .execute();
}

/** The page that holds this handle on this platform now (closed pages hold none). */
export async function findLivePageByHandle(db: Db, platform: string, handle: string, exceptId?: number): Promise<PageRecord | undefined> {
  let query = db
    .selectFrom('pages')
    .selectAll()
    .where('platform', '=', platform)
    .where('handle_key', '=', handleKey(handle))
    .where('status', 'not in', [...CLOSED_STATUSES]);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  const row = await query.executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Pages a person owns, backs up or requested (any status), newest first. */
export async function listPagesOfStakeholder(db: Db, personId: number): Promise<PageRecord[]> {
  const rows = await db
    .selectFrom('pages')
    .selectAll()
    .where((eb) => eb.or([eb('owner_id', '=', personId), eb('backup_owner_id', '=', personId), eb('requested_by', '=', personId)]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(fromRow);
}

/** Open pages a person owns or backs up: what must be handed over when they leave. */
export async function listOpenPagesHeldBy(db: Db, personId: number): Promise<PageRecord[]> {
  const rows = await db
    .selectFrom('pages')
    .selectAll()
    .where((eb) => eb.or([eb('owner_id', '=', personId), eb('backup_owner_id', '=', personId)]))
    .where('status', 'not in', [...CLOSED_STATUSES])
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/** Requests waiting for a decision: those naming `managerId`, or all of them (`managerId` null, the board). */
export async function listPendingRequests(db: Db, managerId: number | null): Promise<PageRecord[]> {
  let query = db.selectFrom('pages').selectAll().where('status', '=', 'aangevraagd');
  if (managerId !== null) query = query.where('manager_id', '=', managerId);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function listTransfersTo(db: Db, personId: number): Promise<PageRecord[]> {
  const rows = await db.selectFrom('pages').selectAll().where('transfer_to_id', '=', personId).orderBy('transfer_at').execute();
  return rows.map(fromRow);
}

// ——— Inventory ———

const SORT_COLUMNS: Record<InventorySort, string> = {
  displayName: 'pages.display_name',
  platform: 'pages.platform',
  handle: 'pages.handle_key',
  owner: 'owner.name',
  backupOwner: 'backup.name',
  manager: 'manager.name',
  status: 'pages.status',
  createdAt: 'pages.created_at',
  approvedAt: 'pages.approved_at',
  endDate: 'pages.end_date',
  lastActivityAt: 'pages.last_activity_at',
};

/** `%` and `_` typed by the user are literal, not wildcards. */
function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The inventory, filtered, searched and sorted in SQL (standard SQL only: lower(), LIKE … ESCAPE,
 * CASE for "empty last", so the same query runs on PostgreSQL). Each word must match somewhere.
 */
export async function queryInventory(
  db: Db,
  query: InventoryQuery & { limit?: number; offset?: number },
): Promise<{ rows: PageRecord[]; total: number }> {
  let base = db
    .selectFrom('pages')
    .innerJoin('people as owner', 'owner.id', 'pages.owner_id')
    .innerJoin('people as backup', 'backup.id', 'pages.backup_owner_id')
    .innerJoin('people as manager', 'manager.id', 'pages.manager_id');
  if (query.platform) base = base.where('pages.platform', '=', query.platform);
  if (query.status) base = base.where('pages.status', '=', query.status);
  if (query.audience) base = base.where('pages.audience', '=', query.audience);
  const words = query.search.split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    const pattern = likePattern(word);
    const columns = [
      'pages.display_name',
      'pages.handle',
      'pages.purpose',
      'pages.url',
      'owner.name',
      'owner.email',
      'backup.name',
      'backup.email',
      'manager.name',
      'manager.email',
    ];
    base = base.where((eb) =>
      eb.or(columns.map((c) => eb(sql<string>`lower(${sql.ref(c)})`, 'like', sql<string>`${pattern} escape '\\'`))),
    );
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const column = sql.ref(SORT_COLUMNS[query.sort]);
  const textual = ['displayName', 'owner', 'backupOwner', 'manager'].includes(query.sort);
  let rowsQuery = base
    .selectAll('pages')
    // Empty dates sort last in both directions, the same on every database.
    .orderBy(sql`case when ${column} is null then 1 else 0 end`)
    .orderBy(textual ? sql`lower(${column})` : column, query.direction)
    .orderBy('pages.id', query.direction);
  if (query.limit !== undefined) rowsQuery = rowsQuery.limit(query.limit).offset(query.offset ?? 0);
  const rows = await rowsQuery.execute();
  return { rows: rows.map(fromRow), total: Number(total) };
}

/** Open flagged items per page (flagged and not yet handled), for the inventory; one grouped query. */
export async function countOpenFlaggedItemsByPage(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('items')
    .select(['page_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('flagged', '=', 1)
    .where('status', '!=', 'afgehandeld')
    .groupBy('page_id')
    .execute();
  return new Map(rows.map((r) => [r.page_id, Number(r.n)]));
}
