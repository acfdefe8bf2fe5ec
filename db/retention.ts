import type { Db } from './transaction';
import { inTransaction } from './transaction';

// The retention purge (Bewaartermijn): items whose own date (created_at: when the person posted it)
// is older than the school's retention period are deleted with everything that holds their words —
// classifications, flags, decisions, escalations, evidence (ON DELETE CASCADE, migrations 0003/0005).
// Items linked to an incident that is still open stay as its evidence; items of closed incidents are
// unlinked first (incident_items RESTRICTs the delete on purpose). Spot-check rows keep their verdicts
// without the item (ON DELETE SET NULL). Batches keep each write transaction short.

export interface PurgeCounts {
  items: number;
  classifications: number;
  flags: number;
  decisions: number;
  escalations: number;
  evidence: number;
  incidentLinks: number;
}

const ZERO: PurgeCounts = { items: 0, classifications: 0, flags: 0, decisions: 0, escalations: 0, evidence: 0, incidentLinks: 0 };

/** Items past the cutoff that an open incident keeps. */
export async function countKeptForIncidents(db: Db, cutoff: string): Promise<number> {
  const row = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '<', cutoff)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_items')
          .innerJoin('incidents', 'incidents.id', 'incident_items.incident_id')
          .select('incident_items.item_id')
          .whereRef('incident_items.item_id', '=', 'items.id')
          .where('incidents.status', '=', 'open'),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Items past the cutoff that the next purge deletes. */
export async function countPurgeable(db: Db, cutoff: string): Promise<number> {
  const row = await purgeableQuery(db, cutoff).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function purgeableQuery(db: Db, cutoff: string) {
  return db
    .selectFrom('items')
    .where('created_at', '<', cutoff)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('incident_items')
            .innerJoin('incidents', 'incidents.id', 'incident_items.incident_id')
            .select('incident_items.item_id')
            .whereRef('incident_items.item_id', '=', 'items.id')
            .where('incidents.status', '=', 'open'),
        ),
      ),
    );
}

async function countIn(db: Db, table: 'item_classifications' | 'item_flags' | 'item_decisions' | 'escalations' | 'evidence' | 'incident_items', ids: number[]): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('item_id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Deletes one batch; returns what went. Zero items means the purge is done. `log` writes the batch's
 * audit entry in the same transaction: no deletion is ever committed without its record.
 */
export async function purgeBatch(db: Db, cutoff: string, batchSize = 500, log?: (trx: Db, counts: PurgeCounts) => Promise<unknown>): Promise<PurgeCounts> {
  return inTransaction(db, async (trx) => {
    const ids = (await purgeableQuery(trx, cutoff).select('items.id').orderBy('items.id').limit(batchSize).execute()).map((r) => r.id);
    if (!ids.length) return { ...ZERO };
    const counts: PurgeCounts = {
      items: ids.length,
      classifications: await countIn(trx, 'item_classifications', ids),
      flags: await countIn(trx, 'item_flags', ids),
      decisions: await countIn(trx, 'item_decisions', ids),
      escalations: await countIn(trx, 'escalations', ids),
      evidence: await countIn(trx, 'evidence', ids),
      incidentLinks: await countIn(trx, 'incident_items', ids),
    };
    // Only links to closed incidents can be left here: open ones were excluded above.
    await trx.deleteFrom('incident_items').where('item_id', 'in', ids).execute();
    await trx.deleteFrom('items').where('id', 'in', ids).execute();
    await log?.(trx, counts);
    return counts;
  });
}

export function addCounts(a: PurgeCounts, b: PurgeCounts): PurgeCounts {
  return {
    items: a.items + b.items,
    classifications: a.classifications + b.classifications,
    flags: a.flags + b.flags,
    decisions: a.decisions + b.decisions,
    escalations: a.escalations + b.escalations,
    evidence: a.evidence + b.evidence,
    incidentLinks: a.incidentLinks + b.incidentLinks,
  };
}

export { ZERO as NO_PURGE };
