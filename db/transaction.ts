import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;

const open = new WeakSet<Db>();
const sqlite = new WeakSet<Db>();

/** Marks a handle as SQLite's (db/store.ts): its transactions open with BEGIN IMMEDIATE. */
export function markSqlite(db: Db): void {
  sqlite.add(db);
}

/**
 * Runs `fn` as one write transaction. On SQLite it starts with BEGIN IMMEDIATE: taking the write lock
 * up front lets busy_timeout wait for another process instead of failing half-way with a stale
 * snapshot. Inside `fn`, use only the `trx` it is given (the outer handle waits for this one).
 * Nested calls join the outer transaction.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (open.has(db)) return fn(db);
  return db.connection().execute(async (trx) => {
    await (sqlite.has(db) ? sql`begin immediate` : sql`begin`).execute(trx);
    open.add(trx);
    try {
      const result = await fn(trx);
      await sql`commit`.execute(trx);
      return result;
    } catch (error) {
      await sql`rollback`.execute(trx);
      throw error;
    } finally {
      open.delete(trx);
    }
  });
}
