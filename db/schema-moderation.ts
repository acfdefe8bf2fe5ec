import type { Generated } from 'kysely';

// Table types for moderation (migration 0005): decisions, escalations, evidence, incidents,
// derailment alerts and the queue's counters. Kept apart so each domain's tables sit together.

export type ItemStatus = 'nieuw' | 'in_behandeling' | 'afgehandeld';
export type DecisionKind = 'keep' | 'hide' | 'delete' | 'escalate' | 'board' | 'reopen';
export type EscalationKind = 'B5' | 'B6' | 'O3';
export type EscalationStatus = 'open' | 'answered' | 'withdrawn';
export type SubjectType = 'leerling' | 'medewerker' | 'extern';
export type IncidentStatus = 'open' | 'afgehandeld';

export interface ItemDecisionsTable {
  id: Generated<number>;
  item_id: number;
  decision: DecisionKind;
  clause: string | null;
  reason: string;
  actor_person_id: number | null;
  actor_label: string;
  decided_at: string;
  platform_result: string | null;
  feedback: 'not_a_violation' | null;
  previous_status: ItemStatus;
  undoes_id: number | null;
  escalation_id: number | null;
}

export interface EscalationsTable {
  id: Generated<number>;
  item_id: number;
  kind: EscalationKind;
  from_person_id: number;
  to_person_id: number | null;
  note: string;
  status: Generated<EscalationStatus>;
  created_at: string;
  answered_at: string | null;
  answer: string | null;
  answered_by: number | null;
  answer_seen_at: string | null;
  alert_id: number | null;
}

export interface EvidenceTable {
  id: Generated<number>;
  item_id: number;
  captured_at: string;
  content: string;
  sha256: string;
  captured_by_label: string;
  purpose: string;
}

export interface IncidentsTable {
  id: Generated<number>;
  title: string;
  subject_type: SubjectType;
  description: string;
  measures: string;
  status: Generated<IncidentStatus>;
  created_at: string;
  created_by: number | null;
  created_by_label: string;
  updated_at: string;
  closed_at: string | null;
}

export interface IncidentItemsTable {
  incident_id: number;
  item_id: number;
  added_at: string;
  added_by_label: string;
}

export interface DerailmentAlertsTable {
  id: Generated<number>;
  page_id: number;
  scope: 'page' | 'thread';
  thread_external_id: string;
  kind: 'volume' | 'flagged';
  window_start: string;
  window_end: string;
  item_count: number;
  flagged_count: number;
  expected: number;
  summary: string;
  status: Generated<'open' | 'escalated' | 'dismissed'>;
  created_at: string;
  updated_at: string;
  escalation_id: number | null;
  closed_by_label: string | null;
  closed_reason: string | null;
}

export interface QueueCountsTable {
  page_id: number;
  status: ItemStatus;
  severity: number;
  n: number;
}

export interface ModerationTables {
  item_decisions: ItemDecisionsTable;
  escalations: EscalationsTable;
  evidence: EvidenceTable;
  incidents: IncidentsTable;
  incident_items: IncidentItemsTable;
  derailment_alerts: DerailmentAlertsTable;
  queue_counts: QueueCountsTable;
}
