import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { appendAudit, verifyAuditChain } from '../../db/audit';
import type { Database } from '../../db/schema';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { tempDir } from '../helpers/backend';

// Migration 0006 on a database that already holds version 5 data: the new columns of
// page_connections start empty (activity unknown), the new tables exist, and the indexes the job
// and the purge rely on are used.

describe('migration 0006 (lifecycle)', () => {
  it('adds the own-activity columns to existing connections and creates the lifecycle tables', () => {
    const file = path.join(tempDir(), 'paginawacht.sqlite');
    const db = new Sqlite(file);
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5), { file });
    db.prepare("INSERT INTO people (name, email, created_at) VALUES ('A', 'a@x.nl', '2026-01-01T00:00:00Z'), ('B', 'b@x.nl', '2026-01-01T00:00:00Z'), ('C', 'c@x.nl', '2026-01-01T00:00:00Z')").run();
    db.prepare(
      "INSERT INTO pages (platform, handle, handle_key, display_name, purpose, audience, owner_id, backup_owner_id, manager_id, end_date, status, created_at, updated_at) VALUES ('x', 'h', 'h', 'H - S', 'p', 'publiek', 1, 2, 3, '2027-01-01', 'actief', 't', 't')",
    ).run();
    db.prepare("INSERT INTO page_connections (page_id, updated_at) VALUES (1, 't')").run();
    const report = migrate(db, MIGRATIONS.slice(0, 6), { file });
    expect(report.applied).toEqual([6]);
    expect(db.prepare('SELECT own_last_post_at, credentials_expire_at FROM page_connections').get()).toEqual({ own_last_post_at: null, credentials_expire_at: null });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['reminders', 'end_date_requests', 'archive_steps', 'spot_checks', 'spot_check_items', 'exemptions']));
    // A key can only exist once: the job's idempotency rests on it.
    const insert = db.prepare("INSERT INTO reminders (key, rule, page_id, clause, urgency, due_at, created_at, opened_at, updated_at) VALUES ('end_date:1:2027-01-01', 'end_date', 1, 'B3', 'warning', 't', 't', 't', 't')");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM reminders WHERE status = 'open' ORDER BY due_at")).toMatch(/reminders_by_status/);
    expect(plan("SELECT id FROM items WHERE created_at < '2026-01-01'")).toMatch(/items_by_created|items_page_time/);
    db.close();
  });

  it('migration 0008 starts the audit head where an existing chain ends', async () => {
    const file = path.join(tempDir(), 'paginawacht.sqlite');
    const sqlite = new Sqlite(file);
    migrate(sqlite, MIGRATIONS.slice(0, 7), { file });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    for (let i = 0; i < 3; i++) {
      await appendAudit(db, { at: '2026-11-01T00:00:00.000Z', actor: { personId: null, label: 'test', via: 'system' }, action: 'test', subjectType: 't', subjectId: i });
    }
    expect(migrate(sqlite, MIGRATIONS, { file }).applied).toEqual([8]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 3, brokenAt: null, truncated: false });
    await db.destroy();
  });
});
