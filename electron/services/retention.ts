import { appendAudit } from '../../db/audit';
import { addCounts, countKeptForIncidents, countPurgeable, NO_PURGE, purgeBatch, type PurgeCounts } from '../../db/retention';
import { getSetting, setSetting } from '../../db/settings';
import { inTransaction, type Db } from '../../db/transaction';
import type { EventBus } from '../backend/event-bus';
import type { DomainHandlers } from './handler-types';
import { LAST_PURGE_KEY } from './lifecycle-settings';
import { requireRole } from './roles';
import { purgePagePosts } from '../../db/page-posts';
import { readSchoolSettings } from './settings';

// The retention purge. Personal data of minors is kept only for the period the school sets
// (Instellingen → School → Bewaartermijn). Decision: an item's age is its own date (created_at, when
// the person posted it), not when Paginawacht fetched it — so a first poll reaching back a week does
// not give old posts a longer life. Items of an incident that is not closed are kept as its evidence.
// Every purge that deleted something is logged in the audit log: the cut-off and counts, never texts.

export const PURGE_ACTOR = { personId: null, label: 'system:retention', via: 'system' as const };

export interface PurgeResult extends PurgeCounts {
  cutoff: string;
  retentionDays: number;
  keptForIncidents: number;
}

export async function retentionCutoff(db: Db, now: Date): Promise<{ cutoff: string; retentionDays: number }> {
  const { retentionDays } = await readSchoolSettings(db);
  return { cutoff: new Date(now.getTime() - retentionDays * 86_400_000).toISOString(), retentionDays };
}

export async function purgeExpiredItems(db: Db, now: Date, options: { batchSize?: number; actor?: typeof PURGE_ACTOR | { personId: number | null; label: string; via: 'app' | 'cli' } } = {}): Promise<PurgeResult> {
  const { cutoff, retentionDays } = await retentionCutoff(db, now);
  const at = now.toISOString();
  const keptForIncidents = await countKeptForIncidents(db, cutoff);
  const record = (trx: Db, data: Record<string, unknown>) =>
    appendAudit(trx, { at, actor: options.actor ?? PURGE_ACTOR, action: 'retention.purge', subjectType: 'retention', subjectId: null, data: { cutoff, retentionDays, ...data } });
  let total: PurgeCounts = { ...NO_PURGE };
  for (;;) {
    // Each batch is logged in its own transaction (counts only), so a crash between batches never
    // leaves a deletion without its record.
    const batch = await purgeBatch(db, cutoff, options.batchSize ?? 500, (trx, counts) => record(trx, { ...counts, keptForIncidents }));
    if (!batch.items) break;
    total = addCounts(total, batch);
  }
  await inTransaction(db, async (trx) => {
    // The page's own posts go with the last item under them (they are context, not evidence).
    const pagePosts = await purgePagePosts(trx, cutoff);
    if (pagePosts) await record(trx, { pagePosts });
    if (total.items) await setSetting(trx, LAST_PURGE_KEY, { at, items: total.items, cutoff }, at);
  });
  return { ...total, cutoff, retentionDays, keptForIncidents };
}

/** The background job's run (every six hours, in the lease-holding poller). */
export async function runRetentionJob(ctx: { store: { db: Db }; events: EventBus }, now: Date): Promise<PurgeResult> {
  const result = await purgeExpiredItems(ctx.store.db, now);
  if (result.items) ctx.events.emit('retention.purged', { items: result.items });
  return result;
}

export const retentionHandlers: DomainHandlers<'retention'> = {
  async 'retention.status'(_input, ctx) {
    requireRole(ctx, 'communicatie', 'beheer', 'directie');
    const db = ctx.store.db;
    const { cutoff, retentionDays } = await retentionCutoff(db, ctx.clock.now());
    const last = (await getSetting<{ at: string; items: number; cutoff: string }>(db, LAST_PURGE_KEY)) ?? null;
    return {
      retentionDays,
      cutoff,
      due: await countPurgeable(db, cutoff),
      keptForIncidents: await countKeptForIncidents(db, cutoff),
      lastPurge: last,
    };
  },

  async 'retention.purge'(_input, ctx) {
    const actor = requireRole(ctx, 'communicatie', 'beheer');
    const result = await purgeExpiredItems(ctx.store.db, ctx.clock.now(), { actor: { personId: actor.personId, label: actor.label, via: actor.via } });
    if (result.items) ctx.events.emit('retention.purged', { items: result.items });
    return { items: result.items, keptForIncidents: result.keptForIncidents, cutoff: result.cutoff };
  },
};
