import type { Migration } from './types';

// The pages register (protocol B1, B3). Status names are the register's own Dutch words, shared with
// the UI and the CSV columns; the CHECKs keep a bad import or a bug from inventing new ones.
export const migration0002: Migration = {
  version: 2,
  name: 'pages register: requests, approvals, lifecycle, ownership transfer',
  sql: `
    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      platform TEXT NOT NULL CHECK (platform IN ('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'linkedin', 'mastodon', 'bluesky', 'rss', 'other')),
      handle TEXT NOT NULL,
      -- Lower-cased handle: "@HetStreek" and "hetstreek" are the same account.
      handle_key TEXT NOT NULL,
      display_name TEXT NOT NULL,
      url TEXT,
      purpose TEXT NOT NULL,
      audience TEXT NOT NULL CHECK (audience IN ('leerlingen', 'ouders', 'publiek')),
      owner_id INTEGER NOT NULL REFERENCES people(id),
      backup_owner_id INTEGER NOT NULL REFERENCES people(id),
      manager_id INTEGER NOT NULL REFERENCES people(id),
      end_date TEXT,
      ongoing_reason TEXT,
      generic_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (generic_confirmed IN (0, 1)),
      status TEXT NOT NULL CHECK (status IN ('aangevraagd', 'goedgekeurd', 'afgewezen', 'actief', 'archiveren_gevraagd', 'gearchiveerd')),
      status_reason TEXT,
      source TEXT NOT NULL DEFAULT 'request' CHECK (source IN ('request', 'import')),
      requested_by INTEGER REFERENCES people(id),
      decided_by INTEGER REFERENCES people(id),
      external_account_id TEXT,
      verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      approved_at TEXT,
      rejected_at TEXT,
      activated_at TEXT,
      archive_requested_at TEXT,
      archived_at TEXT,
      last_activity_at TEXT,
      transfer_to_id INTEGER REFERENCES people(id),
      transfer_backup_id INTEGER REFERENCES people(id),
      transfer_by_label TEXT,
      transfer_at TEXT,
      transfer_reason TEXT,
      -- "doorlopend" (no end date) only with a written reason.
      CHECK (end_date IS NOT NULL OR ongoing_reason IS NOT NULL),
      CHECK (owner_id <> backup_owner_id)
    );

    -- One live page per account: a rejected or archived page no longer holds its handle.
    CREATE UNIQUE INDEX pages_live_handle ON pages(platform, handle_key) WHERE status NOT IN ('afgewezen', 'gearchiveerd');
    CREATE INDEX pages_by_status ON pages(status);
    CREATE INDEX pages_by_owner ON pages(owner_id);
    CREATE INDEX pages_by_backup_owner ON pages(backup_owner_id);
    CREATE INDEX pages_by_manager ON pages(manager_id, status);
    CREATE INDEX pages_by_transfer ON pages(transfer_to_id) WHERE transfer_to_id IS NOT NULL;
  `,
};
