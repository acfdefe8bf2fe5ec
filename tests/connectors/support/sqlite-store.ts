import Database from 'better-sqlite3';
import type { Credentials, Cursor, WatchedAccount } from '../../../electron/connectors/types';
import type { PlatformId } from '../../../shared/platforms/catalogue';
import type { PlainError, PollCommit, PollFailure, SchedulerPage, SchedulerStore } from '../../../electron/scheduler/types';

// A minimal transactional store with the semantics the real one must have: items unique on
// (platform, external_id), and items + flags + cursor + health written in ONE transaction.
// Used by the kill -9 test (in a child process) and the scheduler tests. Tokens sit in a table here
// only because this is a test; the app keeps them in the OS keychain.

export interface StoredItem {
  pageId: string;
  platform: string;
  externalId: string;
  kind: string;
  text: string;
  flags: string[];
}

export class SqliteStore implements SchedulerStore<string[]> {
  readonly db: Database.Database;
  /** Test hook: runs inside the commit transaction, after the items are inserted. */
  duringCommit: ((pageId: string, commit: PollCommit<string[]>) => void) | null = null;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS pages (
        id TEXT PRIMARY KEY, platform TEXT NOT NULL, handle TEXT NOT NULL, external_account_id TEXT,
        base_url TEXT, interval_ms INTEGER NOT NULL, next_poll_at TEXT, cursor TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0, last_success_at TEXT, last_error TEXT, token TEXT
      );
      CREATE TABLE IF NOT EXISTS items (
        id INTEGER PRIMARY KEY, page_id TEXT NOT NULL, platform TEXT NOT NULL, external_id TEXT NOT NULL,
        kind TEXT NOT NULL, text TEXT NOT NULL, flags TEXT NOT NULL, UNIQUE (platform, external_id)
      );`);
  }

  addPage(p: { id: string; platform: PlatformId; handle: string; externalAccountId: string | null; baseUrl: string | null; intervalMs: number; token: string | null }): void {
    this.db
      .prepare('INSERT INTO pages (id, platform, handle, external_account_id, base_url, interval_ms, token) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.id, p.platform, p.handle, p.externalAccountId, p.baseUrl, p.intervalMs, p.token);
  }

  listDuePages(dueBy: Date): SchedulerPage[] {
    const rows = this.db
      .prepare('SELECT * FROM pages WHERE next_poll_at IS NULL OR next_poll_at <= ? ORDER BY COALESCE(next_poll_at, \'\'), id')
      .all(dueBy.toISOString()) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: String(r.id),
      platform: r.platform as PlatformId,
      account: { platform: r.platform as PlatformId, handle: String(r.handle), externalAccountId: (r.external_account_id as string | null) ?? null, url: null } satisfies WatchedAccount,
      intervalMs: Number(r.interval_ms),
      baseUrl: (r.base_url as string | null) ?? null,
      consecutiveFailures: Number(r.consecutive_failures),
    }));
  }

  loadCursor(pageId: string): Cursor {
    const row = this.db.prepare('SELECT cursor FROM pages WHERE id = ?').get(pageId) as { cursor: string | null } | undefined;
    return row?.cursor ? (JSON.parse(row.cursor) as Cursor) : null;
  }

  loadCredentials(pageId: string): Credentials | null {
    const row = this.db.prepare('SELECT token FROM pages WHERE id = ?').get(pageId) as { token: string | null } | undefined;
    return row?.token ? { token: row.token } : null;
  }

  commitPoll(pageId: string, commit: PollCommit<string[]>): { inserted: number } {
    const platform = (this.db.prepare('SELECT platform FROM pages WHERE id = ?').get(pageId) as { platform: string }).platform;
    const insert = this.db.prepare('INSERT OR IGNORE INTO items (page_id, platform, external_id, kind, text, flags) VALUES (?, ?, ?, ?, ?, ?)');
    const update = this.db.prepare(
      'UPDATE pages SET cursor = ?, last_success_at = ?, next_poll_at = ?, consecutive_failures = ?, last_error = ? WHERE id = ?',
    );
    return this.db.transaction(() => {
      let inserted = 0;
      for (const { item, flags } of commit.items) inserted += insert.run(pageId, platform, item.externalId, item.kind, item.text, JSON.stringify(flags)).changes;
      this.duringCommit?.(pageId, commit);
      const h = commit.health;
      update.run(JSON.stringify(commit.cursor), h.lastSuccessAt, h.nextPollAt, h.consecutiveFailures, h.lastError ? JSON.stringify(h.lastError) : null, pageId);
      return { inserted };
    })();
  }

  recordFailure(pageId: string, f: PollFailure): void {
    this.db
      .prepare('UPDATE pages SET next_poll_at = ?, consecutive_failures = ?, last_error = ? WHERE id = ?')
      .run(f.nextPollAt, f.consecutiveFailures, JSON.stringify({ ...f.error, at: f.at }), pageId);
  }

  reschedule(pageId: string, nextPollAt: string, _reason: PlainError): void {
    this.db.prepare('UPDATE pages SET next_poll_at = ? WHERE id = ?').run(nextPollAt, pageId);
  }

  items(): StoredItem[] {
    return (this.db.prepare('SELECT * FROM items ORDER BY id').all() as Record<string, unknown>[]).map((r) => ({
      pageId: String(r.page_id),
      platform: String(r.platform),
      externalId: String(r.external_id),
      kind: String(r.kind),
      text: String(r.text),
      flags: JSON.parse(String(r.flags)) as string[],
    }));
  }

  page(pageId: string): Record<string, unknown> {
    return this.db.prepare('SELECT * FROM pages WHERE id = ?').get(pageId) as Record<string, unknown>;
  }

  close(): void {
    this.db.close();
  }
}
