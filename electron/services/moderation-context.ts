import type { Selectable } from 'kysely';
import { listEscalations, type EscalationRecord } from '../../db/decisions';
import { getPage, type PageRecord } from '../../db/pages';
import type { PersonRecord } from '../../db/people';
import type { ItemsTable } from '../../db/schema-items';
import type { Db } from '../../db/transaction';
import type { Escalation } from '../../shared/api/queue';
import type { Actor } from './context';
import { notFound } from './errors';
import { canSeeItem, mayAnswer, type ItemFacts } from './moderation-rules';
import { personRef } from './pages-dto';

// Loading an item with what the rules need to know about it, for every moderation service.

export type ItemRow = Selectable<ItemsTable>;

export interface ItemContext {
  item: ItemRow;
  page: PageRecord;
  escalations: EscalationRecord[];
  facts: ItemFacts;
}

export function factsOf(item: ItemRow, page: PageRecord, escalations: readonly EscalationRecord[], actor: Actor): ItemFacts {
  return {
    page: { ownerId: page.ownerId, backupOwnerId: page.backupOwnerId, managerId: page.managerId },
    status: item.status,
    openEscalations: escalations.filter((e) => e.status === 'open').map((e) => e.kind),
    addressee: escalations.some((e) => e.status !== 'withdrawn' && (e.kind === 'O3' ? actor.roles.includes('directie') : e.toPersonId === actor.personId)),
  };
}

/** The item as the actor may see it; "not found" also when they may not (it does not say it exists). */
export async function loadItem(db: Db, itemId: number, actor: Actor): Promise<ItemContext> {
  const item = await db.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('item', 'queue.errors.notFound');
  const page = await getPage(db, item.page_id);
  if (!page) throw notFound('item', 'queue.errors.notFound');
  const escalations = await listEscalations(db, [itemId]);
  const facts = factsOf(item, page, escalations, actor);
  if (!canSeeItem(facts, actor)) throw notFound('item', 'queue.errors.notFound');
  return { item, page, escalations, facts };
}

const ref = (people: Map<number, PersonRecord>, id: number) => {
  const p = personRef(people, id);
  return { id: p.id, name: p.name };
};

export function escalationDto(e: EscalationRecord, people: Map<number, PersonRecord>, actor: Actor): Escalation {
  return {
    id: e.id,
    itemId: e.itemId,
    kind: e.kind,
    from: ref(people, e.fromPersonId),
    to: e.toPersonId === null ? null : ref(people, e.toPersonId),
    note: e.note,
    status: e.status,
    createdAt: e.createdAt,
    answer: e.answer,
    answeredAt: e.answeredAt,
    answeredBy: e.answeredBy === null ? null : ref(people, e.answeredBy),
    canAnswer: mayAnswer(e, actor),
  };
}
