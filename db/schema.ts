import type { Generated } from 'kysely';

// Table types for Kysely. Times are ISO 8601 UTC text and booleans are 0/1 integers so that the same
// queries run on SQLite and, later, PostgreSQL (see README, "Data layer").

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  email: string;
  active: number;
  manager_id: number | null;
  note: string;
  created_at: string;
  deactivated_at: string | null;
}

export interface PersonRolesTable {
  person_id: number;
  role: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_person_id: number | null;
  actor_label: string;
  via: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

export interface Database {
  settings: SettingsTable;
  people: PeopleTable;
  person_roles: PersonRolesTable;
  audit_log: AuditLogTable;
}
