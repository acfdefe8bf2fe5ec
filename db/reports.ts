import type { Db } from './transaction';

// The queries behind Overzicht. Counts are grouped by page and by UTC hour (substr of the ISO time:
// standard SQL that runs on PostgreSQL too); the service folds hours into school weeks or months in
// Europe/Amsterdam, which no portable SQL can do. Nothing here reads what people wrote.

export interface HourCount {
  pageId: number;
  /** "2026-11-24T09" (UTC). */
  hour: string;
  n: number;
  flagged: number;
}

export interface Period {
  from: string;
  to: string;
  pageIds: readonly number[] | null;
}

const chunk = <T>(list: readonly T[], size = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

export async function itemsPerHour(db: Db, period: Period): Promise<HourCount[]> {
  let query = db
    .selectFrom('items')
    .select((eb) => [
      'page_id',
      eb.fn<string>('substr', ['created_at', eb.val(1), eb.val(13)]).as('hour'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('flagged').as('flagged'),
    ])
    .where('created_at', '>=', period.from)
    .where('created_at', '<', period.to);
  if (period.pageIds) query = query.where('page_id', 'in', period.pageIds.length ? [...period.pageIds] : [-1]);
  const rows = await query.groupBy(['page_id', 'hour']).execute();
  return rows.map((r) => ({ pageId: r.page_id, hour: r.hour, n: Number(r.n), flagged: Number(r.flagged ?? 0) }));
}

export async function flagsPerHour(db: Db, period: Period): Promise<{ pageId: number; hour: string; category: string; n: number }[]> {
  let query = db
    .selectFrom('item_flags')
    .innerJoin('items', 'items.id', 'item_flags.item_id')
    .select((eb) => [
      'items.page_id',
      eb.fn<string>('substr', ['items.created_at', eb.val(1), eb.val(13)]).as('hour'),
      'item_flags.category',
      eb.fn.countAll<number>().as('n'),
    ])
    .where('items.created_at', '>=', period.from)
    .where('items.created_at', '<', period.to)
    .where('items.flagged', '=', 1);
  if (period.pageIds) query = query.where('items.page_id', 'in', period.pageIds.length ? [...period.pageIds] : [-1]);
  const rows = await query.groupBy(['items.page_id', 'hour', 'item_flags.category']).execute();
  return rows.map((r) => ({ pageId: r.page_id, hour: r.hour, category: r.category, n: Number(r.n) }));
}

/**
 * Flagged items of the period with when they were first flagged and first decided (a 'reopen' undoes
 * a decision and does not count as one). `decidedAt` is null while nobody has decided.
 */
export async function flaggedResponseTimes(db: Db, period: Period): Promise<{ pageId: number; createdAt: string; flaggedAt: string; decidedAt: string | null }[]> {
  let query = db
    .selectFrom('items')
    .select((eb) => [
      'items.page_id',
      'items.created_at',
      'items.fetched_at',
      eb
        .selectFrom('item_classifications')
        .select((e) => e.fn.min('item_classifications.classified_at').as('f'))
        .whereRef('item_classifications.item_id', '=', 'items.id')
        .where('item_classifications.flagged', '=', 1)
        .as('flagged_at'),
      eb
        .selectFrom('item_decisions')
        .select((e) => e.fn.min('item_decisions.decided_at').as('d'))
        .whereRef('item_decisions.item_id', '=', 'items.id')
        .where('item_decisions.decision', '!=', 'reopen')
        .as('decided_at'),
    ])
    .where('items.created_at', '>=', period.from)
    .where('items.created_at', '<', period.to)
    .where('items.flagged', '=', 1);
  if (period.pageIds) query = query.where('items.page_id', 'in', period.pageIds.length ? [...period.pageIds] : [-1]);
  const rows = await query.execute();
  return rows.map((r) => ({
    pageId: r.page_id,
    createdAt: r.created_at,
    flaggedAt: (r.flagged_at as string | null) ?? r.fetched_at,
    decidedAt: (r.decided_at as string | null) ?? null,
  }));
}

/** Escalations raised in the period (by their own time), with the page of their item. */
export async function escalationsIn(db: Db, period: Period): Promise<{ pageId: number; kind: string; createdAt: string }[]> {
  let query = db
    .selectFrom('escalations')
    .innerJoin('items', 'items.id', 'escalations.item_id')
    .select(['items.page_id', 'escalations.kind', 'escalations.created_at'])
    .where('escalations.created_at', '>=', period.from)
    .where('escalations.created_at', '<', period.to);
  if (period.pageIds) query = query.where('items.page_id', 'in', period.pageIds.length ? [...period.pageIds] : [-1]);
  const rows = await query.execute();
  return rows.map((r) => ({ pageId: r.page_id, kind: r.kind, createdAt: r.created_at }));
}

/** Incidents opened in the period, with the pages their items came from (an incident may span pages). */
export async function incidentsIn(db: Db, period: Period): Promise<{ id: number; status: string; createdAt: string; pageIds: number[] }[]> {
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'status', 'created_at'])
    .where('created_at', '>=', period.from)
    .where('created_at', '<', period.to)
    .execute();
  const pages = new Map<number, Set<number>>();
  for (const ids of chunk(incidents.map((i) => i.id))) {
    const links = await db
      .selectFrom('incident_items')
      .innerJoin('items', 'items.id', 'incident_items.item_id')
      .select(['incident_items.incident_id', 'items.page_id'])
      .where('incident_items.incident_id', 'in', ids)
      .execute();
    for (const l of links) {
      const set = pages.get(l.incident_id) ?? new Set<number>();
      set.add(l.page_id);
      pages.set(l.incident_id, set);
    }
  }
  const out = incidents.map((i) => ({ id: i.id, status: i.status as string, createdAt: i.created_at, pageIds: [...(pages.get(i.id) ?? [])] }));
  // With a page filter, an incident counts when one of its items came from a chosen page.
  return period.pageIds ? out.filter((i) => i.pageIds.some((p) => period.pageIds!.includes(p))) : out;
}

export async function pagesByStatus(db: Db, pageIds: readonly number[] | null): Promise<{ status: string; count: number }[]> {
  let query = db.selectFrom('pages').select((eb) => ['status', eb.fn.countAll<number>().as('n')]);
  if (pageIds) query = query.where('id', 'in', pageIds.length ? [...pageIds] : [-1]);
  const rows = await query.groupBy('status').execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

export async function spotCheckTotals(db: Db, period: Period): Promise<{ count: number; sampled: number; reviewed: number; notInOrder: number }> {
  const checks = await db.selectFrom('spot_checks').select('id').where('created_at', '>=', period.from).where('created_at', '<', period.to).execute();
  if (!checks.length) return { count: 0, sampled: 0, reviewed: 0, notInOrder: 0 };
  let sampled = 0;
  let reviewed = 0;
  let notInOrder = 0;
  for (const ids of chunk(checks.map((c) => c.id))) {
    let query = db
      .selectFrom('spot_check_items')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.count<number>('verdict').as('reviewed'),
        eb.fn.sum<number>(eb.case().when('verdict', '=', 'niet_in_orde').then(1).else(0).end()).as('bad'),
      ])
      .where('spot_check_id', 'in', ids);
    if (period.pageIds) query = query.where('page_id', 'in', period.pageIds.length ? [...period.pageIds] : [-1]);
    const row = await query.executeTakeFirstOrThrow();
    sampled += Number(row.n);
    reviewed += Number(row.reviewed);
    notInOrder += Number(row.bad ?? 0);
  }
  return { count: checks.length, sampled, reviewed, notInOrder };
}
