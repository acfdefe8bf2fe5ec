import type { Generated } from 'kysely';
import type { ItemTables } from './schema-items';
import type { ModerationTables } from './schema-moderation';
import type { LifecycleTables } from './schema-lifecycle';

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

export interface PagesTable {
  id: Generated<number>;
  platform: string;
  handle: string;
  handle_key: string;
  display_name: string;
  url: string | null;
  purpose: string;
  audience: string;
  owner_id: number;
  backup_owner_id: number;
  manager_id: number;
  end_date: string | null;
  ongoing_reason: string | null;
  generic_confirmed: number;
  status: string;
  status_reason: string | null;
  source: string;
  requested_by: number | null;
  decided_by: number | null;
  external_account_id: string | null;
  verified: number;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
  rejected_at: string | null;
  activated_at: string | null;
  archive_requested_at: string | null;
  archived_at: string | null;
  last_activity_at: string | null;
  transfer_to_id: number | null;
  transfer_backup_id: number | null;
  transfer_by_label: string | null;
  transfer_at: string | null;
  transfer_reason: string | null;
}

/** Where the audit chain should end (migration 8, kept by a trigger). */
export interface AuditHeadTable {
  id: number;
  entries: number;
  last_id: number;
  last_hash: string;
}

export interface Database extends ItemTables, ModerationTables, LifecycleTables {
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  people: PeopleTable;
  person_roles: PersonRolesTable;
  audit_log: AuditLogTable;
  pages: PagesTable;
}
