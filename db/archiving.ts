import type { Db } from './transaction';
import type { ArchiveStepsTable } from './schema-lifecycle';

// The archiving checklist's record: one row per step taken (done or skipped), never changed. The
// current checklist is the newest row per step since the archive was last asked, so a withdrawn and
// renewed ask starts a fresh checklist while the old rows stay as history.

export interface ArchiveStepRecord {
  id: number;
  pageId: number;
  step: ArchiveStepsTable['step'];
  outcome: 'done' | 'skipped';
  note: string;
  detail: Record<string, unknown>;
  actorPersonId: number | null;
  actorLabel: string;
  at: string;
}

export async function recordArchiveStep(db: Db, step: Omit<ArchiveStepRecord, 'id'>): Promise<number> {
  const { id } = await db
    .insertInto('archive_steps')
    .values({
      page_id: step.pageId,
      step: step.step,
      outcome: step.outcome,
      note: step.note,
      detail: JSON.stringify(step.detail),
      actor_person_id: step.actorPersonId,
      actor_label: step.actorLabel,
      at: step.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The newest record per step at or after `since` (the archive ask). */
export async function currentArchiveSteps(db: Db, pageId: number, since: string): Promise<Map<ArchiveStepRecord['step'], ArchiveStepRecord>> {
  const rows = await db
    .selectFrom('archive_steps')
    .selectAll()
    .where('page_id', '=', pageId)
    .where('at', '>=', since)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const out = new Map<ArchiveStepRecord['step'], ArchiveStepRecord>();
  for (const r of rows) {
    out.set(r.step, {
      id: r.id,
      pageId: r.page_id,
      step: r.step,
      outcome: r.outcome,
      note: r.note,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      actorPersonId: r.actor_person_id,
      actorLabel: r.actor_label,
      at: r.at,
    });
  }
  return out;
}

/** Per page, the newest "inform the communications office" step that was done: its note, who, when. */
export async function latestOfficeNotes(db: Db): Promise<Map<number, { note: string; by: string; at: string }>> {
  const rows = await db
    .selectFrom('archive_steps')
    .select(['page_id', 'note', 'actor_label', 'at'])
    .where('step', '=', 'inform')
    .where('outcome', '=', 'done')
    .orderBy('at')
    .orderBy('id')
    .execute();
  const out = new Map<number, { note: string; by: string; at: string }>();
  for (const r of rows) out.set(r.page_id, { note: r.note, by: r.actor_label, at: r.at });
  return out;
}
