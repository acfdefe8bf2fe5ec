import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { EndDateRequestsTable } from './schema-lifecycle';

// Requests to move a page's end date, decided by the line manager (or the board). At most one waits
// per page (a partial unique index); an approved one changes pages.end_date in the same transaction.

export interface EndDateRequestRecord {
  id: number;
  pageId: number;
  currentEndDate: string | null;
  newEndDate: string;
  reason: string;
  status: EndDateRequestsTable['status'];
  requestedBy: number | null;
  requestedByLabel: string;
  requestedAt: string;
  decidedBy: number | null;
  decidedByLabel: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

function fromRow(r: Selectable<EndDateRequestsTable>): EndDateRequestRecord {
  return {
    id: r.id,
    pageId: r.page_id,
    currentEndDate: r.current_end_date,
    newEndDate: r.new_end_date,
    reason: r.reason,
    status: r.status,
    requestedBy: r.requested_by,
    requestedByLabel: r.requested_by_label,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedByLabel: r.decided_by_label,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
  };
}

export async function insertEndDateRequest(
  db: Db,
  r: Pick<EndDateRequestRecord, 'pageId' | 'currentEndDate' | 'newEndDate' | 'reason' | 'requestedBy' | 'requestedByLabel' | 'requestedAt'>,
): Promise<number> {
  const { id } = await db
    .insertInto('end_date_requests')
    .values({
      page_id: r.pageId,
      current_end_date: r.currentEndDate,
      new_end_date: r.newEndDate,
      reason: r.reason,
      status: 'open',
      requested_by: r.requestedBy,
      requested_by_label: r.requestedByLabel,
      requested_at: r.requestedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function getEndDateRequest(db: Db, id: number): Promise<EndDateRequestRecord | undefined> {
  const row = await db.selectFrom('end_date_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function openEndDateRequestOf(db: Db, pageId: number): Promise<EndDateRequestRecord | undefined> {
  const row = await db.selectFrom('end_date_requests').selectAll().where('page_id', '=', pageId).where('status', '=', 'open').executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listEndDateRequests(db: Db, filter: { status?: 'open'; pageIds?: readonly number[] }): Promise<EndDateRequestRecord[]> {
  let query = db.selectFrom('end_date_requests').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.pageIds) query = query.where('page_id', 'in', filter.pageIds.length ? [...filter.pageIds] : [-1]);
  const rows = await query.orderBy('requested_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(fromRow);
}

export async function closeEndDateRequest(
  db: Db,
  id: number,
  close: { status: 'approved' | 'rejected' | 'withdrawn'; by: number | null; byLabel: string; reason: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('end_date_requests')
    .set({ status: close.status, decided_by: close.by, decided_by_label: close.byLabel, decided_at: at, decision_reason: close.reason })
    .where('id', '=', id)
    .execute();
}

/** The approved new end date. A page that ran without one ("doorlopend") gets one: its ongoing reason no longer applies. */
export async function setPageEndDate(db: Db, pageId: number, endDate: string, at: string): Promise<void> {
  await db.updateTable('pages').set({ end_date: endDate, ongoing_reason: null, updated_at: at }).where('id', '=', pageId).execute();
}
