import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { DecisionKind, EscalationKind, EscalationStatus, EscalationsTable, ItemDecisionsTable, ItemStatus } from './schema-moderation';

// Decisions on items and escalations to the line manager or the board. Decisions are written once
// (an undo or reopen is a new decision that points at the one it undoes), so the history of an item
// reads top to bottom; each one also goes to the audit log by the service that makes it.

export interface DecisionRecord {
  id: number;
  itemId: number;
  decision: DecisionKind;
  clause: string | null;
  reason: string;
  actorPersonId: number | null;
  actorLabel: string;
  decidedAt: string;
  platformResult: string | null;
  feedback: 'not_a_violation' | null;
  previousStatus: ItemStatus;
  undoesId: number | null;
  escalationId: number | null;
}

export interface NewDecision {
  itemId: number;
  decision: DecisionKind;
  clause: string | null;
  reason: string;
  actorPersonId: number | null;
  actorLabel: string;
  decidedAt: string;
  platformResult?: string | null;
  feedback?: 'not_a_violation' | null;
  previousStatus: ItemStatus;
  undoesId?: number | null;
  escalationId?: number | null;
}

function decisionFromRow(r: Selectable<ItemDecisionsTable>): DecisionRecord {
  return {
    id: r.id,
    itemId: r.item_id,
    decision: r.decision,
    clause: r.clause,
    reason: r.reason,
    actorPersonId: r.actor_person_id,
    actorLabel: r.actor_label,
    decidedAt: r.decided_at,
    platformResult: r.platform_result,
    feedback: r.feedback,
    previousStatus: r.previous_status,
    undoesId: r.undoes_id,
    escalationId: r.escalation_id,
  };
}

export async function insertDecision(db: Db, d: NewDecision): Promise<DecisionRecord> {
  const row = await db
    .insertInto('item_decisions')
    .values({
      item_id: d.itemId,
      decision: d.decision,
      clause: d.clause,
      reason: d.reason,
      actor_person_id: d.actorPersonId,
      actor_label: d.actorLabel,
      decided_at: d.decidedAt,
      platform_result: d.platformResult ?? null,
      feedback: d.feedback ?? null,
      previous_status: d.previousStatus,
      undoes_id: d.undoesId ?? null,
      escalation_id: d.escalationId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return decisionFromRow(row);
}

export async function getDecision(db: Db, id: number): Promise<DecisionRecord | null> {
  const row = await db.selectFrom('item_decisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? decisionFromRow(row) : null;
}

export async function listDecisions(db: Db, itemIds: readonly number[]): Promise<DecisionRecord[]> {
  if (!itemIds.length) return [];
  const rows = await db.selectFrom('item_decisions').selectAll().where('item_id', 'in', [...itemIds]).orderBy('id').execute();
  return rows.map(decisionFromRow);
}

export async function latestDecision(db: Db, itemId: number): Promise<DecisionRecord | null> {
  const row = await db.selectFrom('item_decisions').selectAll().where('item_id', '=', itemId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? decisionFromRow(row) : null;
}

export async function setItemStatus(db: Db, itemId: number, status: ItemStatus): Promise<void> {
  await db.updateTable('items').set({ status }).where('id', '=', itemId).execute();
}

/** "Not a violation" feedback per rule that fired, for the people who keep the word lists. */
export async function notAViolationFeedback(db: Db): Promise<{ itemId: number; decidedAt: string; spans: string; text: string }[]> {
  // The newest classification of each item with such feedback whose last decision is still that keep.
  const rows = await db
    .selectFrom('item_decisions as d')
    .innerJoin('items as i', 'i.id', 'd.item_id')
    .select(['d.item_id as itemId', 'd.decided_at as decidedAt', 'i.text as text'])
    .select((eb) =>
      eb
        .selectFrom('item_classifications as c')
        .select('c.spans')
        .whereRef('c.item_id', '=', 'd.item_id')
        .orderBy('c.id', 'desc')
        .limit(1)
        .as('spans'),
    )
    .where('d.feedback', '=', 'not_a_violation')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('item_decisions as u').select('u.id').whereRef('u.undoes_id', '=', 'd.id')),
      ),
    )
    .orderBy('d.id', 'desc')
    .limit(5000)
    .execute();
  return rows.map((r) => ({ itemId: r.itemId, decidedAt: r.decidedAt, text: r.text, spans: r.spans ?? '[]' }));
}

// ——— escalations ———————————————————————————————————————————————————————————————————————————

export interface EscalationRecord {
  id: number;
  itemId: number;
  kind: EscalationKind;
  fromPersonId: number;
  toPersonId: number | null;
  note: string;
  status: EscalationStatus;
  createdAt: string;
  answeredAt: string | null;
  answer: string | null;
  answeredBy: number | null;
  answerSeenAt: string | null;
  alertId: number | null;
}

function escalationFromRow(r: Selectable<EscalationsTable>): EscalationRecord {
  return {
    id: r.id,
    itemId: r.item_id,
    kind: r.kind,
    fromPersonId: r.from_person_id,
    toPersonId: r.to_person_id,
    note: r.note,
    status: r.status,
    createdAt: r.created_at,
    answeredAt: r.answered_at,
    answer: r.answer,
    answeredBy: r.answered_by,
    answerSeenAt: r.answer_seen_at,
    alertId: r.alert_id,
  };
}

export async function insertEscalation(
  db: Db,
  e: { itemId: number; kind: EscalationKind; fromPersonId: number; toPersonId: number | null; note: string; createdAt: string; alertId?: number | null },
): Promise<EscalationRecord> {
  const row = await db
    .insertInto('escalations')
    .values({
      item_id: e.itemId,
      kind: e.kind,
      from_person_id: e.fromPersonId,
      to_person_id: e.toPersonId,
      note: e.note,
      created_at: e.createdAt,
      answered_at: null,
      answer: null,
      answered_by: null,
      answer_seen_at: null,
      alert_id: e.alertId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return escalationFromRow(row);
}

export async function getEscalation(db: Db, id: number): Promise<EscalationRecord | null> {
  const row = await db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? escalationFromRow(row) : null;
}

export async function listEscalations(db: Db, itemIds: readonly number[]): Promise<EscalationRecord[]> {
  if (!itemIds.length) return [];
  const rows = await db.selectFrom('escalations').selectAll().where('item_id', 'in', [...itemIds]).orderBy('id').execute();
  return rows.map(escalationFromRow);
}

export async function answerEscalation(db: Db, id: number, answer: { text: string; by: number; at: string }): Promise<void> {
  await db
    .updateTable('escalations')
    .set({ status: 'answered', answer: answer.text, answered_by: answer.by, answered_at: answer.at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute();
}

export async function withdrawEscalation(db: Db, id: number): Promise<void> {
  await db.updateTable('escalations').set({ status: 'withdrawn' }).where('id', '=', id).where('status', '=', 'open').execute();
}

/** Answers to escalations this person raised that they have not yet marked as seen. */
export async function unseenAnswers(db: Db, personId: number): Promise<EscalationRecord[]> {
  const rows = await db
    .selectFrom('escalations')
    .selectAll()
    .where('from_person_id', '=', personId)
    .where('status', '=', 'answered')
    .where('answer_seen_at', 'is', null)
    .orderBy('answered_at', 'desc')
    .limit(50)
    .execute();
  return rows.map(escalationFromRow);
}

export async function markAnswersSeen(db: Db, personId: number, ids: readonly number[], at: string): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('escalations')
    .set({ answer_seen_at: at })
    .where('id', 'in', [...ids])
    .where('from_person_id', '=', personId)
    .where('answer_seen_at', 'is', null)
    .execute();
}
