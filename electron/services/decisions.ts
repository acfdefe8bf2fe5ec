import { appendAudit } from '../../db/audit';
import { getDecision, getEscalation, insertDecision, latestDecision, notAViolationFeedback, setItemStatus, withdrawEscalation, type DecisionRecord, type EscalationRecord } from '../../db/decisions';
import { captureEvidence } from '../../db/evidence';
import { inTransaction, type Db } from '../../db/transaction';
import type { DecisionResult } from '../../shared/api/decisions';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { ServiceError, conflict, forbidden, invalid, notFound } from './errors';
import { loadItem, type ItemContext } from './moderation-context';
import { UNDO_WINDOW_MS, assertItemAction, mayModerate } from './moderation-rules';
import { DecisionFailure, moderateOnPlatform } from './platform-moderation';
import { auditActor, requireActor, requireRole } from './roles';

// Deciding on items: keep, hide, delete — and undo. Order of work for hide and delete (A5):
//   1. the original is preserved as evidence, in its own transaction, so it exists whatever happens next;
//   2. the platform is asked (outside any transaction: a slow platform must not hold the write lock);
//   3. only when the platform agreed is the decision recorded, with the item's new status and the
//      audit entry, in one transaction. A refusal leaves the item undecided and says why in plain words.
// Audit entries name the item, clause and reason — never what the item says (the item's text is
// personal data that the retention purge must be able to remove; the audit log is append-only).

type Closing = 'keep' | 'hide' | 'delete';

function failure(itemId: number, error: unknown): DecisionResult {
  if (!(error instanceof ServiceError)) throw error;
  const api = error.toApiError();
  return {
    itemId,
    ok: false,
    decisionId: null,
    platformResult: null,
    error: {
      code: api.code,
      message: api.message,
      key: api.key ?? null,
      ...(api.params ? { params: api.params } : {}),
      manualStepsKey: error instanceof DecisionFailure ? error.manualStepsKey : null,
    },
  };
}

async function record(
  ctx: ServiceContext,
  actor: Actor,
  c: ItemContext,
  d: { decision: DecisionRecord['decision']; clause: string | null; reason: string; platformResult: string | null; feedback: 'not_a_violation' | null; status: DecisionRecord['previousStatus']; undoesId?: number; escalationId?: number; audit: string; data?: Record<string, unknown> },
  trx: Db,
): Promise<DecisionRecord> {
  const at = ctx.clock.now().toISOString();
  const current = await trx.selectFrom('items').select('status').where('id', '=', c.item.id).executeTakeFirstOrThrow();
  const decision = await insertDecision(trx, {
    itemId: c.item.id,
    decision: d.decision,
    clause: d.clause,
    reason: d.reason,
    actorPersonId: actor.personId,
    actorLabel: actor.label,
    decidedAt: at,
    platformResult: d.platformResult,
    feedback: d.feedback,
    previousStatus: current.status,
    undoesId: d.undoesId ?? null,
    escalationId: d.escalationId ?? null,
  });
  await setItemStatus(trx, c.item.id, d.status);
  await appendAudit(trx, {
    at,
    actor: auditActor(actor),
    action: d.audit,
    subjectType: 'item',
    subjectId: c.item.id,
    reason: d.reason || null,
    data: {
      decisionId: decision.id,
      decision: d.decision,
      clause: d.clause,
      pageId: c.page.id,
      from: current.status,
      to: d.status,
      platformResult: d.platformResult,
      ...(d.feedback ? { feedback: d.feedback } : {}),
      ...d.data,
    },
  });
  return decision;
}

/** The first clause the engine cited for the item, when the person named none. */
async function defaultClause(db: Db, itemId: number): Promise<string | null> {
  const row = await db.selectFrom('item_classifications').select('clauses').where('item_id', '=', itemId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? ((JSON.parse(row.clauses) as string[])[0] ?? null) : null;
}

/** Step 1 of hide/delete: the original, preserved before anything changes on the platform. */
export async function preserve(ctx: ServiceContext, actor: Actor, itemId: number, purpose: string, trx?: Db): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await inTransaction(trx ?? ctx.store.db, async (t) => {
    const captured = await captureEvidence(t, itemId, { at, byLabel: actor.label, purpose });
    if (captured?.created) {
      await appendAudit(t, {
        at,
        actor: auditActor(actor),
        action: 'evidence.capture',
        subjectType: 'item',
        subjectId: itemId,
        data: { evidenceId: captured.record.id, sha256: captured.record.sha256, purpose },
      });
    }
  });
}

async function decideOne(ctx: ServiceContext, actor: Actor, itemId: number, input: { decision: Closing; clause: string | null; reason: string; notAViolation: boolean }): Promise<DecisionResult> {
  const db = ctx.store.db;
  const c = await loadItem(db, itemId, actor);
  assertItemAction(input.decision, c.facts, actor);
  const clause = input.clause ?? (await defaultClause(db, itemId));
  let platformResult: string | null = null;
  if (input.decision !== 'keep') {
    await preserve(ctx, actor, itemId, input.decision);
    try {
      await moderateOnPlatform(ctx, c.page, c.item, input.decision);
    } catch (error) {
      if (error instanceof ServiceError) {
        // The attempt is part of the record too (who tried, and what the platform said).
        await appendAudit(db, {
          at: ctx.clock.now().toISOString(),
          actor: auditActor(actor),
          action: `item.${input.decision}.failed`,
          subjectType: 'item',
          subjectId: itemId,
          data: { pageId: c.page.id, clause, error: error.extra.key ?? error.code },
        });
      }
      throw error;
    }
    platformResult = input.decision === 'hide' ? 'hidden' : 'deleted';
  }
  const decision = await inTransaction(db, (trx) =>
    record(
      ctx,
      actor,
      c,
      {
        decision: input.decision,
        clause,
        reason: input.reason,
        platformResult,
        feedback: input.decision === 'keep' && input.notAViolation && c.item.flagged === 1 ? 'not_a_violation' : null,
        status: 'afgehandeld',
        audit: `item.${input.decision}`,
      },
      trx,
    ),
  );
  return { itemId, ok: true, decisionId: decision.id, platformResult, error: null };
}

async function undoOne(ctx: ServiceContext, actor: Actor, decisionId: number, reason: string): Promise<DecisionResult> {
  const db = ctx.store.db;
  const undone = await getDecision(db, decisionId);
  if (!undone) throw notFound('decision', 'decisions.errors.notFound');
  const c = await loadItem(db, undone.itemId, actor);
  const latest = await latestDecision(db, undone.itemId);
  if (latest?.id !== undone.id) throw conflict('Only the latest decision on an item can be undone', 'decisions.errors.notLatest');
  if (undone.decision === 'reopen') throw conflict('A reopen is not undone; decide again instead', 'decisions.errors.cannotUndoReopen');
  if (actor.personId === null) throw forbidden('Decisions are taken by a person; use --as EMAIL', 'decisions.errors.needPerson');
  const soon = undone.actorPersonId === actor.personId && ctx.clock.now().getTime() - Date.parse(undone.decidedAt) <= UNDO_WINDOW_MS;
  if (!soon) {
    // Later, or by someone else: a reopen, which needs the right to decide and a written reason.
    if (!mayModerate(c.facts.page, actor)) throw forbidden('Only the owner, backup owner or the communications office reopens items of this page', 'decisions.errors.notYourPage');
    if (undone.decision === 'escalate' || undone.decision === 'board') {
      throw conflict('An escalation can only be taken back right after it was made', 'decisions.errors.undoWindowPassed');
    }
    if (!reason) throw invalid('reason', 'Say why the item is reopened', 'decisions.errors.reasonRequired');
  }
  let platformResult: string | null = null;
  if (undone.decision === 'hide') {
    if (c.item.status === 'afgehandeld') {
      try {
        await moderateOnPlatform(ctx, c.page, c.item, 'unhide');
        platformResult = 'unhidden';
      } catch (error) {
        // Where the platform has no "show again", the owner does it there; the status returns here.
        if (!(error instanceof DecisionFailure) || error.extra.key !== 'decisions.errors.unhideUnsupported') throw error;
        platformResult = 'local_only';
      }
    }
  } else if (undone.decision === 'delete') {
    platformResult = 'local_only';
  }
  let withdrawn = null as EscalationRecord | null;
  const decision = await inTransaction(db, async (trx) => {
    if (undone.escalationId !== null) {
      const escalation = await getEscalation(trx, undone.escalationId);
      if (escalation?.status === 'answered') throw conflict('The escalation has been answered already', 'escalations.errors.alreadyAnswered');
      await withdrawEscalation(trx, undone.escalationId);
      withdrawn = escalation;
    }
    return record(
      ctx,
      actor,
      c,
      {
        decision: 'reopen',
        clause: undone.clause,
        reason,
        platformResult,
        feedback: null,
        status: undone.previousStatus,
        undoesId: undone.id,
        audit: soon ? 'item.undo' : 'item.reopen',
        data: { undoes: { id: undone.id, decision: undone.decision } },
      },
      trx,
    );
  });
  if (withdrawn) {
    ctx.events.emit('escalations.changed', { escalationId: withdrawn.id, fromPersonId: withdrawn.fromPersonId, toPersonId: withdrawn.toPersonId, answered: false });
  }
  return { itemId: undone.itemId, ok: true, decisionId: decision.id, platformResult, error: null };
}

export const decisionsHandlers: DomainHandlers<'decisions'> = {
  async 'decisions.decide'(input, ctx) {
    const actor = requireActor(ctx);
    const results: DecisionResult[] = [];
    // One by one: each item has its own platform call, evidence and outcome.
    for (const itemId of [...new Set(input.itemIds)]) {
      try {
        results.push(await decideOne(ctx, actor, itemId, input));
      } catch (error) {
        results.push(failure(itemId, error));
      }
    }
    const changed = results.filter((r) => r.ok).map((r) => r.itemId);
    if (changed.length) ctx.events.emit('queue.changed', { itemIds: changed });
    return { results };
  },

  async 'decisions.undo'(input, ctx) {
    const actor = requireActor(ctx);
    const ids = [...new Set(input.decisionIds)];
    const known = await ctx.store.db.selectFrom('item_decisions').select(['id', 'item_id']).where('id', 'in', ids).execute();
    if (known.length !== ids.length) throw notFound('decision', 'decisions.errors.notFound');
    const itemOf = new Map(known.map((d) => [d.id, d.item_id]));
    const results: DecisionResult[] = [];
    // Newest first, so undoing a batch walks each item's history back in order.
    for (const id of ids.sort((a, b) => b - a)) {
      try {
        results.push(await undoOne(ctx, actor, id, input.reason));
      } catch (error) {
        results.push(failure(itemOf.get(id)!, error));
      }
    }
    const changed = results.filter((r) => r.ok).map((r) => r.itemId);
    if (changed.length) ctx.events.emit('queue.changed', { itemIds: changed });
    return { results };
  },

  async 'decisions.feedback'(_input, ctx) {
    requireRole(ctx, 'communicatie', 'beheer');
    const rows = await notAViolationFeedback(ctx.store.db);
    const byRule = new Map<string, { rule: string; category: string; count: number; terms: Map<string, number>; lastAt: string }>();
    for (const row of rows) {
      const spans = JSON.parse(row.spans) as { start: number; end: number; rule: string; category: string }[];
      const seen = new Set<string>();
      for (const span of spans) {
        const key = `${span.rule}|${span.category}`;
        const entry = byRule.get(key) ?? { rule: span.rule, category: span.category, count: 0, terms: new Map(), lastAt: row.decidedAt };
        if (!seen.has(key)) entry.count++;
        seen.add(key);
        if (span.end > span.start) {
          const term = row.text.slice(span.start, span.end).toLowerCase().slice(0, 80);
          entry.terms.set(term, (entry.terms.get(term) ?? 0) + 1);
        }
        if (row.decidedAt > entry.lastAt) entry.lastAt = row.decidedAt;
        byRule.set(key, entry);
      }
    }
    return [...byRule.values()]
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
      .map((e) => ({
        rule: e.rule,
        category: e.category,
        count: e.count,
        lastAt: e.lastAt,
        terms: [...e.terms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([term, count]) => ({ term, count })),
      }));
  },
};
