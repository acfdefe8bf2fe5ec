import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './migrations/types';
import { MigrationError, NewerDatabaseError } from './errors';

export interface MigrateOptions {
  file: string;
  /** Where the copy taken before migrating goes; defaults to `backups/` beside the database. */
  backupDir?: string;
  now?: () => Date;
}

export interface MigrateReport {
  from: number;
  to: number;
  applied: number[];
  backupFile: string | null;
}

/**
 * Brings the schema up to date: refuses a database from a newer app, copies the file before touching
 * it, then applies every pending migration in ONE transaction and stamps `user_version` inside it, so
 * a crash leaves either the old schema or the new one, never a mix.
 */
export function migrate(sqlite: BetterSqlite3.Database, migrations: readonly Migration[], options: MigrateOptions): MigrateReport {
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = assertNotNewer(sqlite, migrations, options.file);

  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { from: current, to: current, applied: [], backupFile: null };

  const backupFile = current > 0 && options.file !== ':memory:' ? backup(sqlite, current, latest, options) : null;
  try {
    sqlite.transaction(() => {
      for (const m of pending) sqlite.exec(m.sql);
      sqlite.pragma(`user_version = ${latest}`);
    }).immediate();
  } catch (cause) {
    const version = pending.find(Boolean)?.version;
    throw new MigrationError(
      `Updating the database from schema ${current} to ${latest} failed (first pending migration ${version}); ` +
        `nothing was changed.${backupFile ? ` A copy taken before the attempt is at ${backupFile}.` : ''}`,
      backupFile,
      { cause },
    );
  }
  return { from: current, to: latest, applied: pending.map((m) => m.version), backupFile };
}

/** Reads the schema version and refuses a newer one; call before anything writes to the file. */
export function assertNotNewer(sqlite: BetterSqlite3.Database, migrations: readonly Migration[], file: string): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = Number(sqlite.pragma('user_version', { simple: true }));
  if (current > latest) throw new NewerDatabaseError(file, current, latest);
  return current;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}: expected version ${i + 1}`);
  });
}

function backup(sqlite: BetterSqlite3.Database, from: number, to: number, options: MigrateOptions): string {
  const dir = options.backupDir ?? path.join(path.dirname(options.file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(options.file, '.sqlite')}-v${from}-before-v${to}-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent, compact copy even while WAL frames are not yet checkpointed.
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}
