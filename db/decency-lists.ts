import type { Db } from './transaction';

export interface ListVersionRecord {
  id: number;
  version: string;
  /** The lists as validated JSON (shared/decency SchoolLists). */
  lists: unknown;
  createdAt: string;
  createdBy: number | null;
  createdByLabel: string;
  note: string;
}

export async function currentListVersion(db: Db): Promise<ListVersionRecord | null> {
  const row = await db.selectFrom('decency_list_versions').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row
    ? {
        id: row.id,
        version: row.version,
        lists: JSON.parse(row.lists) as unknown,
        createdAt: row.created_at,
        createdBy: row.created_by,
        createdByLabel: row.created_by_label,
        note: row.note,
      }
    : null;
}

/** Cheap check for "did the lists change?" on every poll. */
export async function currentListVersionId(db: Db): Promise<number | null> {
  const row = await db.selectFrom('decency_list_versions').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.id ?? null;
}

export async function listVersionHistory(db: Db, limit = 50): Promise<Omit<ListVersionRecord, 'lists'>[]> {
  const rows = await db
    .selectFrom('decency_list_versions')
    .select(['id', 'version', 'created_at', 'created_by', 'created_by_label', 'note'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    createdBy: r.created_by,
    createdByLabel: r.created_by_label,
    note: r.note,
  }));
}

export async function insertListVersion(
  db: Db,
  entry: { version: string; lists: unknown; at: string; createdBy: number | null; createdByLabel: string; note: string },
): Promise<number> {
  const row = await db
    .insertInto('decency_list_versions')
    .values({
      version: entry.version,
      lists: JSON.stringify(entry.lists),
      created_at: entry.at,
      created_by: entry.createdBy,
      created_by_label: entry.createdByLabel,
      note: entry.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
