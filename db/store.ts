import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { MIGRATIONS } from './migrations';
import { assertNotNewer, migrate, type MigrateReport } from './migrate';
import { markSqlite } from './transaction';

/**
 * The embedded store. Repositories take `db` (Kysely: asynchronous, dialect-neutral) so a shared
 * PostgreSQL store can slot in later; `sqlite` is there for migrations and measured hot paths only.
 */
export interface Store {
  db: Kysely<Database>;
  sqlite: Sqlite.Database;
  file: string;
  dialect: 'sqlite';
  migration: MigrateReport;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Path of the database file, or ':memory:' for tests. */
  file: string;
  /** Path of a better-sqlite3 binary built for this runtime (the Electron app passes its own). */
  nativeBinding?: string;
  backupDir?: string;
  now?: () => Date;
}

export function openStore(options: OpenStoreOptions): Store {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new Sqlite(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Switching to WAL rewrites the file header: a newer app's database must be refused before that.
    assertNotNewer(sqlite, MIGRATIONS, options.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // Another desk process (the CLI, a poller) may hold the write lock briefly; wait rather than fail.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // The queue's searches and filters read many index pages of a large file: SQLite's default
    // 2 MB page cache makes them re-read from disk. 32 MB is little for a desktop and keeps them warm.
    sqlite.pragma('cache_size = -32768');
    sqlite.pragma('temp_store = MEMORY');
    const migration = migrate(sqlite, MIGRATIONS, options);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    markSqlite(db);
    return {
      db,
      sqlite,
      file: options.file,
      dialect: 'sqlite',
      migration,
      async close() {
        await db.destroy();
      },
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
