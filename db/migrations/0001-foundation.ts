import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'foundation: settings, people and roles, append-only audit log',
  sql: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE people (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT NOT NULL COLLATE NOCASE UNIQUE,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      manager_id INTEGER REFERENCES people(id),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      deactivated_at TEXT
    );

    CREATE TABLE person_roles (
      person_id INTEGER NOT NULL REFERENCES people(id),
      role TEXT NOT NULL CHECK (role IN ('eigenaar', 'leidinggevende', 'communicatie', 'functionaris', 'directie', 'beheer')),
      PRIMARY KEY (person_id, role)
    );
    CREATE INDEX person_roles_by_role ON person_roles(role);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor_person_id INTEGER REFERENCES people(id),
      actor_label TEXT NOT NULL,
      via TEXT NOT NULL,
      action TEXT NOT NULL,
      subject_type TEXT NOT NULL,
      subject_id TEXT,
      reason TEXT,
      data TEXT NOT NULL DEFAULT '{}',
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    );
    CREATE INDEX audit_log_by_subject ON audit_log(subject_type, subject_id, id);

    -- Append-only: history is evidence (A5, S1-S5), so the database itself refuses edits.
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `,
};
