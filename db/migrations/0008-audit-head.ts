import type { Migration } from './types';

// Where the audit chain should end. The chain's hashes show an edited or reordered entry, but not
// entries cut off its end: the rest still links up. The head — how many entries, the last id and
// hash — is kept by a trigger on every insert, so verifying compares the chain's end with it. (Anyone
// who can rewrite the file can rewrite this too; it closes the quiet truncation, not a determined forger.)
export const migration0008: Migration = {
  version: 8,
  name: 'audit chain head',
  sql: `
    CREATE TABLE audit_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      entries INTEGER NOT NULL,
      last_id INTEGER NOT NULL,
      last_hash TEXT NOT NULL
    );
    INSERT INTO audit_head (id, entries, last_id, last_hash)
      SELECT 1, COUNT(*), COALESCE(MAX(id), 0),
        COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${'0'.repeat(64)}')
      FROM audit_log;
    CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log
    BEGIN UPDATE audit_head SET entries = entries + 1, last_id = NEW.id, last_hash = NEW.hash WHERE id = 1; END;
    CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    BEGIN SELECT RAISE(ABORT, 'audit_head cannot be removed'); END;
  `,
};
