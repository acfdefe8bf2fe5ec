import type { Generated } from 'kysely';

// Table types for reminders, end-date requests, archiving, spot checks and exemptions (migration 0006).

export interface ExemptionsTable {
  id: Generated<number>;
  kind: 'end_date' | 'inactivity' | 'flag_category' | 'other';
  clause: string;
  category: string | null;
  scope: 'page' | 'person';
  page_id: number | null;
  person_id: number | null;
  description: string;
  reason: string;
  valid_from: string;
  valid_until: string;
  status: 'aangevraagd' | 'goedgekeurd' | 'afgewezen' | 'ingetrokken';
  requested_by: number | null;
  requested_by_label: string;
  requested_at: string;
  decided_by: number | null;
  decided_by_label: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  revoked_by: number | null;
  revoked_by_label: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
}

export interface RemindersTable {
  id: Generated<number>;
  key: string;
  rule: string;
  page_id: number;
  clause: string;
  urgency: 'info' | 'warning' | 'urgent';
  facts: string;
  status: 'open' | 'resolved';
  due_at: string;
  created_at: string;
  opened_at: string;
  updated_at: string;
  escalated_at: string | null;
  notified_at: string | null;
  snoozed_until: string | null;
  snooze_reason: string | null;
  snoozed_by: number | null;
  snoozed_by_label: string | null;
  resolved_at: string | null;
  resolution: 'condition_ended' | 'exempted' | null;
  exemption_id: number | null;
}

export interface EndDateRequestsTable {
  id: Generated<number>;
  page_id: number;
  current_end_date: string | null;
  new_end_date: string;
  reason: string;
  status: 'open' | 'approved' | 'rejected' | 'withdrawn';
  requested_by: number | null;
  requested_by_label: string;
  requested_at: string;
  decided_by: number | null;
  decided_by_label: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

export interface ArchiveStepsTable {
  id: Generated<number>;
  page_id: number;
  step: 'export' | 'platform' | 'credentials' | 'inform';
  outcome: 'done' | 'skipped';
  note: string;
  detail: string;
  actor_person_id: number | null;
  actor_label: string;
  at: string;
}

export interface SpotChecksTable {
  id: Generated<number>;
  seed: string;
  algorithm: string;
  params: string;
  population: number;
  sample_size: number;
  note: string;
  created_by: number | null;
  created_by_label: string;
  created_at: string;
}

export interface SpotCheckItemsTable {
  id: Generated<number>;
  spot_check_id: number;
  position: number;
  item_ref: number;
  item_id: number | null;
  page_id: number;
  item_created_at: string;
  verdict: 'in_orde' | 'niet_in_orde' | null;
  clause: string | null;
  note: string | null;
  reviewed_by: number | null;
  reviewed_by_label: string | null;
  reviewed_at: string | null;
}

export interface LifecycleTables {
  exemptions: ExemptionsTable;
  reminders: RemindersTable;
  end_date_requests: EndDateRequestsTable;
  archive_steps: ArchiveStepsTable;
  spot_checks: SpotChecksTable;
  spot_check_items: SpotCheckItemsTable;
}
