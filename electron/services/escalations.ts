import { appendAudit } from '../../db/audit';
import { answerEscalation, getEscalation, insertDecision, insertEscalation, markAnswersSeen, setItemStatus, unseenAnswers, type EscalationRecord } from '../../db/decisions';
import { getPerson } from '../../db/people';
import { inTransaction } from '../../db/transaction';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, forbidden, notFound } from './errors';
import { escalationDto, loadItem, type ItemContext } from './moderation-context';
import { assertItemAction, mayAnswer } from './moderation-rules';
import { peopleById } from './pages-dto';
import { auditActor, requireActor } from './roles';

// Escalations: B5 ("dreigt te ontsporen") and B6 ("twijfel") to the page's line manager, O3 ("niet
// voorzien") to the board. The item goes "in behandeling"; the addressee answers in writing; the
// person who escalated sees the answer on the item and as a notice until they mark it seen.

export async function escalate(
  ctx: ServiceContext,
  actor: Actor,
  items: ItemContext[],
  kind: 'B5' | 'B6' | 'O3',
  note: string,
  options: { alertId?: number } = {},
): Promise<{ escalation: EscalationRecord; decisionId: number }[]> {
  for (const c of items) assertItemAction(kind === 'O3' ? 'board' : 'escalate', c.facts, actor);
  for (const c of items) {
    if (kind === 'O3') continue;
    const manager = await getPerson(ctx.store.db, c.page.managerId);
    if (!manager?.active) throw conflict('The line manager of this page has been deactivated; ask the communications office', 'escalations.errors.managerInactive');
  }
  const at = ctx.clock.now().toISOString();
  const created = await inTransaction(ctx.store.db, async (trx) => {
    const out: { escalation: EscalationRecord; decisionId: number }[] = [];
    for (const c of items) {
      const current = await trx.selectFrom('items').select('status').where('id', '=', c.item.id).executeTakeFirstOrThrow();
      const escalation = await insertEscalation(trx, {
        itemId: c.item.id,
        kind,
        fromPersonId: actor.personId!,
        toPersonId: kind === 'O3' ? null : c.page.managerId,
        note,
        createdAt: at,
        alertId: options.alertId ?? null,
      });
      const decision = await insertDecision(trx, {
        itemId: c.item.id,
        decision: kind === 'O3' ? 'board' : 'escalate',
        clause: kind,
        reason: note,
        actorPersonId: actor.personId,
        actorLabel: actor.label,
        decidedAt: at,
        previousStatus: current.status,
        escalationId: escalation.id,
      });
      await setItemStatus(trx, c.item.id, 'in_behandeling');
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: kind === 'O3' ? 'item.board' : 'item.escalate',
        subjectType: 'item',
        subjectId: c.item.id,
        reason: note,
        data: {
          decisionId: decision.id,
          escalationId: escalation.id,
          kind,
          clause: kind,
          pageId: c.page.id,
          toPersonId: escalation.toPersonId,
          from: current.status,
          to: 'in_behandeling',
          ...(options.alertId ? { alertId: options.alertId } : {}),
        },
      });
      out.push({ escalation, decisionId: decision.id });
    }
    return out;
  });
  for (const { escalation: e } of created) {
    ctx.events.emit('escalations.changed', { escalationId: e.id, fromPersonId: e.fromPersonId, toPersonId: e.toPersonId, answered: false });
  }
  ctx.events.emit('queue.changed', { itemIds: created.map((c) => c.escalation.itemId) });
  return created;
}

export const escalationsHandlers: DomainHandlers<'escalations'> = {
  async 'escalations.create'(input, ctx) {
    const actor = requireActor(ctx);
    const items: ItemContext[] = [];
    for (const id of [...new Set(input.itemIds)]) items.push(await loadItem(ctx.store.db, id, actor));
    const created = await escalate(ctx, actor, items, input.kind, input.note);
    const people = await peopleById(ctx.store.db);
    return { escalations: created.map((c) => escalationDto(c.escalation, people, actor)), decisionIds: created.map((c) => c.decisionId) };
  },

  async 'escalations.answer'(input, ctx) {
    const actor = requireActor(ctx);
    const escalation = await getEscalation(ctx.store.db, input.id);
    if (!escalation) throw notFound('escalation', 'escalations.errors.notFound');
    await loadItem(ctx.store.db, escalation.itemId, actor);
    if (escalation.status !== 'open') throw conflict('This escalation is no longer open', 'escalations.errors.notOpen');
    if (!mayAnswer(escalation, actor)) {
      throw forbidden(
        escalation.kind === 'O3' ? 'Only the board answers a referral to the board' : 'Only the line manager it was sent to answers it',
        'escalations.errors.notAddressee',
      );
    }
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      await answerEscalation(trx, escalation.id, { text: input.answer, by: actor.personId!, at });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'escalation.answer',
        subjectType: 'item',
        subjectId: escalation.itemId,
        reason: input.answer,
        data: { escalationId: escalation.id, kind: escalation.kind, clause: escalation.kind, toPersonId: escalation.fromPersonId },
      });
    });
    ctx.events.emit('escalations.changed', { escalationId: escalation.id, fromPersonId: escalation.fromPersonId, toPersonId: escalation.toPersonId, answered: true });
    ctx.events.emit('queue.changed', { itemIds: [escalation.itemId] });
    const updated = (await getEscalation(ctx.store.db, escalation.id))!;
    return escalationDto(updated, await peopleById(ctx.store.db), actor);
  },

  async 'escalations.notices'(_input, ctx) {
    const actor = requireActor(ctx);
    if (actor.personId === null) return [];
    const answers = await unseenAnswers(ctx.store.db, actor.personId);
    if (!answers.length) return [];
    const people = await peopleById(ctx.store.db);
    const items = await ctx.store.db
      .selectFrom('items')
      .innerJoin('pages', 'pages.id', 'items.page_id')
      .select(['items.id', 'items.text', 'pages.display_name'])
      .where('items.id', 'in', answers.map((a) => a.itemId))
      .execute();
    const byId = new Map(items.map((i) => [i.id, i]));
    return answers.map((a) => {
      const item = byId.get(a.itemId);
      const text = (item?.text ?? '').replace(/\s+/g, ' ').trim();
      return {
        ...escalationDto(a, people, actor),
        itemSnippet: text.length > 120 ? `${text.slice(0, 119)}…` : text,
        pageName: item?.display_name ?? '',
      };
    });
  },

  async 'escalations.markSeen'(input, ctx) {
    const actor = requireActor(ctx);
    if (actor.personId !== null) await markAnswersSeen(ctx.store.db, actor.personId, input.ids, ctx.clock.now().toISOString());
    return { ok: true as const };
  },
};
