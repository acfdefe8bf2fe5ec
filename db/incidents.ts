import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { IncidentStatus, IncidentsTable, SubjectType } from './schema-moderation';

// Incidents (S1–S5): one or more items, who it concerns (a student, a staff member, someone outside
// the school), what happened and which measures people took. The software records; it decides nothing.

export interface IncidentRecord {
  id: number;
  title: string;
  subjectType: SubjectType;
  description: string;
  measures: string;
  status: IncidentStatus;
  createdAt: string;
  createdBy: number | null;
  createdByLabel: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IncidentFields {
  title: string;
  subjectType: SubjectType;
  description: string;
  measures: string;
}

function fromRow(r: Selectable<IncidentsTable>): IncidentRecord {
  return {
    id: r.id,
    title: r.title,
    subjectType: r.subject_type,
    description: r.description,
    measures: r.measures,
    status: r.status,
    createdAt: r.created_at,
    createdBy: r.created_by,
    createdByLabel: r.created_by_label,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

export async function insertIncident(db: Db, fields: IncidentFields, meta: { at: string; by: number | null; byLabel: string }): Promise<IncidentRecord> {
  const row = await db
    .insertInto('incidents')
    .values({
      title: fields.title,
      subject_type: fields.subjectType,
      description: fields.description,
      measures: fields.measures,
      created_at: meta.at,
      created_by: meta.by,
      created_by_label: meta.byLabel,
      updated_at: meta.at,
      closed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return fromRow(row);
}

export async function getIncident(db: Db, id: number): Promise<IncidentRecord | null> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function listIncidents(db: Db, filter: { status?: IncidentStatus } = {}): Promise<(IncidentRecord & { itemCount: number })[]> {
  let query = db
    .selectFrom('incidents')
    .selectAll()
    .select((eb) => eb.selectFrom('incident_items').select((e) => e.fn.countAll<number>().as('n')).whereRef('incident_items.incident_id', '=', 'incidents.id').as('item_count'));
  if (filter.status) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ ...fromRow(r), itemCount: Number(r.item_count ?? 0) }));
}

export async function updateIncident(db: Db, id: number, fields: IncidentFields & { status: IncidentStatus }, at: string, closedAt: string | null): Promise<void> {
  await db
    .updateTable('incidents')
    .set({
      title: fields.title,
      subject_type: fields.subjectType,
      description: fields.description,
      measures: fields.measures,
      status: fields.status,
      updated_at: at,
      closed_at: closedAt,
    })
    .where('id', '=', id)
    .execute();
}

/** Links items; already linked ones are left as they are. Returns the ids newly linked. */
export async function linkItems(db: Db, incidentId: number, itemIds: readonly number[], meta: { at: string; byLabel: string }): Promise<number[]> {
  const added: number[] = [];
  for (const itemId of itemIds) {
    const result = await db
      .insertInto('incident_items')
      .values({ incident_id: incidentId, item_id: itemId, added_at: meta.at, added_by_label: meta.byLabel })
      .onConflict((oc) => oc.columns(['incident_id', 'item_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) added.push(itemId);
  }
  return added;
}

export async function incidentItemIds(db: Db, incidentId: number): Promise<number[]> {
  const rows = await db.selectFrom('incident_items').select('item_id').where('incident_id', '=', incidentId).orderBy('added_at').orderBy('item_id').execute();
  return rows.map((r) => r.item_id);
}

export async function incidentsOfItems(db: Db, itemIds: readonly number[]): Promise<{ itemId: number; id: number; title: string; status: IncidentStatus }[]> {
  if (!itemIds.length) return [];
  const rows = await db
    .selectFrom('incident_items')
    .innerJoin('incidents', 'incidents.id', 'incident_items.incident_id')
    .select(['incident_items.item_id as itemId', 'incidents.id', 'incidents.title', 'incidents.status'])
    .where('incident_items.item_id', 'in', [...itemIds])
    .orderBy('incidents.id')
    .execute();
  return rows;
}
