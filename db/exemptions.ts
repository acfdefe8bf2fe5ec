import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { ExemptionsTable } from './schema-lifecycle';

// The board's register of deviations (O2). Rows are never deleted: a rejected, withdrawn or revoked
// exemption stays as the written record of that decision.

export interface ExemptionRecord {
  id: number;
  kind: ExemptionsTable['kind'];
  clause: string;
  category: string | null;
  scope: 'page' | 'person';
  pageId: number | null;
  personId: number | null;
  description: string;
  reason: string;
  validFrom: string;
  validUntil: string;
  status: ExemptionsTable['status'];
  requestedBy: number | null;
  requestedByLabel: string;
  requestedAt: string;
  decidedBy: number | null;
  decidedByLabel: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  revokedBy: number | null;
  revokedByLabel: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
}

function fromRow(r: Selectable<ExemptionsTable>): ExemptionRecord {
  return {
    id: r.id,
    kind: r.kind,
    clause: r.clause,
    category: r.category,
    scope: r.scope,
    pageId: r.page_id,
    personId: r.person_id,
    description: r.description,
    reason: r.reason,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    status: r.status,
    requestedBy: r.requested_by,
    requestedByLabel: r.requested_by_label,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedByLabel: r.decided_by_label,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
    revokedBy: r.revoked_by,
    revokedByLabel: r.revoked_by_label,
    revokedAt: r.revoked_at,
    revokeReason: r.revoke_reason,
  };
}

/** Approved and today (YYYY-MM-DD) within from–until. */
export function isActive(e: Pick<ExemptionRecord, 'status' | 'validFrom' | 'validUntil'>, today: string): boolean {
  return e.status === 'goedgekeurd' && e.validFrom <= today && today <= e.validUntil;
}

export interface NewExemption {
  kind: ExemptionRecord['kind'];
  clause: string;
  category: string | null;
  scope: 'page' | 'person';
  pageId: number | null;
  personId: number | null;
  description: string;
  reason: string;
  validFrom: string;
  validUntil: string;
  requestedBy: number | null;
  requestedByLabel: string;
  requestedAt: string;
}

export async function insertExemption(db: Db, e: NewExemption): Promise<number> {
  const { id } = await db
    .insertInto('exemptions')
    .values({
      kind: e.kind,
      clause: e.clause,
      category: e.category,
      scope: e.scope,
      page_id: e.pageId,
      person_id: e.personId,
      description: e.description,
      reason: e.reason,
      valid_from: e.validFrom,
      valid_until: e.validUntil,
      status: 'aangevraagd',
      requested_by: e.requestedBy,
      requested_by_label: e.requestedByLabel,
      requested_at: e.requestedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function getExemption(db: Db, id: number): Promise<ExemptionRecord | undefined> {
  const row = await db.selectFrom('exemptions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listExemptions(db: Db, filter: { status?: ExemptionRecord['status'][]; pageId?: number; ownerOf?: number } = {}): Promise<ExemptionRecord[]> {
  let query = db.selectFrom('exemptions').selectAll();
  if (filter.status) query = query.where('status', 'in', filter.status);
  if (filter.pageId !== undefined) {
    const pageId = filter.pageId;
    const ownerOf = filter.ownerOf;
    query = query.where((eb) =>
      ownerOf !== undefined ? eb.or([eb('page_id', '=', pageId), eb('person_id', '=', ownerOf)]) : eb('page_id', '=', pageId),
    );
  }
  const rows = await query.orderBy('requested_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(fromRow);
}

export async function decideExemption(
  db: Db,
  id: number,
  decision: { status: 'goedgekeurd' | 'afgewezen'; by: number | null; byLabel: string; reason: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('exemptions')
    .set({ status: decision.status, decided_by: decision.by, decided_by_label: decision.byLabel, decided_at: at, decision_reason: decision.reason })
    .where('id', '=', id)
    .execute();
}

export async function revokeExemption(db: Db, id: number, revoke: { by: number | null; byLabel: string; reason: string }, at: string): Promise<void> {
  await db
    .updateTable('exemptions')
    .set({ status: 'ingetrokken', revoked_by: revoke.by, revoked_by_label: revoke.byLabel, revoked_at: at, revoke_reason: revoke.reason })
    .where('id', '=', id)
    .execute();
}
