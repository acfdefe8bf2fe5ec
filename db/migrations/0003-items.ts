import type { Migration } from './types';

// What the connectors collect (B2) and what the decency engine said about it. Items are unique on
// (platform, external_id): a retried or repeated poll can never store one twice. Classifications
// are kept per run (engine and list versions), so a re-check after a list change is traceable;
// items carry the current verdict for the queue's ordering and filters.
export const migration0003: Migration = {
  version: 3,
  name: 'connections, items, classifications, full-text search',
  sql: `
    CREATE TABLE page_connections (
      page_id INTEGER PRIMARY KEY REFERENCES pages(id),
      -- The page's base-URL setting for its platform (tests, sandbox); NULL = environment or the platform.
      base_url TEXT,
      poll_interval_s INTEGER NOT NULL DEFAULT 300 CHECK (poll_interval_s BETWEEN 15 AND 86400),
      cursor TEXT,
      -- Where the token lives; the token itself is never in the database.
      credential_store TEXT CHECK (credential_store IN ('keychain', 'file')),
      own_author_names TEXT NOT NULL DEFAULT '[]',
      last_poll_at TEXT,
      last_success_at TEXT,
      last_error TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      next_poll_at TEXT,
      rate_limit TEXT,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX page_connections_due ON page_connections(next_poll_at);

    CREATE TABLE items (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id),
      platform TEXT NOT NULL,
      external_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      url TEXT,
      author_id TEXT NOT NULL,
      author_handle TEXT,
      author_name TEXT,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      fetched_at TEXT NOT NULL,
      parent_external_id TEXT,
      thread_external_id TEXT,
      has_media INTEGER NOT NULL DEFAULT 0 CHECK (has_media IN (0, 1)),
      media TEXT NOT NULL DEFAULT '[]',
      flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
      severity INTEGER NOT NULL DEFAULT 0 CHECK (severity BETWEEN 0 AND 3),
      status TEXT NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'in_behandeling', 'afgehandeld')),
      UNIQUE (platform, external_id)
    );
    CREATE INDEX items_queue ON items(status, severity DESC, created_at);
    CREATE INDEX items_by_page ON items(page_id, status, severity DESC, created_at);
    CREATE INDEX items_by_thread ON items(page_id, thread_external_id);
    CREATE INDEX items_by_created ON items(created_at);

    CREATE TABLE item_classifications (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      flagged INTEGER NOT NULL CHECK (flagged IN (0, 1)),
      severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
      categories TEXT NOT NULL,
      clauses TEXT NOT NULL,
      spans TEXT NOT NULL,
      engine_version TEXT NOT NULL,
      lists_version TEXT NOT NULL,
      classified_at TEXT NOT NULL
    );
    CREATE INDEX item_classifications_by_item ON item_classifications(item_id, id);

    -- The current categories of each item, for filtering the queue by category or clause.
    CREATE TABLE item_flags (
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      category TEXT NOT NULL,
      PRIMARY KEY (item_id, category)
    ) WITHOUT ROWID;
    CREATE INDEX item_flags_by_category ON item_flags(category, item_id);

    -- Full-text search over what people wrote and who wrote it (SQLite FTS5, external content).
    CREATE VIRTUAL TABLE items_fts USING fts5(
      text, author_name, author_handle,
      content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
      INSERT INTO items_fts(rowid, text, author_name, author_handle) VALUES (new.id, new.text, new.author_name, new.author_handle);
    END;
    CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
      INSERT INTO items_fts(items_fts, rowid, text, author_name, author_handle) VALUES ('delete', old.id, old.text, old.author_name, old.author_handle);
    END;
    CREATE TRIGGER items_fts_update AFTER UPDATE OF text, author_name, author_handle ON items BEGIN
      INSERT INTO items_fts(items_fts, rowid, text, author_name, author_handle) VALUES ('delete', old.id, old.text, old.author_name, old.author_handle);
      INSERT INTO items_fts(rowid, text, author_name, author_handle) VALUES (new.id, new.text, new.author_name, new.author_handle);
    END;
  `,
};
