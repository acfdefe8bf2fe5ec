import { appendAudit } from '../../db/audit';
import { closeAlert, countTraffic, firstItemAt, getAlert, listAlerts, upsertAlert, windowItems, type AlertRecord } from '../../db/derailment';
import { getPage, type PageRecord } from '../../db/pages';
import type { InsertedItem } from '../../db/items';
import type { Store } from '../../db/store';
import { inTransaction } from '../../db/transaction';
import type { DerailmentAlert } from '../../shared/api/derailment';
import { catalogues } from '../../shared/i18n';
import type { EventBus } from '../backend/event-bus';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, forbidden, notFound } from './errors';
import { escalate } from './escalations';
import { escalationDto, loadItem, type ItemContext } from './moderation-context';
import { canSeePage, itemRefusal, mayModerate, stake } from './moderation-rules';
import { peopleById } from './pages-dto';
import { BASELINE_MS, RULE, WINDOW_MS, expectedPerWindow, judge, type Verdict } from './derailment-rule';
import { auditActor, requireActor } from './roles';

// B5 derailment: after each poll that stored new items on a page, the page's last half hour is held
// against its usual rate (derailment-rule.ts). A burst becomes one alert (a later poll in the same
// burst updates it), shown to the owner, backup owner and line manager with a one-click escalation.

interface Summary {
  categories: { category: string; count: number }[];
  authors: number;
  itemIds: number[];
  expectedFlagged: number;
  expectedItems: number;
  topThread: { externalId: string; flagged: number; items: number } | null;
}

/** Checks the page's recent window; raises or updates an alert. Idempotent: a second run changes nothing. */
export async function checkDerailment(deps: { store: Store; events: EventBus }, pageId: number, now: Date): Promise<AlertRecord | null> {
  const db = deps.store.db;
  const page = await getPage(db, pageId);
  if (!page) return null;
  const newest = await db.selectFrom('items').select((eb) => eb.fn.max<string>('created_at').as('at')).where('page_id', '=', pageId).executeTakeFirst();
  if (!newest?.at) return null;
  // The window ends just after the newest item (or now, for items dated in the future by a skewed clock).
  const end = Math.min(now.getTime(), Date.parse(newest.at) + 1);
  const windowEnd = new Date(end).toISOString();
  const windowStart = new Date(end - WINDOW_MS).toISOString();
  const first = await firstItemAt(db, pageId);
  const seenSince = Math.min(page.activatedAt ? Date.parse(page.activatedAt) : Infinity, first ? Date.parse(first) : Infinity);
  const baselineStartMs = Math.max(end - WINDOW_MS - BASELINE_MS, Number.isFinite(seenSince) ? seenSince : end - WINDOW_MS);
  const baselineStart = new Date(Math.min(baselineStartMs, end - WINDOW_MS)).toISOString();
  const [window, baseline] = await Promise.all([countTraffic(db, pageId, windowStart, windowEnd), countTraffic(db, pageId, baselineStart, windowStart)]);
  const baselineMs = Date.parse(windowStart) - Date.parse(baselineStart);
  const verdicts = judge({ window, baseline, baselineMs, windowMs: WINDOW_MS });
  if (!verdicts.length) return null;
  // One alert per burst: "many flagged" says more than "many".
  const verdict: Verdict = verdicts.find((v) => v.kind === 'flagged') ?? verdicts[0]!;
  const items = await windowItems(db, pageId, windowStart, windowEnd);
  const summary = summarise(items, verdict, {
    expectedItems: expectedPerWindow(baseline.items, baselineMs, WINDOW_MS, RULE.volume.prior),
    expectedFlagged: expectedPerWindow(baseline.flagged, baselineMs, WINDOW_MS, RULE.flagged.prior),
  });
  const thread = verdict.kind === 'flagged' && summary.topThread && summary.topThread.flagged >= RULE.threadShare * window.flagged ? summary.topThread : null;
  const at = now.toISOString();
  const { alert, created, grew } = await inTransaction(db, (trx) =>
    upsertAlert(
      trx,
      {
        pageId,
        scope: thread ? 'thread' : 'page',
        threadExternalId: thread?.externalId ?? '',
        kind: verdict.kind,
        windowStart,
        windowEnd,
        itemCount: window.items,
        flaggedCount: window.flagged,
        expected: verdict.kind === 'flagged' ? summary.expectedFlagged : summary.expectedItems,
        summary: summary as unknown as Record<string, unknown>,
      },
      at,
      WINDOW_MS,
    ),
  );
  if (grew && alert.status === 'open') deps.events.emit('derailment.changed', { pageId, alertId: alert.id, raised: created });
  return alert;
}

function summarise(items: Awaited<ReturnType<typeof windowItems>>, verdict: Verdict, expected: { expectedItems: number; expectedFlagged: number }): Summary {
  const categories = new Map<string, number>();
  const threads = new Map<string, { flagged: number; items: number }>();
  for (const item of items) {
    for (const c of item.categories) categories.set(c, (categories.get(c) ?? 0) + 1);
    if (item.threadExternalId) {
      const t = threads.get(item.threadExternalId) ?? { flagged: 0, items: 0 };
      t.items++;
      if (item.flagged) t.flagged++;
      threads.set(item.threadExternalId, t);
    }
  }
  const top = [...threads.entries()].sort((a, b) => b[1].flagged - a[1].flagged || b[1].items - a[1].items)[0];
  const ordered = verdict.kind === 'flagged' ? [...items.filter((i) => i.flagged), ...items.filter((i) => !i.flagged)] : items;
  return {
    categories: [...categories.entries()].sort((a, b) => b[1] - a[1]).map(([category, count]) => ({ category, count })),
    authors: new Set(items.map((i) => i.authorId)).size,
    itemIds: ordered.slice(0, 50).map((i) => i.id),
    expectedFlagged: Math.round(expected.expectedFlagged * 100) / 100,
    expectedItems: Math.round(expected.expectedItems * 100) / 100,
    topThread: top ? { externalId: top[0], ...top[1] } : null,
  };
}

/** The poller's items-stored hook (electron/backend/jobs.ts). */
export async function derailmentHook(backend: { store: Store; events: EventBus }, pageId: number, _items: InsertedItem[], now: Date): Promise<void> {
  await checkDerailment(backend, pageId, now);
}

function alertDto(alert: AlertRecord, page: PageRecord, actor: Actor): DerailmentAlert {
  const s = alert.summary as unknown as Summary;
  const open = alert.status === 'open';
  return {
    id: alert.id,
    page: { id: page.id, name: page.displayName, platform: page.platform },
    scope: alert.scope,
    threadExternalId: alert.threadExternalId || null,
    kind: alert.kind,
    windowStart: alert.windowStart,
    windowEnd: alert.windowEnd,
    itemCount: alert.itemCount,
    flaggedCount: alert.flaggedCount,
    expected: s.expectedItems ?? alert.expected,
    expectedFlagged: s.expectedFlagged ?? 0,
    categories: s.categories ?? [],
    authors: s.authors ?? 0,
    itemIds: s.itemIds ?? [],
    status: alert.status,
    createdAt: alert.createdAt,
    updatedAt: alert.updatedAt,
    canEscalate: open && mayModerate(page, actor) && !stake(page, actor).manager,
    canDismiss: open && (mayModerate(page, actor) || stake(page, actor).manager),
  };
}

async function loadAlert(ctx: ServiceContext, id: number, actor: Actor): Promise<{ alert: AlertRecord; page: PageRecord }> {
  const alert = await getAlert(ctx.store.db, id);
  const page = alert ? await getPage(ctx.store.db, alert.pageId) : undefined;
  if (!alert || !page || !canSeePage(page, actor)) throw notFound('alert', 'derailment.errors.notFound');
  return { alert, page };
}

export const derailmentHandlers: DomainHandlers<'derailment'> = {
  async 'derailment.list'(_input, ctx) {
    const actor = requireActor(ctx);
    const alerts = await listAlerts(ctx.store.db, { status: 'open' });
    const out: DerailmentAlert[] = [];
    for (const alert of alerts) {
      const page = await getPage(ctx.store.db, alert.pageId);
      if (page && canSeePage(page, actor)) out.push(alertDto(alert, page, actor));
    }
    return out;
  },

  async 'derailment.escalate'(input, ctx) {
    const actor = requireActor(ctx);
    const { alert, page } = await loadAlert(ctx, input.id, actor);
    if (alert.status !== 'open') throw conflict('This alert has been handled already', 'derailment.errors.notOpen');
    if (!mayModerate(page, actor) || stake(page, actor).manager) throw forbidden('Only the owner, backup owner or the communications office escalates this', 'derailment.errors.forbidden');
    // The escalation hangs on the burst's most telling item that is still open.
    let target: ItemContext | null = null;
    for (const id of (alert.summary as unknown as Summary).itemIds ?? []) {
      const c = await loadItem(ctx.store.db, id, actor).catch(() => null);
      if (c && itemRefusal('escalate', c.facts, actor) === null) {
        target = c;
        break;
      }
    }
    if (!target) throw conflict('Every item of this burst has been decided or escalated already', 'derailment.errors.noOpenItem');
    const text = catalogues[ctx.desk.language].derailment.escalationNote
      .replace('{{page}}', page.displayName)
      .replace('{{count}}', String(alert.itemCount))
      .replace('{{flagged}}', String(alert.flaggedCount))
      .replace('{{minutes}}', String(Math.round((Date.parse(alert.windowEnd) - Date.parse(alert.windowStart)) / 60_000)));
    const note = input.note ? `${text}\n\n${input.note}` : text;
    const { escalation } = (await escalate(ctx, actor, [target], 'B5', note, { alertId: alert.id }))[0]!;
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      await closeAlert(trx, alert.id, { status: 'escalated', byLabel: actor.label, reason: input.note || null, escalationId: escalation.id, at });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'derailment.escalate',
        subjectType: 'page',
        subjectId: page.id,
        data: { alertId: alert.id, escalationId: escalation.id, itemId: target.item.id, items: alert.itemCount, flagged: alert.flaggedCount },
      });
    });
    ctx.events.emit('derailment.changed', { pageId: page.id, alertId: alert.id, raised: false });
    const updated = (await getAlert(ctx.store.db, alert.id))!;
    return { alert: alertDto(updated, page, actor), escalation: escalationDto(escalation, await peopleById(ctx.store.db), actor) };
  },

  async 'derailment.dismiss'(input, ctx) {
    const actor = requireActor(ctx);
    const { alert, page } = await loadAlert(ctx, input.id, actor);
    if (alert.status !== 'open') throw conflict('This alert has been handled already', 'derailment.errors.notOpen');
    if (!(mayModerate(page, actor) || stake(page, actor).manager)) throw forbidden('You cannot dismiss this alert', 'derailment.errors.forbidden');
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      await closeAlert(trx, alert.id, { status: 'dismissed', byLabel: actor.label, reason: input.reason, at });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'derailment.dismiss',
        subjectType: 'page',
        subjectId: page.id,
        reason: input.reason,
        data: { alertId: alert.id },
      });
    });
    ctx.events.emit('derailment.changed', { pageId: page.id, alertId: alert.id, raised: false });
    return alertDto((await getAlert(ctx.store.db, alert.id))!, page, actor);
  },
};
