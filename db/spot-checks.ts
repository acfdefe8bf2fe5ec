import type { Selectable } from 'kysely';
import type { Db } from './transaction';
import type { SpotCheckItemsTable, SpotChecksTable } from './schema-lifecycle';
import type { PopulationItem } from '../electron/services/sampling';

// Spot checks (O1). The population is only ever items of the school's own official pages: the items
// table holds nothing else, and pages that were never approved (withdrawn or rejected requests) are
// left out explicitly.

export interface SpotCheckRecord {
  id: number;
  seed: string;
  algorithm: string;
  params: Record<string, unknown>;
  population: number;
  sampleSize: number;
  note: string;
  createdBy: number | null;
  createdByLabel: string;
  createdAt: string;
}

export interface SpotCheckItemRecord {
  id: number;
  spotCheckId: number;
  position: number;
  itemRef: number;
  itemId: number | null;
  pageId: number;
  itemCreatedAt: string;
  verdict: 'in_orde' | 'niet_in_orde' | null;
  clause: string | null;
  note: string | null;
  reviewedBy: number | null;
  reviewedByLabel: string | null;
  reviewedAt: string | null;
}

function checkFromRow(r: Selectable<SpotChecksTable>): SpotCheckRecord {
  return {
    id: r.id,
    seed: r.seed,
    algorithm: r.algorithm,
    params: JSON.parse(r.params) as Record<string, unknown>,
    population: r.population,
    sampleSize: r.sample_size,
    note: r.note,
    createdBy: r.created_by,
    createdByLabel: r.created_by_label,
    createdAt: r.created_at,
  };
}

function itemFromRow(r: Selectable<SpotCheckItemsTable>): SpotCheckItemRecord {
  return {
    id: r.id,
    spotCheckId: r.spot_check_id,
    position: r.position,
    itemRef: r.item_ref,
    itemId: r.item_id,
    pageId: r.page_id,
    itemCreatedAt: r.item_created_at,
    verdict: r.verdict,
    clause: r.clause,
    note: r.note,
    reviewedBy: r.reviewed_by,
    reviewedByLabel: r.reviewed_by_label,
    reviewedAt: r.reviewed_at,
  };
}

/** Official pages: approved at some point (live now or archived after being live). */
export async function samplablePageIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('pages')
    .select('id')
    .where('status', 'in', ['goedgekeurd', 'actief', 'archiveren_gevraagd', 'gearchiveerd'])
    .where((eb) => eb.or([eb('approved_at', 'is not', null), eb('activated_at', 'is not', null)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Items created in [fromIso, toIso) on the given official pages, sorted by (page, id). */
export async function samplePopulation(db: Db, pageIds: readonly number[], fromIso: string, toIso: string): Promise<(PopulationItem & { createdAt: string })[]> {
  if (!pageIds.length) return [];
  const out: (PopulationItem & { createdAt: string })[] = [];
  for (let i = 0; i < pageIds.length; i += 500) {
    const rows = await db
      .selectFrom('items')
      .select(['id', 'page_id', 'created_at'])
      .where('page_id', 'in', pageIds.slice(i, i + 500))
      .where('created_at', '>=', fromIso)
      .where('created_at', '<', toIso)
      .execute();
    for (const r of rows) out.push({ itemId: r.id, pageId: r.page_id, createdAt: r.created_at });
  }
  return out.sort((a, b) => a.pageId - b.pageId || a.itemId - b.itemId);
}

export async function insertSpotCheck(
  db: Db,
  check: Omit<SpotCheckRecord, 'id'>,
  items: readonly { itemId: number; pageId: number; createdAt: string }[],
): Promise<number> {
  const { id } = await db
    .insertInto('spot_checks')
    .values({
      seed: check.seed,
      algorithm: check.algorithm,
      params: JSON.stringify(check.params),
      population: check.population,
      sample_size: check.sampleSize,
      note: check.note,
      created_by: check.createdBy,
      created_by_label: check.createdByLabel,
      created_at: check.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < items.length; i += 200) {
    await db
      .insertInto('spot_check_items')
      .values(
        items.slice(i, i + 200).map((item, j) => ({
          spot_check_id: id,
          position: i + j + 1,
          item_ref: item.itemId,
          item_id: item.itemId,
          page_id: item.pageId,
          item_created_at: item.createdAt,
        })),
      )
      .execute();
  }
  return id;
}

export async function getSpotCheck(db: Db, id: number): Promise<SpotCheckRecord | undefined> {
  const row = await db.selectFrom('spot_checks').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? checkFromRow(row) : undefined;
}

export async function listSpotChecks(db: Db): Promise<SpotCheckRecord[]> {
  const rows = await db.selectFrom('spot_checks').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(checkFromRow);
}

export async function spotCheckItems(db: Db, spotCheckId: number): Promise<SpotCheckItemRecord[]> {
  const rows = await db.selectFrom('spot_check_items').selectAll().where('spot_check_id', '=', spotCheckId).orderBy('position').execute();
  return rows.map(itemFromRow);
}

/** Review counts per spot check: reviewed, in order, not in order. */
export async function spotCheckTallies(db: Db): Promise<Map<number, { reviewed: number; inOrder: number; notInOrder: number }>> {
  const rows = await db
    .selectFrom('spot_check_items')
    .select((eb) => [
      'spot_check_id',
      eb.fn.count<number>('verdict').as('reviewed'),
      eb.fn.sum<number>(eb.case().when('verdict', '=', 'in_orde').then(1).else(0).end()).as('in_order'),
      eb.fn.sum<number>(eb.case().when('verdict', '=', 'niet_in_orde').then(1).else(0).end()).as('not_in_order'),
    ])
    .groupBy('spot_check_id')
    .execute();
  return new Map(rows.map((r) => [r.spot_check_id, { reviewed: Number(r.reviewed), inOrder: Number(r.in_order ?? 0), notInOrder: Number(r.not_in_order ?? 0) }]));
}

export async function reviewSpotCheckItem(
  db: Db,
  id: number,
  review: { verdict: 'in_orde' | 'niet_in_orde'; clause: string | null; note: string; by: number | null; byLabel: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('spot_check_items')
    .set({ verdict: review.verdict, clause: review.clause, note: review.note || null, reviewed_by: review.by, reviewed_by_label: review.byLabel, reviewed_at: at })
    .where('id', '=', id)
    .execute();
}
